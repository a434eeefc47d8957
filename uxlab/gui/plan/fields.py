"""Small building blocks of the study editor: a field with its problem shown right under it, a
box for seconds typed in any script, fresh ids, the languages offered for texts."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QFrame, QLabel, QVBoxLayout, QWidget

from uxlab.core.study import Study
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


MAX_SECONDS = 24 * 3600.0


def text_languages(study: Study) -> list[str]:
    """The languages offered for task texts: the study's, then any a task already uses."""
    codes = [*study.languages, study.language]
    for t in study.tasks:
        codes.extend(t.title)
        codes.extend(t.scenario)
    return [c for c in dict.fromkeys(codes) if c]


def unique_id(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    for n in itertools.count(2):
        candidate = f"{base}_{n}"
        if candidate not in taken:
            return candidate
    raise AssertionError("unreachable")


_DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"  # Western, Arabic-Indic, Persian


class SecondsBox(QDoubleSpinBox):
    """Seconds, or 'not set' (the minimum, 0): the study file then leaves the field out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0.0, MAX_SECONDS)
        self.setDecimals(1)
        self.setSingleStep(5.0)
        self.setAccelerated(True)

    def _as_locale(self, text: str) -> str:
        """What was typed, with "." read as the locale's decimal separator (٫ in Arabic and
        Persian, "," in French and Russian) and digits of any of the three scripts written in the
        locale's own, so the box shows one kind of digits: "12.5" must never become 125 because the keyboard has no ٫ key."""
        loc = self.locale()
        point, group = loc.decimalPoint(), loc.groupSeparator()
        if point != "." and group != ".":
            text = text.replace(".", point)
        zero = ord(loc.zeroDigit())
        return text.translate({ord(d): chr(zero + i % 10) for i, d in enumerate(_DIGITS)})

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return super().validate(self._as_locale(text), pos)

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(self._as_locale(text))

    def seconds(self) -> float | None:
        v = self.value()
        return None if v <= 0 else v

    def set_seconds(self, value: float | None) -> None:
        self.setValue(0.0 if value is None else value)
