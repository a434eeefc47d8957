"""Where the visible controls are on screen, for tests that drive the real app with OS-level
input (xdotool under Xvfb): with ``UXLAB_WIDGET_MAP=FILE`` set, the app writes a JSON map of
every visible named widget (``window/objectName`` -> screen rectangle, enabled, text, whether it
has the keyboard focus) ten times a
second. Nothing is written when the variable is not set."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QWidget

ENV = "UXLAB_WIDGET_MAP"


def widget_map() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for window in QApplication.topLevelWidgets():
        if not window.isVisible() or not window.objectName():
            continue
        for w in [window, *window.findChildren(QWidget)]:
            name = w.objectName()
            if not name or not w.isVisible() or name.startswith("qt_"):
                continue
            top_left = w.mapToGlobal(w.rect().topLeft())
            text = w.text() if isinstance(w, QAbstractButton | QLabel) else (
                w.currentText() if isinstance(w, QComboBox) else "")
            out.setdefault(f"{window.objectName()}/{name}", {
                "x": top_left.x(), "y": top_left.y(), "w": w.width(), "h": w.height(),
                "enabled": w.isEnabled(), "text": text,
                "active": window.isActiveWindow(), "focus": w.hasFocus(),
            })
    return out


def install(parent: QObject) -> None:
    target = os.environ.get(ENV)
    if not target:
        return
    path = Path(target)

    def dump() -> None:
        tmp = path.with_suffix(".tmp")
        data: dict[str, Any] = {"_written": time.time(), **widget_map()}
        tmp.write_text(json.dumps(data), encoding="utf-8")
        tmp.replace(path)

    timer = QTimer(parent)
    timer.setInterval(100)
    timer.timeout.connect(dump)
    timer.start()
