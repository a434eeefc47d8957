"""Correct an event after the fact: a marker's kind or text, a task's outcome, an answer.
The correction is journaled as a new event; the original stays (an audit trail)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from uxlab.core.events import MARKER_KINDS, OUTCOMES, Event
from uxlab.core.session import SessionState
from uxlab.gui.run.event_log import find_marker, outcome_label


class EditEventDialog(QDialog):
    def __init__(self, event: Event, state: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editEventDialog")
        self.setWindowTitle(self.tr("Correct event {0}").format(event.seq))
        self.event = event
        form = QFormLayout(self)
        self.kind: QComboBox | None = None
        self.text: QLineEdit | None = None
        self.outcome: QComboBox | None = None
        self.value: QSpinBox | None = None
        self.declined: QCheckBox | None = None
        if event.kind == "marker":
            m = find_marker(state, event.seq)
            self.kind = QComboBox()
            for k in MARKER_KINDS:
                self.kind.addItem(k, k)
            self.kind.setCurrentIndex(MARKER_KINDS.index(m.kind) if m and m.kind in MARKER_KINDS else 0)
            self.kind.setAccessibleName(self.tr("Marker kind"))
            self.kind.setToolTip(self.tr("Error, assist, note or critical incident"))
            self.text = QLineEdit(m.text if m else str(event.data.get("text", "")))
            self.text.setAccessibleName(self.tr("Marker text"))
            self.text.setToolTip(self.tr("What happened"))
            form.addRow(self.tr("Kind"), self.kind)
            form.addRow(self.tr("Text"), self.text)
        elif event.kind == "task_ended":
            a = state.attempts.get(str(event.data.get("task")))
            self.outcome = QComboBox()
            for o in OUTCOMES:
                self.outcome.addItem(outcome_label(o), o)
            current = a.outcome if a is not None and a.outcome else str(event.data.get("outcome"))
            self.outcome.setCurrentIndex(OUTCOMES.index(current) if current in OUTCOMES else 0)
            self.outcome.setAccessibleName(self.tr("Outcome"))
            self.outcome.setToolTip(self.tr("The task's outcome"))
            form.addRow(self.tr("Outcome"), self.outcome)
        elif event.kind in ("rating", "answer"):
            self.value = QSpinBox()
            self.value.setRange(0, 100)
            v = event.data.get("value")
            self.value.setValue(int(v) if isinstance(v, int | float) else 0)
            self.value.setAccessibleName(self.tr("Answer value"))
            self.value.setToolTip(self.tr("The value on the item's scale"))
            self.declined = QCheckBox(self.tr("Declined to answer"))
            self.declined.setChecked(bool(event.data.get("declined")))
            self.declined.setToolTip(self.tr("The participant chose not to answer"))
            self.declined.toggled.connect(lambda on: self.value.setEnabled(not on) if self.value else None)
            self.value.setEnabled(not self.declined.isChecked())
            form.addRow(self.tr("Value"), self.value)
            form.addRow("", self.declined)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def changes(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.kind is not None and self.text is not None:
            out["marker"] = self.kind.currentData()
            out["text"] = self.text.text()
        if self.outcome is not None:
            out["outcome"] = self.outcome.currentData()
        if self.value is not None and self.declined is not None:
            if self.declined.isChecked():
                out.update(value=None, declined=True)
            else:
                out.update(value=self.value.value(), declined=False)
        return out
