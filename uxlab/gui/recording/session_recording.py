"""A session's media recording, beside the console: consent, one capture process per source,
the journal's recording events, and a status the console shows.

The capture runs in child processes (uxlab/storage/capture.py, at a lower CPU priority), so the
console's event loop only reads a few status lines: key latency stays the console's own. Each
process reports the monotonic moment of its first frame; the segment is journaled once every
source has started or failed, with ``at_t_ns`` = the screen's first frame on the session clock
and ``offsets_ns`` for the other sources. A source that fails is journaled (``recording_failed``)
and shown; the session goes on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen

from uxlab.core.errors import RecorderError
from uxlab.core.recording import recording_state
from uxlab.core.study import RECORDING_MODES
from uxlab.gui.recording.sources import Unavailable, input_spec
from uxlab.gui.run.controller import SessionController
from uxlab.storage.media import media_dir, next_segment, relative_name, segment_file

START_TIMEOUT_MS = 10_000
STOP_TIMEOUT_MS = 5_000

# state names the indicator shows
OFF, DECLINED, STARTING, RECORDING, FAILED = "off", "declined", "starting", "recording", "failed"


@dataclass
class _Capture:
    source: str
    path: Path
    process: QProcess
    zero_mono: int | None = None
    failed: str = ""
    buffer: bytes = b""
    info: dict[str, Any] = field(default_factory=dict)


class SessionRecording(QObject):
    """Records the running session's screen / camera / voice as the study asks."""

    status_changed = Signal()

    def __init__(self, controller: SessionController,
                 ask_consent: Callable[[tuple[str, ...]], bool | None],
                 screen: Callable[[], QScreen | None] = QGuiApplication.primaryScreen,
                 fps: int = 15, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ask_consent = ask_consent
        self.screen = screen
        self.fps = fps
        self.state = OFF
        self.failures: list[tuple[str, str]] = []  # (source, why), shown by the console
        self.segment: int | None = None  # the segment being recorded (journaled)
        self.captures: dict[str, _Capture] = {}
        self._journaled = False
        self._launching = False
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.timeout.connect(self._start_timed_out)
        controller.running_changed.connect(self._on_running)
        controller.session_closing.connect(self.stop)
        controller.relocating.connect(self._on_relocating)
        controller.relocated.connect(self._on_relocated)
        self._resume_after_move = False

    # ------------------------------------------------------------------ life cycle
    def _on_running(self, running: bool) -> None:
        if running and not self.captures:
            self.begin()
        elif not running:
            self.stop()

    def _on_relocating(self) -> None:
        """The journal moves ("Save elsewhere"): the segment ends here, journaled in the new file."""
        self._resume_after_move = bool(self.captures)
        if self.captures:
            self.stop("the session was saved elsewhere")

    def _on_relocated(self, _journal: Path) -> None:
        """Recording goes on beside the new journal, as a new segment."""
        if self._resume_after_move:
            self._resume_after_move = False
            self.begin()

    def sources(self) -> tuple[str, ...]:
        study = self.controller.study
        return RECORDING_MODES.get(study.recording, ()) if study is not None else ()

    def begin(self) -> None:
        """Ask consent (once per session: the journal keeps the answer), then start a segment."""
        rec = self.controller.recorder
        sources = self.sources()
        self.failures = []
        if rec is None or not sources or rec.state.ended:
            self._set(OFF)
            return
        rs = recording_state(rec.state)
        if rs.consent is None:
            answer = self.ask_consent(sources)
            if answer is None:  # the question was closed: ask again at the next start
                self._set(DECLINED)
                return
            if self.controller._do(rec.recording_consent, answer, list(sources)) is None:
                self._set(FAILED)
                return
            rs = recording_state(rec.state)
        if not rs.consent:
            self._set(DECLINED)
            return
        self._start_segment(rs.sources or sources, rs.last_segment)

    def _start_segment(self, sources: tuple[str, ...], last_segment: int) -> None:
        journal = self.controller.journal_file()
        assert journal is not None and self.controller.recorder is not None
        segment = next_segment(journal, last_segment, sources)
        self.segment, self._journaled, self.captures = segment, False, {}
        try:
            media_dir(journal).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            for source in sources:
                self._fail(source, f"cannot create {media_dir(journal)}: {exc.strerror or exc}")
            self._set(FAILED)
            return
        self._set(STARTING)
        self._launching = True
        for source in sources:
            try:
                spec = input_spec(source, self.screen(), self.fps)
            except Unavailable as exc:
                self._fail(source, str(exc))
                continue
            path = segment_file(journal, segment, source)
            spec.update({"source": source, "out": str(path), "fps": self.fps})
            process = QProcess(self)
            capture = _Capture(source, path, process)
            self.captures[source] = capture
            process.readyReadStandardOutput.connect(lambda c=capture: self._read(c))
            process.finished.connect(lambda _code, _status, c=capture: self._finished(c))
            process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
            process.start(sys.executable, ["-m", "uxlab.storage.capture", json.dumps(spec)])
        self._launching = False
        if self.captures:
            self._start_timer.start(START_TIMEOUT_MS)
        else:
            self._set(FAILED)

    def stop(self, reason: str = "") -> None:
        """Stop every capture cleanly (the files get their index) and journal the stop."""
        self._start_timer.stop()
        captures, self.captures = self.captures, {}
        for c in captures.values():
            if c.process.state() != QProcess.ProcessState.NotRunning:
                c.process.write(b"stop\n")
                c.process.closeWriteChannel()
        for c in captures.values():
            if c.process.state() != QProcess.ProcessState.NotRunning and \
                    not c.process.waitForFinished(STOP_TIMEOUT_MS):
                c.process.kill()
                c.process.waitForFinished(1000)
            c.process.readyReadStandardOutput.disconnect()
            c.process.finished.disconnect()
        rec = self.controller.recorder
        if self._journaled and self.segment is not None and rec is not None and not rec.state.ended:
            self.controller._do(rec.recording_stopped, self.segment, reason)
        self._journaled, self.segment = False, None
        if self.state in (STARTING, RECORDING):
            self._set(OFF)

    # ------------------------------------------------------------------ process reports
    def _read(self, c: _Capture) -> None:
        c.buffer += bytes(c.process.readAllStandardOutput().data())
        while b"\n" in c.buffer:
            line, c.buffer = c.buffer.split(b"\n", 1)
            try:
                msg = json.loads(line)
            except ValueError:
                continue
            if msg.get("event") == "started":
                c.zero_mono = int(msg["mono_ns"])
                c.info = msg
                self._maybe_journal_start()
            elif msg.get("event") == "failed":
                self._fail(c.source, str(msg.get("text", "")))

    def _finished(self, c: _Capture) -> None:
        self._read(c)
        if c.source in self.captures and not c.failed:
            err = bytes(c.process.readAllStandardError().data()).decode(errors="replace").strip()
            self._fail(c.source, err.splitlines()[-1][:300] if err else "the capture process stopped")

    def _start_timed_out(self) -> None:
        for c in self.captures.values():
            if c.zero_mono is None and not c.failed:
                c.process.kill()
                self._fail(c.source, "it did not start within 10 seconds")
        self._maybe_journal_start()

    def _fail(self, source: str, text: str) -> None:
        c = self.captures.get(source)
        if c is not None:
            if c.failed:
                return
            c.failed = text or "failed"
        self.failures.append((source, text))
        rec = self.controller.recorder
        if rec is not None and not rec.state.ended:
            self.controller._do(rec.recording_failed, source, text)
        if self._launching:
            return
        self._maybe_journal_start()
        if self._journaled and any(not x.failed for x in self.captures.values()):
            self._set(RECORDING)  # the others go on; the indicator names the failure
        elif not any(not x.failed for x in self.captures.values()):
            self._set(FAILED)
        else:
            self.status_changed.emit()

    def _maybe_journal_start(self) -> None:
        """Journal the segment once every source has started or failed."""
        rec = self.controller.recorder
        if self._journaled or self._launching or rec is None or self.segment is None:
            return
        if any(c.zero_mono is None and not c.failed for c in self.captures.values()):
            return
        started = {s: c for s, c in self.captures.items() if c.zero_mono is not None and not c.failed}
        self._start_timer.stop()
        if not started:
            self._set(FAILED)
            return
        ref = started.get("screen") or next(iter(started.values()))
        assert ref.zero_mono is not None
        journal = self.controller.journal_file() or Path(".")
        files = {s: relative_name(journal, c.path) for s, c in started.items()}
        offsets = {s: ref.zero_mono - c.zero_mono for s, c in started.items() if c is not ref}  # type: ignore[operator]
        try:
            at = rec.t_at_monotonic(ref.zero_mono)
        except RecorderError:
            return
        if self.controller._do(rec.recording_started, self.segment, files, at, offsets or None) is not None:
            self._journaled = True
            self._set(RECORDING)
        else:
            self._set(FAILED)

    def _set(self, state: str) -> None:
        self.state = state
        self.status_changed.emit()

    @property
    def recording_sources(self) -> list[str]:
        return [s for s, c in self.captures.items() if c.zero_mono is not None and not c.failed]
