"""Questionnaire scoring: SUS, UMUX-Lite, NPS, CSAT, CES and the problem-discovery model.

Pure Python (math only) so the recorder, the CLI and the tests can score a single participant
without pandas. Every rule cites its source; docs/metrics.md explains each one for researchers.

A missing answer is ``None`` or NaN (a declined item is missing too). A value outside the
item's scale is an error, never silently clipped: a 6 on a 1-5 SUS item means the data is
wrong, and scoring it would hide that.
"""

from __future__ import annotations

import itertools
import math
import numbers
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from uxlab.core.errors import DataError
from uxlab.core.scales import plain_number

Answer = float | int | None

SUS_ITEMS: Final[tuple[str, ...]] = tuple(f"sus{i}" for i in range(1, 11))
UMUX_LITE_ITEMS: Final[tuple[str, str]] = ("umux1", "umux2")

# Sauro-Lewis curved grading scale (Sauro & Lewis 2016, QtUX 2nd ed., table 8.5): lowest score
# that earns each grade. ASCII hyphens ("A-") keep the labels safe in CSV/JSON/Excel.
SUS_GRADES: Final[tuple[tuple[float, str], ...]] = (
    (84.1, "A+"), (80.8, "A"), (78.9, "A-"), (77.2, "B+"), (74.1, "B"), (72.6, "B-"),
    (71.1, "C+"), (65.0, "C"), (62.7, "C-"), (51.7, "D"), (0.0, "F"),
)

# Percentile ranks of the curved grading scale (QtUX 2nd ed., table 8.5): the range of
# percentile ranks each grade spans, in SUS_GRADES order (A+ 96-100 ... F 0-14).
SUS_GRADE_PERCENTILES: Final[tuple[tuple[float, float], ...]] = (
    (96.0, 100.0), (90.0, 95.0), (85.0, 89.0), (80.0, 84.0), (70.0, 79.0), (65.0, 69.0),
    (60.0, 64.0), (41.0, 59.0), (35.0, 40.0), (15.0, 34.0), (0.0, 14.0),
)

# Published percentile ranks of raw SUS scores (Sauro 2011, A Practical Guide to the System
# Usability Scale, percentile table; the same points MeasuringU quote: 68 -> 50th, 75 -> 73rd,
# 52 -> 15th). Between the points the rank is interpolated linearly.
SUS_PERCENTILE_TABLE: Final[tuple[tuple[float, float], ...]] = (
    (0, 0.0), (5, 0.3), (10, 0.4), (15, 0.7), (20, 1.0), (25, 1.5), (30, 2.0), (35, 4.0),
    (40, 6.0), (45, 8.0), (50, 13.0), (55, 19.0), (60, 29.0), (65, 41.0), (66, 44.0),
    (67, 47.0), (68, 50.0), (69, 53.0), (70, 56.0), (71, 60.0), (72, 63.0), (73, 67.0),
    (74, 70.0), (75, 73.0), (76, 77.0), (77, 80.0), (78, 83.0), (79, 86.0), (80, 88.0),
    (85, 97.0), (90, 99.8), (95, 99.999), (100, 100.0),
)

# Adjective ranges MeasuringU publish beside the curved grading scale (Sauro 2018, "5 ways to
# interpret a SUS score", figure 1), from the adjective ratings of Bangor, Kortum & Miller
# (2009): lowest score that earns each adjective. They line up with the grade boundaries, so
# grade and adjective never disagree (e.g. 62.1 is D and "OK", not "Good").
SUS_ADJECTIVE_RANGES: Final[tuple[tuple[float, str], ...]] = (
    (84.1, "Best imaginable"), (80.8, "Excellent"), (71.1, "Good"), (51.7, "OK"),
    (25.1, "Poor"), (0.0, "Worst imaginable"),
)

# Bangor, Kortum & Miller (2009), table 3: mean SUS score of the studies whose participants
# chose each adjective (kept for reference; the ranges above are what uxlab reports).
BANGOR_ADJECTIVES: Final[tuple[tuple[float, str], ...]] = (
    (12.5, "Worst imaginable"), (20.3, "Awful"), (35.7, "Poor"), (50.9, "OK"),
    (71.4, "Good"), (85.5, "Excellent"), (90.9, "Best imaginable"),
)

# Normal approximation of the SUS distribution MeasuringU describe (mean 68, SD 12.5).
SUS_NORM_MEAN: Final[float] = 68.0
SUS_NORM_SD: Final[float] = 12.5

# Lewis, Utesch & Maher (2013) regression from UMUX-Lite to the SUS scale.
UMUX_SUS_SLOPE: Final[float] = 0.65
UMUX_SUS_INTERCEPT: Final[float] = 22.9

_EPS = 1e-9  # scores like 84.1 computed as 84.09999999 still earn the grade


# --------------------------------------------------------------------------- helpers
def is_missing(value: Answer) -> bool:
    """``None`` and NaN both mean "not answered" (declined answers are stored as NaN)."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def check_answer(value: Answer, low: int, high: int, field: str) -> float | None:
    """Return the answer as a float, ``None`` when missing; raise when off the scale.

    Answers are whole scale points: 3.5 on a 1-5 item is as wrong as 6.
    """
    if is_missing(value):
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise DataError(
            f"expected a number from {low} to {high}, got {plain_number(value)}", field=field,
            fix=f"enter a whole number from {low} to {high}, or leave the answer empty",
        )
    v = float(value)
    if math.isinf(v) or v != round(v) or not low <= v <= high:
        raise DataError(
            f"answer {plain_number(value)} is outside the {low}-{high} scale", field=field,
            fix=f"enter a whole number from {low} to {high}, or leave the answer empty",
        )
    return v


def _answered(values: Iterable[Answer], low: int, high: int, field: str) -> list[float]:
    out: list[float] = []
    for v in values:
        a = check_answer(v, low, high, field)
        if a is not None:
            out.append(a)
    return out


# --------------------------------------------------------------------------- SUS
def _sus_values(responses: Mapping[str, Answer] | Sequence[Answer]) -> list[Answer]:
    if isinstance(responses, Mapping):
        unknown = sorted(set(responses) - set(SUS_ITEMS))
        if unknown:
            raise DataError(
                f"unknown SUS item(s) {', '.join(map(str, unknown))}", field="sus",
                fix="SUS items are named sus1 ... sus10",
            )
        return [responses.get(item) for item in SUS_ITEMS]
    values = list(responses)
    if len(values) != 10:
        raise DataError(
            f"the SUS has 10 items, got {len(values)} answers", field="sus",
            fix="give one answer (or None) per item, in order sus1 ... sus10",
        )
    return values


def sus_contribution(item_number: int, response: Answer) -> float | None:
    """Brooke (1996): odd (positive) items score ``response - 1``, even (negative) items
    ``5 - response``; each contribution is 0-4. ``None`` when the item was not answered."""
    if not 1 <= item_number <= 10:
        raise ValueError(f"SUS item number must be 1..10, got {item_number}")
    v = check_answer(response, 1, 5, f"sus{item_number}")
    if v is None:
        return None
    return v - 1.0 if item_number % 2 == 1 else 5.0 - v


def sus_items_answered(responses: Mapping[str, Answer] | Sequence[Answer]) -> int:
    """How many of the 10 SUS items have an answer (10 = complete, 9 = prorated)."""
    return sum(not is_missing(v) for v in _sus_values(responses))


def sus_score(responses: Mapping[str, Answer] | Sequence[Answer]) -> float | None:
    """SUS score 0-100 (Brooke 1996): sum of the 10 item contributions x 2.5.

    Exactly one missing item is prorated as Lewis & Sauro (2017) show is safe: the sum of the
    9 answered contributions x 100/36 (the 9 items' maximum is 36). With two or more items
    missing there is no score (``None``) -- never 0, which would read as "worst possible".

    ``responses`` is ``{"sus1": 4, ...}`` or a sequence of 10 answers in item order.
    """
    values = _sus_values(responses)
    contributions = [sus_contribution(i + 1, v) for i, v in enumerate(values)]
    answered = [c for c in contributions if c is not None]
    if len(answered) == 10:
        return sum(answered) * 2.5
    if len(answered) == 9:
        return sum(answered) * 100.0 / 36.0
    return None


def sus_grade(score: float | None) -> str | None:
    """Sauro-Lewis curved grade (A+ ... F) for a SUS score (or a mean SUS score)."""
    if score is None or math.isnan(score):
        return None
    for threshold, grade in SUS_GRADES:
        if score + _EPS >= threshold:
            return grade
    return "F"


def sus_percentile(score: float | None) -> float | None:
    """Percentile rank (0-100) of a SUS score, consistent with its grade.

    The published percentile ranks (``SUS_PERCENTILE_TABLE``: Sauro 2011; 68 -> 50th,
    75 -> 73rd, 85 -> 97th) interpolated linearly, then kept inside the percentile range the
    curved grading scale gives the score's grade (QtUX table 8.5: A+ 96-100 ... D 15-34,
    F 0-14), so "A+, percentile 91" or "D, percentile 35" cannot happen. The two published
    tables differ by a point or two near some grade boundaries; the grade's range wins.
    """
    if score is None or math.isnan(score):
        return None
    s = min(max(float(score), 0.0), 100.0)
    pts = SUS_PERCENTILE_TABLE
    rank = pts[-1][1]
    for (x0, y0), (x1, y1) in itertools.pairwise(pts):
        if s <= x1:
            rank = y0 + (y1 - y0) * (s - x0) / (x1 - x0)
            break
    grade = sus_grade(s)
    idx = [g for _t, g in SUS_GRADES].index(grade or "F")
    low, high = SUS_GRADE_PERCENTILES[idx]
    return min(max(rank, low), high)


def sus_adjective(score: float | None) -> str | None:
    """The adjective of a SUS score from the published ranges (``SUS_ADJECTIVE_RANGES``:
    Sauro 2018 after Bangor, Kortum & Miller 2009): Best imaginable >= 84.1, Excellent
    >= 80.8, Good >= 71.1, OK >= 51.7, Poor >= 25.1, Worst imaginable below."""
    if score is None or math.isnan(score):
        return None
    for threshold, adjective in SUS_ADJECTIVE_RANGES:
        if score + _EPS >= threshold:
            return adjective
    return "Worst imaginable"


# --------------------------------------------------------------------------- UMUX-Lite
def umux_lite(item1: Answer, item2: Answer) -> float | None:
    """UMUX-Lite 0-100 (Lewis, Utesch & Maher 2013): (i1 + i2 - 2) x 100 / 12, items 1-7.

    Both items are needed; with one missing there is no score.
    """
    a = check_answer(item1, 1, 7, "umux1")
    b = check_answer(item2, 1, 7, "umux2")
    if a is None or b is None:
        return None
    return (a + b - 2.0) * 100.0 / 12.0


def umux_lite_sus_equivalent(score: float | None) -> float | None:
    """Lewis, Utesch & Maher (2013) regression onto the SUS scale: 0.65 x UMUX-Lite + 22.9.

    Later work (Lah, Lewis & Sumak 2020) found it underestimates the SUS at high scores;
    report it labelled as an estimate, next to the raw UMUX-Lite.
    """
    if score is None or math.isnan(score):
        return None
    return UMUX_SUS_SLOPE * score + UMUX_SUS_INTERCEPT


# --------------------------------------------------------------------------- NPS
def nps_category(value: Answer) -> str | None:
    """``promoter`` (9-10), ``passive`` (7-8) or ``detractor`` (0-6) for a 0-10 answer."""
    v = check_answer(value, 0, 10, "nps")
    if v is None:
        return None
    if v >= 9:
        return "promoter"
    if v >= 7:
        return "passive"
    return "detractor"


def nps_counts(values: Iterable[Answer]) -> tuple[int, int, int]:
    """(promoters, passives, detractors) among the answered values."""
    cats = [nps_category(v) for v in values]
    return cats.count("promoter"), cats.count("passive"), cats.count("detractor")


def nps_score(values: Iterable[Answer]) -> float | None:
    """Net Promoter Score in points (-100...100): % promoters - % detractors."""
    pro, pas, det = nps_counts(values)
    n = pro + pas + det
    if n == 0:
        return None
    return 100.0 * (pro - det) / n


# --------------------------------------------------------------------------- CSAT and CES
def csat_top2box(values: Iterable[Answer]) -> float | None:
    """CSAT headline: % of answers in the top two boxes (4 or 5) of a 1-5 scale."""
    answered = _answered(values, 1, 5, "csat")
    if not answered:
        return None
    return 100.0 * sum(v >= 4 for v in answered) / len(answered)


def csat_mean(values: Iterable[Answer]) -> float | None:
    """CSAT mean of a 1-5 scale (the other common convention)."""
    answered = _answered(values, 1, 5, "csat")
    return sum(answered) / len(answered) if answered else None


def ces_mean(values: Iterable[Answer]) -> float | None:
    """CES 2.0 headline: mean of the 1-7 agreement item ("... made it easy ...")."""
    answered = _answered(values, 1, 7, "ces")
    return sum(answered) / len(answered) if answered else None


def ces_agree_pct(values: Iterable[Answer]) -> float | None:
    """CES alternative: % of answers agreeing (5, 6 or 7 on the 1-7 scale)."""
    answered = _answered(values, 1, 7, "ces")
    if not answered:
        return None
    return 100.0 * sum(v >= 5 for v in answered) / len(answered)


# --------------------------------------------------------------------------- planning
def problem_discovery(p: float, n: int) -> float:
    """Chance a problem affecting a share ``p`` of users is seen at least once with ``n``
    participants: 1 - (1 - p)^n (Nielsen & Landauer 1993; QtUX ch. 7)."""
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be a probability between 0 and 1, got {p}")
    if n < 0:
        raise ValueError(f"n must be 0 or more participants, got {n}")
    return 1.0 - (1.0 - p) ** n
