"""The console's action buttons, one per logging key, each showing its key; and the key legend
under the log. A click does what the key does."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from uxlab.gui.run import keys

OUTCOME_KEYS = ("success", "partial", "fail", "abandoned")
MARKER_ACTIONS = ("error", "assist", "note", "critical")
ROWS = (("start_task", "pause", "end_task", "skip"), OUTCOME_KEYS, MARKER_ACTIONS, ("problem", "undo", "declined"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunView", text)


def key_text(key_map: dict[str, str], action: str) -> str:
    """The key bound to ``action`` as the platform writes it (e.g. "Ctrl+Z"), or ""."""
    return QKeySequence(key_map.get(action, "")).toString(QKeySequence.SequenceFormat.NativeText)


def short_names() -> dict[str, str]:
    return {
        "start_task": _tr("Start task"), "pause": _tr("Pause / resume"), "end_task": _tr("End task…"),
        "skip": _tr("Skip task"), "success": _tr("Success"), "partial": _tr("Partial"),
        "fail": _tr("Fail"), "abandoned": _tr("Abandoned"), "error": _tr("Error"),
        "assist": _tr("Assist"), "note": _tr("Note…"), "critical": _tr("Critical…"),
        "undo": _tr("Undo marker"), "declined": _tr("Declined"),
        "problem": _tr("Problem…"),
    }


class ActionGrid(QWidget):
    triggered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for r, row in enumerate(ROWS):
            for col, action in enumerate(row):
                b = QPushButton()
                b.setObjectName(f"action_{action}")
                b.setMinimumHeight(34)
                b.clicked.connect(lambda _=False, a=action: self.triggered.emit(a))
                grid.addWidget(b, r, col)
                self.buttons[action] = b

    def label(self, key_map: dict[str, str]) -> str:
        """Label every button with its name and key; returns the key legend (rich text)."""
        short = short_names()
        legend = []
        for action, b in self.buttons.items():
            key = key_text(key_map, action)
            b.setText(f"{short[action]}  [{key}]" if key else short[action])
            label = keys.KeyAction(action, "").label()
            b.setAccessibleName(label)
            b.setToolTip(_tr("{0} (key: {1})").format(label, key or _tr("none")))
            if key:
                legend.append(f"<b>{html.escape(key)}</b> {html.escape(short[action])}")
        return html.escape(_tr("Keys:")) + " " + " · ".join(legend)

    def enable(self, enabled: dict[str, bool]) -> None:
        for action, b in self.buttons.items():
            b.setEnabled(enabled.get(action, False))

    def show_pause_state(self, paused: bool, key_map: dict[str, str]) -> None:
        self.buttons["pause"].setText((_tr("Resume") if paused else _tr("Pause")) + f"  [{key_text(key_map, 'pause')}]")
