"""Benchmarks, one-sided: each task's completion, SEQ and time against the study's benchmarks and
targets, then SUS, UMUX-Lite and NPS (``analyze``'s ``benchmarks`` entries, shown as they are)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from uxlab.gui.review import fmt
from uxlab.gui.review.comparison import RELIABLE_TINT
from uxlab.gui.review.rows_model import Cell


def _tr(text: str) -> str:
    return QCoreApplication.translate("Benchmarks", text)


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
        out.append([
            Cell(title(task) if task else "", background=tint),
            Cell(measure_name(metric), background=tint),
            Cell(_value(metric, b.get("benchmark")), b.get("benchmark"), numeric=True, background=tint),
            Cell(fmt.integer(b.get("n")), b.get("n"), numeric=True, background=tint),
            Cell(_value(metric, b.get("observed")), b.get("observed"), numeric=True, background=tint),
            Cell(fmt.p_value(p), p, str(b.get("test") or ""), numeric=True, background=tint),
            Cell(fmt.percent(conf), conf, numeric=True, background=tint),
            Cell(str(b.get("reading") or ""), tooltip=str(b.get("reading") or ""), background=tint),
        ])
        keys.append(f"{task}:{metric}")
    return out, keys
