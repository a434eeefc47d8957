"""Small building blocks of the study editor: a field with its problem shown right under it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from uxlab.gui.plan.validation import Problem

ERROR_COLOUR = "#D55E00"  # Okabe-Ito vermillion, the "fail" colour


def problem_text(problem: Problem) -> str:
    """What is wrong and how to fix it, in one sentence for a person."""
    if problem.fix:
        return QCoreApplication.translate("PlanView", "{0}. Fix: {1}").format(problem.problem, problem.fix)
    return problem.problem


def mark_invalid(widget: QWidget, message: str) -> None:
    """A red border on ``widget`` (found by its objectName) and the message for screen readers."""
    name = widget.objectName()
    if message:
        widget.setStyleSheet(f"#{name} {{ border: 2px solid {ERROR_COLOUR}; border-radius: 3px; }}")
    else:
        widget.setStyleSheet("")
    widget.setProperty("invalid", bool(message))
    widget.setAccessibleDescription(message)


class FieldBox(QWidget):
    """``field`` with a message label under it that appears only when the field has a problem."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        self.error = QLabel(self)
        self.error.setObjectName(f"{field.objectName()}Error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)
        self.setFocusProxy(field)

    def set_problem(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        mark_invalid(self.field, message)
