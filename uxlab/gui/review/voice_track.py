"""A segment's voice recorded in a file of its own, played in step with the attempt's video.

The video player leads; this one follows: same play / pause state and speed, and its position
is put back where the journal says (the voice file's own ``at_t_ns`` and offset) whenever it
drifts more than ``MAX_DRIFT_MS`` from it. When the video file carries the sound itself, or the
voice was not recording at that moment, it stays silent.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl

from uxlab.analysis.media import AUDIO_SOURCE, SessionMedia

MAX_DRIFT_MS = 150


class VoiceTrack(QObject):
    def __init__(self, qm: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._qm = qm
        self.player = qm.QMediaPlayer(self)
        if qm.QMediaDevices.audioOutputs():
            self.audio = qm.QAudioOutput(self)
            self.player.setAudioOutput(self.audio)
        self.file: Path | None = None
        self._want_ms: int | None = None
        self._want_play = False
        self.player.mediaStatusChanged.connect(self._status)

    def follow(self, media: SessionMedia | None, moment_ns: int | None, video_file: Path | None,
               playing: bool, rate: float) -> None:
        """Put the voice where the video is (session moment ``moment_ns``)."""
        pos = None if media is None or moment_ns is None else media.position(moment_ns, AUDIO_SOURCE)
        if pos is None or pos.file == video_file or not pos.file.is_file():
            self.stop()
            return
        ms = round(pos.position_s * 1000)
        self._want_play = playing
        if pos.file != self.file:
            self.file, self._want_ms = pos.file, ms
            self.player.setSource(QUrl.fromLocalFile(str(pos.file)))
            return
        if self._want_ms is not None:  # still opening
            self._want_ms = ms
            return
        if abs(self.player.position() - ms) > MAX_DRIFT_MS:
            self.player.setPosition(ms)
        if self.player.playbackRate() != rate:
            self.player.setPlaybackRate(rate)
        self._apply_state()

    def _status(self, status: Any) -> None:
        if status == self._qm.QMediaPlayer.MediaStatus.LoadedMedia and self._want_ms is not None:
            ms, self._want_ms = self._want_ms, None
            self._apply_state()
            self.player.setPosition(ms)

    def _apply_state(self) -> None:
        playing = self.player.playbackState() == self._qm.QMediaPlayer.PlaybackState.PlayingState
        if self._want_play and not playing:
            self.player.play()
        elif not self._want_play and playing:
            self.player.pause()

    def stop(self) -> None:
        if self.file is not None:
            self.player.stop()
            self.player.setSource(QUrl())
        self.file = None
        self._want_ms = None

    def position_s(self) -> float | None:
        if self.file is None:
            return None
        return (self._want_ms if self._want_ms is not None else self.player.position()) / 1000
