"""Journal events -> positions in the session's recordings, checked on real video files: the
frame found at the computed position carries the frame number the contract predicts."""

from __future__ import annotations

import math
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from media_fixtures import FPS, S, frame_at, journal_event, recorded_study, recorder, study

from uxlab.analysis.media import attempt_span, media_table, study_media
from uxlab.core.clock import FakeClock
from uxlab.storage.study_files import open_study


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("recorded")
    return folder, recorded_study(folder)


def _event(loaded, pid: str, seq: int):
    s = next(s for s in loaded.sessions if s.state.participant == pid)
    return s.state.event(seq)


def _frames(position_s: float) -> set[int]:
    """The frame shown at a position: ffmpeg's accurate seek lands on the frame starting at or
    after it."""
    return {math.floor(position_s * FPS + 1e-6), math.ceil(position_s * FPS - 1e-6)}


def test_segments_of_a_resumed_session(recorded: tuple[Path, dict]) -> None:
    folder, f = recorded
    media = study_media(open_study(folder))
    p1 = media["P01"]
    assert p1.consent is True and p1.consent_sources == ("screen", "camera")
    assert [s.segment for s in p1.segments] == [1, 2]
    s1, s2 = p1.segments
    assert s1.at_t_ns == f["seg1_at"] and s1.end_reason == "crashed"
    assert s1.failed_ns == {"camera": f["camera_failed_at"]} and s1.failures["camera"] == "camera unplugged"
    assert s2.at_t_ns == f["seg2_at"] and s2.end_reason == "stopped" and s2.end_ns == f["seg2_stop_at"]
    assert s1.end_ns is not None and s1.end_ns <= s2.start_ns  # the crash closes segment 1 first
    assert s2.files["screen"] == folder / "sessions" / "P01.media" / "P01-s02-screen.mkv"
    assert not p1.warnings
    assert media["P02"].consent is False and not media["P02"].recorded


def test_an_event_lands_on_its_frame_in_each_source(recorded: tuple[Path, dict]) -> None:
    folder, f = recorded
    loaded = open_study(folder)
    p1 = study_media(loaded)["P01"]
    crit = _event(loaded, "P01", f["critical"])
    pos = p1.event_position(crit)
    assert pos is not None and (pos.segment, pos.source) == (1, "screen")
    assert pos.position_s == pytest.approx((crit.moment_ns - f["seg1_at"]) / S) == pytest.approx(4.0)
    assert frame_at(pos.file, pos.position_s) in _frames(4.0)
    cam = p1.event_position(crit, "camera")  # the camera's offset: 0.2 s further in its file
    assert cam is not None and cam.position_s == pytest.approx(4.2)
    assert frame_at(cam.file, cam.position_s) in _frames(4.2)
    # the last event before the kill is at the very moment the resumed clock starts from: it is
    # in segment 1 (8.5 s in), while the session_resumed at the same moment is in no file
    kill = _event(loaded, "P01", f["before_kill"])
    resumed = _event(loaded, "P01", f["resumed_seq"] - 1)
    assert resumed.kind == "session_resumed" and resumed.t_ns == kill.moment_ns
    at_kill = p1.event_position(kill)
    assert at_kill is not None and at_kill.segment == 1 and at_kill.position_s == pytest.approx(8.5)
    assert frame_at(at_kill.file, at_kill.position_s) in _frames(8.5)
    assert p1.event_position(resumed) is None
    last = _event(loaded, "P01", f["after_resume"])
    pos2 = p1.event_position(last)
    assert pos2 is not None and pos2.segment == 2
    assert pos2.position_s == pytest.approx((last.moment_ns - f["seg2_at"]) / S) == pytest.approx(2.5)
    assert frame_at(pos2.file, pos2.position_s) in _frames(2.5)


def test_no_position_where_nothing_was_recording(recorded: tuple[Path, dict]) -> None:
    folder, f = recorded
    loaded = open_study(folder)
    p1 = study_media(loaded)["P01"]
    first = _event(loaded, "P01", 1)  # session_started, before the recording
    assert p1.event_position(first) is None
    note = _event(loaded, "P01", f["note"])  # after the camera failed
    assert p1.event_position(note, "camera") is None
    screen = p1.event_position(note)
    assert screen is not None and screen.source == "screen" and screen.position_s == pytest.approx(6.0)
    resumed = _event(loaded, "P01", f["resumed_seq"])  # between the crash and segment 2
    assert resumed.kind == "task_paused" and p1.event_position(resumed) is None
    assert p1.event_position(_event(loaded, "P01", f["resumed_seq"] - 1)) is None  # session_resumed
    assert p1.position(f["seg2_stop_at"] + 1) is None  # after the stop
    p2 = study_media(loaded)["P02"]
    p2_events = next(s for s in loaded.sessions if s.state.participant == "P02").state.events
    assert p2_events and all(p2.event_position(e) is None for e in p2_events)


def test_attempt_over_a_crash_has_one_piece_per_segment(recorded: tuple[Path, dict]) -> None:
    folder, f = recorded
    loaded = open_study(folder)
    st = next(s for s in loaded.sessions if s.state.participant == "P01").state
    p1 = study_media(loaded)["P01"]
    a = p1.attempt_pieces(st.attempts["a"])
    assert [(x.segment, x.source) for x in a] == [(1, "screen")]
    start, end = attempt_span(st.attempts["a"])
    assert (a[0].start_s, a[0].end_s) == pytest.approx(((start - f["seg1_at"]) / S, (end - f["seg1_at"]) / S))
    assert (a[0].start_s, a[0].end_s) == pytest.approx((1.0, 6.5))
    assert frame_at(a[0].file, a[0].start_s) in _frames(1.0)
    b = p1.attempt_pieces(st.attempts["b"])
    assert [x.segment for x in b] == [1, 2]
    assert b[0].start_s == pytest.approx(7.0) and b[1].start_s == pytest.approx(0.0)
    assert b[1].end_s == pytest.approx(3.5)  # ended 3.5 s into segment 2
    cam_a = p1.attempt_pieces(st.attempts["a"], "camera")  # up to the failure only
    assert cam_a[0].end_ns == f["camera_failed_at"]


def test_media_table_names_file_and_position_per_event(recorded: tuple[Path, dict]) -> None:
    folder, f = recorded
    t = media_table(open_study(folder))
    row = t[(t.participant == "P01") & (t.seq == f["critical"])].iloc[0]
    assert row.kind == "marker" and row.marker == "critical" and row.source == "screen"
    assert row.position_s == pytest.approx(4.0) and row.file.endswith("P01-s01-screen.mkv")
    assert t[t.participant == "P02"].position_s.isna().all()


def test_hostile_file_names_are_never_followed(tmp_path: Path) -> None:
    study(tmp_path)
    clock = FakeClock()
    rec = recorder(tmp_path, "P01", clock)
    rec.start_session("P01", ["a"])
    # the recorder refuses such names; a journal edited by hand (or damaged) may still hold them
    rec._emit("recording_started", {"segment": 1, "files": {
        "screen": "../../etc/passwd", "camera": "/etc/hostname", "voice": "ok/v.ogg"}}, rec.now_t_ns())
    rec.sink.close()
    sm = study_media(open_study(tmp_path))["P01"]
    assert set(sm.segments[0].files) == {"voice"}
    text = " ".join(sm.warnings)
    assert "../../etc/passwd" in text and "/etc/hostname" in text and "outside the sessions folder" in text
    assert "without the participant's consent" in text  # no consent before the recording


def test_highlights_follow_undo_and_edits_and_say_why_there_is_no_clip(tmp_path: Path) -> None:
    from uxlab.analysis.highlights import select_highlights

    study(tmp_path, ("P01", "P02"))
    clock = FakeClock()
    rec = recorder(tmp_path, "P01", clock)
    rec.start_session("P01", ["a", "b"])
    journal_event(rec, "recording_consent", given=True, sources=["screen"])
    journal_event(rec, "recording_started", rec.now_t_ns(), segment=1, files={"screen": "P01.media/s.mkv"})
    rec.start_task("a")
    clock.advance(2)
    undone = rec.marker("critical", "typed by mistake").seq
    rec.undo_last_marker()
    clock.advance(2)
    retyped = rec.marker("note", "first words").seq  # 4 s
    rec.edit(retyped, marker="critical", text="Lost in the menu")
    clock.advance(1)
    obs = rec.observe_problem("Menu label unclear").seq  # 5 s
    clock.advance(1)
    rec.end_task("fail")
    rec.end_session()
    rec.sink.close()
    rec2 = recorder(tmp_path, "P02", FakeClock())
    rec2.start_session("P02", ["a"])
    rec2.start_task("a")
    rec2.marker("critical", "Not recorded at all")
    rec2.end_task("fail")
    rec2.end_session()
    rec2.sink.close()
    loaded = open_study(tmp_path)
    hs = select_highlights(loaded, markers=("critical",), before=10, after=0.5)
    assert [(h.participant, h.seq, h.kind, h.text) for h in hs] == [
        ("P01", retyped, "critical", "Lost in the menu"), ("P02", 3, "critical", "Not recorded at all")]
    assert undone not in [h.seq for h in hs]
    first = hs[0]
    assert first.task_title == "Find a pizza" and first.moment_s == pytest.approx(4.0)
    # 10 s before would be before the recording: the window starts at the media's zero
    assert (first.start_s, first.end_s) == pytest.approx((0.0, 4.5))
    assert not hs[1].recorded and hs[1].missing == "the session was not recorded"
    both = select_highlights(loaded, markers=("note",), observations=True)
    assert [(h.seq, h.kind) for h in both] == [(obs, "observation")]  # the note became critical
    # the session ended at 6 s: a window never runs past the segment's end
    late = select_highlights(loaded, observations=True, after=60)[0]
    assert late.end_s == pytest.approx(6.0)


def test_copy_media_follows_the_journal_and_says_what_it_could_not_copy(tmp_path: Path) -> None:
    """Real files on a real file system: copies land under the journal's names beside the new
    journal, whole; a missing file, a name leaving the folder and a target that cannot be
    created (its folder is a file) are each reported, and nothing else stops."""
    from uxlab.storage.media import copy_media

    old = tmp_path / "study" / "sessions" / "P01.jsonl"
    (old.parent / "P01.media").mkdir(parents=True)
    (old.parent / "P01.media" / "P01-s01-screen.mkv").write_bytes(b"\x1aE\xdf\xa3" + bytes(range(256)) * 4000)
    (old.parent / "P01.media" / "P01-s01-voice.mka").write_bytes(b"voice")
    new = tmp_path / "usb" / "rescued.jsonl"
    new.parent.mkdir()
    (new.parent / "P02.media").write_text("a file where a folder would go")
    (old.parent / "P02.media").mkdir()
    (old.parent / "P02.media" / "x.mkv").write_bytes(b"x")
    left = copy_media(old, new, ["P01.media/P01-s01-screen.mkv", "P01.media/P01-s01-voice.mka",
                                 "P01.media/P01-s09-camera.mkv", "../../outside.mkv", "P02.media/x.mkv"])
    for name in ("P01.media/P01-s01-screen.mkv", "P01.media/P01-s01-voice.mka"):
        assert (new.parent / name).read_bytes() == (old.parent / name).read_bytes()
    assert len(left) == 3
    assert "P01-s09-camera.mkv: not found" in left[0]
    assert "outside the sessions folder" in left[1]
    assert "x.mkv" in left[2]
    assert not [p for p in new.parent.rglob("*.tmp")]  # no half-written copy left behind
    assert copy_media(old, new, ["P01.media/P01-s01-voice.mka"]) == []  # already there: kept


def test_copy_media_onto_a_full_disk_leaves_no_partial_copy(tmp_path: Path) -> None:
    """A real, small file system (tmpfs): the recording does not fit. The copy fails whole (no
    half-written file stays behind, nothing else is touched), the reason names the file and the
    full disk, and the original is intact."""
    from uxlab.storage.media import copy_media

    disk = tmp_path / "usb"
    disk.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("needs root and tmpfs to fill a real file system")
    try:
        old = tmp_path / "study" / "sessions" / "P01.jsonl"
        (old.parent / "P01.media").mkdir(parents=True)
        video = old.parent / "P01.media" / "P01-s01-screen.mkv"
        video.write_bytes(os.urandom(512 * 1024))  # four times the disk
        small = old.parent / "P01.media" / "P01-s01-voice.mka"
        small.write_bytes(b"voice" * 100)
        new = disk / "P01.jsonl"
        new.write_bytes(b'{"format": "uxlab-journal"}\n')  # the journal, saved first, fits
        left = copy_media(old, new, ["P01.media/P01-s01-screen.mkv", "P01.media/P01-s01-voice.mka"])
        assert len(left) == 1 and "P01-s01-screen.mkv" in left[0] and "space" in left[0].lower()
        assert (disk / "P01.media" / "P01-s01-voice.mka").read_bytes() == small.read_bytes()
        assert not (disk / "P01.media" / "P01-s01-screen.mkv").exists()
        assert [p.name for p in (disk / "P01.media").iterdir()] == ["P01-s01-voice.mka"]  # no .tmp
        assert video.stat().st_size == 512 * 1024 and new.exists()
    finally:
        subprocess.run(["umount", str(disk)], check=False)
