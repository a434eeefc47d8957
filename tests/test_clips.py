"""Highlight clips and problem reels cut from real recordings, checked by reading the MP4s back:
streams and duration from ffmpeg's reading of the file, and the frame shown at the event's place
in the clip carries the frame number the journal predicts. Then the privacy path: one
participant's recordings deleted on request, the journal untouched, the deletion recorded."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from media_fixtures import (
    audio_rms,
    frame_number,
    gray_frame,
    media_dir,
    recorded_study,
    recorder,
    study,
    voiced_study,
)

from uxlab.analysis.ffmpeg import probe
from uxlab.cli import main
from uxlab.core import problems as pm
from uxlab.core.clock import SystemClock
from uxlab.core.errors import SessionLockedError
from uxlab.storage.journal import JournalWriter
from uxlab.storage.problems_file import load_problems, save_problems
from uxlab.storage.recordings import audit_path, delete_recordings, deletions
from uxlab.storage.study_files import journal_path

SIZE = (960, 540)  # the 480x160 source doubled: 960x320, letterboxed 110 px from the top
TOP = (540 - 320) // 2


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("clips") / "study"
    facts = recorded_study(folder)
    pl = load_problems(folder)
    _, changes = pm.create_problem(pl, "Basket not found", [f"P01:{facts['observation']}", f"P01:{facts['critical']}"],
                                   description="The basket icon is not recognised as the basket.")
    save_problems(folder, pl, changes)
    return folder, facts


def _copy(recorded: tuple[Path, dict], tmp_path: Path) -> Path:
    folder = tmp_path / "study"
    shutil.copytree(recorded[0], folder)
    return folder


def _clip_frame(path: Path, t: float) -> int:
    return frame_number(gray_frame(path, t, SIZE), top=TOP, scale=2.0)


def test_critical_incident_clips_show_the_moment_with_its_caption(recorded, tmp_path: Path, capsys) -> None:
    folder, f = recorded
    out = tmp_path / "clips"
    code = main(["clips", str(folder), "--marker", "critical", "-o", str(out), "--before", "1.5",
                 "--after", "2", "--size", "960x540"])
    err = capsys.readouterr().err
    assert code == 0
    clip = out / f"P01_a_critical_{f['critical']}.mp4"
    info = probe(clip)
    assert (info.video, info.audio, info.width, info.height) == ("h264", "aac", 960, 540)
    assert info.duration_s == pytest.approx(3.5, abs=0.1)  # 1.5 s before + 2 s after
    # the event is 4.0 s into the screen file: frame 40; 1.5 s into the clip
    assert _clip_frame(clip, 1.5) in (40, 41)
    assert _clip_frame(clip, 0.0) in (25, 26)  # starts 1.5 s earlier
    img = gray_frame(clip, 1.5, SIZE)
    caption = img[TOP + 320:]  # below the picture: black, but for the caption
    assert (caption > 200).sum() > 500 and (img[TOP + 320: TOP + 330] < 30).all()
    # after the crash: segment 2, clipped at the recording's stop (4.0 s into that file)
    late = probe(out / f"P01_b_critical_{f['after_resume']}.mp4")
    assert late.duration_s == pytest.approx(1.5 + 1.5, abs=0.1)
    assert _clip_frame(out / f"P01_b_critical_{f['after_resume']}.mp4", 1.5) in (25, 26)
    # P02 declined: no clip, and it says why
    assert "P02" in err and "declined recording" in err
    index = (out / "clips.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(index) == 4 and "declined recording" in index[-1]


def test_a_reel_per_problem_opens_with_a_title_card(recorded, tmp_path: Path) -> None:
    folder, _ = recorded
    out = tmp_path / "reels"
    pid = load_problems(folder).problems[0].id
    assert main(["clips", str(folder), "--problem", pid, "-o", str(out), "--before", "1", "--after", "1",
                 "--size", "960x540"]) == 0
    reel = out / f"problem-{pid}.mp4"
    info = probe(reel)
    assert info.video == "h264" and info.audio == "aac"
    assert info.duration_s == pytest.approx(3.0 + 2 * 2.0, abs=0.15)  # card + two 2 s clips
    card = gray_frame(reel, 1.0, SIZE)
    assert np.median(card) < 60 and (card > 200).sum() > 500  # dark card with light text
    # then the critical incident (5 s: frame 40) and the observation (7 s: frame 60), in time order
    assert _clip_frame(reel, 3.0 + 1.0) in (40, 41)
    assert _clip_frame(reel, 3.0 + 2.0 + 1.0) in (60, 61)


@pytest.mark.parametrize(("args", "says"), [
    (["--marker", "critical"], "ffmpeg"),
])
def test_missing_ffmpeg_is_named_with_the_fix(recorded, tmp_path: Path, args, says, capsys, monkeypatch) -> None:
    monkeypatch.setenv("UXLAB_FFMPEG", str(tmp_path / "no-ffmpeg"))
    assert main(["clips", str(recorded[0]), *args, "-o", str(tmp_path / "c")]) == 2
    err = capsys.readouterr().err
    assert str(tmp_path / "no-ffmpeg") in err and "Fix:" in err and "imageio-ffmpeg" in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_missing_media_file_is_named_before_anything_is_cut(recorded, tmp_path: Path, capsys) -> None:
    folder = _copy(recorded, tmp_path)
    (media_dir(folder, "P01") / "P01-s02-screen.mkv").unlink()
    out = tmp_path / "c"
    assert main(["clips", str(folder), "--marker", "critical", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "P01-s02-screen.mkv" in err and "missing" in err and "Fix:" in err
    assert not out.exists() or not list(out.glob("*.mp4"))


@pytest.mark.parametrize(("extra", "says"), [
    ([], "nothing to clip"),
    (["--problem", "P99"], "no problem 'P99'"),
    (["--marker", "critical", "--before", "-3"], "out of range"),
    (["--marker", "critical", "--size", "100x"], "frame size"),
])
def test_bad_arguments_exit_2_with_one_message(recorded, tmp_path: Path, extra, says, capsys) -> None:
    assert main(["clips", str(recorded[0]), *extra, "-o", str(tmp_path / "c")]) == 2
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err


def test_clips_command_never_loads_qt(recorded, tmp_path: Path) -> None:
    code = ("import sys; from uxlab.cli import main; "
            f"rc = main(['clips', {str(recorded[0])!r}, '--marker', 'note', '-o', {str(tmp_path / 'c')!r}, "
            "'--before', '0.5', '--after', '0.5', '--size', '320x180']); "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')]; "
            "print(rc, bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "0 []", out.stderr


# ------------------------------------------------------------------ privacy
def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_delete_one_participants_recordings_on_request(recorded, tmp_path: Path, capsys) -> None:
    folder = _copy(recorded, tmp_path)
    journal = journal_path(folder, "P01")
    before = _sha(journal)
    stray = media_dir(folder, "P01") / "P01-s03-screen.mkv.part"  # begun, never journaled
    stray.write_bytes(b"x" * 100)
    sizes = sum(p.stat().st_size for p in media_dir(folder, "P01").iterdir())
    assert main(["media", "delete", str(folder), "P01", "--yes", "--reason", "request of 2026-03-02",
                 "--by", "lab lead"]) == 0
    out = capsys.readouterr().out
    assert "deleted 4 recording file(s) of P01" in out and "kept" in out
    assert not media_dir(folder, "P01").exists()
    assert _sha(journal) == before  # the journal is never rewritten
    lines = [json.loads(x) for x in audit_path(folder).read_text(encoding="utf-8").splitlines()]
    assert [x["action"] for x in lines] == ["delete_requested", "deleted"]
    assert lines[0]["reason"] == "request of 2026-03-02" and lines[0]["by"] == "lab lead"
    assert sorted(lines[0]["files"]) == sorted(
        f"P01.media/{n}" for n in ("P01-s01-screen.mkv", "P01-s01-camera.mp4", "P01-s02-screen.mkv",
                                   "P01-s03-screen.mkv.part"))
    assert sum(x["bytes"] for x in lines[1]["removed"]) == sizes and lines[1]["failed"] == []
    assert "P01" in deletions(folder)
    # clips afterwards say why there is none, instead of failing on missing files
    assert main(["clips", str(folder), "--marker", "critical", "-o", str(tmp_path / "c")]) == 0
    err = capsys.readouterr().err
    assert "deleted on request" in err


def test_deletion_is_refused_while_the_session_is_open(recorded, tmp_path: Path, capsys) -> None:
    folder = _copy(recorded, tmp_path)
    with JournalWriter.open(journal_path(folder, "P01")):  # the console holds the session
        with pytest.raises(SessionLockedError):
            delete_recordings(folder, "P01")
        assert main(["media", "delete", str(folder), "P01", "--yes"]) == 2
    assert "already open" in capsys.readouterr().err
    assert (media_dir(folder, "P01") / "P01-s01-screen.mkv").exists()
    assert not audit_path(folder).exists()


def test_deletion_needs_confirmation_and_a_known_participant(recorded, tmp_path: Path, capsys) -> None:
    folder = _copy(recorded, tmp_path)
    code = subprocess.run([sys.executable, "-m", "uxlab", "media", "delete", str(folder), "P01"],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60)
    assert code.returncode == 2 and "--yes" in code.stderr
    assert main(["media", "delete", str(folder), "P77", "--yes"]) == 2
    assert "no session of participant 'P77'" in capsys.readouterr().err
    assert (media_dir(folder, "P01") / "P01-s01-screen.mkv").exists()


def test_clips_keep_the_sound_and_mix_a_separate_voice_file(recorded, tmp_path: Path) -> None:
    folder, f = recorded
    out = tmp_path / "c"
    assert main(["clips", str(folder), "--marker", "critical", "-o", str(out), "--before", "1",
                 "--after", "1", "--size", "320x180"]) == 0
    assert audio_rms(out / f"P01_a_critical_{f['critical']}.mp4") > 1000  # the screen file's sound
    assert audio_rms(out / f"P01_b_critical_{f['after_resume']}.mp4") == 0  # none recorded: silence
    # a segment whose voice is a file of its own
    voiced = tmp_path / "voiced"
    voiced_study(voiced)
    assert main(["clips", str(voiced), "--marker", "critical", "-o", str(tmp_path / "v"), "--before", "1",
                 "--after", "1", "--size", "320x180"]) == 0
    clip = next((tmp_path / "v").glob("*.mp4"))
    assert probe(clip).audio == "aac" and audio_rms(clip) > 1000


def test_a_file_cut_short_by_a_kill_gives_the_clips_it_holds(recorded, tmp_path: Path, capsys) -> None:
    """uxlab killed mid-recording: the Matroska file ends early, without its duration in the
    header. Clips inside what it holds are cut; the one past its end is reported, not faked."""
    folder = _copy(recorded, tmp_path)
    f = recorded[1]
    screen = media_dir(folder, "P01") / "P01-s01-screen.mkv"
    raw = screen.read_bytes()
    screen.write_bytes(raw[: len(raw) * 7 // 10])  # the tail (and the index) never written
    held = probe(screen).duration_s
    assert held is not None and 4.5 < held < 8.4  # measured by reading the packets through
    out = tmp_path / "c"
    assert main(["clips", str(folder), "--marker", "critical", "--marker", "error", "-o", str(out),
                 "--before", "0.5", "--after", "1", "--size", "320x180"]) == 0
    err = capsys.readouterr().err
    assert (out / f"P01_a_critical_{f['critical']}.mp4").exists()  # 4 s into the file
    assert not (out / f"P01_b_error_{f['before_kill']}.mp4").exists()  # 8.5 s: past the end
    assert f"event {f['before_kill']}" in err and "cut short by a crash" in err


# ------------------------------------------------------------------ full disks
def _mount_tmpfs(folder: Path, size: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    folder.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True).returncode == 0


def _fill(folder: Path) -> None:
    with open(folder / "filler", "ab", buffering=0) as f:  # to the last byte
        for chunk in (65536, 4096, 512, 1):
            try:
                while True:
                    f.write(b"\0" * chunk)
            except OSError:
                pass


def test_clips_onto_a_full_disk_exit_2_and_leave_no_broken_clip(recorded, tmp_path: Path, capsys) -> None:
    out = tmp_path / "small"
    if not _mount_tmpfs(out, "64k"):
        pytest.skip("needs root and tmpfs to fill a real file system")
    try:
        _fill(out)
        code = main(["clips", str(recorded[0]), "--marker", "critical", "-o", str(out), "--before", "1",
                     "--after", "1", "--size", "320x180"])
        err = capsys.readouterr().err
        assert code == 2 and "could not write the clip" in err and "space" in err
        assert not list(out.glob("*.mp4"))
    finally:
        subprocess.run(["umount", str(out)], check=False)


def test_no_deletion_without_its_record_on_a_full_disk(recorded, tmp_path: Path, capsys) -> None:
    mnt = tmp_path / "disk"
    if not _mount_tmpfs(mnt, "4m"):
        pytest.skip("needs root and tmpfs to fill a real file system")
    try:
        folder = mnt / "study"
        shutil.copytree(recorded[0], folder)
        files = sorted(p.name for p in media_dir(folder, "P01").iterdir())
        _fill(mnt)
        assert main(["media", "delete", str(folder), "P01", "--yes"]) == 2
        assert "No space left" in capsys.readouterr().err
        assert sorted(p.name for p in media_dir(folder, "P01").iterdir()) == files  # all still there
        assert not audit_path(folder).exists() or b"deleted" not in audit_path(folder).read_bytes()
    finally:
        subprocess.run(["umount", str(mnt)], check=False)


def test_caption_words_come_from_the_export_catalogs() -> None:
    from uxlab.export.clip_labels import clip_label

    assert clip_label("critical", "en") == "Critical incident"
    assert clip_label("critical", "fr") == "Incident critique"
    assert clip_label("observation", "ar") == "ملاحظة مشكلة"
    assert clip_label("reel_people", "ru").format(n=3, clips=4) == "Встретилась у участников: 3 · фрагментов: 4"


@pytest.mark.slow
def test_clip_from_a_file_the_capture_process_wrote_and_was_killed_on(tmp_path: Path, capsys) -> None:
    """The recorder's own capture process (uxlab.storage.capture, a synthetic screen) records a
    segment and is killed -9; the journal says when its first frame was taken. The clip of a
    marker recorded meanwhile is cut from that file."""
    import json as _json
    import signal
    import time

    from uxlab.storage.media import segment_file

    folder = tmp_path / "study"
    study(folder)
    rec = recorder(folder, "P01", SystemClock())
    rec.start_session("P01", ["a"])
    rec.recording_consent(True, ["screen"])
    out = segment_file(journal_path(folder, "P01"), 1, "screen")
    out.parent.mkdir(parents=True, exist_ok=True)
    spec = {"source": "screen", "format": "lavfi", "file": "testsrc2=size=640x360:rate=15", "clock": "pace",
            "fps": 15, "out": str(out)}
    p = subprocess.Popen([sys.executable, "-m", "uxlab.storage.capture", _json.dumps(spec)],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert p.stdout is not None
        started = _json.loads(p.stdout.readline())
        assert started["event"] == "started"
        rec.recording_started(1, {"screen": out.relative_to(folder / "sessions").as_posix()},
                              rec.t_at_monotonic(started["mono_ns"]))
        rec.start_task("a")
        time.sleep(1.5)
        rec.marker("critical", "Captured live")
        time.sleep(2.5)
    finally:
        os.kill(p.pid, signal.SIGKILL)
        p.wait(10)
    rec.sink.close()
    clips = tmp_path / "clips"
    assert main(["clips", str(folder), "--marker", "critical", "-o", str(clips), "--before", "1",
                 "--after", "1", "--size", "320x180"]) == 0
    clip = next(clips.glob("*.mp4"))
    info = probe(clip)
    assert info.video == "h264" and info.duration_s == pytest.approx(2.0, abs=0.25)
