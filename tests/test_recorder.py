"""The recorder and the journal: every command is durable, replay rebuilds the session exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from uxlab.core.clock import FakeClock
from uxlab.core.errors import RecorderError, SchemaVersionError, SessionLockedError
from uxlab.core.session import replay
from uxlab.storage.journal import JournalWriter, new_header, open_recorder, read_journal

ORDER = ["t1", "t2", "t3"]


def _session(path: Path, clock: FakeClock):
    rec = open_recorder(path, participant="P01", clock=clock)
    rec.start_session("P01", ORDER, group="A")
    clock.advance(5)
    rec.start_task("t1")
    clock.advance(10)
    rec.marker("error", "clicked the logo")
    clock.advance(5)
    rec.pause()
    clock.advance(30)  # participant takes a phone call
    rec.resume()
    clock.advance(15)
    rec.end_task("success")
    rec.rate("t1", "seq", 6)
    return rec


def test_net_time_excludes_pauses_and_gross_keeps_them(tmp_path: Path) -> None:
    clock = FakeClock()
    rec = _session(tmp_path / "P01.jsonl", clock)
    a = rec.state.attempts["t1"]
    assert a.net_ns() / 1e9 == pytest.approx(30.0)
    assert a.gross_ns() / 1e9 == pytest.approx(60.0)
    assert a.count("error") == 1
    assert a.ratings["seq"].value == 6


def test_replay_rebuilds_the_same_session(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "P01.jsonl"
    rec = _session(path, clock)
    live = rec.state
    read = read_journal(path)
    again = replay(read.events)
    assert again.attempts["t1"].net_ns() == live.attempts["t1"].net_ns()
    assert again.attempts["t1"].outcome == "success"
    assert [e.to_dict() for e in again.events] == [e.to_dict() for e in live.events]


def test_every_command_is_on_disk_when_it_returns(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "P01.jsonl"
    rec = open_recorder(path, participant="P01", clock=clock)
    rec.start_session("P01", ORDER)
    for i in range(5):
        rec.marker("note", f"n{i}")
        lines = path.read_bytes().splitlines()
        assert json.loads(lines[-1])["text"] == f"n{i}"


def test_second_writer_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "P01.jsonl"
    rec = open_recorder(path, participant="P01", clock=FakeClock())
    rec.start_session("P01", ORDER)
    with pytest.raises(SessionLockedError, match="already open"):
        open_recorder(path, clock=FakeClock())


def test_torn_last_line_is_dropped_kept_aside_and_session_resumes(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "P01.jsonl"
    rec = _session(path, clock)
    rec.start_task("t2")
    clock.advance(12)
    rec.checkpoint()  # the console's heartbeat while a task runs
    rec.sink.close()  # type: ignore[attr-defined]
    with path.open("ab") as f:
        f.write(b'{"seq": 99, "kind": "mar')  # crash mid-write
    read = read_journal(path)
    assert read.torn_bytes > 0
    assert any("incomplete" in w for w in read.warnings)
    assert read.events[-1].kind == "checkpoint"

    clock.advance(600)  # uxlab was down for 10 minutes
    rec2 = open_recorder(path, clock=clock)
    assert (tmp_path / "P01.jsonl.torn-1").read_bytes() == b'{"seq": 99, "kind": "mar'
    a = rec2.state.attempts["t2"]
    assert a.interrupted and a.paused  # resumed paused, flagged
    clock.advance(100)
    rec2.resume()
    clock.advance(8)
    rec2.end_task("fail")
    # 12 s before the crash + 8 s after; the 10-minute gap and the 100 s pause are not counted
    assert rec2.state.attempts["t2"].net_ns() / 1e9 == pytest.approx(20.0)
    assert replay(read_journal(path).events).attempts["t2"].net_ns() / 1e9 == pytest.approx(20.0)


def test_commands_in_the_wrong_state_are_refused_clearly(tmp_path: Path) -> None:
    rec = open_recorder(tmp_path / "P.jsonl", participant="P", clock=FakeClock())
    with pytest.raises(RecorderError, match="has not started"):
        rec.start_task("t1")
    rec.start_session("P", ORDER)
    with pytest.raises(RecorderError, match="no task is running"):
        rec.pause()
    rec.start_task("t1")
    with pytest.raises(RecorderError, match="still running"):
        rec.start_task("t2")
    with pytest.raises(RecorderError, match="unknown outcome"):
        rec.end_task("great")


def test_undo_and_edit_are_new_events(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "P.jsonl"
    rec = open_recorder(path, participant="P", clock=clock)
    rec.start_session("P", ORDER)
    rec.start_task("t1")
    e1 = rec.marker("error", "a")
    rec.marker("assist", "b")
    rec.undo_last_marker()
    rec.edit(e1.seq, text="a (typo fixed)")
    end = rec.end_task("partial")
    rec.edit(end.seq, outcome="success")
    st = replay(read_journal(path).events)
    a = st.attempts["t1"]
    assert a.count("assist") == 0 and a.count("error") == 1
    assert a.markers[0].text == "a (typo fixed)"
    assert a.outcome == "success"
    kinds = [e.kind for e in st.events]
    assert kinds.count("marker") == 2 and "undo" in kinds and kinds.count("edit") == 2


def test_note_keeps_key_press_time(tmp_path: Path) -> None:
    clock = FakeClock()
    rec = open_recorder(tmp_path / "P.jsonl", participant="P", clock=clock)
    rec.start_session("P", ORDER)
    rec.start_task("t1")
    clock.advance(3)
    pressed = rec.now_t_ns()
    clock.advance(20)  # moderator types the note
    rec.marker("note", "hesitated at the menu", at_t_ns=pressed)
    m = rec.state.attempts["t1"].markers[0]
    assert m.t_ns == pressed


def test_newer_journal_schema_is_refused_politely(tmp_path: Path) -> None:
    path = tmp_path / "P.jsonl"
    header = new_header("P", "P")
    header["schema_version"] = 99
    path.write_text(json.dumps(header) + "\n")
    with pytest.raises(SchemaVersionError, match="newer uxlab"):
        read_journal(path)


def test_failed_write_keeps_event_in_memory_and_retries(tmp_path: Path) -> None:
    class FlakySink:
        def __init__(self) -> None:
            self.fail = False
            self.stored: list[object] = []

        def append(self, event: object) -> None:
            if self.fail:
                raise OSError(28, "No space left on device")
            self.stored.append(event)

    from uxlab.core.recorder import Recorder

    sink = FlakySink()
    rec = Recorder(sink, FakeClock())
    rec.start_session("P", ORDER)
    sink.fail = True
    with pytest.raises(RecorderError, match="No space left"):
        rec.marker("note", "important")
    assert len(rec.unsaved) == 1
    sink.fail = False
    assert rec.flush_unsaved() == 0
    assert [getattr(e, "kind", None) for e in sink.stored] == ["session_started", "marker"]
    assert rec.state.session_markers[0].text == "important"


def test_journal_writer_header(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    with JournalWriter.open(path, new_header("x", "P")):
        pass
    assert read_journal(path).header["format"] == "uxlab-journal"


def test_a_line_with_two_objects_is_damage_not_two_events(tmp_path: Path) -> None:
    path = tmp_path / "P.jsonl"
    rec = open_recorder(path, participant="P", clock=FakeClock())
    rec.start_session("P", ORDER)
    rec.marker("note", "kept")
    rec.sink.close()  # type: ignore[attr-defined]
    with path.open("ab") as f:
        f.write(b'{"seq": 3, "kind": "checkpoint", "t_ns": 5, "wall": "x"},{"seq": 4}\n')
    read = read_journal(path)
    assert [e.kind for e in read.events] == ["session_started", "marker"]
    assert any(":4: damaged line skipped" in w for w in read.warnings)
