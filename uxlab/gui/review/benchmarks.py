"""Benchmarks, one-sided: each task's completion, SEQ and time against the study's benchmarks and
targets, then SUS, UMUX-Lite and NPS (``analyze``'s ``benchmarks`` entries, shown as they are)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from uxlab.analysis.benchmarks import BINOMIAL_TEST, LOG_TIME_T, NPS_Z, ONE_SAMPLE_T
from uxlab.export.readings import Style, benchmark_reading
from uxlab.gui.review import fmt
from uxlab.gui.review.comparison import RELIABLE_TINT, isolated
from uxlab.gui.review.rows_model import Cell


def _tr(text: str) -> str:
    return QCoreApplication.translate("Benchmarks", text)


def _words() -> dict[str, str]:
    """The reading's templates in the interface language (the export's keys and cases)."""
    return {
        "no_data": _tr("{what}: no data to compare with the {target} benchmark"),
        "flat": _tr("{what}: every value is the same ({shown}; no variation), so no test "
                    "applies; it is {side} {target} in these data"),
        "few": _tr("{what}: not enough data to test against {target} (n = {n})"),
        "better": _tr("{what} {shown} is {side} {target} with {conf} ({test})"),
        "not": _tr("{what} {shown}: not shown to be {side} {target} (only {conf}; {test})"),
        "above": _tr("above"), "below": _tr("below"), "faster than": _tr("faster than"),
        "slower than": _tr("slower than"),
        "conf": _tr("{c} confidence"), "conf_more": _tr("more than {c} confidence"),
        "conf_less": _tr("less than {c} confidence"),
        "what_completion": _tr("{task}: completion"), "what_seq": _tr("{task}: SEQ"),
        "what_time": _tr("{task}: time"),
        "mean": _tr("mean {v}"), "geomean": _tr("geometric mean {v}"),
        "target_time": _tr("the {t} target"),
        "umux_target": _tr("{t} (SUS-equivalent; UMUX-Lite {raw})"), "s": _tr("s"),
    }


def test_name(test: str) -> str:
    return {BINOMIAL_TEST: _tr("exact binomial test, one-sided (mid-p)"),
            ONE_SAMPLE_T: _tr("one-sample t-test, one-sided"),
            LOG_TIME_T: _tr("one-sample t-test on log times, one-sided"),
            NPS_Z: _tr("one-sample z-test (adjusted-Wald SE), one-sided")}.get(test, test)


def reading(b: dict[str, Any], alpha: float, title: str) -> str:
    """The plain reading of one benchmark entry in the interface language, with the locale's
    digits (the same cases and wording as the export's :func:`benchmark_reading`)."""
    words = _words()
    style = Style(text=words.__getitem__, number=fmt.number, signed=fmt.signed,
                  percent=fmt.percent, p_value=fmt.p_value, test=test_name)
    return benchmark_reading(b, alpha, style, isolated(title))


def measure_name(metric: str) -> str:
    return {
        "completion": _tr("Completion rate"), "seq": _tr("SEQ (mean)"),
        "time": _tr("Time vs target (geometric mean)"), "sus": _tr("SUS (mean)"),
        "umux_lite": _tr("UMUX-Lite (mean)"), "nps": _tr("NPS"),
    }.get(metric, metric)


def headers() -> tuple[list[str], list[str]]:
    names = [_tr("Task"), _tr("Measure"), _tr("Benchmark"), _tr("n"), _tr("Observed"),
             _tr("p (one-sided)"), _tr("Confidence"), _tr("Reading")]
    tips = ["", "", _tr("The benchmark or target the result is tested against"), "", "",
            _tr("One-sided p-value that the result is better than the benchmark (completion: "
                "exact binomial mid-p; means: one-sample t; times: t on log times)"),
            _tr("1 − p: how confident one can be that the result is better than the benchmark"),
            _tr("Plain-language reading of the test")]
    return names, tips


def _value(metric: str, v: Any) -> str:
    if metric == "completion":
        return fmt.percent(v)
    if metric == "time":
        return fmt.seconds(v)
    return fmt.number(v, 0 if metric == "nps" else 1)


def rows(result: dict[str, Any], title: Callable[[str], str]) -> tuple[list[list[Cell]], list[str]]:
    out: list[list[Cell]] = []
    keys: list[str] = []
    alpha = 1.0 - float(result.get("confidence") or 0.95)
    for b in result.get("benchmarks") or []:
        metric = str(b.get("metric", ""))
        task = str(b.get("task") or "")
        p = b.get("p")
        better = not fmt.is_missing(p) and float(p) < alpha
        tint = RELIABLE_TINT if better else None
        conf = b.get("confidence_better")
        text = reading(b, alpha, title(task) if task else "")
        out.append([
            Cell(title(task) if task else "", background=tint),
            Cell(measure_name(metric), background=tint),
            Cell(_value(metric, b.get("benchmark")), b.get("benchmark"), numeric=True, background=tint),
            Cell(fmt.integer(b.get("n")), b.get("n"), numeric=True, background=tint),
            Cell(_value(metric, b.get("observed")), b.get("observed"), numeric=True, background=tint),
            Cell(fmt.p_value(p), p, test_name(str(b.get("test") or "")), numeric=True,
                 background=tint),
            Cell(fmt.percent(conf), conf, numeric=True, background=tint),
            Cell(text, tooltip=text, background=tint),
        ])
        keys.append(f"{task}:{metric}")
    return out, keys
