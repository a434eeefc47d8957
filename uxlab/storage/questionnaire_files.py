"""A lab's own wording of the built-in questionnaires: JSON files in the study folder's
``questionnaires/`` (docs/questionnaires.md), e.g. the licensed, published validated French SUS.

Each file words one built-in questionnaire (same id, items, scale and scoring) in one or more
languages, and says for each whether that wording is validated and where the validation is
published. The package is never edited: the study folder carries the files, so every station
that opens the study asks the same words."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from uxlab.core.errors import StudyError
from uxlab.core.questionnaires import Questionnaire, questionnaire_from_dict, with_lab_wording
from uxlab.storage.resources import builtin_questionnaires

LAB_DIR = "questionnaires"
MAX_FILE_BYTES = 1_000_000


def lab_dir(folder: Path) -> Path:
    return Path(folder) / LAB_DIR


def _read(path: Path) -> Questionnaire:
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise StudyError(f"cannot read it ({exc.strerror or exc})", file=name,
                         fix="check the file's permissions") from exc
    if len(raw) > MAX_FILE_BYTES:
        raise StudyError(f"the file is {len(raw):,} bytes, too large for a questionnaire", file=name,
                         fix="a questionnaire file holds the items' wording only")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise StudyError(f"is not UTF-8 text (byte {exc.start})", file=name,
                         fix="save the file as UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise StudyError(f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}",
                         file=name, fix="correct the JSON syntax there (a missing comma or quote?)") from exc
    return questionnaire_from_dict(data, name)


@dataclass(frozen=True)
class LabWording:
    file: Path
    questionnaire: Questionnaire  # the built-in with the lab's wording laid over it
    file_languages: tuple[str, ...] = ()  # the languages the file words


def lab_wordings(folder: Path) -> dict[str, LabWording]:
    """The lab's files of the study ``folder``, by questionnaire id, each checked and laid over
    its built-in questionnaire. No folder, no files: an empty dict. Raises StudyError naming the
    file, the field and the fix."""
    d = lab_dir(folder)
    if not d.is_dir():
        return {}
    builtins = builtin_questionnaires()
    out: dict[str, LabWording] = {}
    for path in sorted(p for p in d.iterdir() if p.suffix.lower() == ".json"):
        lab = _read(path)
        if lab.id not in builtins:
            raise StudyError(f"'{lab.id}' is not a built-in questionnaire", file=str(path), field="id",
                             fix=f"use one of {', '.join(sorted(builtins))}; for other questions use "
                                 "the study's custom items")
        if lab.id in out:
            raise StudyError(f"'{lab.id}' is already worded by {out[lab.id].file.name}", file=str(path),
                             field="id", fix="keep one file per questionnaire (put every language "
                                             "in it)")
        out[lab.id] = LabWording(path, with_lab_wording(builtins[lab.id], lab, str(path)),
                                 tuple(sorted(lab.translations)))
    return out


def study_questionnaires(folder: Path | None) -> dict[str, Questionnaire]:
    """Every questionnaire a session of the study asks: the built-ins, with the lab's wording
    where the study folder has a file for them."""
    out = dict(builtin_questionnaires())
    if folder is not None:
        out.update({qid: w.questionnaire for qid, w in lab_wordings(folder).items()})
    return out
