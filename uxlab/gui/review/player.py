"""The attempt's recording in the Review drill-down: the video, the event timeline under it,
play / pause, 5 seconds back and forward, speed 0.5x to 2x, and "no recording" said plainly.

Positions come from the journal (:mod:`uxlab.analysis.media`): an event at session moment *m*
is at *m* - ``at_t_ns`` (+ the source's offset) in the file of the segment recording then. The
video is played by QtMultimedia (PySide6-Addons, the same version as PySide6), imported only when
a recording is first shown, so the review opens as fast without it and still works, saying why,
where it cannot load.

Keys (while the player has focus): Space or K play / pause; Left or J 5 s back; Right or L 5 s
forward; on the timeline, Page Up / Page Down the previous / next event, Home / End the
attempt's start / end. The transport and the timeline read left to right in every language,
like the charts: time runs to the right.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from uxlab.analysis.media import SessionMedia, attempt_span, session_media
from uxlab.core.errors import UxlabError
from uxlab.core.session import Attempt, SessionState
from uxlab.gui.review.event_strip import EventStrip, StripEvent
from uxlab.gui.review.voice_track import VoiceTrack
from uxlab.storage.recordings import deletions
from uxlab.storage.study_files import LoadedStudy, sessions_dir

SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
STEP_S = 5.0
_MM: Any = None  # the QtMultimedia modules, once loaded
_MM_ERROR = ""


def multimedia() -> Any:
    """(QtMultimedia, QtMultimediaWidgets), or None with the reason in ``_MM_ERROR``."""
    global _MM, _MM_ERROR
    if _MM is None and not _MM_ERROR:
        try:
            from PySide6 import QtMultimedia, QtMultimediaWidgets

            _MM = (QtMultimedia, QtMultimediaWidgets)
        except ImportError as exc:
            _MM_ERROR = str(exc)
    return _MM


def _clock(seconds: float) -> str:
    s = max(0, int(seconds))
    return f"{s // 60:d}:{s % 60:02d}"


class AttemptPlayer(QWidget):
    """Shows one attempt's recording; :meth:`show_attempt` picks it, :meth:`jump_to_seq` moves
    to an event."""

    recordings_deleted = Signal(str)  # participant

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attemptPlayer")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.loaded: LoadedStudy | None = None
        self.state: SessionState | None = None
        self.attempt: Attempt | None = None
        self.media: SessionMedia | None = None
        self.participant = ""
        self.source: str | None = None  # the video source shown (screen, else camera)
        self._file: Path | None = None
        self._pending_ms: int | None = None
        self._play_after_load = False
        self.player: Any = None
        self.audio: Any = None
        self.video: Any = None
        # replaceable in tests: asks before deleting recordings
        self.confirm: Callable[[str, str], bool] = self._ask
        self._build()
        self.retranslate()
        self.clear()

    # ------------------------------------------------------------------ construction
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setObjectName("playerTitle")
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        self.stack = QStackedWidget(self)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.stack.setMinimumHeight(120)
        self.message_label = QLabel(self.stack)
        self.message_label.setObjectName("playerMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack.addWidget(self.message_label)
        self.video_page = QWidget(self.stack)
        self.video_layout = QVBoxLayout(self.video_page)
        self.video_layout.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.video_page)
        lay.addWidget(self.stack, 1)

        bar = QWidget(self)
        bar.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # time runs to the right
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.back_button = QPushButton(bar)
        self.back_button.setObjectName("playerBack")
        self.play_button = QPushButton(bar)
        self.play_button.setObjectName("playerPlay")
        self.forward_button = QPushButton(bar)
        self.forward_button.setObjectName("playerForward")
        self.time_label = QLabel(bar)
        self.time_label.setObjectName("playerTime")
        self.speed = QComboBox(bar)
        self.speed.setObjectName("playerSpeed")
        for s in SPEEDS:
            self.speed.addItem("", s)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed_label = QLabel(bar)
        self.speed_label.setBuddy(self.speed)
        for w in (self.back_button, self.play_button, self.forward_button):
            row.addWidget(w)
        row.addWidget(self.time_label, 1)
        row.addWidget(self.speed_label)
        row.addWidget(self.speed)
        lay.addWidget(bar)
        self.strip = EventStrip(self)
        lay.addWidget(self.strip)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteRecordings")
        lay.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeading)

        self.back_button.clicked.connect(lambda: self.step(-STEP_S))
        self.forward_button.clicked.connect(lambda: self.step(STEP_S))
        self.play_button.clicked.connect(self.toggle_play)
        self.speed.currentIndexChanged.connect(lambda _i: self.set_speed(float(self.speed.currentData())))
        self.strip.moment_clicked.connect(self.jump_to_moment)
        self.delete_button.clicked.connect(self.delete_recordings)
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (((Qt.Key.Key_Space, Qt.Key.Key_K), self.toggle_play),
                           ((Qt.Key.Key_Left, Qt.Key.Key_J), lambda: self.step(-STEP_S)),
                           ((Qt.Key.Key_Right, Qt.Key.Key_L), lambda: self.step(STEP_S))):
            for k in keys:
                sc = QShortcut(QKeySequence(k), self)
                sc.setContext(ctx)
                sc.activated.connect(slot)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Recording of the attempt"))
        self.setAccessibleDescription(self.tr("Space or K: play or pause; Left or J, Right or L: "
                                              "5 seconds back or forward"))
        self.back_button.setText(self.tr("−5 s"))
        self.back_button.setToolTip(self.tr("5 seconds back (Left or J)"))
        self.forward_button.setText(self.tr("+5 s"))
        self.forward_button.setToolTip(self.tr("5 seconds forward (Right or L)"))
        self.back_button.setAccessibleName(self.tr("5 seconds back"))
        self.forward_button.setAccessibleName(self.tr("5 seconds forward"))
        self.play_button.setAccessibleName(self.tr("Play or pause"))
        self.speed_label.setText(self.tr("Speed"))
        self.speed.setAccessibleName(self.tr("Playback speed"))
        self.speed.setToolTip(self.tr("Playback speed, from half to twice the real speed"))
        self.delete_button.setAccessibleName(self.tr("Delete this participant's recordings"))
        loc = QLocale()
        for i, s in enumerate(SPEEDS):
            self.speed.setItemText(i, self.tr("{0}×").format(loc.toString(s, "g", 3)))
        self.strip.setToolTip(self.tr("The attempt's events: click one to see it; Page Up / Page "
                                      "Down: previous / next event"))
        self.strip.setAccessibleName(self.tr("Event timeline"))
        self.delete_button.setText(self.tr("Delete this participant's recordings…"))
        self.delete_button.setToolTip(self.tr("On the participant's request: removes their video and "
                                              "sound files; the session's events and notes stay"))
        self._update_play_button()
        if self.attempt is not None and self.loaded is not None:
            self._show_current()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ what is shown
    def clear(self) -> None:
        self._stop()
        self.loaded = self.state = self.attempt = self.media = None
        self.participant = ""
        self.title.setText("")
        self._message(self.tr("Select an attempt to see its recording."))
        self.strip.set_span(0, 1, [], [])
        self.delete_button.setVisible(False)

    def show_attempt(self, loaded: LoadedStudy | None, participant: str, session: str, task: str) -> None:
        self._stop()
        self.loaded, self.participant = loaded, participant
        self.state = self.attempt = self.media = None
        if loaded is not None:
            for s in loaded.sessions:
                sid = s.state.session_id or s.read.session_id
                if s.state.participant == participant and (not session or sid == session):
                    self.state = s.state
                    break
        if self.state is not None:
            self.attempt = self.state.attempts.get(task)
            media = session_media(self.state, sessions_dir(loaded.folder))  # type: ignore[union-attr]
            media.deleted = deletions(loaded.folder).get(participant, "")  # type: ignore[union-attr]
            self.media = media
        self._show_current()

    def _show_current(self) -> None:
        title = ""
        if self.attempt is not None:
            title = self.tr("Recording of {0} in “{1}”").format(f"\u2068{self.participant}\u2069",
                                                                self._task_title(self.attempt.task))
        self.title.setText(title)
        self._fill_strip()
        reason = self._no_recording_reason()
        self.delete_button.setVisible(self.media is not None and self.media.recorded and not self.media.deleted)
        if reason:
            self._message(reason)
            return
        mm = multimedia()
        piece = self.pieces()[0]
        if mm is None:
            self._message(self.tr("This attempt was recorded ({0}), but video cannot be played here: "
                                  "{1}. Fix: install PySide6-Addons of the same version as PySide6, "
                                  "and on Linux the PulseAudio client library (libpulse0).")
                          .format(piece.file.name, _MM_ERROR))
            return
        self._ensure_player(mm)
        self.source = piece.source
        self.stack.setCurrentWidget(self.video_page)
        self._set_controls(True)
        self._load(piece.file, round(piece.start_s * 1000))

    def _task_title(self, task: str) -> str:
        if self.loaded is None:
            return task
        lang = QLocale().name().split("_")[0]
        for t in self.loaded.study.tasks:
            if t.id == task:
                return t.title.get(lang) or t.title.get("en") or next(iter(t.title.values()), task)
        return task

    def pieces(self) -> list[Any]:
        if self.media is None or self.attempt is None:
            return []
        return self.media.attempt_pieces(self.attempt)

    def _no_recording_reason(self) -> str:
        """Why this attempt has nothing to play, in a sentence; '' when it has."""
        prefix = self.tr("No recording for this attempt")
        if self.loaded is None:
            return self.tr("{0}: a results file holds no recordings.").format(prefix)
        if self.attempt is None or self.media is None:
            return self.tr("{0}: this attempt is not in the study's sessions.").format(prefix)
        m = self.media
        if m.deleted:
            return self.tr("{0}: the participant's recordings were deleted on request ({1}).").format(
                prefix, m.deleted[:10])
        if m.consent is False:
            return self.tr("{0}: the participant did not consent to recording.").format(prefix)
        if not m.recorded:
            return self.tr("{0}: the session was not recorded.").format(prefix)
        pieces = self.pieces()
        if not pieces:
            failed = [f"{src}: {text}" for seg in m.segments for src, text in seg.failures.items()]
            if failed:
                return self.tr("{0}: nothing was recording while it ran (the recording failed: {1}).").format(
                    prefix, "; ".join(failed))
            return self.tr("{0}: nothing was recording while it ran.").format(prefix)
        missing = [p.file for p in pieces if not p.file.is_file()]
        if missing:
            return self.tr("{0}: the file {1} is missing. Fix: put it back in the study's sessions "
                           "folder.").format(prefix, str(missing[0]))
        return ""

    def _fill_strip(self) -> None:
        if self.attempt is None or self.state is None:
            self.strip.set_span(0, 1, [], [])
            return
        start, end = attempt_span(self.attempt)
        events: list[StripEvent] = []
        markers = {m.seq: m for m in self.state.all_markers()}
        for e in self.state.events:
            in_task = e.data.get("task") == self.attempt.task
            if not in_task or not (start <= e.moment_ns <= end):
                continue
            if e.kind == "marker":
                mk = markers.get(e.seq)
                if mk is None or mk.undone:
                    continue
                kind, label = mk.kind, f"{self._kind_label(mk.kind)}: {mk.text}" if mk.text else self._kind_label(mk.kind)
            elif e.kind == "problem_observation":
                kind, label = "observation", f"{self._kind_label('observation')}: {e.data.get('text', '')}"
            else:
                kind, label = e.kind, self._kind_label(e.kind)
            recorded = self.media is not None and self.media.event_position(e) is not None
            events.append(StripEvent(e.seq, e.moment_ns, kind, label, recorded))
        recorded_spans = [(p.start_ns, p.end_ns) for p in self.pieces()]
        self.strip.set_span(start, end, recorded_spans, events)

    def _kind_label(self, kind: str) -> str:
        names = {"critical": self.tr("critical incident"), "error": self.tr("error"),
                 "assist": self.tr("assist"), "note": self.tr("note"),
                 "observation": self.tr("problem observation"), "task_started": self.tr("task started"),
                 "task_ended": self.tr("task ended"), "task_paused": self.tr("paused"),
                 "task_resumed": self.tr("resumed"), "task_stopped": self.tr("clock stopped"),
                 "rating": self.tr("rating")}
        return names.get(kind, kind)

    def _message(self, text: str) -> None:
        self.message_label.setText(text)
        self.stack.setCurrentWidget(self.message_label)
        self._set_controls(False)

    def _set_controls(self, on: bool) -> None:
        for w in (self.back_button, self.play_button, self.forward_button, self.speed):
            w.setEnabled(on)
        if not on:
            self.time_label.setText("")

    def message(self) -> str:
        """The sentence shown instead of the video ('' while a video is shown)."""
        return self.message_label.text() if self.stack.currentWidget() is self.message_label else ""

    # ------------------------------------------------------------------ playback
    def _ensure_player(self, mm: Any) -> None:
        if self.player is not None:
            return
        qm, qmw = mm
        self.video = qmw.QVideoWidget(self.video_page)
        self.video.setObjectName("playerVideo")
        self.video.setAccessibleName(self.tr("Attempt video"))
        self.video_layout.addWidget(self.video)
        self.player = qm.QMediaPlayer(self)
        if qm.QMediaDevices.audioOutputs():  # a machine with no sound device plays the picture
            self.audio = qm.QAudioOutput(self)
            self.player.setAudioOutput(self.audio)
        self.player.setVideoOutput(self.video)
        self.player.positionChanged.connect(self._position_changed)
        self.player.mediaStatusChanged.connect(self._status_changed)
        self.player.playbackStateChanged.connect(lambda _s: self._state_changed())
        self.player.errorOccurred.connect(self._error)
        self.voice = VoiceTrack(qm, self)  # a voice recorded in a file of its own

    def _state_changed(self) -> None:
        self._update_play_button()
        self._follow_voice()

    def _follow_voice(self) -> None:
        if self.player is not None and self._pending_ms is None:
            self.voice.follow(self.media, self.current_moment(), self._file, self.playing(),
                              float(self.speed.currentData()))

    def _stop(self) -> None:
        if self.player is not None:
            self.player.stop()
            self.player.setSource(QUrl())
            self.voice.stop()
        self._file = None
        self._pending_ms = None
        self._play_after_load = False

    def _load(self, file: Path, position_ms: int) -> None:
        if self._file == file and self._pending_ms is None:
            self.player.setPosition(position_ms)
            self._follow_voice()
            return
        self._play_after_load = self.playing()
        self._file = file
        self._pending_ms = position_ms
        self.player.setSource(QUrl.fromLocalFile(str(file)))

    def _status_changed(self, status: Any) -> None:
        qm = multimedia()[0]
        if status == qm.QMediaPlayer.MediaStatus.LoadedMedia and self._pending_ms is not None:
            ms, self._pending_ms = self._pending_ms, None
            self.player.setPlaybackRate(float(self.speed.currentData()))
            if self._play_after_load:
                self.player.play()
            else:
                self.player.pause()  # shows the frame at the position
            self.player.setPosition(ms)
            self._follow_voice()
        elif status == qm.QMediaPlayer.MediaStatus.EndOfMedia:
            self._next_piece()

    def _error(self, _error: Any, text: str) -> None:
        self._message(self.tr("The recording cannot be played: {0} ({1})").format(
            text, str(self._file) if self._file else ""))

    def playing(self) -> bool:
        if self.player is None:
            return False
        qm = multimedia()[0]
        return bool(self.player.playbackState() == qm.QMediaPlayer.PlaybackState.PlayingState)

    def toggle_play(self) -> None:
        if self.player is None or not self.play_button.isEnabled():
            return
        if self.playing():
            self.player.pause()
        else:
            if self.current_moment() is not None and self.attempt is not None \
                    and self.current_moment() >= attempt_span(self.attempt)[1] - 50_000_000:  # type: ignore[operator]
                self.jump_to_moment(attempt_span(self.attempt)[0])  # at the end: from the start
            self.player.play()

    def _update_play_button(self) -> None:
        self.play_button.setText(self.tr("Pause") if self.playing() else self.tr("Play"))
        self.play_button.setToolTip(self.tr("Play / pause (Space or K)"))

    def set_speed(self, rate: float) -> None:
        if rate not in SPEEDS:
            raise ValueError(f"speed {rate} is not one of {SPEEDS}")
        if self.speed.currentData() != rate:
            self.speed.setCurrentIndex(SPEEDS.index(rate))
            return  # the combo's signal comes back here
        if self.player is not None:
            self.player.setPlaybackRate(rate)
            self._follow_voice()

    def _segment(self) -> Any:
        if self.media is None or self._file is None:
            return None
        for seg in self.media.segments:
            for src, f in seg.files.items():
                if f == self._file and src == self.source:
                    return seg
        return None

    def current_moment(self) -> int | None:
        """The session moment of the frame shown (ns), None when nothing is loaded."""
        seg = self._segment()
        if seg is None or self.player is None:
            return None
        ms = self._pending_ms if self._pending_ms is not None else self.player.position()
        return int(seg.at_t_ns + ms * 1_000_000 - seg.offsets_ns.get(self.source or "", 0))

    def position_s(self) -> float | None:
        """Where the player is in the current file, in seconds."""
        if self.player is None or self._file is None:
            return None
        ms = self._pending_ms if self._pending_ms is not None else self.player.position()
        return ms / 1000

    def current_file(self) -> Path | None:
        return self._file

    def jump_to_moment(self, moment_ns: int) -> bool:
        """Show the frame of a session moment; False (and nothing moves) when it was not
        recorded."""
        if self.media is None or self.player is None or self.stack.currentWidget() is not self.video_page:
            return False
        return self._go(self.media.position(moment_ns, self.source), moment_ns)

    def _go(self, pos: Any, moment_ns: int) -> bool:
        if pos is None:
            return False
        self._load(pos.file, round(pos.position_s * 1000))
        self.strip.set_playhead(moment_ns)
        return True

    def jump_to_seq(self, seq: int | str | None) -> bool:
        """Show the frame of the journal event ``seq`` (the drill-down's event table keys)."""
        if self.state is None or seq is None:
            return False
        try:
            e = self.state.event(int(seq))
        except (TypeError, ValueError):
            return False
        if e is None or self.media is None or self.player is None \
                or self.stack.currentWidget() is not self.video_page:
            return False
        return self._go(self.media.event_position(e, self.source), e.moment_ns)

    def step(self, seconds: float) -> None:
        """Move ``seconds`` on the session clock, kept inside the attempt's recorded stretches."""
        now = self.current_moment()
        if now is None or self.attempt is None:
            return
        target = now + int(seconds * 1e9)
        pieces = self.pieces()
        if not any(p.start_ns <= target < p.end_ns for p in pieces):
            if seconds < 0:  # into a gap or before the start: the end of the stretch before
                earlier = [p for p in pieces if p.start_ns <= target]
                target = earlier[-1].end_ns - 1 if earlier else pieces[0].start_ns
            else:  # into a gap or past the end: the start of the next stretch, else the end
                later = [p for p in pieces if p.end_ns > target]
                target = max(target, later[0].start_ns) if later else pieces[-1].end_ns - 1
        self.jump_to_moment(target)

    def _position_changed(self, ms: int) -> None:
        if self._pending_ms is not None:
            return
        moment = self.current_moment()
        if moment is None or self.attempt is None:
            return
        start, end = attempt_span(self.attempt)
        self.strip.set_playhead(moment)
        self._follow_voice()
        self.time_label.setText(f"\u2066{_clock((moment - start) / 1e9)} / {_clock((end - start) / 1e9)}\u2069")
        seg = self._segment()
        if self.playing() and (moment >= end or (seg is not None and seg.end_ns is not None and moment >= seg.end_ns)):
            self._next_piece()

    def _next_piece(self) -> None:
        now = self.current_moment()
        later = [p for p in self.pieces() if now is not None and p.start_ns > now]
        if later and self.attempt is not None and later[0].start_ns < attempt_span(self.attempt)[1]:
            self.jump_to_moment(later[0].start_ns)
        elif self.player is not None:
            self.player.pause()

    # ------------------------------------------------------------------ privacy
    def _ask(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def delete_recordings(self) -> bool:
        """Delete every recording of the shown participant, after asking. The journal stays; the
        deletion is recorded in sessions/recordings.audit.jsonl."""
        if self.loaded is None or not self.participant:
            return False
        from uxlab.storage.recordings import delete_recordings

        who = f"\u2068{self.participant}\u2069"
        if not self.confirm(self.tr("Delete recordings"),
                            self.tr("Delete every video and sound file of {0}? This cannot be undone. "
                                    "The session's events, times and notes are kept, and the deletion "
                                    "is recorded in the study's sessions folder.").format(who)):
            return False
        self._stop()
        try:
            result = delete_recordings(self.loaded.folder, self.participant, reason="request",
                                       by="uxlab review")
        except (UxlabError, OSError) as exc:
            text = exc.message if isinstance(exc, UxlabError) else str(exc)
            self._message(self.tr("The recordings were not deleted: {0}").format(text))
            return False
        participant = self.participant
        self.recordings_deleted.emit(participant)
        if result.failed:
            self._message(self.tr("Some files could not be deleted: {0}").format(
                ", ".join(str(p) for p, _ in result.failed)))
            return False
        if self.media is not None:
            self.media.deleted = result.wall
        self._show_current()
        return True
