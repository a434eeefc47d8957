"""Long jobs (Excel export, HTML report) in a worker thread so the window never freezes.

A job is a callable ``job(progress, cancelled) -> result``: it reports progress as a fraction
(0-1) and polls ``cancelled()``; raising :class:`uxlab.export.xlsx.ExportCancelled` means it
stopped on request. The result, the error message or the cancellation comes back as the
:attr:`BackgroundJob.ended` signal on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from uxlab.core.errors import UxlabError
from uxlab.export.xlsx import ExportCancelled

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]
Job = Callable[[Progress, Cancelled], Any]

DONE, CANCELLED, FAILED = "done", "cancelled", "failed"


def error_text(exc: BaseException, path: object = None) -> str:
    """A person-readable message naming the file."""
    if isinstance(exc, UxlabError):
        return exc.message
    if isinstance(exc, OSError):
        where = exc.filename or path or ""
        return f"{where}: {exc.strerror or exc}" if where else str(exc.strerror or exc)
    where = f"{path}: " if path else ""
    return f"{where}{type(exc).__name__}: {exc}"


class _Worker(QObject):
    progressed = Signal(float)
    ended = Signal(str, object)

    def __init__(self, job: Job, path: object) -> None:
        super().__init__()
        self._job = job
        self._path = path
        self.stop = threading.Event()
        self._last = -1

    def _progress(self, fraction: float) -> None:
        step = int(fraction * 1000)
        if step != self._last:  # at most 1,000 signals per job
            self._last = step
            self.progressed.emit(fraction)

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(self._progress, self.stop.is_set)
        except ExportCancelled:
            self.ended.emit(CANCELLED, None)
        except Exception as exc:  # shown to the researcher as a message, never a traceback
            self.ended.emit(FAILED, error_text(exc, self._path))
        else:
            self.ended.emit(DONE, result)


class BackgroundJob(QObject):
    """Runs one job in its own QThread. ``ended(state, payload)``: state is DONE (payload = the
    job's result), CANCELLED (None) or FAILED (payload = message)."""

    progressed = Signal(float)
    ended = Signal(str, object)

    def __init__(self, job: Job, parent: QObject | None = None, path: object = None) -> None:
        super().__init__(parent)
        self.state = ""
        self.payload: Any = None
        self._thread = QThread(self)
        self._worker = _Worker(job, path)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        self._worker.ended.connect(self._on_ended)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_and_wait)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._worker.stop.set()

    def is_running(self) -> bool:
        return self._thread.isRunning() and not self.state

    def stop_and_wait(self) -> None:
        """Cancel and wait for the thread (the app is quitting): nothing half-written stays."""
        self.cancel()
        self._thread.quit()
        self._thread.wait()

    @Slot(str, object)
    def _on_ended(self, state: str, payload: object) -> None:
        self.state, self.payload = state, payload
        self._thread.quit()
        self._thread.wait()
        self.ended.emit(state, payload)
