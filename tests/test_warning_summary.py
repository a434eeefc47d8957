"""Repeated warnings are summarised everywhere they are shown (issue 10, item 9): a journal of
200,000 ``{}`` lines (the issue's 2 million, scaled to keep the suite quick; the mechanics are
the same) gives three examples and one count in the CLI, the HTML report and the workbook."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from uxlab.analysis.tables import load_tables
from uxlab.cli import main
from uxlab.core.notices import summarise_warnings

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "sessions" / "food-delivery"
LINES = 200_000


def test_summary_keeps_three_of_each_kind_and_counts_the_rest() -> None:
    warnings = [f"f.jsonl:{n}: damaged line skipped" for n in range(2, 12)]
    warnings.insert(5, "f.jsonl: the last line was incomplete (7 bytes); it was dropped")
    warnings.append("f.jsonl:2: damaged line skipped")  # an exact repeat
    out = summarise_warnings(warnings)
    assert out == [
        "f.jsonl:2: damaged line skipped",
        "f.jsonl:3: damaged line skipped",
        "f.jsonl:4: damaged line skipped",
        "… and 7 more warnings like the ones above",
        "f.jsonl: the last line was incomplete (7 bytes); it was dropped",
    ]
    assert summarise_warnings(out) == out  # summarising again changes nothing
    assert summarise_warnings([*out, "f.jsonl:99: damaged line skipped"])[3] == \
        "… and 8 more warnings like the ones above"
    assert summarise_warnings(["a 1", "a 2"]) == ["a 1", "a 2"]


@pytest.fixture
def flooded(tmp_path: Path) -> Path:
    study = tmp_path / "study"
    shutil.copytree(DEMO, study)
    with (study / "sessions" / "P05.jsonl").open("a", encoding="utf-8") as f:
        f.write("{}\n" * LINES)
    return study


def test_flood_of_empty_events_is_summarised_everywhere(flooded: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    tables = load_tables(flooded)
    ours = [w for w in tables.warnings if "P05.jsonl" in w or w.startswith("…")]
    assert len(ours) == 4, ours
    assert ours[3] == f"… and {LINES - 3:,} more warnings like the ones above"
    assert all("the event has no 'seq'" in w for w in ours[:3])
    # the intact events of P05 are all there
    assert set(tables.attempts["participant"]) >= {"P05"}

    assert main(["report", str(flooded), "-o", str(tmp_path / "r.html")]) == 0
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 4 and f"{LINES - 3:,} more warnings" in err
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert html.count("the event has no") == 3 and f"{LINES - 3:,} more warnings" in html
    assert len(html) < 500_000

    assert main(["export", str(flooded), "-o", str(tmp_path / "r.xlsx")]) == 0
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx", read_only=True)
    cells = [str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c]
    wb.close()
    assert sum("the event has no" in c for c in cells) == 3
    assert any(f"{LINES - 3:,} more warnings" in c for c in cells)
