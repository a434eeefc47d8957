"""Edge cases of results files written here (the public datasets cover the common cases, see
test_import_public.py): encodings and line endings as Excel writes them, separators, decimal
commas, times as mm:ss / h:mm:ss / ms, notes-first workbooks, names in five languages, wide
tables, questionnaire-only files, saved mappings and the errors that remain."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import openpyxl
import pytest

from uxlab.analysis.cellvalues import number_problems, outcome_problems
from uxlab.analysis.longformat import read_long, read_results
from uxlab.analysis.mapping import read_map_file, save_mapping, saved_map_path
from uxlab.analysis.metrics import analyze
from uxlab.cli import main
from uxlab.core.errors import DataError

PLAIN = "participant,task,outcome,time_s\nP1,a,success,12.5\nP1,b,fail,90\nP2,a,success,30\nP2,b,partial,61\n"


def _write(tmp_path: Path, text: str, name: str = "r.csv", encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def _rows(t: object) -> list[tuple[str, str, str, float]]:
    a = t.attempts  # type: ignore[attr-defined]
    return list(zip(a["participant"], a["task"], a["outcome"], a["time_s"], strict=True))


EXPECTED = [("P1", "a", "success", 12.5), ("P1", "b", "fail", 90.0), ("P2", "a", "success", 30.0),
            ("P2", "b", "partial", 61.0)]


# ----------------------------------------------------------------- encodings, separators, endings
@pytest.mark.parametrize(("encoding", "bom"), [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
                                               ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b"")])
def test_unicode_text_as_excel_saves_it(tmp_path: Path, encoding: str, bom: bytes) -> None:
    """Excel's "Unicode text" is UTF-16 LE with a BOM and tabs; its "CSV UTF-8" has a UTF-8 BOM."""
    text = "Participant\tTâche\tRésultat\tDurée (s)\nP1\ta\tréussi\t12,5\nP1\tb\téchec\t1:30\n" \
           "P2\ta\tsuccès\t30\nP2\tb\tpartiel\t1:01\n"
    p = tmp_path / "r.txt"
    p.write_bytes(bom + text.encode(encoding))
    t = read_long(p)
    assert _rows(t) == EXPECTED


def test_latin1_semicolons_decimal_commas_and_a_notice(tmp_path: Path) -> None:
    text = "Participant;Tâche;Résultat;Durée\r\nP1;a;Réussite;12,5\r\nP1;b;Échec;90\r\nP2;a;oui;30\r\nP2;b;partielle;61,0\r\n"
    p = _write(tmp_path, text, encoding="cp1252")
    tables, summary = read_results(p)
    assert _rows(tables) == EXPECTED
    assert summary.raw.encoding == "Windows-1252" and summary.raw.separator == ";"
    assert any("Windows-1252" in w for w in tables.warnings)


@pytest.mark.parametrize("ending", ["\r", "\r\n", "\n"])
def test_line_endings(tmp_path: Path, ending: str) -> None:
    assert _rows(read_long(_write(tmp_path, PLAIN.replace("\n", ending)))) == EXPECTED


def test_times_as_people_write_them(tmp_path: Path) -> None:
    text = ("participant,task,outcome,time\nP1,a,success,0:12.5\nP1,b,fail,1:30\n"
            "P2,a,success,0:00:30\nP2,b,partial,\"1:01,0\"\nP3,a,success,1:00:00\n")
    t = read_long(_write(tmp_path, text))
    assert t.attempts["time_s"].tolist() == [12.5, 90.0, 30.0, 61.0, 3600.0]


def test_milliseconds_when_declared(tmp_path: Path) -> None:
    text = "participant,task,outcome,Time (ms)\nP1,a,success,12500\nP1,b,fail,90000\n"
    assert read_long(_write(tmp_path, text)).attempts["time_s"].tolist() == [12.5, 90.0]
    other = "participant,task,outcome,Dauer\nP1,a,success,12500\n"  # declared with --map time_ms=
    t = read_long(_write(tmp_path, other, "o.csv"), mapping={"time_ms": "Dauer"})
    assert t.attempts["time_s"].tolist() == [12.5]


def test_cells_that_cannot_be_read_are_all_listed(tmp_path: Path) -> None:
    import pandas as pd

    col = pd.Series(["12", "1:3x", "abc", "", "n/a", "-4"])
    rows = pd.Series(range(2, 8)).to_numpy()
    values, problems = number_problems(col, rows, "Zeit", lo=0, clock=True, limit=None)
    assert [(p.row, p.value) for p in problems] == [(3, "1:3x"), (4, "abc"), (7, "-4")]
    assert math.isnan(values.iloc[3]) and math.isnan(values.iloc[4]) and values.iloc[0] == 12
    words, bad = outcome_problems(pd.Series(["pass", "great", "n/a"]), rows[:3], "Result", limit=None)
    assert words.tolist()[0] == "success" and words.tolist()[2] == "skipped"
    assert [(p.row, p.column, p.value) for p in bad] == [(3, "Result", "great")]


# ------------------------------------------------------------------ names in the five languages
LANGUAGES = {
    "en": ("User ID", "Task", "Result", "Seconds", ["completed", "failed", "passed", "gave up"]),
    "fr": ("Participant", "Tâche", "Résultat", "Durée (s)", ["réussi", "échec", "oui", "abandonné"]),
    "ar": ("المشارك", "المهمة", "النتيجة", "الوقت", ["نجاح", "فشل", "نعم", "انسحب"]),
    "fa": ("شرکت‌کننده", "وظیفه", "نتیجه", "زمان", ["موفق", "ناموفق", "بله", "انصراف"]),
    "ru": ("Участник", "Задача", "Результат", "Время", ["Выполнено", "Неудача", "да", "сдался"]),
}


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_headers_and_outcomes_in_each_language(tmp_path: Path, lang: str) -> None:
    pid, task, result, time, words = LANGUAGES[lang]
    rows = [("P1", "a", words[0], "10"), ("P1", "b", words[1], "20"), ("P2", "a", words[2], "30"),
            ("P2", "b", words[3], "40")]
    text = ",".join((pid, task, result, time)) + "\n" + "".join(",".join(r) + "\n" for r in rows)
    t = read_long(_write(tmp_path, text))
    assert t.attempts["outcome"].tolist() == ["success", "fail", "success", "abandoned"]
    assert t.attempts["time_s"].tolist() == [10.0, 20.0, 30.0, 40.0]


def test_arabic_digits_in_item_headers(tmp_path: Path) -> None:
    head = ",".join(f"سؤال {chr(0x0660 + i) if i < 10 else '١٠'}" for i in range(1, 11))
    text = head + "\n" + "4,2,4,2,4,2,4,2,4,2\n5,1,5,1,5,1,5,1,5,1\n"
    r = analyze(read_long(_write(tmp_path, text)))
    assert [p["sus"] for p in r["participants"]] == [75.0, 100.0]  # (3+3+...)x2.5, all best = 100


# ------------------------------------------------------------------------- workbook sheets
def _workbook(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Notes"
    notes.append(["Study of the checkout, spring round"])
    notes.append(["Moderator: A. B."])
    res = wb.create_sheet("Résultats")
    res.append([])  # an empty row above the header
    res.append(["Participant", "Task", "Outcome", "Time"])
    res.append(["P1", "a", "success", dt.time(0, 1, 30)])  # a time-formatted cell: 90 s
    res.append(["P1", "b", "fail", 20])
    res.append(["P2", "a", "Pass", 12.5])
    other = wb.create_sheet("Pilot")
    other.append(["Participant", "Task", "Outcome", "Time"])
    other.append(["X1", "a", "success", 1])
    p = tmp_path / "book.xlsx"
    wb.save(p)
    return p


def test_notes_first_workbook_reads_the_sheet_with_data_and_says_so(tmp_path: Path) -> None:
    tables, summary = read_results(_workbook(tmp_path))
    assert summary.raw.sheet == "Résultats"
    assert tables.attempts["time_s"].tolist() == [90.0, 20.0, 12.5]
    assert any("read sheet 'Résultats'" in n and "--sheet" in n for n in tables.notices)


def test_sheet_option_and_errors_name_the_sheet_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = _workbook(tmp_path)
    assert read_long(book, sheet="pilot").participants["participant"].tolist() == ["X1"]
    assert main(["validate", str(book), "--sheet", "Nope"]) == 2
    err = capsys.readouterr().err
    assert "no sheet 'Nope'" in err and "Notes, Résultats, Pilot" in err
    wb = openpyxl.load_workbook(book)
    wb["Résultats"]["C5"] = "maybe"
    wb.save(book)
    with pytest.raises(DataError, match=r"row 5, field 'Outcome': unknown outcome 'maybe'"):
        read_long(book)


# ------------------------------------------------------------------------------- wide tables
def test_wide_table_detected(tmp_path: Path) -> None:
    text = ("id,find_time,find_success,pay_time,pay_success,pay_errors,group\n"
            "U1,12,yes,1:05,no,2,A\nU2,,,40,yes,0,B\nU3,,,,,,B\n")
    tables, summary = read_results(_write(tmp_path, text))
    assert summary.layout == "wide"
    assert _rows(tables)[:3] == [("U1", "find", "success", 12.0), ("U1", "pay", "fail", 65.0),
                                 ("U2", "pay", "success", 40.0)]
    errors = tables.attempts["errors"].tolist()
    assert math.isnan(errors[0]) and errors[1:] == [2.0, 0.0]  # find has no errors column
    assert tables.participants["participant"].tolist() == ["U1", "U2", "U3"]  # U3 did no task
    assert tables.participants["group"].tolist() == ["A", "B", "B"]
    assert summary.skipped == {"task with no value (not attempted)": 3}


def test_wide_table_mapped_and_its_errors_name_the_cell(tmp_path: Path) -> None:
    text = "Who,Find (s),Found?,Pay (s),Paid?\nU1,12,ok,30,ok\nU2,14,failed,oops,ok\n"
    p = _write(tmp_path, text)
    mapping = {"participant": "Who", "find.time_s": "Find (s)", "find.outcome": "Found?",
               "pay.time_s": "Pay (s)", "pay.outcome": "Paid?"}
    with pytest.raises(DataError, match=r"row 3, field 'Pay \(s\)': 'oops' is not a number"):
        read_long(p, mapping=mapping)
    p.write_text(text.replace("oops", "31"))
    t = read_long(p, mapping=mapping)
    assert t.tasks["task"].tolist() == ["find", "pay"] and len(t.attempts) == 4


# ------------------------------------------------------------------------ questionnaires only
def test_questionnaire_only_umux_nps_and_custom_items(tmp_path: Path) -> None:
    text = "Respondent,UMUX 1,UMUX 2,NPS,Trust\nR1,7,6,10,4\nR2,5,5,6,2\n"
    t = read_long(_write(tmp_path, text), mapping={"item:trust": "Trust"})
    assert len(t.tasks) == 0 and len(t.attempts) == 0
    r = analyze(t)
    # UMUX-Lite (Lewis et al. 2013): (i1 + i2 - 2) x 100 / 12
    assert r["umux_lite"]["mean"] == pytest.approx(((7 + 6 - 2) + (5 + 5 - 2)) * 100 / 12 / 2)
    assert (r["nps"]["promoters"], r["nps"]["detractors"]) == (1, 1)
    custom = t.answers[t.answers["questionnaire"] == "custom"]
    assert custom[["participant", "item", "value"]].values.tolist() == [["R1", "trust", 4.0], ["R2", "trust", 2.0]]


def test_one_nps_column_numbered_by_row(tmp_path: Path) -> None:
    t = read_long(_write(tmp_path, "NPS\n10\n9\n3\n"))
    assert t.participants["participant"].tolist() == ["P1", "P2", "P3"]
    assert any("numbered P1 to P3" in n for n in t.notices)
    assert analyze(t)["nps"]["score"] == pytest.approx((2 - 1) / 3 * 100)


# -------------------------------------------------------------------------- saved mappings
def test_saved_mapping_is_used_next_time_and_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = _write(tmp_path, "Who,What,How,Secs\nP1,a,ok,3\n")
    mapping = {"participant": "Who", "task": "What", "outcome": "How", "time_s": "Secs"}
    saved = save_mapping(p, mapping)
    assert saved == saved_map_path(p) == tmp_path / "r.csv.uxlab-map.json"
    assert json.loads(saved.read_text(encoding="utf-8")) == mapping and read_map_file(saved) == mapping
    assert main(["validate", str(p)]) == 0
    out = capsys.readouterr().out
    assert "task        <- 'What' (saved)" in out and "used the column mapping saved in" in out
    # --map-file on the command line, and a given field overrides the saved one
    mf = tmp_path / "m.json"
    mf.write_text(json.dumps({"participant": "Who", "task": "What", "outcome": "How", "time_ms": "Secs"}))
    assert read_long(p, map_file=mf).attempts["time_s"].tolist() == [0.003]


@pytest.mark.parametrize(("argv", "message"), [
    (["--map", "colour=Who"], "'colour' is not a uxlab field"),
    (["--map", "participant"], "'participant' is not FIELD=COLUMN"),
    (["--map", "participant=Whom"], "column 'Whom' (for participant) is not in the file"),
    (["--map", "participant=Who", "--map", "task=Who"], "mapped to both participant and task"),
    (["--map-file", "missing.json"], "missing.json does not exist"),
])
def test_mapping_errors_exit_2_with_one_message(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                argv: list[str], message: str) -> None:
    p = _write(tmp_path, "Who,What,How,Secs\nP1,a,ok,3\n")
    argv = [a.replace("missing.json", str(tmp_path / "missing.json")) for a in argv]
    assert main(["analyze", str(p), *argv]) == 2
    err = capsys.readouterr().err
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1 and message in lines[0] and "Fix:" in lines[0] and "Traceback" not in err


def test_by_ignores_case_spaces_and_accents(tmp_path: Path) -> None:
    text = "participant,task,outcome,time_s,Système d'exploitation\nP1,a,success,3,Mac\nP2,a,fail,4,Win\n"
    t = read_long(_write(tmp_path, text))
    for by in ("systeme d exploitation", "SYSTÈME D'EXPLOITATION", "système_d'exploitation"):
        assert analyze(t, by=by)["comparison"]["groups"] == ["Mac", "Win"]
