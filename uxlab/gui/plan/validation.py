"""Checking the study being edited with the same rules as a study file, reporting every problem.

The core parser (:func:`uxlab.core.study.study_from_dict`) stops at the first problem. The editor
wants them all at once, each next to its field, so the draft is checked piece by piece: the study's
own fields, then each task and each participant on its own (inside a minimal valid study), then
the whole study (which catches what only shows across pieces, such as a repeated id).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from uxlab.core.errors import StudyError
from uxlab.core.study import STUDY_SCHEMA_VERSION, Study, study_from_dict, study_to_dict

_PLACEHOLDER_TASK: dict[str, Any] = {"id": "t", "title": "t", "scenario": "t"}
_PATH_RE = re.compile(r"^(?P<section>[a-z_]+)(?:\[(?P<index>\d+)\])?(?:\.(?P<field>[a-z_]+))?")


@dataclass(frozen=True)
class Problem:
    """One thing to fix: the field path as the study file names it, what is wrong, and the fix."""

    path: str
    problem: str
    fix: str = ""

    @property
    def section(self) -> str:
        m = _PATH_RE.match(self.path)
        return m.group("section") if m else self.path

    @property
    def index(self) -> int | None:
        m = _PATH_RE.match(self.path)
        return int(m.group("index")) if m and m.group("index") is not None else None

    @property
    def field(self) -> str:
        m = _PATH_RE.match(self.path)
        return (m.group("field") or "") if m else ""


def _problem(exc: StudyError, path: str | None = None) -> Problem:
    return Problem(path if path is not None else (exc.field or ""), exc.problem, exc.fix or "")


def _reindex(path: str, section: str, index: int) -> str:
    prefix = f"{section}[0]"
    if path.startswith(prefix):
        return f"{section}[{index}]{path[len(prefix):]}"
    return path


def _skeleton(language: Any) -> dict[str, Any]:
    lang = language if isinstance(language, str) else "en"
    return {"schema_version": STUDY_SCHEMA_VERSION, "title": "t", "language": lang,
            "tasks": [_PLACEHOLDER_TASK]}


def _try(data: dict[str, Any], file: str) -> StudyError | None:
    try:
        study_from_dict(data, file)
    except StudyError as exc:
        return exc
    return None


def check_study(draft: Study, file: str = "study.json") -> list[Problem]:
    """Every problem in ``draft`` (empty when it would save and load back as a valid study)."""
    data = study_to_dict(draft)
    problems: list[Problem] = []

    top = dict(data, tasks=[_PLACEHOLDER_TASK] if data["tasks"] else [], participants=[])
    if (exc := _try(top, file)) is not None:
        problems.append(_problem(exc))

    for section, items in (("tasks", data["tasks"]), ("participants", data["participants"])):
        where: dict[str, list[int]] = {}
        for i, item in enumerate(items):
            if isinstance(item.get("id"), str):
                where.setdefault(item["id"], []).append(i)
        for i, item in enumerate(items):
            piece = _skeleton(data.get("language"))
            piece[section] = [item]
            if (exc := _try(piece, file)) is not None:
                problems.append(_problem(exc, _reindex(exc.field or "", section, i)))
            others = [j for j in where.get(item.get("id"), []) if j != i]
            if others:
                problems.append(_duplicate(section, i, str(item["id"]), others[0]))

    if not problems and (exc := _try(data, file)) is not None:
        problems.append(_problem(exc))
    return problems


def _duplicate(section: str, index: int, ident: str, other: int) -> Problem:
    if section == "tasks":
        text = QCoreApplication.translate("PlanValidation", "task id '{0}' appears twice (also task {1})")
    else:
        text = QCoreApplication.translate("PlanValidation",
                                          "participant '{0}' appears twice (also row {1})")
    return Problem(f"{section}[{index}].id", text.format(ident, other + 1),
                   QCoreApplication.translate("PlanValidation", "give each one a unique id"))


def build_study(draft: Study, file: str = "study.json") -> Study:
    """The validated study exactly as it will be written and read back; raises StudyError."""
    return study_from_dict(study_to_dict(draft), file)
