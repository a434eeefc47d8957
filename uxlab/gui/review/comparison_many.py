"""More than two groups side by side: for each measure, the omnibus test across every group
(chi-square or Fisher-Freeman-Halton for completion, Welch's ANOVA on log times, SEQ, SUS and
UMUX-Lite; within participants Cochran's Q and Friedman's test), then every pair with its
difference, interval, effect size and Holm-adjusted p.

Everything shown is ``analyze(...)["comparison"]`` as it is (``tests``, ``sus``, ``umux_lite``):
nothing is recomputed here, only worded in the interface language with the locale's digits.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from uxlab.analysis.groups import CHI_SQUARE, EXACT_RXC, WELCH_ANOVA, WELCH_ANOVA_LOG
from uxlab.analysis.repeated import COCHRAN_Q, FRIEDMAN, FRIEDMAN_LOG
from uxlab.gui.review import fmt
from uxlab.gui.review.comparison import (
    HOLM_SUFFIX,
    RELIABLE_TINT,
    difference,
    isolated,
    reading,
    test_name,
)
from uxlab.gui.review.rows_model import Cell

# The omnibus families of one task (key in ``tests[i]``, the pair values' kind), then the study's.
TASK_MEASURES = (("completion", "rate"), ("time_success", "time"), ("seq", "mean"))
STUDY_MEASURES = (("sus", "mean"), ("umux_lite", "mean"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComparisonMany", text)


def omnibus_test_name(test: str) -> str:
    names = {CHI_SQUARE: _tr("chi-square test of independence"),
             EXACT_RXC: _tr("Fisher-Freeman-Halton exact test"),
             WELCH_ANOVA: _tr("Welch's ANOVA"), WELCH_ANOVA_LOG: _tr("Welch's ANOVA on log times"),
             COCHRAN_Q: _tr("Cochran's Q test"), FRIEDMAN: _tr("Friedman test"),
             FRIEDMAN_LOG: _tr("Friedman test on log times")}
    return names.get(test, test)


def measure_name(key: str) -> str:
    return {"completion": _tr("Completion rate"),
            "time_success": _tr("Time, successful (geometric mean)"),
            "seq": _tr("SEQ mean"), "sus": _tr("SUS mean"),
            "umux_lite": _tr("UMUX-Lite mean")}.get(key, key)


def _label(key: str) -> str:
    """The measure as it reads inside a sentence."""
    return {"completion": _tr("completion rate"), "time_success": _tr("time on task"),
            "seq": _tr("SEQ"), "sus": _tr("SUS"), "umux_lite": _tr("UMUX-Lite")}.get(key, key)


def headers() -> tuple[list[str], list[str]]:
    names = [_tr("Task"), _tr("Measure"), _tr("Groups"), _tr("First"), _tr("Second"),
             _tr("Difference"), _tr("Test"), _tr("p (pairs: Holm)"), _tr("Reading")]
    tips = ["", "", _tr("All groups (the omnibus test), or the two groups of a pair"),
            _tr("Value in the first group of the pair (n in the tooltip)"),
            _tr("Value in the second group of the pair (n in the tooltip)"),
            _tr("Omnibus rows: the test statistic and its degrees of freedom. Pairs: first − "
                "second with its confidence interval (completion in percentage points, ratings "
                "in scale points, Hedges' g in the tooltip), or the ratio first / second of "
                "geometric mean times"),
            fmt.methods("More than two groups"),
            _tr("Omnibus rows: p of the test across all groups. Pairs: p adjusted with Holm's "
                "step-down rule within the measure (the unadjusted p in the tooltip)"),
            _tr("Plain-language reading of the test")]
    return names, tips


def _ltr(text: str) -> str:
    return f"\u2066{text}\u2069"


def statistic(e: dict[str, Any]) -> str:
    """χ²(df) = x for the chi-square tests (of independence, Cochran's Q, Friedman's), F(df1,
    df2) = x for Welch's ANOVA, else empty."""
    s = e.get("statistic")
    if fmt.is_missing(s) or fmt.is_missing(e.get("df")):
        return ""
    if e.get("test") in (CHI_SQUARE, COCHRAN_Q, FRIEDMAN, FRIEDMAN_LOG):
        text = _tr("χ²({0}) = {1}").format(_ltr(fmt.integer(e["df"])), _ltr(fmt.number(s, 2)))
    elif fmt.is_missing(e.get("df2")):
        return ""
    else:
        text = _tr("F({0}, {1}) = {2}").format(_ltr(fmt.integer(e["df"])),
                                              _ltr(fmt.number(e["df2"], 1)), _ltr(fmt.number(s, 2)))
    # a formula reads left to right in every language: left-to-right isolates around it and
    # each number keep the F next to its brackets and the degrees of freedom in order (Arabic
    # digits between neutral separators would otherwise run right to left)
    return f"\u2066{text}\u2069"


def _reading_texts(across_conditions: bool) -> tuple[str, str, str, str]:
    """(no variation, too few, reliable, not reliable): the wording for groups, or for the
    conditions of one set of participants (each text whole, as translators see it)."""
    if across_conditions:
        return (_tr("No variation in {0} within the conditions, so no test"),
                _tr("Not enough data for a test of {0} across the {1} conditions"),
                _tr("Reliable difference in {0} between the {1} conditions, {2} ({3})"),
                _tr("No reliable difference in {0} between the {1} conditions, {2} ({3})"))
    return (_tr("No variation in {0} within the groups, so no test"),
            _tr("Not enough data for a test of {0} across the {1} groups"),
            _tr("Reliable difference in {0} between the {1} groups, {2} ({3})"),
            _tr("No reliable difference in {0} between the {1} groups, {2} ({3})"))


def omnibus_reading(e: dict[str, Any], key: str, k: int, alpha: float) -> str:
    """The reading of one omnibus test (the same cases as the analysis' English reading)."""
    flat, few, differs, same = _reading_texts(e.get("across") == "conditions")
    label = _label(key)
    p = e.get("p")
    count = fmt.integer(k)
    if e.get("no_variation"):
        return flat.format(label)
    if fmt.is_missing(p):
        return few.format(label, count)
    test = omnibus_test_name(str(e.get("test") or ""))
    return (differs if float(p) < alpha else same).format(label, count, fmt.p_value(p), test)


def _value(pair: dict[str, Any], side: str) -> tuple[str, Any]:
    for field, show in (("rate", fmt.percent), ("geomean", fmt.seconds)):
        if f"{field}_a" in pair:
            v = pair.get(f"{field}_{side}")
            return show(v), v
    v = pair.get(f"mean_{side}")
    return fmt.number(v, 1), v


def _base_test(pair: dict[str, Any]) -> str:
    """The pair's test without the ", Holm-adjusted" the p column's header already says."""
    test = str(pair.get("test") or "")
    return test[: -len(HOLM_SUFFIX)] if test.endswith(HOLM_SUFFIX) else test


def _has_data(e: dict[str, Any]) -> bool:
    if not fmt.is_missing(e.get("p")) or e.get("no_variation"):
        return True
    return any(p.get("n_a") or p.get("n_b") for p in e.get("pairwise") or [])


def _omnibus_row(task: str, key: str, e: dict[str, Any], k: int, alpha: float) -> list[Cell]:
    p = e.get("p")
    tint = RELIABLE_TINT if not fmt.is_missing(p) and float(p) < alpha else None
    text = omnibus_reading(e, key, k, alpha)
    stat_tip = ""
    if not fmt.is_missing(e.get("chi_square_p")):
        stat_tip = _tr("Chi-square test: {0} (not used: an expected count is below 5)").format(
            fmt.p_value(e["chi_square_p"]))
    every = (_tr("all {0} conditions") if e.get("across") == "conditions" else _tr("all {0} groups"))
    cells = [Cell(task), Cell(measure_name(key)), Cell(every.format(fmt.integer(k))),
             Cell(""), Cell(""), Cell(statistic(e), e.get("statistic"), stat_tip, numeric=True),
             Cell(omnibus_test_name(str(e.get("test") or ""))), Cell(fmt.p_value(p), p, numeric=True),
             Cell(text, tooltip=text)]
    for c in cells:
        c.background, c.bold = tint, True
    return cells


def _pair_row(task: str, key: str, pair: dict[str, Any]) -> list[Cell]:
    p = pair.get("p")
    alpha = float(pair.get("alpha") or 0.05)
    tint = RELIABLE_TINT if not fmt.is_missing(p) and float(p) < alpha else None
    a, b = (str(g) for g in (pair.get("groups") or ["", ""])[:2])
    ta, va = _value(pair, "a")
    tb, vb = _value(pair, "b")
    td, vd, tip = difference(pair)
    text = reading(pair)
    p_tip = ""
    if not fmt.is_missing(pair.get("p_unadjusted")):
        p_tip = _tr("Unadjusted: {0}").format(fmt.p_value(pair["p_unadjusted"]))
    return [Cell(task, background=tint), Cell(measure_name(key), background=tint),
            Cell(_tr("{0} / {1}").format(isolated(a), isolated(b)), background=tint),
            Cell(ta, va, f"{a}: n = {fmt.integer(pair.get('n_a', 0))}", numeric=True,
                 background=tint),
            Cell(tb, vb, f"{b}: n = {fmt.integer(pair.get('n_b', 0))}", numeric=True,
                 background=tint),
            Cell(td, vd, tip, numeric=True, background=tint),
            Cell(test_name(_base_test(pair)), tooltip=test_name(str(pair.get("test") or "")),
                 background=tint),
            Cell(fmt.p_value(p), p, p_tip, numeric=True, background=tint),
            Cell(text, tooltip=text, background=tint)]


def rows(comparison: dict[str, Any], titles: dict[str, str]) -> tuple[list[list[Cell]], list[str]]:
    """Rows for a many-group ``analyze(...)["comparison"]``: per task and measure the omnibus
    row, then its pairs; then SUS and UMUX-Lite. Keys: "task|measure" and "task|measure|a|b"."""
    k = len(comparison.get("groups") or [])
    alpha = round(1.0 - float(comparison.get("confidence") or 0.95), 12)
    blocks: list[tuple[str, str, str, dict[str, Any]]] = []
    for t in comparison.get("tests") or []:
        task = str(t.get("task"))
        blocks += [(task, titles.get(task, task), key, t.get(key) or {})
                   for key, _kind in TASK_MEASURES]
    blocks += [("", _tr("(study)"), key, comparison.get(key) or {}) for key, _kind in STUDY_MEASURES]
    out: list[list[Cell]] = []
    keys: list[str] = []
    for task, title, key, e in blocks:
        if not e or not _has_data(e):
            continue
        out.append(_omnibus_row(title, key, e, k, alpha))
        keys.append(f"{task}|{key}")
        for pair in e.get("pairwise") or []:
            out.append(_pair_row(title, key, pair))
            keys.append(f"{task}|{key}|" + "|".join(str(g) for g in pair.get("groups") or []))
    return out, keys
