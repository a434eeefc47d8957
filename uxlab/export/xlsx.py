"""The Excel workbook analysts can trust.

Written with XlsxWriter in constant-memory mode (measured in benchmarks/bench_core.py: several
times faster than openpyxl, which stays the reader). Rules: numbers are numbers, missing values
are empty cells, rates are fractions with a percent format, and every string is written as a
string, never as a formula. The workbook is written to a temp file beside the target and
renamed only when complete: a crash or a cancel leaves the previous file untouched.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from uxlab import __version__
from uxlab.analysis.metrics import METHODS, participant_scores
from uxlab.analysis.model import StudyTables
from uxlab.export.columns import COLUMNS, PERCENT_COLUMNS, SHEETS
from uxlab.export.sheetdata import BigSheet, splice
from uxlab.storage.atomic import atomic_write_with

Progress = Callable[[float], None]
Cancel = Callable[[], bool]

TASK_SHEET_COLUMNS = [
    "task", "title", "stage", "target_time_s", "attempts", "successes", "partials", "skipped",
    "completion_rate", "completion_lo", "completion_hi",
    "time_success_n", "time_success_geomean", "time_success_lo", "time_success_hi",
    "time_success_median", "time_success_mean", "time_success_sd",
    "time_all_n", "time_all_geomean", "time_all_lo", "time_all_hi", "time_all_median",
    "time_all_mean", "time_all_sd", "seq_n", "seq_mean", "seq_lo", "seq_hi",
    "exp_success_mean", "exp_success_net", "exp_effort_mean", "exp_effort_net",
    "exp_emotion_mean", "exp_emotion_net", "errors_mean", "assists_mean",
]


class ExportCancelled(Exception):
    """The export was cancelled; nothing was written in place of the previous file."""


def _task_rows(results: dict[str, Any]) -> list[dict[str, Any]]:
    """One flat row per task, straight from the analysis results (same numbers as --json)."""
    rows = []
    for t in results.get("tasks", []):
        r: dict[str, Any] = {k: t.get(k) for k in ("task", "title", "stage", "target_time_s",
                                                     "attempts", "successes", "partials", "skipped")}
        r["completion_rate"] = t.get("completion_rate")
        ci = t.get("completion_ci") or [None, None]
        r["completion_lo"], r["completion_hi"] = ci[0], ci[1]
        for kind in ("time_success", "time_all"):
            d = t.get(kind) or {}
            tci = d.get("ci") or [None, None]
            r[f"{kind}_n"] = d.get("n")
            r[f"{kind}_geomean"] = d.get("geomean")
            r[f"{kind}_lo"], r[f"{kind}_hi"] = tci[0], tci[1]
            for k in ("median", "mean", "sd"):
                r[f"{kind}_{k}"] = d.get(k)
        seq = t.get("seq") or {}
        sci = seq.get("ci") or [None, None]
        r["seq_n"], r["seq_mean"], r["seq_lo"], r["seq_hi"] = seq.get("n"), seq.get("mean"), sci[0], sci[1]
        for name, d in (t.get("experience") or {}).items():
            r[f"exp_{name}_mean"] = d.get("mean")
            r[f"exp_{name}_net"] = d.get("net")
        r["errors_mean"], r["assists_mean"] = t.get("errors_mean"), t.get("assists_mean")
        rows.append(r)
    return rows


def _comparison_rows(results: dict[str, Any]) -> list[dict[str, Any]]:
    comp = results.get("comparison")
    if not comp or len(comp.get("groups", [])) != 2 or "tasks" not in comp:
        return []
    rows: list[dict[str, Any]] = []
    for t in comp["tasks"]:
        c = t.get("completion") or {}
        rows.append({"task": t["task"], "metric": "completion rate", "value_a": c.get("rate_a"),
                     "value_b": c.get("rate_b"), "n_a": c.get("n_a"), "n_b": c.get("n_b"),
                     "test": c.get("test"), "p": c.get("p"), "reading": c.get("reading", "")})
        tm = t.get("time_success") or {}
        rows.append({"task": t["task"], "metric": "time on task, successes (geometric mean, s)",
                     "value_a": tm.get("geomean_a"), "value_b": tm.get("geomean_b"),
                     "n_a": tm.get("n_a"), "n_b": tm.get("n_b"), "test": tm.get("test"),
                     "p": tm.get("p"), "reading": tm.get("reading", "")})
    for key, label in (("sus", "SUS mean"), ("umux_lite", "UMUX-Lite mean")):
        s = comp.get(key)
        if isinstance(s, dict) and s:
            rows.append({"task": "", "metric": label, "value_a": s.get("mean_a"),
                         "value_b": s.get("mean_b"), "n_a": s.get("n_a"), "n_b": s.get("n_b"),
                         "test": s.get("test"), "p": s.get("p"), "reading": s.get("reading", "")})
    return rows


def _is_missing(v: Any) -> bool:
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    return isinstance(v, float) and math.isnan(v)


class _Writer:
    def __init__(self, wb: xlsxwriter.Workbook, total_cells: int, progress: Progress | None,
                 cancel: Cancel | None) -> None:
        self.wb = wb
        self.total = max(1, total_cells)
        self.done = 0
        self.progress = progress
        self.cancel = cancel
        self.header = wb.add_format({"bold": True, "bg_color": "#E8EEF4", "border": 0,
                                     "text_wrap": False, "valign": "top"})
        self.percent = wb.add_format({"num_format": "0.0%"})
        self.number = wb.add_format({"num_format": "0.00"})
        self.wrap = wb.add_format({"text_wrap": True, "valign": "top"})

    def tick(self, cells: int) -> None:
        self.done += cells
        if self.cancel is not None and self.cancel():
            raise ExportCancelled()
        if self.progress is not None:
            self.progress(min(1.0, self.done / self.total))

    def big(self, name: str, frame: pd.DataFrame, widths: dict[str, float] | None = None) -> BigSheet:
        """A data sheet laid out here (header, widths, frozen row, filter) and filled later by
        :func:`uxlab.export.sheetdata.splice`, column-wise."""
        columns = [str(c) for c in frame.columns]
        ws = self.table(name, columns, [], widths)
        if len(frame):
            ws.autofilter(0, 0, len(frame), max(0, len(columns) - 1))
        return BigSheet(len(self.wb.worksheets()), frame, columns)

    def table(self, name: str, columns: Sequence[str], rows: Iterable[Sequence[Any]],
              widths: dict[str, float] | None = None) -> Worksheet:
        ws = self.wb.add_worksheet(name)
        for c, col in enumerate(columns):
            ws.write_string(0, c, col, self.header)
            width = (widths or {}).get(col) or min(40, max(10, len(col) + 2))
            fmt = self.percent if col in PERCENT_COLUMNS else None
            ws.set_column(c, c, width, fmt)
        ws.freeze_panes(1, 0)
        r = 0
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row):
                self.cell(ws, r, c, v, columns[c] in PERCENT_COLUMNS)
            if r % 2000 == 0:
                self.tick(2000 * len(columns))
        self.tick((r % 2000) * len(columns))
        if r:
            ws.autofilter(0, 0, r, max(0, len(columns) - 1))
        return ws

    def cell(self, ws: Worksheet, r: int, c: int, v: Any, percent: bool = False) -> None:
        if _is_missing(v):
            return  # an empty cell, never "NA"
        if isinstance(v, bool):
            ws.write_boolean(r, c, v)
        elif isinstance(v, int | float) and not isinstance(v, bool):
            if math.isinf(v):
                return
            ws.write_number(r, c, v, self.percent if percent else None)
        elif hasattr(v, "item") and not isinstance(v, str):  # numpy scalar
            self.cell(ws, r, c, v.item(), percent)
        else:
            ws.write_string(r, c, str(v))  # text typed by people stays text, never a formula


def _summary_rows(tables: StudyTables, results: dict[str, Any]) -> list[list[Any]]:
    sus, um, nps = results.get("sus") or {}, results.get("umux_lite") or {}, results.get("nps") or {}
    ci = sus.get("ci") or [None, None]
    uci = um.get("ci") or [None, None]
    nci = nps.get("ci") or [None, None]
    included = len(tables.participants) - len(results.get("excluded") or [])
    rows: list[list[Any]] = [
        ["Study", tables.title, ""],
        ["Source", tables.source, ""],
        ["Exported", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), f"uxlab {__version__}"],
        ["Confidence level", results.get("confidence"), "for every interval in this workbook"],
        ["Participants analysed", included, ""],
        ["Participants excluded", len(results.get("excluded") or []),
         "; ".join(f"{x['participant']}: {x.get('reason') or ''}" for x in results.get("excluded") or [])],
        ["Tasks", len(tables.tasks), ""],
        ["SUS n", sus.get("n"), ""],
        ["SUS mean", sus.get("mean"), "Brooke (1996) scoring"],
        ["SUS CI low", ci[0], "t interval"],
        ["SUS CI high", ci[1], "t interval"],
        ["SUS grade", sus.get("grade"), "Sauro-Lewis curved grading scale"],
        ["SUS percentile", sus.get("percentile"), sus.get("percentile_method", "")],
        ["SUS adjective", sus.get("adjective"), "Bangor, Kortum & Miller (2009)"],
        ["UMUX-Lite n", um.get("n"), ""],
        ["UMUX-Lite mean", um.get("mean"), ""],
        ["UMUX-Lite CI low", uci[0], ""],
        ["UMUX-Lite CI high", uci[1], ""],
        ["UMUX-Lite SUS-equivalent", um.get("sus_equivalent"), "0.65 x mean + 22.9 (estimate)"],
        ["NPS n", nps.get("n"), ""],
        ["NPS", nps.get("score"), "% promoters - % detractors (points)"],
        ["NPS CI low", nci[0], nps.get("method", "")],
        ["NPS CI high", nci[1], ""],
        ["Promoters", nps.get("promoters"), "9-10"],
        ["Passives", nps.get("passives"), "7-8"],
        ["Detractors", nps.get("detractors"), "0-6"],
    ]
    for w in tables.warnings:
        rows.append(["Warning", w, ""])
    return rows


def _participants_frame(tables: StudyTables) -> pd.DataFrame:
    scores = participant_scores(tables, include_excluded=True)
    scores = scores.drop(columns=[c for c in ("group", "excluded") if c in scores.columns])
    return tables.participants.merge(scores, on="participant", how="left")


def _codebook_rows(sheets: dict[str, Sequence[str]]) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for sheet, columns in sheets.items():
        for col in columns:
            key = "seq_no" if sheet == SHEETS["events"] and col == "seq" else col
            meaning, unit = COLUMNS.get(key, ("Participant attribute from the study", "text"))
            rows.append(["column", sheet, col, meaning, unit, ""])
    for m in METHODS:
        rows.append(["method", "", m["name"], m["formula"], m.get("missing_data", ""), m["source"]])
    return rows


def write_workbook(tables: StudyTables, results: dict[str, Any], path: Path, *,
                   progress: Progress | None = None, cancel: Cancel | None = None) -> None:
    """Write the workbook at ``path`` directly (no temp file); see :func:`export_xlsx`."""
    participants = _participants_frame(tables)
    task_rows = _task_rows(results)
    comparison = _comparison_rows(results)
    events = tables.events
    sizes = (len(tables.attempts) * len(tables.attempts.columns) + len(events) * len(events.columns)
             + len(participants) * len(participants.columns) + len(tables.answers) * 5)
    wb = xlsxwriter.Workbook(str(path), {
        "constant_memory": True,
        "strings_to_formulas": False,
        "strings_to_numbers": False,
        "strings_to_urls": False,
        "nan_inf_to_errors": False,
    })
    wb.set_properties({"title": tables.title, "comments": f"uxlab {__version__}"})
    try:
        w = _Writer(wb, sizes, progress, cancel)
        summary = w.table(SHEETS["summary"], ["item", "value", "note"], _summary_rows(tables, results),
                          {"item": 28, "value": 48, "note": 60})
        summary.activate()
        task_ws = w.table(SHEETS["tasks"], TASK_SHEET_COLUMNS,
                          ([r.get(c) for c in TASK_SHEET_COLUMNS] for r in task_rows),
                          {"title": 28, "task": 16})
        n = len(task_rows)
        if n:
            chart = wb.add_chart({"type": "column"})
            ci = TASK_SHEET_COLUMNS.index
            plus = [None if r["completion_hi"] is None or r["completion_rate"] is None
                    else r["completion_hi"] - r["completion_rate"] for r in task_rows]
            minus = [None if r["completion_lo"] is None or r["completion_rate"] is None
                     else r["completion_rate"] - r["completion_lo"] for r in task_rows]
            series: dict[str, Any] = {
                "name": "Completion rate",
                "categories": [SHEETS["tasks"], 1, ci("task"), n, ci("task")],
                "values": [SHEETS["tasks"], 1, ci("completion_rate"), n, ci("completion_rate")],
                "fill": {"color": "#0072B2"},
            }
            if all(v is not None for v in plus + minus):
                series["y_error_bars"] = {"type": "custom", "plus_values": plus,
                                          "minus_values": minus, "end_style": 1}
            chart.add_series(series)
            conf = round(float(results.get("confidence") or 0.95) * 100)
            chart.set_title({"name": f"Completion rate by task ({conf}% adjusted-Wald CI)"})
            chart.set_y_axis({"min": 0, "max": 1, "num_format": "0%", "major_gridlines": {"visible": True}})
            chart.set_legend({"none": True})
            chart.set_size({"width": 720, "height": 360})
            task_ws.insert_chart(n + 3, 0, chart)
        big = [
            w.big(SHEETS["participants"], participants),
            w.big(SHEETS["attempts"], tables.attempts, {"note_text": 50, "started": 26, "ended": 26}),
            w.big(SHEETS["events"], events, {"text": 50, "wall": 26}),
            w.big(SHEETS["questionnaires"], tables.answers),
        ]
        pcols, acols, ecols, qcols = (b.columns for b in big)
        sheets: dict[str, Sequence[str]] = {
            SHEETS["summary"]: ["item", "value", "note"], SHEETS["tasks"]: TASK_SHEET_COLUMNS,
            SHEETS["participants"]: pcols, SHEETS["attempts"]: acols, SHEETS["events"]: ecols,
            SHEETS["questionnaires"]: qcols,
        }
        if comparison:
            ccols = ["task", "metric", "value_a", "value_b", "n_a", "n_b", "test", "p", "reading"]
            comp = results["comparison"]
            groups = comp.get("groups", ["a", "b"])
            ws = w.table(SHEETS["comparison"], ccols, ([r.get(c) for c in ccols] for r in comparison),
                         {"metric": 40, "test": 32, "reading": 70})
            ws.write_string(len(comparison) + 2, 0,
                            f"a = {groups[0]}, b = {groups[1]} (by {comp.get('by', '')})")
            sheets[SHEETS["comparison"]] = ccols
        w.table(SHEETS["codebook"], ["kind", "sheet", "column", "meaning", "unit / missing data", "source"],
                _codebook_rows(sheets),
                {"meaning": 70, "unit / missing data": 40, "source": 70, "column": 24})
    except BaseException:
        with contextlib.suppress(Exception):
            wb.close()
        raise
    wb.close()
    splice(path, big, w.header.xf_index, w.tick)
    if progress is not None:
        progress(1.0)


def export_xlsx(tables: StudyTables, results: dict[str, Any], path: Path, *,
                progress: Progress | None = None, cancel: Cancel | None = None) -> None:
    """Write the analysed study to ``path`` atomically: temp file beside it, fsync, rename.
    Raises :class:`ExportCancelled` if ``cancel()`` turns true; the old file is then untouched."""
    atomic_write_with(Path(path), lambda tmp: write_workbook(tables, results, tmp,
                                                             progress=progress, cancel=cancel))
