"""Exports in the researcher's language keep the machine column names scripts rely on, and CSV
files carry any script through Excel and pandas unchanged."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from uxlab.analysis.metrics import analyze
from uxlab.analysis.tables import load_tables
from uxlab.cli import main
from uxlab.core.clock import FakeClock
from uxlab.demo import write_demo
from uxlab.export import labels
from uxlab.export.columns import COLUMNS, SHEETS
from uxlab.export.csv import BOM, CSV_TABLES, export_csv, protect
from uxlab.export.xlsx import export_xlsx
from uxlab.storage.journal import open_recorder
from uxlab.storage.study_files import journal_path

PID = "Zoë-مشارك"
SAFE_TEXTS = ["café é", "نظر کاربر ی", "Привет, жук", "emoji 😀 ok", "a,b;\"quoted\"\nnew line"]
FORMULAS = ['=HYPERLINK("http://evil.example","click")', "+1 -2", "-3 items", "@SUM(A1)"]
DATA_SHEETS = ("participants", "attempts", "events", "questionnaires")


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lang") / "study"
    write_demo(folder, participants=6)
    clock = FakeClock()
    rec = open_recorder(journal_path(folder, PID), participant=PID, clock=clock)
    rec.start_session(PID, ["register"], group="current")
    rec.start_task("register")
    clock.advance(30)
    for text in SAFE_TEXTS + FORMULAS:
        rec.marker("note", text)
    rec.end_task("success")
    rec.end_session()
    return folder


@pytest.fixture(scope="module")
def workbooks(study: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tables = load_tables(study)
    results = analyze(tables, by="group")
    out = tmp_path_factory.mktemp("wb")
    paths = {}
    for lang in labels.LANGUAGES:
        paths[lang] = out / f"results-{lang}.xlsx"
        export_xlsx(tables, results, paths[lang], language=lang)
    return paths


# ----------------------------------------------------------------------------- labels
def test_every_column_and_sheet_is_translated() -> None:
    for lang in ("fr", "ar", "fa", "ru"):
        for col in COLUMNS:
            assert labels.column_header(col, lang) != col or col in {"seq", "sus", "nps", "csat",
                                                                    "ces", "umux_lite", "p"}, (lang, col)
            assert labels.column_meaning(col, lang, "EN") != "EN", (lang, col)
        names = [labels.sheet_name(k, lang, v) for k, v in SHEETS.items()]
        assert len(set(names)) == len(names)
        assert names != list(SHEETS.values())


def test_sheet_names_respect_excel_rules() -> None:
    assert labels.excel_sheet_name("a/b\\c[d]e:f*g?h") == "a b c d e f g h"
    assert labels.excel_sheet_name("'quoted'") == "quoted"
    assert labels.excel_sheet_name("") == "Sheet"
    long = labels.excel_sheet_name("😀" * 40)  # astral characters count twice in Excel
    assert len(long.encode("utf-16-le")) // 2 <= 31
    for lang in labels.LANGUAGES:
        for key, english in SHEETS.items():
            name = labels.sheet_name(key, lang, english)
            assert 0 < len(name.encode("utf-16-le")) // 2 <= 31
            assert not set(name) & set("[]:*?/\\")


def test_number_formats() -> None:
    assert labels.format_number(1234.5, 1, "en") == "1,234.5"
    assert labels.format_number(1234.5, 1, "fr") == "1\u202f234,5"
    assert labels.format_number(1234.5, 1, "ru") == "1\u00a0234,5"
    assert labels.format_number(1234.5, 1, "ar") == "١٬٢٣٤٫٥"
    assert labels.format_number(1234.5, 1, "fa") == "۱٬۲۳۴٫۵"
    assert labels.format_number(-3.0, 0, "en") == "\u22123"
    assert labels.format_number(-0.04, 1, "en") == "0.0"  # no "-0.0"
    assert labels.format_number(12, 0, "en", sign=True) == "+12"
    assert labels.format_number(None, 1, "fr") == "–"
    assert labels.format_percent(0.8333, 0, "fr") == "83\u202f%"
    assert labels.format_p(0.0004, "en") == "p < 0.001"


def test_translated_readings_make_the_same_call_as_analyze(study: Path) -> None:
    comp = analyze(load_tables(study), by="group")["comparison"]
    entries = [e for t in comp["tasks"] for e in (t["completion"], t["time_success"])]
    entries += [comp["sus"], comp["umux_lite"], *comp["seq"]]
    for e in entries:
        english = e["reading"]
        for lang, no_diff in (("fr", "pas de différence fiable"), ("ru", "надёжной разницы нет"),
                              ("ar", "لا فرق موثوق"), ("fa", "تفاوت قابل اتکایی")):
            text = labels.reading(e, lang)
            assert text.startswith(no_diff) == english.startswith("no reliable difference"), text
        assert labels.reading(e, "en") == english


def test_unknown_language_is_a_clear_error(study: Path, tmp_path: Path) -> None:
    from uxlab.core.errors import UxlabError

    tables = load_tables(study)
    with pytest.raises(UxlabError, match="use one of en, fr, ar, fa, ru"):
        export_xlsx(tables, analyze(tables), tmp_path / "x.xlsx", language="xx")
    assert labels.check_language("fr_CA") == "fr"


# ----------------------------------------------------------------------------- xlsx
def test_english_workbook_keeps_its_layout(workbooks: dict[str, Path]) -> None:
    wb = openpyxl.load_workbook(workbooks["en"], read_only=False)
    assert wb.sheetnames == list(SHEETS.values())
    assert wb["Tasks"].freeze_panes == "A2"
    assert [c.value for c in wb["Tasks"][1]][:3] == ["task", "title", "stage"]
    assert not wb["Tasks"].sheet_view.rightToLeft
    codebook = pd.read_excel(workbooks["en"], sheet_name="Codebook")
    assert codebook.iloc[0]["kind"] == "layout" and "row 2" in codebook.iloc[0]["meaning"]


@pytest.mark.parametrize("lang", ["fr", "ar", "fa", "ru"])
def test_translated_workbook_has_machine_name_row(workbooks: dict[str, Path], lang: str) -> None:
    en = openpyxl.load_workbook(workbooks["en"])
    wb = openpyxl.load_workbook(workbooks[lang])
    expected = [labels.sheet_name(k, lang, v) for k, v in SHEETS.items()]
    assert wb.sheetnames == expected
    for key in ("tasks", *DATA_SHEETS, "comparison"):
        ws, ref = wb[labels.sheet_name(key, lang, SHEETS[key])], en[SHEETS[key]]
        machine = [c.value for c in ws[2]]
        assert machine == [c.value for c in ref[1]], key  # row 2 = English row 1 = machine names
        human = [c.value for c in ws[1]]
        assert human == [labels.column_header(c, lang, key) for c in machine]
        assert human != machine
        assert ws.freeze_panes == "A3"
        if key != "comparison":  # the comparison's texts are translated, its numbers are not
            assert [c.value for c in ws[3]] == [c.value for c in ref[2]], key
        assert bool(ws.sheet_view.rightToLeft) == (lang in labels.RIGHT_TO_LEFT)
    # scripts: header=1 reads the machine names and the same numbers as English
    tasks = pd.read_excel(workbooks[lang], sheet_name=expected[1], header=1)
    en_tasks = pd.read_excel(workbooks["en"], sheet_name="Tasks")
    pd.testing.assert_frame_equal(tasks, en_tasks)
    codebook = pd.read_excel(workbooks[lang], sheet_name=expected[-1], header=1)
    assert codebook.iloc[0]["kind"] == "layout" and "header=1" in codebook.iloc[0]["meaning"]
    row = codebook[(codebook["kind"] == "column") & (codebook["column"] == "completion_rate")].iloc[0]
    assert row["meaning"] == labels.column_meaning("completion_rate", lang, "")
    assert row["sheet"] == expected[1]
    summary = pd.read_excel(workbooks[lang], sheet_name=expected[0], header=1).set_index("key")
    assert float(summary.loc["SUS mean", "value"]) == pytest.approx(
        float(pd.read_excel(workbooks["en"], sheet_name="Summary").set_index("item").loc["SUS mean", "value"]))


def test_translated_workbook_keeps_every_text_and_no_formula(workbooks: dict[str, Path]) -> None:
    wb = openpyxl.load_workbook(workbooks["ar"])
    events = wb[labels.sheet_name("events", "ar", "Events")]
    texts = {c.value: c.data_type for r in events.iter_rows(min_row=3) for c in r
             if isinstance(c.value, str)}
    for text in SAFE_TEXTS + FORMULAS:
        assert texts.get(text) == "s", text
    chart_ws = wb[labels.sheet_name("tasks", "ar", "Tasks")]
    assert len(chart_ws._charts) == 1


# ----------------------------------------------------------------------------- csv
def test_csv_bom_round_trip_and_formula_protection(study: Path, tmp_path: Path) -> None:
    tables = load_tables(study)
    paths = export_csv(tables, tmp_path / "csv")
    assert [p.name for p in paths] == [f"{k}.csv" for k in CSV_TABLES]
    for p in paths:
        assert p.read_bytes().startswith(BOM.encode("utf-8"))
    events = pd.read_csv(tmp_path / "csv" / "events.csv", encoding="utf-8-sig",
                         keep_default_na=False)
    assert list(events.columns) == list(tables.events.columns)
    texts = set(events["text"])
    for text in SAFE_TEXTS:
        assert text in texts, text  # é, ا, ی, ж, 😀, commas, quotes, new lines round-trip
    for text in FORMULAS:
        assert "'" + text in texts and text not in texts
    participants = pd.read_csv(tmp_path / "csv" / "participants.csv", encoding="utf-8-sig")
    assert PID in set(participants["participant"])
    assert set(participants["excluded"].astype(str)) <= {"True", "False"}  # TRUE/FALSE
    attempts = pd.read_csv(tmp_path / "csv" / "attempts.csv", encoding="utf-8-sig")
    merged = attempts.merge(tables.attempts, on=["participant", "task"], suffixes=("", "_t"))
    assert len(merged) == len(tables.attempts)
    assert (merged["time_s"] - merged["time_s_t"].astype(float)).abs().max() < 1e-9
    with (tmp_path / "csv" / "answers.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == list(tables.answers.columns)
    assert len(rows) == len(tables.answers) + 1


def test_csv_protects_cells_like_the_workbook() -> None:
    assert protect("=1+1") == "'=1+1"
    assert protect("\t=cmd") == "'\t=cmd"
    assert protect("plain = text") == "plain = text"


@pytest.mark.parametrize("lang", ["fr", "fa"])
def test_translated_csv_has_machine_name_row(study: Path, tmp_path: Path, lang: str) -> None:
    tables = load_tables(study)
    export_csv(tables, tmp_path, language=lang)
    with (tmp_path / "attempts.csv").open(encoding="utf-8-sig", newline="") as f:
        human, machine = next(csv.reader(f)), next(csv.reader(f))
    assert machine == list(tables.attempts.columns)
    assert human == [labels.column_header(c, lang, "attempts") for c in machine]
    df = pd.read_csv(tmp_path / "attempts.csv", encoding="utf-8-sig", header=1)
    assert list(df.columns) == machine and len(df) == len(tables.attempts)


def test_cli_export_language_and_csv(study: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    out, folder = tmp_path / "r.xlsx", tmp_path / "csv"
    assert main(["export", str(study), "-o", str(out), "--csv", str(folder), "--language", "ar",
                 "--by", "group"]) == 0
    assert openpyxl.load_workbook(out).worksheets[0].sheet_view.rightToLeft
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{k}.csv" for k in CSV_TABLES)
    assert main(["export", str(study), "--csv", str(tmp_path / "only")]) == 0
    assert not (tmp_path / "only.xlsx").exists() and (tmp_path / "only" / "tasks.csv").exists()
    capsys.readouterr()
    for argv, message in (
        (["export", str(study)], "nothing to write"),
        (["export", str(study), "--csv", str(out)], "is a file"),
        (["export", str(study), "--csv", "/no/such/dir/csv"], "does not exist"),
        (["export", str(study), "-o", str(out), "--language", "klingon"], "not a supported language"),
    ):
        assert main(argv) == 2, argv
        assert message in capsys.readouterr().err.strip().splitlines()[-1]
