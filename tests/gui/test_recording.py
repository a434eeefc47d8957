"""Recording during a session, through the console: consent first, one file per source, the
segment journaled on the session clock, failures journaled while the session goes on.

The CI machine has no camera or microphone (and the console runs offscreen here): the sources
are FFmpeg's synthetic test pattern and tone (UXLAB_RECORDING_SYNTHETIC), which go through the
same capture process, encoders, files and journal as the devices. Only the device itself is not
exercised; the real screen grab (x11grab) is tested under Xvfb in tests/test_capture.py and by
``uxlab selftest --recording``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import av
import pytest
from pytestqt.qtbot import QtBot

from uxlab.core.study import Participant, Study, Task
from uxlab.gui.recording.session_recording import DECLINED, RECORDING
from uxlab.gui.run.view import RunView
from uxlab.gui.study_context import StudyContext
from uxlab.storage.journal import read_journal
from uxlab.storage.study_files import journal_path, save_study

pytestmark = pytest.mark.gui


def _console(qtbot: QtBot, folder: Path, recording: str) -> RunView:
    study = Study("Rec", [Task("t1", {"en": "Find"}, {"en": "Find it."})],
                  participants=[Participant("P01")], questionnaires=[], recording=recording)
    save_study(folder, study)
    context = StudyContext()
    context.open(folder)
    view = RunView(context)
    qtbot.addWidget(view)
    view.show()
    return view


def _recording(qtbot: QtBot, folder: Path) -> RunView:
    """A console whose participant agreed: the screen is being recorded."""
    view = _console(qtbot, folder, "screen")
    _open(view, True)
    qtbot.waitUntil(lambda: view.recording.state == RECORDING, timeout=15_000)
    return view


def _open(view: RunView, consent: bool | None) -> list[tuple[str, ...]]:
    asked: list[tuple[str, ...]] = []

    def ask(sources: tuple[str, ...]) -> bool | None:
        asked.append(sources)
        return consent

    view.recording.ask_consent = ask
    assert view.open_session("P01")
    return asked


def _media_seconds(path: Path) -> float:
    with av.open(str(path)) as c:
        stream = (c.streams.video or c.streams.audio)[0]
        last = max((p.pts + (p.duration or 0)) for p in c.demux(stream) if p.pts is not None)
        return float(last * stream.time_base)


def test_every_source_recorded_in_step_with_the_journal(qtbot: QtBot, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UXLAB_RECORDING_SYNTHETIC", "screen,camera,voice")
    folder = tmp_path / "study"
    view = _console(qtbot, folder, "screen_camera_voice")
    asked = _open(view, True)
    assert asked == [("screen", "camera", "voice")]
    qtbot.waitUntil(lambda: view.recording.state == RECORDING, timeout=15_000)
    assert "Recording" in view.findChild(type(view.status), "recordingIndicator").text()
    qtbot.keyClick(view, "s")  # keys still journaled while recording
    time.sleep(2.0)
    qtbot.keyClick(view, "e")
    view.controller.close()

    events = read_journal(journal_path(folder, "P01")).events
    kinds = [e.kind for e in events]
    assert kinds.index("recording_consent") < kinds.index("recording_started")
    started = next(e for e in events if e.kind == "recording_started")
    stopped = next(e for e in events if e.kind == "recording_stopped")
    assert started.data["segment"] == 1 and stopped.data["segment"] == 1
    files = started.data["files"]
    assert files == {"screen": "P01.media/P01-s01-screen.mkv", "camera": "P01.media/P01-s01-camera.mkv",
                     "voice": "P01.media/P01-s01-voice.mka"}
    assert set(started.data["offsets_ns"]) == {"camera", "voice"}
    # media zero is on the session clock, before the segment was journaled
    assert 0 <= started.data["at_t_ns"] <= started.t_ns
    sessions = folder / "sessions"
    span_s = (stopped.t_ns - started.data["at_t_ns"]) / 1e9
    for source, name in files.items():
        seconds = _media_seconds(sessions / name)
        offset_s = started.data["offsets_ns"].get(source, 0) / 1e9
        # each file covers the segment from its own zero to the stop: never past the journaled
        # stop, which is written once the captures have finished, and short of it by no more than
        # the time they took to finish (a second on a busy machine)
        end_s = seconds - offset_s  # the file's end on the screen file's timeline
        assert span_s - 1.0 <= end_s <= span_s + 0.05, (source, seconds, offset_s, span_s)
    with av.open(str(sessions / files["voice"])) as c:
        assert c.streams.audio[0].codec_context.name == "aac"
    with av.open(str(sessions / files["camera"])) as c:
        assert c.streams.video[0].codec_context.name == "h264"
    assert [e.kind for e in events].count("marker") == 1


def test_declined_consent_records_nothing(qtbot: QtBot, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UXLAB_RECORDING_SYNTHETIC", "screen")
    folder = tmp_path / "study"
    view = _console(qtbot, folder, "screen")
    _open(view, False)
    assert view.recording.state == DECLINED
    assert view.recording.captures == {}
    view.controller.close()
    events = read_journal(journal_path(folder, "P01")).events
    consent = [e for e in events if e.kind == "recording_consent"]
    assert len(consent) == 1 and consent[0].data == {"given": False, "sources": ["screen"]}
    assert not any(e.kind == "recording_started" for e in events)
    assert not (folder / "sessions" / "P01.media").exists()


def test_study_without_recording_asks_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    view = _console(qtbot, tmp_path / "study", "off")
    assert _open(view, True) == []
    assert not view.findChild(type(view.status), "recordingIndicator").isVisible()


def test_missing_camera_is_journaled_and_the_session_goes_on(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UXLAB_RECORDING_SYNTHETIC", "screen,voice")
    monkeypatch.setenv("UXLAB_CAMERA", str(tmp_path / "no-such-video-device"))
    folder = tmp_path / "study"
    view = _console(qtbot, folder, "screen_camera_voice")
    _open(view, True)
    qtbot.waitUntil(lambda: view.recording.state == RECORDING and bool(view.recording.failures), timeout=15_000)
    text = view.findChild(type(view.status), "recordingIndicator").text()
    assert "camera" in text and "failed" in text
    qtbot.keyClick(view, "s")
    view.controller.close()
    events = read_journal(journal_path(folder, "P01")).events
    failed = [e for e in events if e.kind == "recording_failed"]
    assert [e.data["source"] for e in failed] == ["camera"]
    assert "no-such-video-device" in failed[0].data["text"]
    started = next(e for e in events if e.kind == "recording_started")
    assert set(started.data["files"]) == {"screen", "voice"}
    assert any(e.kind == "task_started" for e in events)


def test_resumed_session_records_a_new_segment_without_asking_again(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UXLAB_RECORDING_SYNTHETIC", "screen")
    folder = tmp_path / "study"
    view = _recording(qtbot, folder)
    view.controller.close()
    assert _open(view, True) == []  # the journal already holds the answer
    qtbot.waitUntil(lambda: view.recording.state == RECORDING, timeout=15_000)
    view.controller.close()
    events = read_journal(journal_path(folder, "P01")).events
    segments = [e.data for e in events if e.kind == "recording_started"]
    assert [s["segment"] for s in segments] == [1, 2]
    assert segments[1]["files"] == {"screen": "P01.media/P01-s02-screen.mkv"}
    assert (folder / "sessions" / "P01.media" / "P01-s01-screen.mkv").stat().st_size > 0
    assert (folder / "sessions" / "P01.media" / "P01-s02-screen.mkv").stat().st_size > 0


def test_plan_view_sets_what_the_study_records(qtbot: QtBot, tmp_path: Path) -> None:
    from uxlab.gui.plan.view import PlanView
    from uxlab.storage.study_files import load_study

    folder = tmp_path / "study"
    save_study(folder, Study("Rec", [Task("t1", {"en": "Find"}, {"en": "Find it."})]))
    context = StudyContext()
    context.open(folder)
    view = PlanView(context)
    qtbot.addWidget(view)
    box = view.details.recording
    assert box.currentData() == "off"
    box.setCurrentIndex(box.findData("screen"))
    assert view.save() is True
    assert load_study(folder).recording == "screen"


def test_indicator_speaks_the_interface_language(qtbot: QtBot, tmp_path: Path, qapp,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from uxlab.gui import i18n

    monkeypatch.setenv("UXLAB_RECORDING_SYNTHETIC", "screen")
    view = _console(qtbot, tmp_path / "study", "screen")
    _open(view, False)
    indicator = view.findChild(type(view.status), "recordingIndicator")
    try:
        i18n.install_language(qapp, "fr")
        qapp.processEvents()
        assert indicator.text() == "Pas d’enregistrement : le participant n’a pas donné son accord"
        i18n.install_language(qapp, "ru")
        qapp.processEvents()
        assert indicator.text() == "Запись не ведётся: участник не дал согласия"
    finally:
        i18n.install_language(qapp, "en")
        qapp.processEvents()
    assert indicator.text() == "Not recording: the participant did not consent"
    view.controller.close()


def test_save_elsewhere_takes_the_recordings_along_and_records_on_there(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The study's disk refuses the journal: "Save elsewhere" ends the segment (journaled in the
    new file), copies the session's media beside the new journal under the names the journal
    gives them, and recording goes on there as a new segment. Every file the new journal names
    then plays from beside it; the originals stay where they were recorded."""
    monkeypatch.setenv("UXLAB_RECORDING_SYNTHETIC", "screen")
    folder = tmp_path / "study"
    view = _recording(qtbot, folder)
    qtbot.keyClick(view, "s")
    time.sleep(1.0)
    usb = tmp_path / "usb"
    usb.mkdir()
    out = view.save_elsewhere(usb / "P01-rescued.jsonl")
    assert out == usb / "P01-rescued.jsonl" and view.controller.media_left == []
    qtbot.waitUntil(lambda: view.recording.state == RECORDING and view.recording.segment == 2, timeout=15_000)
    time.sleep(1.0)
    qtbot.keyClick(view, "e")
    view.controller.close()

    events = read_journal(out).events
    started = [e for e in events if e.kind == "recording_started"]
    stopped = [e for e in events if e.kind == "recording_stopped"]
    assert [e.data["segment"] for e in started] == [1, 2] and [e.data["segment"] for e in stopped] == [1, 2]
    assert started[0].data["files"]["screen"] == "P01.media/P01-s01-screen.mkv"
    assert started[1].data["files"]["screen"] == "P01-rescued.media/P01-rescued-s02-screen.mkv"
    for e in started:
        for name in e.data["files"].values():
            assert _media_seconds(usb / name) > 0.3, name
    original = folder / "sessions" / "P01.media" / "P01-s01-screen.mkv"
    assert original.read_bytes() == (usb / "P01.media" / "P01-s01-screen.mkv").read_bytes()
    assert not (folder / "sessions" / "P01.media" / "P01-s02-screen.mkv").exists()


@pytest.mark.parametrize(("reason", "french"), [
    ("the disk is full", "le disque est plein"),
    ("permission denied (/dev/video0)", "permission refusée (/dev/video0)"),
    ("cannot create /mnt/usb/P01.media: No space left on device",
     "impossible de créer /mnt/usb/P01.media: No space left on device"),
    ("camera capture runs on Linux only for now",
     "la capture (caméra) ne fonctionne pour l’instant que sous Linux"),
    ("an unexpected reason from FFmpeg", "an unexpected reason from FFmpeg"),  # unknown: as it is
])
def test_failure_reasons_are_worded_in_the_interface_language(qapp, reason: str, french: str) -> None:
    """The journal keeps the capture's English reason; the moderator reads it in the interface
    language, the detail (a device, a path, the system's message) kept as it is."""
    from uxlab.gui import i18n
    from uxlab.gui.recording.failure_text import failure_text

    assert failure_text(reason) == reason
    try:
        i18n.install_language(qapp, "fr")
        assert failure_text(reason) == french
    finally:
        i18n.install_language(qapp, "en")


def test_the_capture_reasons_are_all_known_to_the_wording() -> None:
    """Every fixed reason the capture process and the console give has its wording (a new one
    added without a translation would show in English to everyone)."""
    import ast

    from uxlab.gui.recording.failure_text import _REASONS

    root = Path(__file__).resolve().parents[2] / "uxlab"
    sources = [root / "storage" / "capture.py", root / "gui" / "recording" / "session_recording.py",
               root / "gui" / "recording" / "sources.py"]
    said: list[str] = []
    for path in sources:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside_f = {id(c) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for c in n.values}
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):  # an f-string: each {...} as a detail
                text = "".join(v.value if isinstance(v, ast.Constant) else "X" for v in node.values)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in inside_f:
                text = node.value
            else:
                continue
            if text.startswith(("the ", "it did not", "no such", "permission denied", "cannot create",
                                "screen capture")) or text.endswith("capture runs on Linux only for now"):
                said.append(text.replace("X capture", "camera capture"))
    reasons = [s for s in said if not s.startswith(("the session", "the journal"))]
    assert len(reasons) >= 7
    for text in reasons:
        assert any(p.fullmatch(text) for p, _ in _REASONS), text


def test_save_elsewhere_onto_a_small_drive_names_the_recordings_left_behind(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The other drive is a real, small file system (a 64 KB tmpfs): the journal is saved there
    and the session goes on, the recording that does not fit stays where it was recorded, and
    the moderator is told which file and why."""
    from PySide6.QtWidgets import QMessageBox

    usb = tmp_path / "usb"
    usb.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(usb)], capture_output=True).returncode:
        pytest.skip("needs root and tmpfs to fill a real file system")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: said.append(f"{title}: {text}"))
    monkeypatch.setenv("UXLAB_RECORDING_SYNTHETIC", "screen")
    try:
        folder = tmp_path / "study"
        view = _recording(qtbot, folder)
        qtbot.keyClick(view, "s")
        time.sleep(2.0)
        original = folder / "sessions" / "P01.media" / "P01-s01-screen.mkv"
        out = view.save_elsewhere(usb / "P01.jsonl")
        assert out == usb / "P01.jsonl"
        assert original.stat().st_size > 64 * 1024  # it could not fit
        assert len(view.controller.media_left) == 1 and "P01-s01-screen.mkv" in view.controller.media_left[0]
        assert len(said) == 1 and said[0].startswith("Recordings not copied") and "P01-s01-screen.mkv" in said[0]
        assert not (usb / "P01.media" / "P01-s01-screen.mkv").exists()
        qtbot.keyClick(view, "e")  # the session goes on in the new journal
        kinds = [e.kind for e in read_journal(out).events]
        assert kinds.count("marker") == 1 and "recording_started" in kinds
        view.controller.close()
    finally:
        subprocess.run(["umount", str(usb)], check=False)


def test_a_failed_save_elsewhere_leaves_the_recording_going(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Save elsewhere refused (a file of that name is already there): the session stays where it
    was and so does the recording, as a new segment; nothing is lost from the journal."""
    from uxlab.core.errors import UxlabError

    monkeypatch.setenv("UXLAB_RECORDING_SYNTHETIC", "screen")
    folder = tmp_path / "study"
    view = _recording(qtbot, folder)
    taken = tmp_path / "taken.jsonl"
    taken.write_text("someone else's file\n")
    with pytest.raises(UxlabError):
        view.controller.save_elsewhere(taken)
    assert taken.read_text() == "someone else's file\n"
    qtbot.waitUntil(lambda: view.recording.state == RECORDING and view.recording.segment == 2, timeout=15_000)
    qtbot.keyClick(view, "s")
    view.controller.close()
    events = read_journal(journal_path(folder, "P01")).events
    assert [e.data["segment"] for e in events if e.kind == "recording_started"] == [1, 2]
    assert [e.kind for e in events].count("task_started") == 1
