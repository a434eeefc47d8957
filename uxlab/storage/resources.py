"""Packaged resources (top-level ``resources/`` in the source tree, ``uxlab.resources`` in the
wheel), found with importlib.resources so a regular install works."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable

from uxlab.core.errors import StudyError
from uxlab.core.questionnaires import Questionnaire, questionnaire_from_dict


def resource(*parts: str) -> Traversable:
    node: Traversable = files("uxlab.resources")
    for p in parts:
        node = node / p
    return node


@cache
def builtin_questionnaires() -> dict[str, Questionnaire]:
    """Every questionnaire definition under resources/questionnaires, by id."""
    out: dict[str, Questionnaire] = {}
    for entry in sorted(resource("questionnaires").iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        name = f"resources/questionnaires/{entry.name}"
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise StudyError(f"is not valid JSON: {exc.msg} at line {exc.lineno}", file=name,
                             fix="correct the JSON syntax") from exc
        q = questionnaire_from_dict(data, name)
        out[q.id] = q
    return out


def questionnaire(qid: str) -> Questionnaire:
    qs = builtin_questionnaires()
    if qid not in qs:
        raise StudyError(f"unknown questionnaire '{qid}'", field="questionnaires",
                         fix=f"use one of {', '.join(sorted(qs))}, or add a file under resources/questionnaires")
    return qs[qid]
