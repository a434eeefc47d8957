"""Hostile study files and numbers (issue 10, items 6, 7 and 10): each ends in one clear message
naming the file and the field (CLI: exit 2, one line, no traceback), never a crash, a NaN in a
chart or ``np.float64(...)`` in a text. Reproduced on copies of the demo study's real files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from uxlab.analysis.metrics import participant_scores
from uxlab.analysis.tables import load_tables
from uxlab.cli import main
from uxlab.core.errors import DataError, StudyError
from uxlab.core.scoring import check_answer
from uxlab.storage.study_files import load_study

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "sessions" / "food-delivery"
COMMANDS = ("validate", "analyze", "report", "export")


def _copy(tmp_path: Path) -> Path:
    dst = tmp_path / "study"
    shutil.copytree(DEMO, dst)
    return dst


def _edit_text(study: Path, old: str, new: str) -> None:
    path = study / "study.json"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _edit(study: Path, change) -> None:
    path = study / "study.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def _run(cmd: str, study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    args = {"validate": [], "analyze": [], "report": ["-o", str(tmp_path / "r.html")],
            "export": ["-o", str(tmp_path / "r.xlsx"), "--csv", str(tmp_path / "csv")]}[cmd]
    code = main([cmd, str(study), *args])
    return code, capsys.readouterr().err


def _one_clear_error(code: int, err: str, *words: str) -> None:
    assert code == 2, err
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0].startswith("uxlab: error: "), err
    assert "Traceback" not in err and "internal error" not in err
    for w in words:
        assert w in lines[0], (w, lines[0])


# ----------------------------------------------------------------------------- item 6: target times
@pytest.mark.parametrize(("literal", "words"), [
    ("1e308", "1e+308 s is longer than a day"),
    ("Infinity", "Infinity s is longer than a day"),
    ("NaN", "is NaN (not a number)"),
    ("1" + "0" * 400, "a 401-digit number s is longer than a day"),
    ("-5", "must be greater than 0, got -5"),
])
def test_absurd_target_time_is_refused_at_load(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               literal: str, words: str) -> None:
    study = _copy(tmp_path)
    _edit_text(study, '"target_time_s": ', f'"target_time_s": {literal}, "_old": ')
    with pytest.raises(StudyError) as err:
        load_study(study)
    assert err.value.field == "tasks[0].target_time_s" and words in err.value.message
    for cmd in COMMANDS:
        _one_clear_error(*_run(cmd, study, tmp_path, capsys), "study.json", "tasks[0].target_time_s", words)
    assert not (tmp_path / "r.html").exists()


def test_a_day_is_still_a_valid_time_limit(tmp_path: Path) -> None:
    study = _copy(tmp_path)
    _edit_text(study, '"time_limit_s": ', '"time_limit_s": 86400, "_old": ')
    assert load_study(study).tasks[0].time_limit_s == 86400.0


# ----------------------------------------------------------------------------- item 7
def test_lone_surrogate_is_flagged_by_validate_and_every_command(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    study = _copy(tmp_path)
    raw = (study / "study.json").read_text(encoding="utf-8")
    task_title = json.loads(raw)["tasks"][1]["title"]
    first = task_title if isinstance(task_title, str) else next(iter(task_title.values()))
    (study / "study.json").write_text(raw.replace(json.dumps(first)[1:-1], "ab\\ud800cd", 1), encoding="utf-8")
    for cmd in COMMANDS:
        _one_clear_error(*_run(cmd, study, tmp_path, capsys), "study.json", "tasks[1].title",
                         "lone surrogate", "character 3")


def test_lone_surrogate_in_a_key_is_flagged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    study = _copy(tmp_path)
    _edit_text(study, '"participants": [', '"participants": [{"id": "PX", "attributes": {"\\udc80": "x"}}, ')
    _one_clear_error(*_run("validate", study, tmp_path, capsys), "participants[0].attributes (a key)")


def test_5000_digit_integer_in_study_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    study = _copy(tmp_path)
    _edit_text(study, '"seed": ', '"seed": ' + "7" * 5000 + ', "_old": ')
    for cmd in COMMANDS:
        _one_clear_error(*_run(cmd, study, tmp_path, capsys), "study.json", "too long to read", "5,000 digits")


def test_4000_digit_seed_is_out_of_range(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    study = _copy(tmp_path)
    _edit_text(study, '"seed": ', '"seed": ' + "7" * 4000 + ', "_old": ')
    _one_clear_error(*_run("validate", study, tmp_path, capsys), "order.seed", "4000-digit number is out of range")


def test_5000_digit_integer_in_a_journal_header(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    study = _copy(tmp_path)
    journal = study / "sessions" / "P03.jsonl"
    raw = journal.read_text(encoding="utf-8")
    journal.write_text(raw.replace('"schema_version":1', '"schema_version":' + "1" * 5000, 1), encoding="utf-8")
    code, err = _run("validate", study, tmp_path, capsys)
    assert code == 0 and "Traceback" not in err  # the other sessions load; this one is reported
    assert "P03.jsonl: line 1 (the header) holds a number too long to read" in err
    full = load_tables(DEMO).attempts
    assert len(load_tables(study).attempts) == len(full[full["participant"] != "P03"]) > 0


@pytest.mark.parametrize(("fields", "words"), [
    ([{"name": "experience", "label": "Again"}], "'experience' is already used by participant_fields[1]"),
    ([{"name": "Experience", "label": "Case twin"}], "'Experience' is already used by participant_fields[1]"),
    ([{"name": "participant", "label": "P"}], "'participant' is the name of a column uxlab fills itself"),
    ([{"name": "task", "label": "T"}], "'task' is the name of a column uxlab fills itself"),
])
def test_participant_field_names_must_be_distinct_and_free(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                           fields: list, words: str) -> None:
    study = _copy(tmp_path)
    before = json.loads((study / "study.json").read_text(encoding="utf-8"))["participant_fields"]
    assert [f["name"] for f in before] == ["group", "experience"]

    def add(d: dict) -> None:
        d["participant_fields"] += fields
        for p in d["participants"]:
            p.setdefault("attributes", {})[fields[0]["name"]] = "x"
    _edit(study, add)
    for cmd in COMMANDS:
        _one_clear_error(*_run(cmd, study, tmp_path, capsys), "participant_fields[2].name", words)


# ----------------------------------------------------------------------------- item 10: plain numbers
def test_error_texts_show_plain_numbers(tmp_path: Path) -> None:
    with pytest.raises(DataError) as err:
        check_answer(np.float64(99.0), 1, 5, "sus1")
    assert "answer 99 is outside the 1-5 scale" in err.value.message
    tables = load_tables(DEMO)
    sus = tables.answers["item"] == "sus1"
    tables.answers.loc[sus.idxmax(), "value"] = np.float64(99.0)  # a table built by other code
    with pytest.raises(DataError) as err:
        participant_scores(tables)
    assert "answer 99 to sus1 is outside the 1-5 scale" in err.value.message
    assert "np.float64" not in err.value.message


def test_lone_surrogate_in_a_journal_is_replaced_with_a_warning(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    study = _copy(tmp_path)
    journal = study / "sessions" / "P01.jsonl"
    lines = journal.read_text(encoding="utf-8").split("\n")
    at = next(i for i, x in enumerate(lines) if '"kind":"marker"' in x and '"text":"' in x)
    lines[at] = lines[at].replace('"text":"', '"text":"bad\\ud800 pair\\ud83d\\ude00 ', 1)
    journal.write_text("\n".join(lines), encoding="utf-8")
    code = main(["export", str(study), "-o", str(tmp_path / "r.xlsx"), "--csv", str(tmp_path / "csv")])
    err = capsys.readouterr().err
    assert code == 0, err
    assert f"P01.jsonl:{at + 1}: 'text' holds an invalid character (a lone surrogate)" in err
    events = (tmp_path / "csv" / "events.csv").read_text(encoding="utf-8-sig")
    assert "bad\ufffd pair😀 " in events  # the lone half replaced, the real pair kept
    assert main(["report", str(study), "-o", str(tmp_path / "r.html")]) == 0
    assert journal.read_text(encoding="utf-8").split("\n")[at] == lines[at]  # the journal is untouched
