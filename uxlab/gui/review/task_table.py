"""The task table: one row per task in study order, from ``analyze(...)["tasks"]``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from uxlab.gui.review import fmt
from uxlab.gui.review.rows_model import Cell

COL_TASK, COL_ATTEMPTS, COL_COMPLETION, COL_TIME, COL_SEQ = range(5)
COL_EXP_SUCCESS, COL_EXP_EFFORT, COL_EXP_EMOTION, COL_ERRORS, COL_ASSISTS = range(5, 10)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TaskTable", text)


def headers(successful_only: bool) -> tuple[list[str], list[str]]:
    time = (_tr("Time, successful") if successful_only else _tr("Time, all attempts"))
    time_method = "Time on task (successful attempts / all attempts)"
    names = [_tr("Task"), _tr("Attempts"), _tr("Completion"), time, _tr("SEQ (1–7)"),
             _tr("Success net"), _tr("Effort net"), _tr("Emotion net"), _tr("Errors (mean)"),
             _tr("Assists (mean)")]
    tips = [
        _tr("The task's title, in study order"),
        fmt.method("Attempts"),
        fmt.methods("Completion rate", "Completion rate confidence interval"),
        (_tr("Time on task of successful attempts: geometric mean with its interval")
         if successful_only else
         _tr("Time on task of all attempts (failed and abandoned too): geometric mean with "
             "its interval")) + "\n\n" + fmt.method(time_method),
        fmt.method("SEQ and other rating scales"),
        fmt.method("Experience net score (success, effort, emotion)"),
        fmt.method("Experience net score (success, effort, emotion)"),
        fmt.method("Experience net score (success, effort, emotion)"),
        _tr("Errors marked by the moderator per attempt (mean)"),
        _tr("Assists given by the moderator per attempt (mean)"),
    ]
    return names, tips


def rows(result: dict[str, Any], successful_only: bool,
         titles: dict[str, str] | None = None) -> tuple[list[list[Cell]], list[str]]:
    """Cells for every task of an ``analyze`` result; keys are task ids."""
    out: list[list[Cell]] = []
    keys: list[str] = []
    for t in result.get("tasks", []):
        task = str(t["task"])
        title = (titles or {}).get(task) or t.get("title") or task
        time = t["time_success"] if successful_only else t["time_all"]
        seq = t["seq"]
        exp = t["experience"]
        attempts_tip = _tr("{0} attempts: {1} successes, {2} partial, {3} skipped (not "
                           "attempts), {4} interrupted").format(
            t["attempts"], t["successes"], t["partials"], t["skipped"], t["interrupted"])
        task_tip = _tr("Task id: {0}").format(task)
        if t.get("stage"):
            task_tip += "\n" + _tr("Stage: {0}").format(t["stage"])
        if not fmt.is_missing(t.get("target_time_s")):
            task_tip += "\n" + _tr("Target time: {0}").format(fmt.seconds(t["target_time_s"]))
        time_tip = _tr("n = {0}; median {1}; arithmetic mean {2}; SD {3}").format(
            time["n"], fmt.seconds(time["median"]), fmt.seconds(time["mean"]),
            fmt.number(time["sd"], 1))
        row = [
            Cell(str(title), tooltip=task_tip),
            Cell(fmt.integer(t["attempts"]), t["attempts"], attempts_tip, numeric=True),
            Cell(fmt.percent_ci(t["completion_rate"], t["completion_ci"]),
                 t["completion_rate"],
                 _tr("{0} of {1} attempts successful").format(t["successes"], t["attempts"]),
                 numeric=True),
            Cell(fmt.seconds_ci(time["geomean"], time["ci"]), time["geomean"], time_tip,
                 numeric=True),
            Cell(fmt.with_ci(seq["mean"], seq["ci"]), seq["mean"],
                 _tr("n = {0}").format(fmt.integer(seq["n"])), numeric=True),
        ]
        for key in ("success", "effort", "emotion"):
            e = exp[key]
            row.append(Cell(fmt.signed(e["net"]), e["net"],
                            _tr("n = {0}; mean {1} on 1–7").format(e["n"],
                                                                 fmt.number(e["mean"], 1)),
                            numeric=True))
        row.append(Cell(fmt.number(t["errors_mean"], 1), t["errors_mean"], numeric=True))
        row.append(Cell(fmt.number(t["assists_mean"], 1), t["assists_mean"], numeric=True))
        out.append(row)
        keys.append(task)
    return out, keys
