"""Run view placeholder."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from uxlab.gui.study_context import StudyContext


class RunView(QWidget):
    session_running_changed = Signal(bool)

    def __init__(self, context: StudyContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        QVBoxLayout(self).addWidget(QLabel("run"))

    def show_participant_screen(self) -> None: ...
    def edit_key_bindings(self) -> None: ...
    def resume_session(self, pid: str) -> None: ...
    def shutdown(self) -> None: ...
