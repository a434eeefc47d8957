"""The Excel workbook analysts can trust.

Written with XlsxWriter in constant-memory mode (measured in benchmarks/bench_core.py: several
times faster than openpyxl, which stays the reader). Rules: numbers are numbers, missing values
are empty cells, rates are fractions with a percent format, and every string is written as a
string, never as a formula. The workbook is written to a temp file beside the target and
renamed only when complete: a crash or a cancel leaves the previous file untouched.

In another language than English (``language="fr"`` ...) the sheet names, the headers and the
codebook are translated; each table then has two header rows: row 1 the translated headers, row
2 the stable machine column names (what scripts read, e.g. ``pd.read_excel(..., header=1)``),
and the data start on row 3. English keeps one header row of machine names (docs/export.md).
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
from uxlab.analysis.problems import Findings
from uxlab.export import labels, readings
from uxlab.export.cell_limits import fit_excel, fit_excel_frame
from uxlab.export.columns import COLUMNS, OPTIONAL_SHEETS, PERCENT_COLUMNS, SHEETS
from uxlab.export.problem_labels import MATRIX_MEANING, PROBLEM_SHEET_COLUMNS, TAG_SHEET_COLUMNS
from uxlab.export.sheetdata import BigSheet, splice
from uxlab.export.wording import NOT_VALIDATED, VALIDATED, Wording, wordings
from uxlab.export.xlsx_comparison import comparison_rows
from uxlab.storage.atomic import atomic_write_with

Progress = Callable[[float], None]
Cancel = Callable[[], bool]

TASK_SHEET_COLUMNS = [
    "task", "title", "stage", "target_time_s", "attempts", "successes", "partials", "skipped",
    "completion_rate", "completion_lo", "completion_hi",
    "time_success_n", "time_success_geomean", "time_success_lo", "time_success_hi",
    "time_success_median", "time_success_median_lo", "time_success_median_hi",
    "time_success_headline", "time_success_mean", "time_success_sd",
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
            for k in ("median", "mean", "sd", "headline"):
                r[f"{kind}_{k}"] = d.get(k)
            mci = d.get("median_ci") or [None, None]
            r[f"{kind}_median_lo"], r[f"{kind}_median_hi"] = mci[0], mci[1]
        seq = t.get("seq") or {}
        sci = seq.get("ci") or [None, None]
        r["seq_n"], r["seq_mean"], r["seq_lo"], r["seq_hi"] = seq.get("n"), seq.get("mean"), sci[0], sci[1]
        for name, d in (t.get("experience") or {}).items():
            r[f"exp_{name}_mean"] = d.get("mean")
            r[f"exp_{name}_net"] = d.get("net")
        r["errors_mean"], r["assists_mean"] = t.get("errors_mean"), t.get("assists_mean")
        rows.append(r)
    return rows


# Number formats by meaning (issue 11, section 7): one decimal for SUS, times and means,
# percentages for rates, p-values to three places, whole numbers for counts.
NUMBER_FORMATS = ("0", "0.0", "0.00", "0.000", "0%", "0.0%")
ROW_KIND_FORMATS = {"rate": "0.0%", "percent": "0%", "seconds": "0.0", "score": "0.0",
                    "count": "0", "probability": "0.000", "ratio": "0.00"}
MIXED_COLUMNS = {"value", "value_a", "value_b", "estimate", "ci_low", "ci_high", "benchmark",
                 "observed"}
_UNIT_FORMATS = {"seconds": "0.0", "count": "0", "probability": "0.000", "number": "0.00",
                 "points": "0", "0-100": "0.0"}


PRINT_WIDTH_CHARS = 190  # column widths (characters) a landscape A4 page prints legibly
BENCHMARK_KINDS = {"completion": "rate", "time": "seconds", "nps": "count"}
_SUMMARY_KINDS = {"Confidence level": "percent", "SUS percentile": "count", "NPS": "count",
                  "NPS CI low": "count", "NPS CI high": "count"}


def _summary_kind(item: str) -> str | None:
    if item in _SUMMARY_KINDS:
        return _SUMMARY_KINDS[item]
    if item.endswith(" n") or item in ("Participants analysed", "Participants excluded", "Tasks",
                                       "Promoters", "Passives", "Detractors"):
        return "count"
    if item.startswith(("SUS ", "UMUX-Lite ")):
        return "score"
    return None


def number_format(sheet: str, col: str) -> str | None:
    """The Excel number format of a column, from its meaning in the codebook."""
    if col in PERCENT_COLUMNS or col.endswith("_rate"):
        return "0.0%"
    if col == "confidence_better":
        return "0%"
    if col in ("p", "p_exact") or col.endswith("_p"):
        return "0.000"
    if col in MIXED_COLUMNS:
        return "0.00"
    unit = COLUMNS.get(col, ("", ""))[1]
    if unit in ("1-7", "1-5", "0-10"):
        return "0.0" if any(k in col for k in ("mean", "_lo", "_hi", "net")) else None
    return _UNIT_FORMATS.get(unit)


def _is_missing(v: Any) -> bool:
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    return isinstance(v, float) and math.isnan(v)


class _Writer:
    def __init__(self, wb: xlsxwriter.Workbook, total_cells: int, progress: Progress | None,
                 cancel: Cancel | None, language: str = "en") -> None:
        self.wb = wb
        self.language = language
        self.head = 1 if language == "en" else 2  # header rows above the data
        self.total = max(1, total_cells)
        self.done = 0
        self.progress = progress
        self.cancel = cancel
        self.header = wb.add_format({"bold": True, "bg_color": "#E8EEF4", "border": 0,
                                     "text_wrap": False, "valign": "top"})
        self.percent = wb.add_format({"num_format": "0.0%"})
        self.number = wb.add_format({"num_format": "0.00"})
        self.formats = {code: wb.add_format({"num_format": code}) for code in NUMBER_FORMATS}
        self.wrap = wb.add_format({"text_wrap": True, "valign": "top"})
        self.machine = wb.add_format({"italic": True, "font_color": "#555555",
                                      "bg_color": "#F4F4F4", "font_size": 9})

    def tick(self, cells: int) -> None:
        self.done += cells
        if self.cancel is not None and self.cancel():
            raise ExportCancelled()
        if self.progress is not None:
            self.progress(min(1.0, self.done / self.total))

    def name(self, key: str) -> str:
        """The sheet name of ``key`` (summary, tasks, ...) in the export's language."""
        return labels.sheet_name(key, self.language, SHEETS.get(key) or OPTIONAL_SHEETS[key])

    def human_headers(self, key: str, columns: Sequence[str]) -> list[str] | None:
        """Translated headers (row 1) or None in English (one header row of machine names)."""
        if self.language == "en":
            return None
        return [labels.column_header(c, self.language, key) if key not in ("summary", "codebook")
                else labels.tr(c, self.language) for c in columns]

    def big(self, key: str, frame: pd.DataFrame, widths: dict[str, float] | None = None) -> BigSheet:
        """A data sheet laid out here (header, widths, frozen row, filter) and filled later by
        :func:`uxlab.export.sheetdata.splice`, column-wise."""
        columns = [str(c) for c in frame.columns]
        ws = self.table(key, columns, [], widths)
        if len(frame):
            ws.autofilter(self.head - 1, 0, len(frame) + self.head - 1, max(0, len(columns) - 1))
        styles = [0 if f is None else int(f._get_xf_index())  # xlsxwriter assigns it lazily
                  for f in (self.column_format(key, c) for c in columns)]
        return BigSheet(len(self.wb.worksheets()), frame, columns, self.human_headers(key, columns),
                        self.machine.xf_index, styles)

    def column_format(self, key: str, col: str) -> Any:
        """The number format a column's meaning calls for (see :func:`number_format`)."""
        code = number_format(key, col)
        return self.formats[code] if code else None

    def print_setup(self, ws: Worksheet, columns: int, width: float) -> None:
        """Printed on A4 with the header row(s) repeated on every page. A sheet whose columns
        fit a landscape page at a legible size (about 180 characters) is fitted to one page
        wide; a wider one (Tasks, Attempts: dozens of columns) would shrink to an unreadable
        size, so it runs across pages with its first column (task / participant) repeated."""
        ws.set_paper(9)  # A4; Letter users get it scaled
        if columns > 4:
            ws.set_landscape()
        ws.repeat_rows(0, self.head - 1)
        if width <= PRINT_WIDTH_CHARS:
            ws.fit_to_pages(1, 0)
        else:
            ws.repeat_columns(0)

    def table(self, key: str, columns: Sequence[str], rows: Iterable[Sequence[Any]],
              widths: dict[str, float] | None = None,
              row_kinds: Sequence[str | dict[str, str] | None] | None = None) -> Worksheet:
        """A sheet of ``rows``. Numbers get the format of their column's meaning; where a column
        mixes meanings (Summary's value, Comparison's a/b), ``row_kinds`` names each row's kind
        (``rate``, ``seconds``, ``score``, ``count``, ``probability``, ``percent``)."""
        ws = self.wb.add_worksheet(self.name(key))
        if self.language in labels.RIGHT_TO_LEFT:
            ws.right_to_left()
        human = self.human_headers(key, columns)
        # constant-memory mode writes row by row: the whole row 1, then the whole row 2
        for c, col in enumerate(columns):
            ws.write_string(0, c, col if human is None else human[c], self.header)
        if human is not None:
            for c, col in enumerate(columns):
                ws.write_string(1, c, col, self.machine)
        total = 0.0
        for c, col in enumerate(columns):
            longest = max(len(col), len(human[c]) if human else 0)
            width = (widths or {}).get(col) or min(40, max(10, longest + 2))
            total += width
            ws.set_column(c, c, width, self.column_format(key, col))
        ws.freeze_panes(self.head, 0)
        self.print_setup(ws, len(columns), total)
        fmts = [self.column_format(key, col) for col in columns]
        mixed = [col in MIXED_COLUMNS for col in columns]
        r = self.head - 1
        for r, row in enumerate(rows, start=self.head):
            kind = row_kinds[r - self.head] if row_kinds is not None else None
            for c, v in enumerate(row):
                fmt = fmts[c]
                k = kind.get(columns[c]) if isinstance(kind, dict) else kind
                if mixed[c] and k is not None:
                    fmt = self.formats[ROW_KIND_FORMATS[k]]
                self.cell(ws, r, c, v, fmt=fmt)
            if r % 2000 == 0:
                self.tick(2000 * len(columns))
        self.tick((r % 2000) * len(columns))
        if r >= self.head:
            ws.autofilter(self.head - 1, 0, r, max(0, len(columns) - 1))
        return ws

    def cell(self, ws: Worksheet, r: int, c: int, v: Any, percent: bool = False,
             fmt: Any = None) -> None:
        if _is_missing(v):
            return  # an empty cell, never "NA"
        if isinstance(v, bool):
            ws.write_boolean(r, c, v)
        elif isinstance(v, int | float) and not isinstance(v, bool):
            if math.isinf(v):
                return
            ws.write_number(r, c, v, self.percent if percent else fmt)
        elif hasattr(v, "item") and not isinstance(v, str):  # numpy scalar
            self.cell(ws, r, c, v.item(), percent, fmt)
        else:
            ws.write_string(r, c, fit_excel(str(v), self.language))  # text stays text, never a formula


def _summary_rows(tables: StudyTables, results: dict[str, Any],
                  language: str = "en") -> list[list[Any]]:
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
    if language == "en":
        return rows
    # translated item and note; the English item stays in a last column "key" for scripts
    out: list[list[Any]] = []
    for item, value, note in rows:
        if item == "SUS adjective" and isinstance(value, str):
            value = labels.tr(value, language)
        out.append([labels.tr(item, language), value,
                    labels.tr(note, language) if isinstance(note, str) else note, item])
    return out


SUMMARY_COLUMNS = ["item", "value", "note"]
CODEBOOK_COLUMNS = ["kind", "sheet", "column", "meaning", "unit / missing data", "source"]


def _summary_columns(language: str) -> list[str]:
    return SUMMARY_COLUMNS if language == "en" else [*SUMMARY_COLUMNS, "key"]


def _codebook_columns(language: str) -> list[str]:
    if language == "en":
        return CODEBOOK_COLUMNS
    return ["kind", "sheet", "column", "header", "meaning", "unit / missing data", "source"]


def _participants_frame(tables: StudyTables) -> pd.DataFrame:
    scores = participant_scores(tables, include_excluded=True)
    scores = scores.drop(columns=[c for c in ("group", "excluded") if c in scores.columns])
    return tables.participants.merge(scores, on="participant", how="left")


# The English workbook's layout note; translated workbooks use labels.layout_note (two header rows).
LAYOUT_NOTE = ("Row 1 of every sheet holds the column names (stable machine names); the data start "
               "on row 2.")


SUMMARY_MEANINGS = {
    "item": ("What the row reports", "text"),
    "value": ("The number or text reported", "number"),
    "note": ("Method, source or detail", "text"),
    "key": ("The row's English item name, the same in every language (for scripts)", "text"),
}
ATTRIBUTE_MEANING = ("Participant attribute from the study", "text")


def _codebook_rows(sheets: dict[str, Sequence[str]], language: str = "en",
                   worded: Sequence[Wording] = ()) -> list[list[Any]]:
    """Rows of the Codebook: the header layout, every column of every sheet, every method.
    ``sheets`` maps a sheet key (summary, tasks, ...) to its machine column names."""
    english = language == "en"
    rows: list[list[Any]] = [["layout", "", "", LAYOUT_NOTE, "", ""] if english else
                             ["layout", "", "", "", labels.layout_note(language), "", ""]]
    limit = labels.text_limit_note(language)
    rows.append(["text_limit", "", "", limit, "", ""] if english else ["text_limit", "", "", "", limit, "", ""])
    for key, columns in sheets.items():
        sheet = labels.sheet_name(key, language, SHEETS.get(key) or OPTIONAL_SHEETS[key])
        for col in columns:
            ckey = labels.column_key(key, col)
            other = (MATRIX_MEANING, "0/1") if key == "problem_matrix" else ATTRIBUTE_MEANING
            meaning, unit = (SUMMARY_MEANINGS.get(col) if key == "summary" else None) or \
                COLUMNS.get(ckey, other)
            if english:
                rows.append(["column", sheet, col, meaning, unit, ""])
                continue
            header = (labels.tr(col, language) if key in ("summary", "codebook")
                      else labels.column_header(col, language, key))
            human = (labels.tr(meaning, language) if key == "summary" or ckey not in COLUMNS
                     else labels.column_meaning(ckey, language, meaning))
            rows.append(["column", sheet, col, header, human, labels.unit(unit, language), ""])
    for m in METHODS:
        if english:
            rows.append(["method", "", m["name"], m["formula"], m.get("missing_data", ""),
                         m["source"]])
        else:
            rows.append(["method", "", m["name"], labels.method_name(m["name"], language),
                         m["formula"], m.get("missing_data", ""), m["source"]])
    for wd in worded:  # which questionnaire wording the participants answered
        status = labels.tr(VALIDATED if wd.validated else NOT_VALIDATED, language)
        name = f"{wd.questionnaire} ({wd.language})"
        rows.append(["wording", "", name, status, "", wd.reference] if english else
                    ["wording", "", name, labels.tr("questionnaire wording", language), status, "",
                     wd.reference])
    return rows


_SUMMARY_TO_SHEET = {
    "problem": "problem", "title": "problem_title", "severity": "severity", "severity_label": "severity_label",
    "tags": "problem_tags", "participants": "participants_met", "frequency": "frequency", "ci_low": "frequency_lo",
    "ci_high": "frequency_hi", "observations": "problem_observations", "tasks": "problem_tasks",
    "impact": "impact", "recommendation": "recommendation", "description": "problem_description",
}


def _write_findings(w: _Writer, findings: Findings, sheets: dict[str, Sequence[str]]) -> None:
    """The Problems sheet (most impact first) and the problem x participant matrix."""
    summary = findings.summary.rename(columns=_SUMMARY_TO_SHEET)
    w.table("problems", PROBLEM_SHEET_COLUMNS,
            ([r.get(c) for c in PROBLEM_SHEET_COLUMNS] for r in summary.to_dict("records")),
            {"problem_title": 36, "recommendation": 40, "problem_description": 50, "severity_label": 24})
    sheets["problems"] = PROBLEM_SHEET_COLUMNS
    titles = dict(zip(summary["problem"], summary["problem_title"], strict=True))
    people = [str(p) for p in findings.matrix.columns]
    mcols = ["problem", "problem_title", *people]
    order = [p for p in summary["problem"] if p in findings.matrix.index]
    w.table("problem_matrix", mcols,
            ([p, titles.get(p, ""), *(int(v) for v in findings.matrix.loc[p])] for p in order),
            {"problem_title": 36, **{c: 8 for c in people}})
    sheets["problem_matrix"] = mcols
    if len(findings.tags):  # each tag over all tasks (task empty), then per task
        w.table("tags", TAG_SHEET_COLUMNS,
                ([r["tag"], r["task"], int(r["problems"]), int(r["notes"])] for r in findings.tags.to_dict("records")),
                {"tag": 24})
        sheets["tags"] = TAG_SHEET_COLUMNS


def write_workbook(tables: StudyTables, results: dict[str, Any], path: Path, *,
                   progress: Progress | None = None, cancel: Cancel | None = None,
                   language: str = "en", findings: Findings | None = None) -> None:
    """Write the workbook at ``path`` directly (no temp file); see :func:`export_xlsx`."""
    language = labels.check_language(language)
    participants = _participants_frame(tables)
    task_rows = _task_rows(results)
    comparison = comparison_rows(results, language)
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
        w = _Writer(wb, sizes, progress, cancel, language)
        srows = _summary_rows(tables, results, language)
        summary = w.table("summary", _summary_columns(language), srows,
                          {"item": 28, "value": 48, "note": 60, "key": 28},
                          row_kinds=[_summary_kind(r[0] if language == "en" else r[3])
                                     for r in srows])
        summary.activate()
        task_ws = w.table("tasks", TASK_SHEET_COLUMNS,
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
            first, last, tasks_name = w.head, w.head + n - 1, w.name("tasks")
            series: dict[str, Any] = {
                "name": labels.tr("Completion rate", language),
                "categories": [tasks_name, first, ci("task"), last, ci("task")],
                "values": [tasks_name, first, ci("completion_rate"), last, ci("completion_rate")],
                "fill": {"color": "#0072B2"},
            }
            if all(v is not None for v in plus + minus):
                series["y_error_bars"] = {"type": "custom", "plus_values": plus,
                                          "minus_values": minus, "end_style": 1}
            chart.add_series(series)
            conf = round(float(results.get("confidence") or 0.95) * 100)
            title = labels.tr("Completion rate by task", language)
            chart.set_title({"name": f"{title} ({conf}% adjusted-Wald CI)"})
            chart.set_y_axis({"min": 0, "max": 1, "num_format": "0%", "major_gridlines": {"visible": True}})
            chart.set_legend({"none": True})
            chart.set_size({"width": 720, "height": 360})
            task_ws.insert_chart(n + w.head + 2, 0, chart)
        big = [  # texts over Excel's 32,767-character limit are cut with a marker (CSV keeps them)
            w.big("participants", fit_excel_frame(participants, language)),
            w.big("attempts", fit_excel_frame(tables.attempts, language),
                  {"note_text": 50, "started": 26, "ended": 26}),
            w.big("events", fit_excel_frame(events, language), {"text": 50, "wall": 26}),
            w.big("questionnaires", fit_excel_frame(tables.answers, language)),
        ]
        pcols, acols, ecols, qcols = (b.columns for b in big)
        sheets: dict[str, Sequence[str]] = {
            "summary": _summary_columns(language), "tasks": TASK_SHEET_COLUMNS,
            "participants": pcols, "attempts": acols, "events": ecols, "questionnaires": qcols,
        }
        if comparison:
            ccols = ["task", "metric", "value_a", "value_b", "n_a", "n_b", "estimate", "ci_low",
                     "ci_high", "effect_size", "statistic", "df", "test", "p", "reading"]
            comp = results["comparison"]
            ws = w.table("comparison", ccols, ([r.get(c) for c in ccols] for r in comparison),
                         {"metric": 40, "test": 32, "reading": 70},
                         row_kinds=[r.get("_kind") for r in comparison])
            ws.write_string(len(comparison) + w.head + 1, 0,
                            readings.comparison_footnote(comp, language))
            sheets["comparison"] = ccols
        bench = results.get("benchmarks") or []
        if bench:
            bcols = ["task", "metric", "benchmark", "n", "observed", "test", "p",
                     "confidence_better", "reading"]
            alpha = round(1.0 - float(results.get("confidence") or 0.95), 12)
            style = readings.export_style(language)

            def bench_cell(b: dict[str, Any], c: str) -> Any:
                if c == "test":
                    return readings.test_name(str(b.get(c) or ""), language)
                if c == "metric":
                    return labels.tr(str(b.get(c) or ""), language)
                if c == "reading" and language != "en":
                    return readings.benchmark_reading(b, alpha, style)
                return b.get(c)

            w.table("benchmarks", bcols, ([bench_cell(b, c) for c in bcols] for b in bench),
                    {"test": 36, "reading": 70},
                    row_kinds=[BENCHMARK_KINDS.get(str(b.get("metric")), "score") for b in bench])
            sheets["benchmarks"] = bcols
        if findings is not None and (len(findings.summary) or len(findings.tags)):
            _write_findings(w, findings, sheets)
        w.table("codebook", _codebook_columns(language), _codebook_rows(sheets, language, wordings(tables)),
                {"meaning": 70, "unit / missing data": 40, "source": 70, "column": 24,
                 "header": 28})
    except BaseException:
        with contextlib.suppress(Exception):
            wb.close()
        raise
    wb.close()
    splice(path, big, w.header.xf_index, w.tick)
    if progress is not None:
        progress(1.0)


def export_xlsx(tables: StudyTables, results: dict[str, Any], path: Path, *,
                progress: Progress | None = None, cancel: Cancel | None = None,
                language: str = "en", findings: Findings | None = None) -> None:
    """Write the analysed study to ``path`` atomically: temp file beside it, fsync, rename.
    Raises :class:`ExportCancelled` if ``cancel()`` turns true; the old file is then untouched.

    ``findings`` (a study folder's problems) adds the Problems and Problem matrix sheets.
    ``language`` (en, fr, ar, fa, ru) translates sheet names, headers and the codebook; outside
    English, row 1 holds the translated headers and row 2 the machine column names (the data
    start on row 3), and ar / fa sheets are right-to-left."""
    language = labels.check_language(language)
    atomic_write_with(Path(path), lambda tmp: write_workbook(tables, results, tmp,
                                                             progress=progress, cancel=cancel,
                                                             language=language, findings=findings))
