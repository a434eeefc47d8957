"""Review view. Placeholder until the results view lands."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from uxlab.gui.study_context import StudyContext


class ReviewView(QWidget):
    def __init__(self, context: StudyContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        QVBoxLayout(self).addWidget(QLabel("review"))

    def export_excel(self) -> None:
        pass
