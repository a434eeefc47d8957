"""Which wording of each questionnaire the participants answered, and whether it is a validated
translation: the built-in (uxlab's own, not validated) or a lab's file with its citation
(uxlab.storage.questionnaire_files). Written into the workbook's codebook and the report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from uxlab.analysis.model import StudyTables
from uxlab.storage.questionnaire_files import study_questionnaires
from uxlab.storage.study_files import STUDY_FILE

VALIDATED = "validated translation (the lab's file gives its published validation)"
NOT_VALIDATED = "not a validated translation: scores may not compare with published norms"


@dataclass(frozen=True)
class Wording:
    questionnaire: str
    language: str
    validated: bool
    reference: str  # the citation of a validated wording, else where the wording comes from


def wordings(tables: StudyTables) -> list[Wording]:
    """One entry per questionnaire answered in ``tables`` and per participant language other
    than English (English is the instruments' original wording)."""
    answers = tables.answers
    if not len(answers):
        return []
    folder = Path(tables.source) if tables.source else None
    is_study = folder is not None and (folder / STUDY_FILE).is_file()
    worded = study_questionnaires(folder if is_study else None)
    answered = [q for q in dict.fromkeys(answers["questionnaire"].astype(str)) if q in worded]
    by_participant = dict(zip(tables.participants["participant"].astype(str),
                              tables.participants["language"].fillna("").astype(str), strict=True))
    languages = sorted({by_participant.get(str(p), "") for p in answers["participant"]} - {"", "en"})
    out = []
    for qid in answered:
        q = worded[qid]
        for lang in languages:
            info = q.translations.get(lang)
            if info is None:
                out.append(Wording(qid, lang, False, "no wording in this language: English shown"))
            else:
                out.append(Wording(qid, lang, info.validated,
                                   info.citation if info.validated and info.citation else info.source))
    return out
