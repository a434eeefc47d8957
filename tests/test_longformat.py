"""Long-format CSV / XLSX import: the happy paths and every kind of bad input."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from uxlab.analysis.longformat import read_long
from uxlab.analysis.metrics import analyze
from uxlab.core.errors import DataError

HEADER = "participant,task,outcome,time_s,seq,group,sus1,sus2,sus3,sus4,sus5,sus6,sus7,sus8,sus9,sus10,nps,age\n"
GOOD = HEADER + (
    "P1,login,success,55,6,A,4,2,4,2,4,2,4,2,4,2,9,30\n"
    "P1,search,fail,120,3,A,,,,,,,,,,,,30\n"
    "P2,login,1,65,7,B,5,1,5,1,5,1,5,1,5,1,10,41\n"
    "P2,search,0,80,,B,5,1,5,1,5,1,5,1,5,1,10,41\n"
)


def _write(tmp_path: Path, text: str, name: str = "r.csv", encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def test_csv_happy_path(tmp_path: Path) -> None:
    t = read_long(_write(tmp_path, GOOD))
    assert t.tasks["task"].tolist() == ["login", "search"]
    assert t.attempts["outcome"].tolist() == ["success", "fail", "success", "fail"]
    assert t.participants.set_index("participant").loc["P2", "age"] == "41"
    r = analyze(t)
    # SUS: P1 all-neutral-positive answers score (4-1)*5 + (5-2)*5 = 30 x 2.5 = 75; P2 = 100
    assert [p["sus"] for p in r["participants"]] == [75.0, 100.0]
    assert r["nps"]["promoters"] == 2


def test_bom_semicolons_and_header_case(tmp_path: Path) -> None:
    text = "\ufeff" + GOOD.replace(",", ";").replace("participant", "Participant ").replace("time_s", "TIME_S")
    t = read_long(_write(tmp_path, text))
    assert len(t.attempts) == 4


def test_arabic_text_and_cp1252_fallback(tmp_path: Path) -> None:
    t = read_long(_write(tmp_path, "participant,task,outcome,time_s\nمشارك١,تسجيل,success,12\n"))
    assert t.participants["participant"].item() == "مشارك١"
    t2 = read_long(_write(tmp_path, "participant,task,outcome,time_s\nRené,tâche,success,12\n",
                          "w.csv", "cp1252"))
    assert t2.participants["participant"].item() == "René" and t2.warnings


def test_xlsx(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    for line in GOOD.strip().split("\n"):
        ws.append([float(c) if c.replace(".", "").isdigit() else (c or None) for c in line.split(",")])
    p = tmp_path / "r.xlsx"
    wb.save(p)
    t = read_long(p)
    assert t.attempts["time_s"].tolist() == [55.0, 120.0, 65.0, 80.0]
    assert analyze(t)["sus"]["n"] == 2


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("participant,task,time_s\nP1,a,3\n", "missing required column.*outcome.*found participant, task, time_s"),
        ("participant,task,outcome,time_s\nP1,a,great,3\n", r"row 2.*'outcome'.*unknown outcome 'great'"),
        ("participant,task,outcome,time_s\nP1,a,success,-3\n", r"row 2.*'time_s'.*outside"),
        ("participant,task,outcome,time_s\nP1,a,success,abc\n", r"row 2.*'time_s'.*not a number"),
        ("participant,task,outcome,time_s,seq\nP1,a,success,3,9\n", r"row 2.*'seq'.*outside"),
        ("participant,task,outcome,time_s\nP1,a,success,3\nP1,a,fail,4\n", r"task a on rows 2 and 3"),
        ("participant,task,outcome,time_s,sus3\nP1,a,success,3,4\nP1,b,success,3,2\n",
         r"rows 2 and 3 \(participant P1\) give sus3 = 4 and 2"),
        ("participant,task,outcome,time_s\n,a,success,3\n", r"row 2.*participant is empty"),
        ("participant,task,outcome,time_s\n", "no data rows"),
    ],
)
def test_bad_input_names_file_row_column_and_fix(tmp_path: Path, text: str, match: str) -> None:
    p = _write(tmp_path, text)
    with pytest.raises(DataError, match=match) as info:
        read_long(p)
    assert str(p) in info.value.message and "Fix:" in info.value.message


def test_not_an_xlsx(tmp_path: Path) -> None:
    p = _write(tmp_path, "hello", "fake.xlsx")
    with pytest.raises(DataError, match=r"not a valid \.xlsx"):
        read_long(p)
