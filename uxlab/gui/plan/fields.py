"""Small building blocks of the study editor: a field with its problem shown right under it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from uxlab.gui import i18n
from uxlab.gui.plan.validation import Problem

ERROR_COLOUR = "#D55E00"  # Okabe-Ito vermillion, the "fail" colour


def problem_text(problem: Problem) -> str:
    """What is wrong and how to fix it, in one sentence for a person."""
    if problem.fix:
        return QCoreApplication.translate("PlanView", "{0}. Fix: {1}").format(problem.problem, problem.fix)
    return problem.problem


class FieldBox(QWidget):
    """``field`` in a thin frame that turns red, with a message under it, when the field has a
    problem (the frame is drawn around the field so its own look, e.g. spin buttons, is kept)."""

    def __init__(self, field: QWidget, parent: QWidget | None = None, *, narrow: bool = False) -> None:
        super().__init__(parent)
        self.field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.frame = QFrame(self)
        self.frame.setObjectName(f"{field.objectName()}Frame")
        inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(2, 2, 2, 2)
        inner.addWidget(field)
        if narrow:  # a number or a short choice: keep it its natural width, at the reading start
            field.setMinimumWidth(160)
            layout.addWidget(self.frame, 0, Qt.AlignmentFlag.AlignLeading)
        else:
            layout.addWidget(self.frame)
        self.error = QLabel(self)
        self.error.setObjectName(f"{field.objectName()}Error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)
        self.setFocusProxy(field)
        self._paint(False)

    def _paint(self, invalid: bool) -> None:
        colour = ERROR_COLOUR if invalid else "transparent"
        self.frame.setStyleSheet(f"#{self.frame.objectName()} {{ border: 2px solid {colour}; border-radius: 4px; }}")

    def set_problem(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self._paint(bool(message))
        self.field.setProperty("invalid", bool(message))
        self.field.setAccessibleDescription(message)

    @property
    def invalid(self) -> bool:
        return self.error.isVisibleTo(self) and bool(self.error.text())


def language_label(code: str) -> str:
    """'fr' -> 'fr — Français' for the languages uxlab speaks; other codes as they are."""
    name = i18n.LANGUAGES.get(code)
    return f"{code} — {name}" if name else code
