"""The attempt's recording in the Review drill-down, played by QtMultimedia offscreen on real
files: the frame shown after a click on an event carries the frame number the journal predicts
(each test video's frames show their own number as a barcode); keys, speed, the crash between
two segments, and the honest "no recording" sentences."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from media_fixtures import S, frame_number, media_dir, recorded_study, voiced_study
from PySide6.QtCore import QLocale, QObject, Qt, Slot
from pytestqt.qtbot import QtBot

from tests.gui.review_helpers import open_review
from uxlab.gui.review import player as player_module
from uxlab.gui.review.player import AttemptPlayer
from uxlab.gui.review.rows_model import KEY_ROLE
from uxlab.storage.study_files import open_study

if player_module.multimedia() is None:
    pytest.skip(f"QtMultimedia cannot load here ({player_module._MM_ERROR}): install PySide6-Addons "
                "at the PySide6 version and libpulse0", allow_module_level=True)
QVideoFrame = player_module.multimedia()[0].QVideoFrame


# What QtMultimedia says about this machine, not about uxlab: no VA-API video acceleration, no
# sound server (CI has neither), no GPU for its frame conversion.
pytestmark = pytest.mark.qt_log_ignore(
    r"Couldn't (load|resolve) va", r"PulseAudioService", r"No RHI backend", r"No HW decoder")


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("player") / "study"
    return folder, recorded_study(folder)


class Frames(QObject):
    """The frames the video widget receives (a QObject in the GUI thread: the sink's signal
    comes from the decoder's thread and is queued here)."""

    def __init__(self, p: AttemptPlayer) -> None:
        super().__init__(p)
        self.last: Any = None
        p.video.videoSink().videoFrameChanged.connect(self._got)

    @Slot(object)
    def _got(self, frame: Any) -> None:
        if frame.isValid():
            self.last = QVideoFrame(frame)

    def number(self) -> int:
        img = self.last.toImage().convertToFormat(self.last.toImage().Format.Format_Grayscale8)
        arr = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine())
        return frame_number(arr[:, :img.width()], scale=img.width() / 480)


def _player(qtbot: QtBot, folder: Path, participant: str = "P01", task: str = "a") -> AttemptPlayer:
    p = AttemptPlayer()
    qtbot.addWidget(p)
    p.resize(640, 480)
    p.show()
    p.show_attempt(open_study(folder), participant, "", task)
    return p


def _settle(qtbot: QtBot, p: AttemptPlayer, frames: Frames, expected: int) -> int:
    """Wait until the shown frame is within one frame of ``expected``; returns it."""
    def near() -> None:
        assert p._pending_ms is None and frames.last is not None
        assert abs(frames.number() - expected) <= 1
    qtbot.waitUntil(near, timeout=8000)
    return frames.number()


def test_event_click_shows_its_frame(qtbot: QtBot, recorded: tuple[Path, dict]) -> None:
    folder, f = recorded
    p = _player(qtbot, folder)
    assert p.message() == "" and p.current_file() == f["screen1"]
    frames = Frames(p)
    # the attempt starts 1 s into the file (frame 10)
    _settle(qtbot, p, frames, 10)
    assert p.jump_to_seq(f["critical"])  # 5 s on the session clock, 4 s into the file
    _settle(qtbot, p, frames, 40)
    assert p.current_moment() == pytest.approx(5 * S, abs=0.11 * S)
    assert "0:03 / 0:05" in p.time_label.text()  # 3 s into a 5.5 s attempt
    # keys: Right = 5 s forward, kept inside the attempt (it ends at 7.5 s: 6.5 s in the file)
    p.setFocus()
    qtbot.keyClick(p, Qt.Key.Key_Left)
    _settle(qtbot, p, frames, 10)  # 5 s back from 4 s in the file: the attempt's start, 1 s
    qtbot.keyClick(p, Qt.Key.Key_Right)
    _settle(qtbot, p, frames, 60)


def test_play_pause_and_speed(qtbot: QtBot, recorded: tuple[Path, dict]) -> None:
    folder, _ = recorded
    p = _player(qtbot, folder)
    frames = Frames(p)
    _settle(qtbot, p, frames, 10)
    p.setFocus()
    p.set_speed(2.0)
    assert p.speed.currentText() == "2×" and p.player.playbackRate() == 2.0
    qtbot.keyClick(p, Qt.Key.Key_Space)
    qtbot.waitUntil(p.playing, timeout=5000)
    assert p.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: (p.position_s() or 0) > 2.0, timeout=8000)
    qtbot.keyClick(p, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: not p.playing(), timeout=5000)
    assert p.play_button.text() == "Play"
    with pytest.raises(ValueError):
        p.set_speed(3.0)
    p.set_speed(0.5)
    assert p.player.playbackRate() == 0.5


def test_attempt_over_a_crash_plays_both_segments(qtbot: QtBot, recorded: tuple[Path, dict]) -> None:
    folder, f = recorded
    p = _player(qtbot, folder, task="b")
    frames = Frames(p)
    assert [piece.segment for piece in p.pieces()] == [1, 2]
    _settle(qtbot, p, frames, 70)  # task b started at 8 s: 7 s into segment 1
    assert p.jump_to_seq(f["after_resume"])  # in segment 2, 2.5 s into its file
    qtbot.waitUntil(lambda: p.current_file() == f["screen2"], timeout=5000)
    _settle(qtbot, p, frames, 25)
    assert p.jump_to_seq(f["before_kill"])  # back in segment 1
    _settle(qtbot, p, frames, 85)
    assert p.current_file() == f["screen1"]
    # the stretch between the crash and segment 2 was not recorded: nothing moves
    assert not p.jump_to_seq(f["resumed_seq"])
    strip = {e.seq: e.recorded for e in p.strip.events}
    assert strip[f["after_resume"]] and strip[f["before_kill"]] and not strip[f["resumed_seq"]]


def test_no_recording_is_said_plainly(qtbot: QtBot, recorded: tuple[Path, dict], tmp_path: Path) -> None:
    folder, _ = recorded
    p = _player(qtbot, folder, participant="P02")
    assert p.message() == ("No recording for this attempt: the participant did not consent to recording.")
    assert not p.play_button.isEnabled() and not p.delete_button.isVisible()
    p.show_attempt(None, "P01", "", "a")
    assert "results file" in p.message()
    import shutil

    copy = tmp_path / "study"
    shutil.copytree(folder, copy)
    (media_dir(copy, "P01") / "P01-s01-screen.mkv").unlink()
    p.show_attempt(open_study(copy), "P01", "", "a")
    assert "P01-s01-screen.mkv is missing" in p.message() and "Fix:" in p.message()


def test_delete_recordings_from_the_player(qtbot: QtBot, recorded: tuple[Path, dict], tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "study"
    shutil.copytree(recorded[0], folder)
    p = _player(qtbot, folder)
    qtbot.waitUntil(lambda: p._pending_ms is None, timeout=8000)  # the video is open
    assert p.delete_button.isVisible()
    asked: list[str] = []
    p.confirm = lambda title, text: asked.append(text) or False  # the moderator says no
    assert not p.delete_recordings()
    assert (media_dir(folder, "P01") / "P01-s01-screen.mkv").exists()
    p.confirm = lambda title, text: True
    with qtbot.waitSignal(p.recordings_deleted):
        assert p.delete_recordings()
    assert not media_dir(folder, "P01").exists()
    assert p.message().startswith("No recording for this attempt: the participant's recordings were "
                                  "deleted on request (")
    assert "P01" in asked[0] and "cannot be undone" in asked[0]


def test_review_drilldown_hosts_the_player(qtbot: QtBot, recorded: tuple[Path, dict]) -> None:
    folder, f = recorded
    view = open_review(qtbot, folder)
    view.resize(1280, 800)
    view.show()
    view.tabs.setCurrentIndex(1)
    view.select_task("a")
    view.select_attempt("P01")
    assert view.tasks_page.player.current_file() == f["screen1"]
    frames = Frames(view.tasks_page.player)
    _settle(qtbot, view.tasks_page.player, frames, 10)
    model = view.tasks_page.event_view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(KEY_ROLE) == str(f["critical"]))
    rect = view.tasks_page.event_view.visualRect(model.index(row, 1))
    qtbot.mouseClick(view.tasks_page.event_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    _settle(qtbot, view.tasks_page.player, frames, 40)
    # from the keyboard: down to the next event, Enter
    view.tasks_page.event_view.setFocus()
    view.tasks_page.event_view.setCurrentIndex(model.index(row + 1, 1))
    qtbot.keyClick(view.tasks_page.event_view, Qt.Key.Key_Return)
    _settle(qtbot, view.tasks_page.player, frames, 60)
    # a click on the timeline strip: at an event's tick, that event
    strip = view.tasks_page.player.strip
    note = next(e for e in strip.events if e.seq == f["note"])
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=strip.rect().center().__class__(
        round(strip.x_of(note.moment_ns)), strip.height() // 2))
    _settle(qtbot, view.tasks_page.player, frames, 60)
    view.select_attempt("P02")
    view.tabs.setCurrentIndex(1)
    view.select_task("a")
    view.select_attempt("P02")
    assert "did not consent" in view.tasks_page.player.message()


def test_a_separate_voice_file_follows_the_video(qtbot: QtBot, tmp_path: Path) -> None:
    facts = voiced_study(tmp_path / "voiced")
    p = _player(qtbot, tmp_path / "voiced")
    frames = Frames(p)
    _settle(qtbot, p, frames, 0)
    assert p.jump_to_seq(facts["critical"])  # 3 s into the screen file, 2.5 s into the voice's
    _settle(qtbot, p, frames, 30)
    qtbot.waitUntil(lambda: p.voice.file == facts["voice"] and p.voice._want_ms is None, timeout=5000)
    qtbot.waitUntil(lambda: abs((p.voice.position_s() or 0) - 2.5) < 0.2, timeout=5000)
    p.setFocus()
    qtbot.keyClick(p, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: p.voice.player.playbackState() == p.voice.player.PlaybackState.PlayingState,
                    timeout=5000)
    qtbot.keyClick(p, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: p.voice.player.playbackState() != p.voice.player.PlaybackState.PlayingState,
                    timeout=5000)
    video_s, voice_s = p.position_s(), p.voice.position_s()
    assert video_s is not None and voice_s is not None
    assert abs((video_s - 0.5) - voice_s) < 0.2  # in step, by the journal's offsets
