"""The review's notices above the results: what loading found (collapsible), why the results
cannot be computed, and what to do when nothing is open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from uxlab.gui.retranslate import Retranslatable


class ReviewNotices(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._warnings: list[str] = []
        self._error = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.warnings_toggle = QToolButton(self)
        self.warnings_toggle.setObjectName("warningsToggle")
        self.warnings_toggle.setCheckable(True)
        self.warnings_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.warnings_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.warnings_toggle.setStyleSheet("QToolButton { border: none; color: #8a4b00; }")
        self.warnings_text = QLabel(self)
        self.warnings_text.setObjectName("warningsText")
        self.warnings_text.setWordWrap(True)
        self.warnings_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings_toggle.toggled.connect(self._toggled)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("analysisError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b04000;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("reviewEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for notice in (self.warnings_toggle, self.warnings_text, self.error_label,
                       self.empty_label):
            layout.addWidget(notice)
        self.show_notices([], "", opened=False)
        self.retranslate()

    def show_notices(self, warnings: list[str], error: str, opened: bool) -> None:
        """Loading warnings (each once), the analysis error, or the hint to open something."""
        self._warnings = list(dict.fromkeys(warnings))
        self._error = error
        self.warnings_toggle.setVisible(bool(self._warnings))
        self.warnings_text.setText("\n".join(f"• {w}" for w in self._warnings))
        self.warnings_text.setVisible(bool(self._warnings) and self.warnings_toggle.isChecked())
        self.error_label.setVisible(bool(error))
        self.empty_label.setVisible(not opened)
        self.retranslate()

    def warnings(self) -> list[str]:
        return list(self._warnings)

    def _toggled(self, on: bool) -> None:
        self.warnings_toggle.setArrowType(Qt.ArrowType.DownArrow if on
                                          else Qt.ArrowType.RightArrow)
        self.warnings_text.setVisible(on and bool(self._warnings))
        self.retranslate()

    def retranslate(self) -> None:
        n = len(self._warnings)
        self.warnings_toggle.setText(
            (self.tr("⚠ {0} warning(s) while loading — click to hide")
             if self.warnings_toggle.isChecked()
             else self.tr("⚠ {0} warning(s) while loading — click to show")).format(n))
        self.warnings_toggle.setToolTip(self.tr("Show or hide what was found while loading"))
        self.warnings_toggle.setAccessibleName(self.tr("Loading warnings"))
        self.error_label.setText(self.tr("The results cannot be computed: {0}").format(self._error)
                                 if self._error else "")
        self.empty_label.setText(self.tr(
            "Open a study (File > Open study) or a results spreadsheet to review its results."))
