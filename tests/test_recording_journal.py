"""The journal side of recording: the study setting, the recorder's recording events (checked
against the contract in uxlab/core/events.py and docs/data-model.md), and the state read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from uxlab.core.clock import FakeClock
from uxlab.core.errors import RecorderError, StudyError
from uxlab.core.recording import recording_state
from uxlab.core.study import Study, Task, study_from_dict, study_to_dict
from uxlab.storage.journal import open_recorder, read_journal
from uxlab.storage.media import next_segment, relative_name, resolve, segment_file


def _study(recording: str) -> Study:
    return Study("S", [Task("t1", {"en": "T"}, {"en": "Do it."})], recording=recording)


@pytest.mark.parametrize("mode", ["off", "screen", "screen_camera_voice"])
def test_recording_setting_round_trips(mode: str) -> None:
    data = study_to_dict(_study(mode))
    assert ("recording" in data) == (mode != "off")  # older files stay as they were
    assert study_from_dict(data).recording == mode


def test_unknown_recording_setting_names_the_field_and_the_fix() -> None:
    data = study_to_dict(_study("off"))
    data["recording"] = "everything"
    with pytest.raises(StudyError) as err:
        study_from_dict(data)
    assert "recording" in str(err.value) and "screen_camera_voice" in str(err.value)


def test_recording_events_are_journaled_and_read_back(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "P01.jsonl"
    rec = open_recorder(path, participant="P01", clock=clock)
    rec.start_session("P01", ["t1"])
    rec.recording_consent(True, ["screen", "voice"])
    zero_mono = clock.monotonic_ns()
    zero_t = rec.t_at_monotonic(zero_mono)
    clock.advance(0.4)  # the first frames come in
    rec.recording_started(1, {"screen": "P01.media/P01-s01-screen.mkv",
                              "voice": "P01.media/P01-s01-voice.mka"}, zero_t, {"voice": -3_000_000})
    clock.advance(2)
    rec.recording_failed("voice", "the disk is full")
    rec.recording_stopped(1)
    events = read_journal(path).events
    started = next(e for e in events if e.kind == "recording_started")
    assert started.data["at_t_ns"] == zero_t and started.t_ns - zero_t == 400_000_000
    assert started.data["offsets_ns"] == {"voice": -3_000_000}
    state = recording_state(rec.state)
    assert state.consent is True and state.sources == ("screen", "voice")
    assert state.last_segment == 1 and state.open_segment is None
    assert state.failures == [("voice", "the disk is full")]


def test_recording_events_refuse_what_breaks_the_contract(tmp_path: Path) -> None:
    rec = open_recorder(tmp_path / "P01.jsonl", participant="P01", clock=FakeClock())
    with pytest.raises(RecorderError):
        rec.recording_consent(True, ["screen"])  # before the session started
    rec.start_session("P01", ["t1"])
    with pytest.raises(RecorderError, match="unknown media source"):
        rec.recording_consent(True, ["keyboard"])
    with pytest.raises(RecorderError, match="not inside the sessions folder"):
        rec.recording_started(1, {"screen": "../elsewhere.mkv"}, 0)
    with pytest.raises(RecorderError, match="not inside the sessions folder"):
        rec.recording_started(1, {"screen": "/tmp/x.mkv"}, 0)
    with pytest.raises(RecorderError, match="no file"):
        rec.recording_started(1, {}, 0)


def test_a_crash_leaves_the_segment_open_until_the_resume(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "P01.jsonl"
    rec = open_recorder(path, participant="P01", clock=clock)
    rec.start_session("P01", ["t1"])
    rec.recording_consent(True, ["screen"])
    rec.recording_started(1, {"screen": "P01.media/P01-s01-screen.mkv"}, 0)
    assert recording_state(rec.state).open_segment == 1
    rec.sink.close()  # the app dies without stopping the recording
    again = open_recorder(path, participant="P01", clock=clock)  # resumed
    state = recording_state(again.state)
    assert state.open_segment is None and state.last_segment == 1 and state.consent is True


def test_segment_files_live_beside_the_journal_and_are_never_reused(tmp_path: Path) -> None:
    journal = tmp_path / "sessions" / "P01.jsonl"
    first = segment_file(journal, 1, "screen")
    assert relative_name(journal, first) == "P01.media/P01-s01-screen.mkv"
    assert relative_name(journal, segment_file(journal, 2, "voice")) == "P01.media/P01-s02-voice.mka"
    assert next_segment(journal, 0, ("screen",)) == 1
    first.parent.mkdir(parents=True)
    first.write_bytes(b"left by a crash before the journal line")
    assert next_segment(journal, 0, ("screen", "camera")) == 2
    assert resolve(journal.parent, "P01.media/P01-s01-screen.mkv") == first.resolve()
    with pytest.raises(ValueError):
        resolve(journal.parent, "../../etc/passwd")
