"""Plan view (study editor). Placeholder until the editor lands."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from uxlab.gui.study_context import StudyContext


class PlanView(QWidget):
    dirty_changed = Signal(bool)

    def __init__(self, context: StudyContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        QVBoxLayout(self).addWidget(QLabel("plan"))

    def has_unsaved_changes(self) -> bool:
        return False

    def save(self) -> bool:
        return True
