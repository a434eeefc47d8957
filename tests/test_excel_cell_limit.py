"""Texts over Excel's 32,767-character cell limit (issue 10, item 13): the workbook cuts them with
a visible marker, the CSV export keeps them whole, the codebook says so in every language.
Recorded into a copy of the demo study through the real recorder and journal."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import openpyxl
import pytest

from uxlab.analysis.metrics import analyze
from uxlab.analysis.tables import load_tables
from uxlab.core.clock import FakeClock
from uxlab.export import labels
from uxlab.export.cell_limits import EXCEL_CELL_CHARS, fit_excel
from uxlab.export.csv import export_csv
from uxlab.export.xlsx import export_xlsx
from uxlab.storage.journal import open_recorder
from uxlab.storage.study_files import journal_path, load_study

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "sessions" / "food-delivery"
NOTE = "".join(f"note {i:06d}; " for i in range(4000))  # 52,000 characters
EMOJI = "😀" * 20_000  # 20,000 characters, 40,000 UTF-16 units: over the limit as Excel counts
ATTRIBUTE = "long attribute " * 3000  # 45,000 characters


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("limit") / "study"
    shutil.copytree(DEMO, folder)
    s = load_study(folder)
    task = s.tasks[0].id
    rec = open_recorder(journal_path(folder, "P99"), participant="P99", clock=FakeClock())
    rec.start_session("P99", s.task_ids, attributes={"experience": ATTRIBUTE})
    rec.start_task(task)
    rec.marker("note", NOTE)
    rec.marker("critical", EMOJI)
    rec.end_task("success")
    rec.sink.close()
    return folder


def _cells(path: Path, sheet: str) -> list[str]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return [c for row in wb[sheet].iter_rows(values_only=True) for c in row if isinstance(c, str)]
    finally:
        wb.close()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_workbook_cuts_long_texts_with_a_marker(study: Path, tmp_path: Path, lang: str) -> None:
    tables = load_tables(study)
    out = tmp_path / f"r-{lang}.xlsx"
    export_xlsx(tables, analyze(tables), out, language=lang)
    sheets = {k: labels.sheet_name(k, lang, v) for k, v in
              {"participants": "Participants", "attempts": "Attempts", "events": "Events"}.items()}
    joined = f"{NOTE} | {EMOJI}"  # the attempt's note_text: its notes and critical incidents
    for key, full in (("participants", ATTRIBUTE), ("attempts", joined), ("events", NOTE), ("events", EMOJI)):
        marker = labels.cut_marker(len(full), lang)
        cut = [c for c in _cells(out, sheets[key]) if c.endswith(marker)]
        assert len(cut) == 1, (key, full[:10])
        assert EXCEL_CELL_CHARS - 1 <= _units(cut[0]) <= EXCEL_CELL_CHARS  # cut at the limit
        assert full.startswith(cut[0][: -len(marker)]), key
    for sheet in sheets.values():
        assert all(_units(c) <= EXCEL_CELL_CHARS for c in _cells(out, sheet))


def test_csv_keeps_the_full_text(study: Path, tmp_path: Path) -> None:
    export_csv(load_tables(study), tmp_path / "csv")
    with (tmp_path / "csv" / "events.csv").open(encoding="utf-8-sig", newline="") as f:
        texts = [r["text"] for r in csv.DictReader(f)]
    assert NOTE in texts and EMOJI in texts
    with (tmp_path / "csv" / "participants.csv").open(encoding="utf-8-sig", newline="") as f:
        assert ATTRIBUTE in [r["experience"] for r in csv.DictReader(f)]


@pytest.mark.parametrize("lang", labels.LANGUAGES)
def test_codebook_says_so_in_every_language(study: Path, tmp_path: Path, lang: str) -> None:
    note = labels.text_limit_note(lang)
    assert "CSV" in note and ("32" in note or "۳۲" in note)
    assert note != labels.text_limit_note("en") or lang == "en"
    assert labels.cut_marker(40_000, lang) != labels.cut_marker(40_000, "en") or lang == "en"
    if lang in ("en", "fa"):  # two full exports are enough to show the row is written
        tables = load_tables(study)
        out = tmp_path / "r.xlsx"
        export_xlsx(tables, analyze(tables), out, language=lang)
        codebook = labels.sheet_name("codebook", lang, "Codebook")
        assert note in _cells(out, codebook)


def test_fit_excel_leaves_short_text_alone_and_never_splits_a_pair() -> None:
    assert fit_excel("short") == "short"
    exact = "x" * EXCEL_CELL_CHARS
    assert fit_excel(exact) is exact
    cut = fit_excel("a" + EMOJI)  # odd offset: a cut in the middle of a surrogate pair is avoided
    assert _units(cut) <= EXCEL_CELL_CHARS and "\ufffd" not in cut
    cut.encode("utf-8")  # no lone surrogate left behind
