"""Problem observations: recorded live as journal events, replayed into a tidy table, linked to
the study's problem list (problems.json) with every change kept in an audit trail."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from uxlab.analysis.problems import build_findings, link, observations_table
from uxlab.analysis.tables import build_tables
from uxlab.core import problems as pm
from uxlab.core.clock import FakeClock
from uxlab.core.errors import RecorderError, SchemaVersionError, StudyError
from uxlab.core.study import Participant, Study, Task
from uxlab.storage.journal import open_recorder, read_journal
from uxlab.storage.problems_file import (
    audit_path,
    load_problems,
    problems_path,
    read_audit,
    save_problems,
)
from uxlab.storage.study_files import journal_path, open_study, save_study


def _study(folder: Path, participants: tuple[str, ...] = ("P1", "P2", "P3")) -> None:
    save_study(folder, Study(
        title="T",
        tasks=[Task("a", {"en": "A"}, {"en": "Do A"}), Task("b", {"en": "B"}, {"en": "Do B"})],
        participants=[Participant(p) for p in participants],
    ))


def _session(folder: Path, pid: str, observations: list[tuple[str, str, str | None]]) -> None:
    """observations: (task or '' for between tasks, text, live problem id)."""
    clock = FakeClock()
    rec = open_recorder(journal_path(folder, pid), participant=pid, clock=clock)
    rec.start_session(pid, ["a", "b"])
    for task in ("a", "b"):
        rec.start_task(task)
        clock.advance(3)
        for t, text, prob in observations:
            if t == task:
                rec.observe_problem(text, prob)
                clock.advance(1)
        rec.end_task("success")
    for t, text, prob in observations:
        if t == "":
            rec.observe_problem(text, prob)
    rec.end_session()


# ------------------------------------------------------------------ recorder and journal
def test_observation_is_a_durable_event_on_the_running_task_at_key_press(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "P1.jsonl"
    rec = open_recorder(path, participant="P1", clock=clock)
    rec.start_session("P1", ["a"])
    rec.start_task("a")
    clock.advance(10)
    pressed = rec.now_t_ns()
    clock.advance(6)  # the moderator types for six seconds
    e = rec.observe_problem("  missed the Save button ", "PR2", at_t_ns=pressed)
    assert e.kind == "problem_observation"
    assert e.data == {"text": "missed the Save button", "task": "a", "problem": "PR2", "at_t_ns": pressed}
    # on disk when the call returns, and valid for a fresh reader
    lines = path.read_bytes().splitlines()
    assert json.loads(lines[-1])["kind"] == "problem_observation"
    read = read_journal(path)
    assert read.warnings == []
    assert read.events[-1].data["problem"] == "PR2"


def test_observation_needs_an_open_session_and_some_content(tmp_path: Path) -> None:
    rec = open_recorder(tmp_path / "P1.jsonl", participant="P1", clock=FakeClock())
    with pytest.raises(RecorderError, match="not started"):
        rec.observe_problem("x")
    rec.start_session("P1", ["a"])
    with pytest.raises(RecorderError, match="empty"):
        rec.observe_problem("   ")
    e = rec.observe_problem("", "PR1")  # a known problem seen again needs no text
    assert "task" not in e.data  # between tasks: no task
    rec.end_session()
    with pytest.raises(RecorderError, match="ended"):
        rec.observe_problem("late")


def test_a_damaged_observation_line_is_skipped_with_a_warning_not_fatal(tmp_path: Path) -> None:
    _study(tmp_path, ("P1",))
    _session(tmp_path, "P1", [("a", "slow search", None)])
    path = journal_path(tmp_path, "P1")
    bad = {"seq": 99, "kind": "problem_observation", "t_ns": 10**12, "wall": "x", "text": 5}
    with open(path, "ab") as f:
        f.write((json.dumps(bad) + "\n").encode())
    read = read_journal(path)
    assert any("'text' is int" in w for w in read.warnings)
    assert read.events[-1].kind == "session_ended"


# ------------------------------------------------------------------ tidy table
def test_observations_replay_into_a_tidy_table(tmp_path: Path) -> None:
    _study(tmp_path)
    _session(tmp_path, "P1", [("a", "slow search", None), ("b", "label unclear", "PR9"), ("", "asked about fees", None)])
    _session(tmp_path, "P2", [("a", "search again", None)])
    loaded = open_study(tmp_path)
    obs = observations_table(loaded)
    assert obs["participant"].tolist() == ["P1", "P1", "P1", "P2"]
    assert obs["task"].tolist() == ["a", "b", "", "a"]
    assert obs["text"].tolist() == ["slow search", "label unclear", "asked about fees", "search again"]
    assert obs["live_problem"].tolist() == ["", "PR9", "", ""]
    # FakeClock: task a starts at t=0 and the first observation is 3 s later
    assert obs["t_s"].iloc[0] == pytest.approx(3.0)
    assert obs["observation"].iloc[0] == f"P1:{obs['seq'].iloc[0]}"
    # the other tables are untouched by the new kind, and it shows in the events table
    t = build_tables(loaded)
    assert t.warnings == []
    assert (t.events["kind"] == "problem_observation").sum() == 4


def test_notes_are_offered_as_observations(tmp_path: Path) -> None:
    _study(tmp_path, ("P1",))
    clock = FakeClock()
    rec = open_recorder(journal_path(tmp_path, "P1"), participant="P1", clock=clock)
    rec.start_session("P1", ["a", "b"])
    rec.start_task("a")
    rec.marker("note", "hesitated at login")
    rec.marker("note", "typo")
    rec.undo_last_marker()
    rec.end_task("fail")
    obs = observations_table(open_study(tmp_path))
    assert obs[["source", "text", "task"]].values.tolist() == [["note", "hesitated at login", "a"]]
    assert observations_table(open_study(tmp_path), notes=False).empty


# ------------------------------------------------------------------ linking and the problem list
def test_links_list_overrides_live_link_and_detach_is_respected(tmp_path: Path) -> None:
    _study(tmp_path)
    _session(tmp_path, "P1", [("a", "x", "PR1"), ("a", "y", "PR1"), ("b", "z", "NOPE")])
    loaded = open_study(tmp_path)
    obs = observations_table(loaded, notes=False)
    ids = obs["observation"].tolist()
    pl = pm.ProblemList()
    pm.create_problem(pl, "Search is hard")  # PR1
    pm.create_problem(pl, "Labels", [ids[1]])  # PR2 takes y from its live link PR1
    linked = link(obs, pl)
    assert linked["problem"].tolist() == ["PR1", "PR2", ""]  # NOPE is not a problem: unassigned
    pm.unassign(pl, "PR1", [ids[0]])  # x was only live-linked: detached
    assert link(obs, pl)["problem"].tolist() == ["", "PR2", ""]
    pm.assign(pl, "PR1", [ids[0]])
    assert link(obs, pl)["problem"].tolist() == ["PR1", "PR2", ""]


def test_changes_are_audited_with_old_values_and_saved_atomically(tmp_path: Path) -> None:
    _study(tmp_path)
    clock = FakeClock()
    pl = load_problems(tmp_path)
    assert pl.problems == [] and pl.revision == 0
    p, ch = pm.create_problem(pl, "Search hidden", ["P1:5", "P2:7"], severity=2, tags=["nav"])
    assert save_problems(tmp_path, pl, ch, clock) == 1
    clock.advance(60)
    ch = pm.update_problem(pl, p.id, title="Search field hidden", severity=1, tags=["nav", "search"])
    ch += pm.update_problem(pl, p.id, recommendation="Show the search field")
    save_problems(tmp_path, pl, ch, clock)
    q, ch = pm.create_problem(pl, "Search icon unclear", ["P3:4"])
    save_problems(tmp_path, pl, ch, clock)
    save_problems(tmp_path, pl, pm.merge_problems(pl, p.id, [q.id]), clock)

    again = load_problems(tmp_path)
    assert again.revision == 4
    assert [x.id for x in again.problems] == ["PR1"]
    got = again.get("PR1")
    assert got is not None
    assert (got.title, got.severity, got.tags) == ("Search field hidden", 1, ("nav", "search"))
    assert got.observations == ("P1:5", "P2:7", "P3:4")
    entries, warnings = read_audit(tmp_path)
    assert warnings == []
    title = [e for e in entries if e["field"] == "title" and e["action"] == "update"]
    assert title == [{"revision": 2, "wall": "2026-01-01T00:01:00.000Z", "action": "update", "problem": "PR1",
                      "field": "title", "old": "Search hidden", "new": "Search field hidden"}]
    sev = [e for e in entries if e["field"] == "severity"]
    assert [(e["old"], e["new"]) for e in sev] == [(None, 2), (2, 1)]
    deleted = [e for e in entries if e["action"] == "delete"]
    assert deleted[0]["problem"] == "PR2" and deleted[0]["old"]["title"] == "Search icon unclear"
    # the snapshot is plain, versioned JSON
    raw = json.loads(problems_path(tmp_path).read_text("utf-8"))
    assert raw["format"] == "uxlab-problems" and raw["schema_version"] == 1


def test_a_save_from_a_stale_window_is_refused_not_overwritten(tmp_path: Path) -> None:
    a = load_problems(tmp_path)
    b = load_problems(tmp_path)
    save_problems(tmp_path, a, pm.create_problem(a, "From window A")[1])
    with pytest.raises(StudyError, match="changed elsewhere"):
        save_problems(tmp_path, b, pm.create_problem(b, "From window B")[1])
    assert [p.title for p in load_problems(tmp_path).problems] == ["From window A"]


def test_severity_is_checked_against_the_studys_scale(tmp_path: Path) -> None:
    pl = pm.ProblemList()
    p, _ = pm.create_problem(pl, "x")
    with pytest.raises(StudyError, match="not on the sauro-lewis-1-4 scale"):
        pm.update_problem(pl, p.id, severity=0)
    pm.update_problem(pl, p.id, severity=1)
    ch = pm.set_scale(pl, "nielsen-0-4")
    # 1 is the worst on one scale and cosmetic on the other: the rating is cleared, kept in the trail
    assert pl.get(p.id).severity is None  # type: ignore[union-attr]
    assert ("update", "severity", 1, None) in [(c.action, c.field, c.old, c.new) for c in ch]
    pm.update_problem(pl, p.id, severity=0)
    assert pl.severity_scale.weight(4) == 1.0 and pl.severity_scale.weight(0) == pytest.approx(0.2)
    assert pl.severity_scale.weight(None) == 0.0
    sl = pm.SEVERITY_SCALES["sauro-lewis-1-4"]
    assert [sl.weight(v) for v in (1, 2, 3, 4)] == [1.0, 0.75, 0.5, 0.25]


@pytest.mark.parametrize(("content", "field"), [
    ('{"format": "uxlab-problems", "schema_version": 1, "problems": [{"id": "PR1", "title": ""}]}', "problems[0].title"),
    ('{"format": "uxlab-problems", "schema_version": 1, "problems": [{"id": "PR1", "title": "x", "severity": 9}]}',
     "problems[0].severity"),
    ('{"format": "uxlab-problems", "schema_version": 1, "severity_scale": "stars"}', "severity_scale"),
    ('{"format": "uxlab-problems", "schema_version": 1, "problems": [{"id": "a b", "title": "x"}]}', "problems[0].id"),
    ('{"format": "uxlab-problems", "schema_version": 1, "problems": [{"id": "A", "title": "x", '
     '"observations": ["P1:1"]}, {"id": "B", "title": "y", "observations": ["P1:1"]}]}', "problems"),
    ('{"format": "uxlab-problems"}', "schema_version"),
])
def test_bad_problem_files_name_file_field_and_fix(tmp_path: Path, content: str, field: str) -> None:
    problems_path(tmp_path).write_text(content, "utf-8")
    with pytest.raises(StudyError) as err:
        load_problems(tmp_path)
    assert err.value.file == str(problems_path(tmp_path))
    assert err.value.field == field and err.value.fix


def test_newer_problem_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    raw = b'{"format": "uxlab-problems", "schema_version": 99, "problems": []}'
    problems_path(tmp_path).write_bytes(raw)
    with pytest.raises(SchemaVersionError, match="newer uxlab"):
        load_problems(tmp_path)
    assert problems_path(tmp_path).read_bytes() == raw


def test_torn_audit_line_is_skipped_and_not_glued_to_the_next(tmp_path: Path) -> None:
    pl = load_problems(tmp_path)
    save_problems(tmp_path, pl, pm.create_problem(pl, "one")[1])
    with open(audit_path(tmp_path), "ab") as f:
        f.write(b'{"revision": 2, "act')  # a crash mid-append
    save_problems(tmp_path, pl, pm.create_problem(pl, "two")[1])
    entries, warnings = read_audit(tmp_path)
    assert [e["new"] for e in entries if e["action"] == "create"] == ["one", "two"]
    assert len(warnings) == 1


def _mount_tmpfs(folder: Path, size: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    return r.returncode == 0


def test_full_disk_keeps_the_previous_problem_list_whole(tmp_path: Path) -> None:
    folder = tmp_path / "study"
    folder.mkdir()
    if not _mount_tmpfs(folder, "64k"):
        pytest.skip("needs root and tmpfs to fill a real file system")
    try:
        pl = load_problems(folder)
        save_problems(folder, pl, pm.create_problem(pl, "fits")[1])
        before = problems_path(folder).read_bytes()
        with open(folder / "filler", "ab", buffering=0) as f:  # fill the file system to the last byte
            for chunk in (4096, 512, 1):
                try:
                    while True:
                        f.write(b"\0" * chunk)
                except OSError:
                    pass
        with pytest.raises(OSError):
            save_problems(folder, pl, pm.create_problem(pl, "x" * 20_000, description="y" * 20_000)[1])
        assert problems_path(folder).read_bytes() == before
        assert load_problems(folder).revision == 1
        assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_findings_from_a_real_study_folder(tmp_path: Path) -> None:
    _study(tmp_path, ("P1", "P2", "P3", "P4"))
    _session(tmp_path, "P1", [("a", "x", None), ("b", "y", None)])
    _session(tmp_path, "P2", [("a", "x again", None)])
    _session(tmp_path, "P3", [])
    loaded = open_study(tmp_path)
    ids = observations_table(loaded)["observation"].tolist()
    pl = load_problems(tmp_path)
    _, ch = pm.create_problem(pl, "Search", [ids[0], ids[2]], severity=1)
    save_problems(tmp_path, pl, ch)
    f = build_findings(loaded)
    assert f.participants == ["P1", "P2", "P3"]  # P4 has no session: not tested
    assert f.matrix.loc["PR1"].tolist() == [1, 1, 0]
    row = f.summary.iloc[0]
    assert row["participants"] == 2 and row["frequency"] == pytest.approx(2 / 3)
    assert row["tasks"] == "a" and row["observations"] == 2
    per_task = f.per_task.set_index("task")
    assert per_task.loc["a", "problems"] == 1 and per_task.loc["b", "unassigned"] == 1
    d = f.to_dict()
    assert d["unassigned_observations"] == 1 and d["matrix"] == {"PR1": [1, 1, 0]}
