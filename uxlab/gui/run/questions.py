"""What the participant is asked, in the participant's language: the per-task ratings (SEQ, the
success / effort / emotion trio) and the post-session questionnaires (SUS, UMUX-Lite, NPS, CSAT,
CES, the study's custom items). Built from the questionnaire files under resources/."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from uxlab.core.questionnaires import Questionnaire
from uxlab.core.study import Study, pick_text
from uxlab.storage.resources import questionnaire

CUSTOM = "custom"


@dataclass(frozen=True)
class Question:
    questionnaire: str  # "seq", "experience", "sus", …, or "custom"
    item: str  # the item id recorded in the journal
    text: str
    scale_min: int
    scale_max: int
    low_label: str
    high_label: str
    validated: bool  # False: the translation in this language is not a validated one
    source_name: str  # the questionnaire's name in the participant's language
    citation: str = ""  # the published validation of this wording, when a lab's file gives it

    @property
    def key(self) -> tuple[str, str]:
        return (self.questionnaire, self.item)


def _from_questionnaire(q: Questionnaire, language: str) -> list[Question]:
    out: list[Question] = []
    validated = language == "en" or q.is_validated(language)
    info = q.translations.get(language)
    citation = info.citation if info is not None and info.validated else ""
    name = pick_text(q.name, language, "en")
    for item in q.items:
        low, high = q.anchors(item)
        out.append(Question(q.id, item.id, pick_text(item.text, language, "en"), q.scale_min, q.scale_max,
                            pick_text(low, language, "en"), pick_text(high, language, "en"), validated, name,
                            citation))
    return out


Questionnaires = Mapping[str, Questionnaire]


def _pick(qid: str, worded: Questionnaires | None) -> Questionnaire:
    """The study's wording of ``qid`` (a lab's file, uxlab.storage.questionnaire_files), else the
    built-in one."""
    return worded[qid] if worded is not None and qid in worded else questionnaire(qid)


def task_questions(study: Study, language: str, worded: Questionnaires | None = None) -> list[Question]:
    """Asked after each task that was attempted (not after a skipped one)."""
    out: list[Question] = []
    if study.task_questions.seq:
        out.extend(_from_questionnaire(_pick("seq", worded), language))
    if study.task_questions.experience:
        out.extend(_from_questionnaire(_pick("experience", worded), language))
    return out


def session_questions(study: Study, language: str, worded: Questionnaires | None = None) -> list[Question]:
    """Asked once at the end of the session, questionnaire by questionnaire, in the study's order."""
    out: list[Question] = []
    for qid in study.questionnaires:
        out.extend(_from_questionnaire(_pick(qid, worded), language))
    for c in study.custom_items:
        out.append(Question(CUSTOM, c.id, pick_text(c.text, language, study.language), c.scale_min, c.scale_max,
                            pick_text(c.low_label, language, study.language),
                            pick_text(c.high_label, language, study.language), True, ""))
    return out
