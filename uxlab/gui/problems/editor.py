"""Edit one problem: title, description, severity on the study's scale, tags, recommendation.
Changes are applied with "Apply" (each one lands in the audit trail with its old value)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from uxlab.core.problems import SEVERITY_SCALES, Problem
from uxlab.gui.problems.tables import severity_text
from uxlab.gui.retranslate import Retranslatable


class ProblemEditor(Retranslatable, QWidget):
    apply_requested = Signal(str, dict)  # problem id, changed fields

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemEditor")
        self.problem: Problem | None = None
        self.scale = "sauro-lewis-1-4"
        self.heading = QLabel(self)
        self.title = QLineEdit(self)
        self.title.setObjectName("problemTitle")
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("problemDescription")
        self.severity = QComboBox(self)
        self.severity.setObjectName("problemSeverity")
        self.tags = QLineEdit(self)
        self.tags.setObjectName("problemTags")
        self.recommendation = QPlainTextEdit(self)
        self.recommendation.setObjectName("problemRecommendation")
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("applyProblem")
        self.apply_button.clicked.connect(self._apply)
        self.title.returnPressed.connect(self._apply)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(self.labels, (self.title, self.description, self.severity, self.tags,
                                              self.recommendation), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.apply_button)
        self.retranslate()
        self.show_problem(None, self.scale)

    def retranslate(self) -> None:
        texts = (self.tr("Title"), self.tr("Descriptio&n"), self.tr("Severit&y"), self.tr("Ta&gs"),
                 self.tr("R&ecommendation"))
        tips = (self.tr("A short name for the problem"), self.tr("What happens and why it matters"),
                self.tr("How severe the problem is, on the study's scale"),
                self.tr("Free tags, separated by commas (e.g. navigation, wording)"),
                self.tr("What to change"))
        for label, field, text, tip in zip(self.labels, (self.title, self.description, self.severity, self.tags,
                                                         self.recommendation), texts, tips, strict=True):
            label.setText(text)
            field.setAccessibleName(text.replace("&", ""))
            field.setToolTip(tip)
        self.apply_button.setText(self.tr("&Apply changes"))
        self.apply_button.setAccessibleName(self.tr("Apply changes"))
        self.apply_button.setToolTip(self.tr("Save the edits; the old values are kept in the audit trail"))
        self._fill_severities()
        self._set_heading()

    def _set_heading(self) -> None:
        self.heading.setText(self.tr("Problem {0}").format(self.problem.id) if self.problem
                             else self.tr("Select a problem to edit it"))

    def _fill_severities(self) -> None:
        current = self.severity.currentData()
        self.severity.clear()
        self.severity.addItem(self.tr("not rated"), None)
        for level in SEVERITY_SCALES[self.scale].levels:
            self.severity.addItem(severity_text(self.scale, level), level)
        i = self.severity.findData(current)
        self.severity.setCurrentIndex(max(0, i))

    def show_problem(self, problem: Problem | None, scale: str) -> None:
        self.problem = problem
        self.scale = scale
        self._fill_severities()
        for w in (self.title, self.description, self.severity, self.tags, self.recommendation, self.apply_button):
            w.setEnabled(problem is not None)
        self.title.setText(problem.title if problem else "")
        self.description.setPlainText(problem.description if problem else "")
        self.tags.setText(", ".join(problem.tags) if problem else "")
        self.recommendation.setPlainText(problem.recommendation if problem else "")
        i = self.severity.findData(problem.severity) if problem and problem.severity is not None else 0
        self.severity.setCurrentIndex(max(0, i))
        self._set_heading()

    def edits(self) -> dict[str, object]:
        """The fields that differ from the problem shown."""
        p = self.problem
        if p is None:
            return {}
        new: dict[str, object] = {
            "title": self.title.text().strip(),
            "description": self.description.toPlainText(),
            "severity": self.severity.currentData(),
            "tags": [t.strip() for t in self.tags.text().split(",") if t.strip()],
            "recommendation": self.recommendation.toPlainText(),
        }
        old: dict[str, object] = {"title": p.title, "description": p.description, "severity": p.severity,
                                  "tags": list(p.tags), "recommendation": p.recommendation}
        return {k: v for k, v in new.items() if v != old[k]}

    def _apply(self) -> None:
        changes = self.edits()
        if self.problem is not None and changes:
            self.apply_requested.emit(self.problem.id, changes)
