"""Why a recording failed, in the interface language.

The capture process and the console journal their reasons in English (``recording_failed``'s
``text``: the journal stays one language, whoever reads it later); the moderator reads them in
theirs. Each reason the capture gives is a fixed sentence or a fixed sentence around a detail (a
device, a file, a system message), matched here and worded with the translation catalogs; a
reason not known here is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordingFailure", text)


# (pattern of the English reason, its wording with the detail as {0})
_REASONS: list[tuple[re.Pattern[str], Callable[[], str]]] = [
    (re.compile(r"the disk is full"), lambda: _tr("the disk is full")),
    (re.compile(r"the device is in use by another program"),
     lambda: _tr("the device is in use by another program")),
    (re.compile(r"the source delivered no frame"), lambda: _tr("the source delivered no frame")),
    (re.compile(r"it did not start within 10 seconds"), lambda: _tr("it did not start within 10 seconds")),
    (re.compile(r"the capture process stopped"), lambda: _tr("the capture process stopped")),
    (re.compile(r"screen capture runs on Linux with X11 only for now"),
     lambda: _tr("screen capture runs on Linux with X11 only for now")),
    (re.compile(r"(screen|camera|voice) capture runs on Linux only for now"),
     lambda: _tr("{0} capture runs on Linux only for now")),
    (re.compile(r"no such device or file \((.*)\)", re.S), lambda: _tr("no such device or file ({0})")),
    (re.compile(r"permission denied \((.*)\)", re.S), lambda: _tr("permission denied ({0})")),
    (re.compile(r"cannot create (.*)", re.S), lambda: _tr("cannot create {0}")),
]


def failure_text(reason: str) -> str:
    """``reason`` as the capture or the console journaled it, worded in the interface language."""
    for pattern, wording in _REASONS:
        m = pattern.fullmatch(reason)
        if m:
            return wording().format(*(_SOURCES.get(g, lambda g=g: g)() for g in m.groups()))
    return reason


# a source named inside a reason (a device or a path is shown as it is)
_SOURCES: dict[str, Callable[[], str]] = {
    "screen": lambda: _tr("screen"), "camera": lambda: _tr("camera"), "voice": lambda: _tr("voice")}
