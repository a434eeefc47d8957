"""Free tags on notes after the session: kept in problems.json beside the problems (one audit
line per note whose tags change, old and new tags kept), never written into the session journals;
counted per tag over all tasks and per task, with the problems' own tags."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from tests.problem_sessions import record_study
from uxlab.analysis.problems import build_findings
from uxlab.cli import main
from uxlab.core import problems as pm
from uxlab.core.errors import SchemaVersionError, StudyError
from uxlab.storage.problems_file import (
    load_problems,
    parse_problems_bytes,
    problems_path,
    read_audit,
    save_problems,
)
from uxlab.storage.study_files import open_study, sessions_dir

NOTES = {"P1": [("a", "menu label unclear"), ("b", "liked the photos")],
         "P2": [("b", "asked about fees")], "P3": [], "P4": [("a", "slow map")]}


@pytest.fixture
def study(tmp_path: Path) -> Path:
    return record_study(tmp_path / "s", notes=NOTES)


def _ids(folder: Path, texts: list[str]) -> list[str]:
    f = build_findings(open_study(folder))
    return f.observations.loc[f.observations["text"].isin(texts), "observation"].tolist()


def _journal_digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(sessions_dir(folder).iterdir())}


def test_tagging_notes_is_audited_and_leaves_the_journals_alone(study: Path) -> None:
    before = _journal_digests(study)
    pl = load_problems(study)
    menu, fees = _ids(study, ["menu label unclear"]) + _ids(study, ["asked about fees"])
    changes = pm.tag_notes(pl, [menu, fees], add=["wording", " navigation ", "wording"])
    save_problems(study, pl, changes)
    changes = pm.tag_notes(pl, [menu, fees], remove=["navigation"])
    save_problems(study, pl, changes)
    assert pm.tag_notes(pl, [fees], add=["wording"]) == []  # nothing changes: nothing to audit
    assert _journal_digests(study) == before  # not one byte of a journal changed
    saved = json.loads(problems_path(study).read_text("utf-8"))
    assert saved["schema_version"] == 2
    assert saved["note_tags"] == {menu: ["wording"], fees: ["wording"]}
    entries, warnings = read_audit(study)
    assert not warnings
    assert [(e["revision"], e["action"], e["observation"], e["old"], e["new"]) for e in entries] == [
        (1, "tag_note", menu, [], ["wording", "navigation"]), (1, "tag_note", fees, [], ["wording", "navigation"]),
        (2, "tag_note", menu, ["wording", "navigation"], ["wording"]),
        (2, "tag_note", fees, ["wording", "navigation"], ["wording"])]
    # removing the last tag drops the note from the file, and the file goes back to schema 1
    save_problems(study, pl, pm.tag_notes(pl, [menu, fees], remove=["wording"]))
    saved = json.loads(problems_path(study).read_text("utf-8"))
    assert saved["schema_version"] == 1 and "note_tags" not in saved


def test_a_list_without_note_tags_stays_readable_by_schema_1_readers(study: Path) -> None:
    pl = load_problems(study)
    save_problems(study, pl, pm.create_problem(pl, "Search", _ids(study, ["could not find search"]))[1])
    assert json.loads(problems_path(study).read_text("utf-8"))["schema_version"] == 1


def test_tags_from_a_newer_file_are_refused_not_dropped() -> None:
    raw = json.dumps({"format": "uxlab-problems", "schema_version": 3, "problems": []}).encode()
    with pytest.raises(SchemaVersionError, match="newer uxlab"):
        parse_problems_bytes(raw, "problems.json")


@pytest.mark.parametrize(("note_tags", "field"), [
    (["x"], "note_tags"), ({"not an id": ["x"]}, "note_tags"), ({"P1:3": "x"}, "note_tags.P1:3"),
    ({"P1:3": [1]}, "note_tags.P1:3")])
def test_bad_note_tags_name_the_file_and_field(note_tags: object, field: str) -> None:
    raw = json.dumps({"format": "uxlab-problems", "schema_version": 2, "problems": [],
                      "note_tags": note_tags}).encode()
    with pytest.raises(StudyError) as got:
        parse_problems_bytes(raw, "/s/problems.json")
    assert got.value.file == "/s/problems.json" and got.value.field == field and got.value.fix


def test_tag_counts_per_tag_and_task(study: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pl = load_problems(study)
    ch: list[pm.Change] = []
    # problem "search" (task a, P1 and P2) tagged navigation; "fees" (task b, P3) tagged wording + pricing
    ch += pm.create_problem(pl, "Search", _ids(study, ["could not find search", "search hidden"]),
                            tags=["navigation"])[1]
    ch += pm.create_problem(pl, "Fees", _ids(study, ["fees confusing", "price unclear"]),
                            tags=["wording", "pricing"])[1]
    ch += pm.tag_notes(pl, _ids(study, ["menu label unclear", "asked about fees"]), add=["wording"])
    ch += pm.tag_notes(pl, _ids(study, ["slow map"]), add=["navigation", "speed"])
    save_problems(study, pl, ch)
    counts = build_findings(open_study(study)).tags
    got = {(r["tag"], r["task"]): (r["problems"], r["notes"]) for r in counts.to_dict("records")}
    # counted by hand from the sessions above (NOTES and tests/gui/problem_study.SEEN)
    assert got == {
        ("wording", ""): (1, 2), ("wording", "a"): (0, 1), ("wording", "b"): (1, 1),
        ("navigation", ""): (1, 1), ("navigation", "a"): (1, 1),
        ("pricing", ""): (1, 0), ("pricing", "b"): (1, 0),
        ("speed", ""): (0, 1), ("speed", "a"): (0, 1),
    }
    # most used tags first (wording 3, navigation 2, then pricing and speed by name), tasks in study order
    assert [(r["tag"], r["task"]) for r in counts.to_dict("records")][:3] == [("wording", ""), ("wording", "a"),
                                                                             ("wording", "b")]
    assert [r["tag"] for r in counts.to_dict("records") if r["task"] == ""] == ["wording", "navigation",
                                                                                "pricing", "speed"]
    assert main(["analyze", str(study), "--json"]) == 0
    tags = json.loads(capsys.readouterr().out)["findings"]["tags"]
    assert {"tag": "speed", "task": "a", "problems": 0, "notes": 1} in tags


def _tagged(study: Path) -> None:
    pl = load_problems(study)
    ch = pm.create_problem(pl, "Fees", _ids(study, ["fees confusing"]), tags=["wording"])[1]
    ch += pm.tag_notes(pl, _ids(study, ["menu label unclear", "asked about fees"]), add=["wording"])
    save_problems(study, pl, ch)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_tags_sheet_in_the_workbook(study: Path, tmp_path: Path, lang: str) -> None:
    import openpyxl

    from uxlab.export import labels

    _tagged(study)
    out = tmp_path / "r.xlsx"
    assert main(["export", str(study), "-o", str(out), "--language", lang]) == 0
    wb = openpyxl.load_workbook(out)
    ws = wb[labels.sheet_name("tags", lang, "Tags")]
    first = 2 if lang == "en" else 3  # translated headers on row 1, machine names on row 2
    assert [c.value for c in ws[first - 1]] == ["tag", "task", "tagged_problems", "tagged_notes"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=first)]
    # "wording": problem Fees (task b) + notes "menu label unclear" (a) and "asked about fees" (b)
    assert [[v if v is not None else "" for v in r] for r in rows] == [
        ["wording", "", 1, 2], ["wording", "a", 0, 1], ["wording", "b", 1, 1]]
    book = [[c.value for c in r] for r in wb[labels.sheet_name("codebook", lang, "Codebook")].iter_rows()]
    assert any(r[2] == "tagged_notes" for r in book)


def test_tags_table_in_the_report(study: Path, tmp_path: Path) -> None:
    _tagged(study)
    out = tmp_path / "r.html"
    assert main(["report", str(study), "-o", str(out)]) == 0
    text = out.read_text("utf-8")
    table = text[text.index('<table class="tags">'):]
    table = table[:table.index("</table>")]
    cells = [re.sub(r"<[^>]+>", "", "<td" + c.split("</td>")[0]) for c in table.split("<td")[1:]]
    assert cells[:4] == ["wording", "All tasks", "1", "2"] and cells[5:8] == ["A", "0", "1"]
