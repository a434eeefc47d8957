"""Two groups side by side: the tests and plain-language readings of ``analyze``'s comparison."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from uxlab.analysis.paired import MCNEMAR, PAIRED_LOG_T, PAIRED_T, PARTICIPANT_LOG_T, WILCOXON
from uxlab.analysis.stats import FISHER_TEST, N1_TEST, WELCH_LOG_TEST, WELCH_TEST
from uxlab.gui.review import fmt
from uxlab.gui.review.rows_model import Cell

RELIABLE_TINT = QColor("#d5ecf9")  # a light tint of Okabe-Ito sky blue #56B4E9


def _tr(text: str) -> str:
    return QCoreApplication.translate("Comparison", text)


def headers(groups: list[str]) -> tuple[list[str], list[str]]:
    a, b = [*groups, "A", "B"][:2]
    names = [_tr("Task"), _tr("Measure"), a, b, _tr("Difference"), _tr("Test"), _tr("p"),
             _tr("Reading")]
    tips = ["", "", _tr("Value in group {0} (n in the tooltip)").format(a),
            _tr("Value in group {0} (n in the tooltip)").format(b),
            _tr("How large the difference is: {0} − {1} with its confidence interval "
                "(completion in percentage points, ratings in scale points, Hedges' g in the "
                "tooltip), or the ratio {0} / {1} of geometric mean times").format(a, b),
            fmt.methods("Comparing completion rates", "Comparing times, ratings and SUS"),
            _tr("Two-sided p-value; a difference is called reliable when p is below "
                "1 − confidence"),
            _tr("Plain-language reading of the test")]
    return names, tips


def _value(entry: dict[str, Any], side: str) -> tuple[str, Any]:
    if "rate_a" in entry:
        v = entry.get(f"rate_{side}")
        return fmt.percent(v), v
    if "geomean_a" in entry:
        v = entry.get(f"geomean_{side}")
        return fmt.seconds(v), v
    v = entry.get(f"mean_{side}")
    return fmt.number(v, 1), v


def difference(entry: dict[str, Any]) -> tuple[str, Any, str]:
    """(text, sort value, tooltip) of the difference a − b, or of the ratio a / b for times."""
    if "ratio" in entry:
        r, ci = entry.get("ratio"), entry.get("ratio_ci") or [None, None]
        if fmt.is_missing(r):
            return fmt.MISSING, None, ""
        text = "× " + fmt.number(r, 2)
        if not fmt.is_missing(ci[0]) and not fmt.is_missing(ci[1]):
            text += f" ({fmt.number(ci[0], 2)}–{fmt.number(ci[1], 2)})"
        return text, r, ""
    d, ci = entry.get("difference"), entry.get("difference_ci") or [None, None]
    if fmt.is_missing(d):
        return fmt.MISSING, None, ""
    scale, decimals = (100.0, 0) if "rate_a" in entry else (1.0, 1)

    def show(v: Any) -> str:
        return ("+" if float(v) > 0 else "") + fmt.number(float(v) * scale, decimals)

    text = show(d)
    if not fmt.is_missing(ci[0]) and not fmt.is_missing(ci[1]) and ci[0] != ci[1]:
        text += f" ({show(ci[0])} – {show(ci[1])})"
    tip = ""
    if not fmt.is_missing(entry.get("hedges_g")):
        tip = _tr("Hedges' g = {0}").format(fmt.number(entry["hedges_g"], 2))
        # (a left-to-right isolate keeps "g = 0.45" in formula order in a right-to-left table)
        text += "; \u2066" + _tr("g = {0}").format(fmt.number(entry["hedges_g"], 2)) + "\u2069"
    return text, d, tip


def used_test(entry: dict[str, Any]) -> tuple[str, Any]:
    """The test and p the reading relies on (Fisher's exact test for small expected counts)."""
    if entry.get("fisher_p") is not None and entry.get("recommended") == FISHER_TEST:
        return FISHER_TEST, entry["fisher_p"]
    return str(entry.get("test") or ""), entry.get("p")


def isolated(text: str) -> str:
    """A name typed by the user (a group, "current") as a first-strong isolate (FSI ... PDI):
    a Latin name inside an Arabic sentence neither drags the punctuation around it to the wrong
    side nor splits the sentence."""
    return f"\u2068{text}\u2069"


HOLM_SUFFIX = ", Holm-adjusted"  # how ``analyze`` names a pair's test among more than two groups


def test_name(test: str) -> str:
    """The interface-language name of a test ``analyze`` names in English (a pair's test among
    more than two groups ends with ", Holm-adjusted")."""
    if test.endswith(HOLM_SUFFIX):
        return _tr("{0}, Holm-adjusted").format(test_name(test[: -len(HOLM_SUFFIX)]))
    names = {N1_TEST: _tr("N-1 two-proportion test"), FISHER_TEST: _tr("Fisher exact test"),
             WELCH_TEST: _tr("Welch t-test"), WELCH_LOG_TEST: _tr("Welch t-test on log times"),
             WILCOXON: _tr("Wilcoxon signed-rank test"), MCNEMAR: _tr("McNemar exact test (mid-p)"),
             PAIRED_T: _tr("paired t-test"), PAIRED_LOG_T: _tr("paired t-test on log times"),
             PARTICIPANT_LOG_T: _tr("paired t-test on each participant's mean log time")}
    return names.get(test, test)


def reading(e: dict[str, Any]) -> str:
    """The plain-language reading of one comparison entry in the interface language, with the
    locale's digits (the same cases as ``uxlab.analysis.comparisons.plain_reading``)."""
    groups = e.get("groups") or ["A", "B"]
    a, b = isolated(str(groups[0])), isolated(str(groups[1]))
    kind = "rate" if "rate_a" in e else "time" if "geomean_a" in e else "mean"
    field = {"rate": "rate", "time": "geomean", "mean": "mean"}[kind]
    va, vb = e.get(f"{field}_a"), e.get(f"{field}_b")
    show = fmt.percent if kind == "rate" else fmt.seconds if kind == "time" else (lambda v: fmt.number(v, 1))
    test, p = used_test(e)
    if e.get("no_variation") and not fmt.is_missing(va) and not fmt.is_missing(vb):
        if va == vb:
            return _tr("No difference: every value is {0} in both {1} and {2} (no variation, so "
                       "no test)").format(show(va), a, b)
        return _tr("Every value in {0} is {1} and every value in {2} is {3}: with no variation "
                   "within the groups the difference is exact for these data and no test "
                   "applies").format(a, show(va), b, show(vb))
    if fmt.is_missing(p) or fmt.is_missing(va) or fmt.is_missing(vb):
        return _tr("Not enough data to compare ({0}: n = {1}, {2}: n = {3})").format(
            a, fmt.integer(e.get("n_a", 0)), b, fmt.integer(e.get("n_b", 0)))
    stat = _tr("{0} ({1})").format(fmt.p_value(p), test_name(test))
    if e.get("fisher_p") is not None and test != FISHER_TEST:
        stat += "; " + _tr("Fisher exact test: {0}").format(fmt.p_value(e["fisher_p"]))
    if e.get("wilcoxon_p") is not None:
        stat += "; " + _tr("check: {0} {1}").format(test_name(WILCOXON), fmt.p_value(e["wilcoxon_p"]))
    if float(p) >= float(e.get("alpha") or 0.05) or va == vb:
        return _tr("No reliable difference ({0} {1} vs {2} {3}), {4}").format(
            a, show(va), b, show(vb), stat)
    first_wins = va > vb if kind != "time" else va < vb
    win, vw, vl = (a, va, vb) if first_wins else (b, vb, va)
    if kind == "time":
        return _tr("{0} faster ({1} vs {2}), {3}").format(win, show(vw), show(vl), stat)
    return _tr("{0} higher ({1} vs {2}), {3}").format(win, show(vw), show(vl), stat)


def _row(task: str, measure: str, entry: dict[str, Any]) -> list[Cell]:
    test, p = used_test(entry)
    alpha = float(entry.get("alpha") or 0.05)
    reliable = not fmt.is_missing(p) and float(p) < alpha
    tint = RELIABLE_TINT if reliable else None
    ta, va = _value(entry, "a")
    tb, vb = _value(entry, "b")
    test_tip = ""
    if entry.get("fisher_p") is not None and test != FISHER_TEST:
        test_tip = _tr("Fisher exact test: {0}").format(fmt.p_value(entry["fisher_p"]))
    text = reading(entry)
    td, vd, tip = difference(entry)
    return [
        Cell(task, background=tint), Cell(measure, background=tint),
        Cell(ta, va, f"n = {fmt.integer(entry.get('n_a', 0))}", numeric=True, background=tint),
        Cell(tb, vb, f"n = {fmt.integer(entry.get('n_b', 0))}", numeric=True, background=tint),
        Cell(td, vd, tip, numeric=True, background=tint),
        Cell(test_name(test), tooltip=test_tip, background=tint),
        Cell(fmt.p_value(p), p, numeric=True, background=tint),
        Cell(text, tooltip=text, background=tint),
    ]


def rows(comparison: dict[str, Any], titles: dict[str, str]) -> tuple[list[list[Cell]], list[str]]:
    """Rows for a two-group ``analyze(...)["comparison"]``: per task completion, time and SEQ,
    then SUS and UMUX-Lite. Keys: "task|metric"."""
    out: list[list[Cell]] = []
    keys: list[str] = []
    seq = {str(s["task"]): s for s in comparison.get("seq", [])}
    for t in comparison.get("tasks", []):
        task = str(t["task"])
        title = titles.get(task, task)
        for metric, measure, entry in (
                ("completion", _tr("Completion rate"), t.get("completion")),
                ("time", _tr("Time, successful (geometric mean)"),
                 t.get("time_success")),
                ("seq", _tr("SEQ mean"), seq.get(task))):
            if entry:
                out.append(_row(title, measure, entry))
                keys.append(f"{task}|{metric}")
    pt = comparison.get("participant_time")
    if isinstance(pt, dict) and pt:
        out.append(_row(_tr("(all tasks)"),
                        _tr("Time per participant, successful (geometric mean)"), pt))
        keys.append("|participant_time")
    for key, measure in (("sus", _tr("SUS mean")), ("umux_lite", _tr("UMUX-Lite mean"))):
        entry = comparison.get(key)
        if isinstance(entry, dict) and entry:
            out.append(_row(_tr("(study)"), measure, entry))
            keys.append(f"|{key}")
    return out, keys
