"""Long-format CSV / XLSX import: the happy paths and every kind of bad input."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import openpyxl
import pandas as pd
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


# --------------------------------------------------------------- vectorised reading, by hand
# Two participants, items written once (P1, on its second row) or on every row (P2), a padded
# cell, a blank row, an attribute (age), a column that varies (device), and P1's tasks out of order.
BY_HAND = (
    "Participant,task,outcome,time_s,errors,sus1,sus2,nps,age,device\n"
    "P1,b,success,10.5,0,,,,30,phone\n"
    "P2,a,fail,20,1,4,2,7,41,laptop\n"
    ",,,,,,,,,\n"
    " P1 ,a,partial,31.25,2,5,1,9,30,laptop\n"
    "P2,b,success,,0,4,2,7,41,laptop\n"
)


def test_hand_computed_tables(tmp_path: Path) -> None:
    t = read_long(_write(tmp_path, BY_HAND))
    a = t.attempts
    assert a["participant"].tolist() == ["P1", "P2", "P1", "P2"]
    assert a["task"].tolist() == ["b", "a", "a", "b"]
    assert a["position"].tolist() == [1, 1, 2, 2]  # order within each participant
    assert a["outcome"].tolist() == ["success", "fail", "partial", "success"]
    assert a["success"].tolist() == [True, False, False, True]
    assert a["time_s"].tolist()[:3] == [10.5, 20.0, 31.25] and math.isnan(a["time_s"].iloc[3])
    assert a["errors"].tolist() == [0.0, 1.0, 2.0, 0.0]
    assert str(a["time_s"].dtype) == "float64" and str(a["errors"].dtype) == "float64"
    # answers: item by item, participants in order of their first value (P2 gave sus1 first)
    assert t.answers[["participant", "item", "value"]].values.tolist() == [
        ["P2", "sus1", 4.0], ["P1", "sus1", 5.0], ["P2", "sus2", 2.0], ["P1", "sus2", 1.0],
        ["P2", "nps", 7.0], ["P1", "nps", 9.0],
    ]
    assert t.answers["questionnaire"].tolist() == ["sus", "sus", "sus", "sus", "nps", "nps"]
    assert not t.answers["declined"].any()
    p = t.participants
    assert p["participant"].tolist() == ["P1", "P2"] and p["age"].tolist() == ["30", "41"]
    assert t.attribute_columns == ["age"]
    # a column that varies within a participant stays with the attempts (a within condition)
    assert "device" not in p and a["device"].tolist() == ["phone", "laptop", "laptop", "laptop"]
    assert t.tasks["task"].tolist() == ["b", "a"]


def test_decimal_commas_read_as_text_give_the_same_tables(tmp_path: Path) -> None:
    """A column pandas cannot parse as numbers (decimal commas, 'n/a') takes the text path; the
    tables are the same as from the plain file."""
    plain = read_long(_write(tmp_path, BY_HAND))
    text = BY_HAND.replace(",", ";").replace("10.5", "10,5").replace("31.25", '"31,25"')
    text = text.replace("P2;b;success;;0", "P2;b;success;n/a;0")
    european = read_long(_write(tmp_path, text, "eu.csv"))
    for name in ("attempts", "answers", "participants", "tasks"):
        pd.testing.assert_frame_equal(getattr(plain, name), getattr(european, name))


@pytest.mark.parametrize(
    ("rows", "match"),
    [
        # the clash is the second participant's, on rows 3 and 5, with an agreeing row between
        ("P1,a,success,1,4\nP2,a,success,1,3\nP2,b,success,1,3\nP2,c,success,1,5\nP1,b,success,1,4\n",
         r"rows 3 and 5 \(participant P2\) give sus1 = 3 and 5"),
        ("P1,a,success,1,\nP2,a,success,1,\nP1,b,success,1,\nP2,a,fail,1,\n", r"task a on rows 3 and 5"),
    ],
)
def test_vectorised_checks_name_the_right_rows(tmp_path: Path, rows: str, match: str) -> None:
    with pytest.raises(DataError, match=match):
        read_long(_write(tmp_path, "participant,task,outcome,time_s,sus1\n" + rows))


def test_reading_a_spreadsheet_imports_no_scipy(tmp_path: Path) -> None:
    """scipy.stats takes half a second to import: `uxlab validate` of a CSV needs no scipy."""
    p = _write(tmp_path, GOOD)
    code = ("import sys\nfrom uxlab.cli import main\nassert main(['validate', sys.argv[1]]) == 0\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'scipy'), file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code, str(p)], capture_output=True, text=True, check=True)
    assert out.stderr.strip() == "[]"


@pytest.mark.parametrize("cells", [
    [" P1", "P2"], ["P1", "P2 "], ["P1 ", "P2"], ["P1", " P2"], ["P1", "P2\t"],
    ["P1\xa0", "P2"], ["\u2003P1", "P2"], ["P1", "P2\r"], [" "], ["x", " "],
    [" P1", "P1", "P1 ", "P2"], [3, "3", " 3"],
])
def test_cells_with_surrounding_spaces_are_stripped_like_str_strip(cells: list[object]) -> None:
    """Any cell with whitespace around it (Unicode's, as str.strip() sees it: no-break and em
    spaces included) comes out stripped, and cells equal once stripped are one value; each
    distinct value is stripped once."""
    from uxlab.analysis.longformat import _text_codes

    codes, values, changed = _text_codes(pd.Series(cells, dtype=object))
    expected = [str(c).strip() for c in cells]
    assert changed and values[codes].tolist() == expected
    assert len(values) == len(set(expected))  # " P1" and "P1" share one code


@pytest.mark.parametrize("cells", [["P1", "P2"], ["a b", "c\u00a0d"], [""], ["x", "", "y", "x"], ["a\x00 b", "c"]])
def test_cells_without_surrounding_spaces_keep_their_inner_spaces(cells: list[str]) -> None:
    from uxlab.analysis.longformat import _text_codes

    codes, values, changed = _text_codes(pd.Series(cells, dtype=object))
    assert not changed and values[codes].tolist() == cells  # kept as they are
    codes, values, changed = _text_codes(pd.Series(cells, dtype="str"))
    assert changed and values[codes].tolist() == cells  # as plain Python text


def test_a_read_file_has_its_cells_stripped(tmp_path: Path) -> None:
    path = _write(tmp_path, "participant,task,outcome,time_s\n P1 ,login , success,55\nP2,login,fail,70\n")
    tables = read_long(path)
    assert tables.attempts["participant"].tolist() == ["P1", "P2"]
    assert tables.attempts["task"].tolist() == ["login", "login"]
    assert tables.attempts["outcome"].tolist() == ["success", "fail"]


@pytest.mark.parametrize("last", ["notes", "time_s"])  # the last column text, or a number
def test_short_rows_and_blank_lines_read_as_empty_cells(tmp_path: Path, last: str) -> None:
    """A row with fewer cells than the header (Excel drops trailing empty cells) has its missing
    cells empty, not 'nan'; a blank line is no participant; numbers in the short row stay numbers."""
    cols = ["participant", "task", "outcome", "group", "notes", "time_s"]
    if last == "time_s":
        cols = ["participant", "task", "outcome", "time_s", "group", "notes"]
    header = ",".join(cols)
    full = {"participant": "P1", "task": "a", "outcome": "success", "group": "A", "notes": "fine",
            "time_s": "30"}
    rows = [",".join(full[c] for c in cols),
            ",".join({**full, "participant": "P2"}[c] for c in cols[:4]),  # short: two cells missing
            "",  # a blank line
            ",".join({**full, "participant": "P3", "notes": ""}[c] for c in cols)]
    path = _write(tmp_path, header + "\n" + "\n".join(rows) + "\n")
    tables = read_long(path)
    a = tables.attempts.set_index("participant")
    assert list(a.index) == ["P1", "P2", "P3"]
    assert a.loc["P2", "note_text"] == "" and a.loc["P3", "note_text"] == ""
    p = tables.participants.set_index("participant")
    assert p.loc["P2", "group"] == ("A" if cols.index("group") < 4 else "")
    assert a.loc["P1", "time_s"] == 30.0


def test_a_numbered_condition_with_empty_cells_tells_rows_apart(tmp_path: Path) -> None:
    """A condition column of numbers (1, 2) with an empty cell: the same task twice for one
    participant is allowed when the condition differs, and refused when it is the same (both
    empty), naming the two rows."""
    ok = _write(tmp_path, "participant,task,outcome,time_s,condition\n"
                          "P1,a,success,30,1\nP1,a,fail,40,2\nP2,a,success,35,\nP2,b,success,20,1\n")
    assert len(read_long(ok).attempts) == 4
    bad = _write(tmp_path, "participant,task,outcome,time_s,condition\n"
                           "P1,a,success,30,1\nP2,a,success,35,\nP2,a,fail,20,\n", name="bad.csv")
    with pytest.raises(DataError) as err:
        read_long(bad)
    assert "participant P2 has task a on rows 3 and 4" in err.value.message
