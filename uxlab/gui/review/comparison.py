"""Two groups side by side: the tests and plain-language readings of ``analyze``'s comparison."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from uxlab.analysis.stats import FISHER_TEST
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


def _difference(entry: dict[str, Any]) -> tuple[str, Any, str]:
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
    return text, d, tip


def used_test(entry: dict[str, Any]) -> tuple[str, Any]:
    """The test and p the reading relies on (Fisher's exact test for small expected counts)."""
    if entry.get("fisher_p") is not None and entry.get("recommended") == FISHER_TEST:
        return FISHER_TEST, entry["fisher_p"]
    return str(entry.get("test") or ""), entry.get("p")


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
    reading = str(entry.get("reading") or "")
    td, vd, tip = _difference(entry)
    return [
        Cell(task, background=tint), Cell(measure, background=tint),
        Cell(ta, va, f"n = {entry.get('n_a', 0)}", numeric=True, background=tint),
        Cell(tb, vb, f"n = {entry.get('n_b', 0)}", numeric=True, background=tint),
        Cell(td, vd, tip, numeric=True, background=tint),
        Cell(test, tooltip=test_tip, background=tint),
        Cell(fmt.p_value(p), p, numeric=True, background=tint),
        Cell(reading, tooltip=reading, background=tint),
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
