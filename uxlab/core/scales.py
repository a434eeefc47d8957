"""The answer scale of every item a study asks: per-task ratings (SEQ, the experience trio) and
post-session items (SUS, NPS, ..., the study's custom items).

One place says what a valid answer is, so the recorder refuses a 99 on a 1-5 SUS item at once and
the analysis leaves such a value out of a journal with a warning, both with the same words.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from uxlab.core.questionnaires import Questionnaire
from uxlab.core.study import Study

CUSTOM_QUESTIONNAIRE = "custom"  # the questionnaire id custom items are recorded under

Scale = tuple[int, int]


@dataclass(frozen=True)
class ItemScales:
    """``ratings``: task rating item -> scale; ``answers``: (questionnaire, item) -> scale."""

    ratings: Mapping[str, Scale] = field(default_factory=dict)
    answers: Mapping[tuple[str, str], Scale] = field(default_factory=dict)

    def rating(self, item: str) -> Scale | None:
        return self.ratings.get(item)

    def answer(self, questionnaire: str, item: str) -> Scale | None:
        return self.answers.get((questionnaire, item))


def item_scales(study: Study | None, questionnaires: Iterable[Questionnaire]) -> ItemScales:
    """Scales of every item in ``questionnaires`` (task-scope ones are per-task ratings) plus the
    study's custom items."""
    ratings: dict[str, Scale] = {}
    answers: dict[tuple[str, str], Scale] = {}
    for q in questionnaires:
        for it in q.items:
            if q.scope == "task":
                ratings[it.id] = (q.scale_min, q.scale_max)
            else:
                answers[(q.id, it.id)] = (q.scale_min, q.scale_max)
    if study is not None:
        for c in study.custom_items:
            answers[(CUSTOM_QUESTIONNAIRE, c.id)] = (c.scale_min, c.scale_max)
    return ItemScales(ratings, answers)


def plain_number(value: Any) -> str:
    """A value as people write it: ``99``, ``7.5``, ``NaN``, ``Infinity`` (never ``np.float64(99.0)``)."""
    if isinstance(value, bool) or value is None:
        return "true" if value is True else "false" if value is False else "null"
    if isinstance(value, int):
        text = str(value) if abs(value) < 10**30 else f"a {len(str(abs(value)))}-digit number"
        return text
    try:
        v = float(value)
    except (TypeError, ValueError, OverflowError):
        text = repr(value)
        return text if len(text) <= 40 else text[:37] + "..."
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "Infinity" if v > 0 else "-Infinity"
    return str(int(v)) if v.is_integer() and abs(v) < 1e15 else f"{v:g}"


def value_problem(value: Any, scale: Scale | None) -> str | None:
    """Why ``value`` is not a valid answer on ``scale`` (None when it is). ``None`` as the value
    (no answer) is not judged here. Without a scale only whole, finite numbers are checked."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"{plain_number(value)} is not a number"
    if isinstance(value, float) and math.isnan(value):
        return "NaN is not an answer (not a number)"
    if isinstance(value, float) and math.isinf(value):
        return f"{plain_number(value)} is not an answer (infinite)"
    rng = f"{scale[0]}-{scale[1]} scale" if scale else "scale"
    if isinstance(value, float) and not value.is_integer():
        return f"{plain_number(value)} is not a whole point of the {rng}"
    if scale is not None and not scale[0] <= value <= scale[1]:
        return f"{plain_number(value)} is outside the {rng}"
    return None
