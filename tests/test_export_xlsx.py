"""The workbook gives back the same numbers as the analysis, typed right, formulas never."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from uxlab.analysis.metrics import analyze
from uxlab.analysis.tables import load_tables
from uxlab.core.clock import FakeClock
from uxlab.demo import write_demo
from uxlab.export.xlsx import ExportCancelled, export_xlsx
from uxlab.storage.journal import open_recorder
from uxlab.storage.study_files import journal_path


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("x") / "study"
    write_demo(folder, participants=6)
    clock = FakeClock()
    rec = open_recorder(journal_path(folder, "Zoë-مشارك"), participant="Zoë-مشارك", clock=clock)
    rec.start_session("Zoë-مشارك", ["register"], group="current")
    rec.start_task("register")
    clock.advance(30)
    rec.marker("note", '=HYPERLINK("http://evil.example","click")')
    rec.marker("note", "@SUM(A1) +1 -2 Привет, نظر کاربر")
    rec.end_task("success")
    rec.end_session()
    return folder


def _export(study: Path, out: Path, by: str | None = None) -> dict:
    tables = load_tables(study)
    results = analyze(tables, by=by)
    export_xlsx(tables, results, out)
    return results


def test_numbers_read_back_equal_the_analysis(study: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    results = _export(study, out, by="group")
    tasks = pd.read_excel(out, sheet_name="Tasks")
    for row, t in zip(tasks.to_dict("records"), results["tasks"], strict=True):
        assert row["task"] == t["task"]
        assert row["completion_rate"] == pytest.approx(t["completion_rate"])
        assert row["completion_lo"] == pytest.approx(t["completion_ci"][0])
        if t["time_success"]["geomean"] is None:
            assert pd.isna(row["time_success_geomean"])
        else:
            assert row["time_success_geomean"] == pytest.approx(t["time_success"]["geomean"])
    summary = pd.read_excel(out, sheet_name="Summary").set_index("item")["value"]
    assert float(summary["SUS mean"]) == pytest.approx(results["sus"]["mean"])
    assert set(pd.ExcelFile(out).sheet_names) == {
        "Summary", "Tasks", "Participants", "Attempts", "Events", "Questionnaires", "Comparison", "Benchmarks", "Codebook"}


def test_cells_are_typed_and_text_is_never_a_formula(study: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    _export(study, out)
    wb = openpyxl.load_workbook(out)
    tasks = wb["Tasks"]
    header = [c.value for c in tasks[1]]
    rate = tasks.cell(2, header.index("completion_rate") + 1)
    assert rate.data_type == "n" and "%" in rate.number_format
    assert tasks.freeze_panes == "A2"
    assert len(tasks._charts) == 1
    attempts = wb["Attempts"]
    ah = [c.value for c in attempts[1]]
    time_col = ah.index("time_s") + 1
    assert all(attempts.cell(r, time_col).data_type == "n" for r in range(2, attempts.max_row + 1)
               if attempts.cell(r, time_col).value is not None)
    values = [c.value for row in wb.worksheets for r in row.iter_rows() for c in r]
    assert "NA" not in values and "nan" not in values
    events = wb["Events"]
    texts = {c.value: c.data_type for r in events.iter_rows() for c in r if isinstance(c.value, str)}
    assert texts['=HYPERLINK("http://evil.example","click")'] == "s"
    assert texts["@SUM(A1) +1 -2 Привет, نظر کاربر"] == "s"
    pids = [c.value for c in wb["Participants"]["A"]]
    assert "Zoë-مشارك" in pids


def test_cancel_leaves_the_previous_file_untouched(study: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    _export(study, out)
    before = out.read_bytes()
    tables = load_tables(study)
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(ExportCancelled):
        export_xlsx(tables, analyze(tables), out, cancel=cancel)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"]  # no temp file left behind


def test_number_formats_and_print_setup(tmp_path: Path) -> None:
    """Every numeric column carries a number format that fits its meaning, and every sheet
    prints one page wide with its header rows repeated (issue 11, section 7)."""
    import openpyxl

    from uxlab.analysis.tables import load_tables

    tables = load_tables(Path(__file__).resolve().parents[1] / "sessions" / "food-delivery")
    out = tmp_path / "f.xlsx"
    export_xlsx(tables, analyze(tables, by="group"), out)
    wb = openpyxl.load_workbook(out)

    def fmt(sheet: str, column: str, row: int = 2) -> str:
        ws = wb[sheet]
        col = [c.value for c in ws[1]].index(column) + 1
        return str(ws.cell(row=row, column=col).number_format)

    assert fmt("Tasks", "completion_rate") == "0.0%"
    assert fmt("Tasks", "time_success_geomean") == "0.0"
    assert fmt("Tasks", "attempts") == "0"
    assert fmt("Tasks", "seq_mean") == "0.0"
    assert fmt("Attempts", "time_s") == "0.0"
    assert fmt("Comparison", "p") == "0.000"
    assert fmt("Comparison", "value_a") == "0.0%"  # the first row is a completion rate
    assert fmt("Comparison", "value_a", 3) == "0.0"  # the second a time in seconds
    assert fmt("Benchmarks", "confidence_better") == "0%"
    summary = {r[0].value: r[1] for r in wb["Summary"].iter_rows(min_row=2) if r[0].value}
    assert summary["SUS mean"].number_format == "0.0"
    assert summary["Confidence level"].number_format == "0%"
    assert summary["SUS n"].number_format == "0"
    for ws in wb.worksheets:
        assert ws.print_title_rows == "$1:$1"
        assert ws.page_setup.paperSize == 9
        if ws.title in ("Summary", "Benchmarks"):
            # fit to 1 page wide (1 is the default XlsxWriter leaves out), any number tall
            assert ws.sheet_properties.pageSetUpPr.fitToPage
            assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0
        if ws.title in ("Tasks", "Attempts"):  # too wide to shrink legibly: first column repeats
            assert ws.print_title_cols == "$A:$A" and not ws.sheet_properties.pageSetUpPr.fitToPage


def test_translated_sheets_repeat_both_header_rows(tmp_path: Path) -> None:
    import openpyxl

    from uxlab.analysis.tables import load_tables

    tables = load_tables(Path(__file__).resolve().parents[1] / "sessions" / "food-delivery")
    out = tmp_path / "ar.xlsx"
    export_xlsx(tables, analyze(tables), out, language="ar")
    for ws in openpyxl.load_workbook(out).worksheets:
        assert ws.print_title_rows == "$1:$2" and ws.sheet_view.rightToLeft
