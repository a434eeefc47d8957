"""Time on task ends when the task ended: the key press or the participant's click, journaled
when it happens. Nothing written afterwards (a checkpoint, a rating, a note) moves it, and a crash
between the stop and the moderator's judgement keeps it (issue: honest end times)."""

from __future__ import annotations

from pathlib import Path

import pytest

from uxlab.analysis.tables import build_tables
from uxlab.core.clock import FakeClock
from uxlab.core.errors import RecorderError
from uxlab.core.session import replay
from uxlab.storage.journal import open_recorder, read_journal

S = 1_000_000_000


def _started(path: Path, clock: FakeClock):
    rec = open_recorder(path, participant="P01", clock=clock)
    rec.start_session("P01", ["t1", "t2"])
    clock.advance(2)
    rec.start_task("t1")
    return rec


def test_a_checkpoint_while_the_outcome_is_asked_does_not_move_the_end(tmp_path: Path) -> None:
    # The reproduction from the issue: D froze the timer at 6.2 s, a checkpoint landed while the
    # outcome question was open, and 21.9 s was recorded.
    clock = FakeClock()
    rec = _started(tmp_path / "P01.jsonl", clock)
    clock.advance(6.2)
    key = rec.now_t_ns()
    rec.stop_task("moderator", key)
    clock.advance(15.7)
    rec.checkpoint()
    clock.advance(3)
    rec.end_task("success", rec.now_t_ns())  # the outcome chosen 18.7 s after the key
    a = replay(read_journal(tmp_path / "P01.jsonl").events).attempts["t1"]
    assert a.net_ns() == pytest.approx(6.2 * S, abs=1)
    assert a.outcome == "success"


def test_an_outcome_key_after_a_checkpoint_keeps_its_own_moment(tmp_path: Path) -> None:
    clock = FakeClock()
    rec = _started(tmp_path / "P01.jsonl", clock)
    clock.advance(21.1)
    key = rec.now_t_ns()
    clock.advance(3.3)
    rec.checkpoint()  # written after the key arrived, before the key's event
    rec.end_task("fail", key)
    a = replay(read_journal(tmp_path / "P01.jsonl").events).attempts["t1"]
    assert a.net_ns() == pytest.approx(21.1 * S, abs=1)
    events = read_journal(tmp_path / "P01.jsonl").events
    assert [e.t_ns for e in events] == sorted(e.t_ns for e in events)  # write times stay ordered


def test_participant_done_survives_a_crash_before_the_judgement(tmp_path: Path) -> None:
    path = tmp_path / "P01.jsonl"
    clock = FakeClock()
    rec = _started(path, clock)
    clock.advance(21.1)
    rec.stop_task("participant", rec.now_t_ns())
    clock.advance(3.3)
    rec.marker("note", "said she was sure")
    rec.sink.close()  # the app dies here
    clock.advance(120)  # and restarts two minutes later
    rec2 = open_recorder(path, participant="P01", clock=clock)
    a = rec2.state.current
    assert a is not None and a.stopped and a.stopped_by == "participant"
    assert not a.paused  # a stopped clock is not paused again on resume
    clock.advance(10)
    rec2.end_task("success", rec2.now_t_ns())
    rec2.rate("t1", "seq", 6)
    tables = build_tables_from(path)
    row = tables.attempts.set_index("task").loc["t1"]
    assert row["time_s"] == pytest.approx(21.1)
    assert row["outcome"] == "success"


def test_a_stop_set_aside_counts_the_stretch_as_task_time(tmp_path: Path) -> None:
    clock = FakeClock()
    rec = _started(tmp_path / "P01.jsonl", clock)
    clock.advance(10)
    rec.stop_task("participant", rec.now_t_ns())
    clock.advance(4)
    rec.continue_task(rec.now_t_ns())  # "I'm done" was premature: the participant carries on
    clock.advance(6)
    rec.end_task("success", rec.now_t_ns())
    assert rec.state.attempts["t1"].net_ns() == pytest.approx(20 * S, abs=1)


def test_stops_are_refused_when_they_make_no_sense(tmp_path: Path) -> None:
    clock = FakeClock()
    rec = _started(tmp_path / "P01.jsonl", clock)
    rec.stop_task("moderator")
    with pytest.raises(RecorderError):
        rec.stop_task("participant")
    with pytest.raises(RecorderError):
        rec.pause()
    rec.continue_task()
    with pytest.raises(RecorderError):
        rec.continue_task()
    with pytest.raises(RecorderError):
        rec.stop_task("robot")


def test_pause_moments_are_the_key_moments(tmp_path: Path) -> None:
    clock = FakeClock()
    rec = _started(tmp_path / "P01.jsonl", clock)
    clock.advance(5)
    pause_key = rec.now_t_ns()
    clock.advance(1)
    rec.checkpoint()
    rec.pause(pause_key)
    clock.advance(30)
    resume_key = rec.now_t_ns()
    clock.advance(2)
    rec.checkpoint()
    rec.resume(resume_key)
    clock.advance(7)
    rec.end_task("success", rec.now_t_ns())
    a = replay(read_journal(tmp_path / "P01.jsonl").events).attempts["t1"]
    # paused from the pause key (5 s) to the resume key (36 s): 31 s, key to key
    assert a.net_ns() == pytest.approx((5 + 2 + 7) * S, abs=1)
    assert a.gross_ns() == pytest.approx((5 + 1 + 30 + 2 + 7) * S, abs=1)


def test_undo_finds_the_last_marker_in_constant_time_as_the_session_grows(tmp_path: Path) -> None:
    clock = FakeClock()
    rec = _started(tmp_path / "P01.jsonl", clock)
    for i in range(300):
        clock.advance(0.1)
        rec.marker("error", f"e{i}")
    last = rec.state.last_undoable_marker()
    assert last is not None and last.text == "e299"
    rec.undo_last_marker()
    rec.undo_last_marker()
    last = rec.state.last_undoable_marker()
    assert last is not None and last.text == "e297"
    assert [m.text for m in rec.state.all_markers()][:2] == ["e0", "e1"]
    assert rec.state.marker(last.seq) is last


def build_tables_from(journal: Path):
    from uxlab.core.study import Study, Task
    from uxlab.storage.study_files import open_study, save_study

    folder = journal.parent / "study"
    save_study(folder, Study("S", [Task("t1", {"en": "One"}, {"en": "x"}), Task("t2", {"en": "Two"}, {"en": "y"})]))
    (folder / "sessions").mkdir(exist_ok=True)
    journal.replace(folder / "sessions" / "P01.jsonl")
    return build_tables(open_study(folder))
