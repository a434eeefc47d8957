"""The participant attributes the study records (participant_fields): name, label, and the choices
offered. The field named ``group`` gives the choices of the participant's group."""

from __future__ import annotations

import re

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from uxlab.core.study import ParticipantField, Study
from uxlab.gui.plan.fields import ERROR_COLOUR, FieldBox, problem_text
from uxlab.gui.plan.validation import Problem
from uxlab.gui.retranslate import Retranslatable

COL_NAME, COL_LABEL, COL_CHOICES = 0, 1, 2
_SPLIT = re.compile(r"\s*,\s*")


def parse_choices(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c for c in _SPLIT.split(text.strip()) if c))


class AttributesEditor(Retranslatable, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study: Study | None = None
        self._loading = False
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("participantFields")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(COL_CHOICES, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemChanged.connect(self._on_item_changed)
        self.heading.setBuddy(self.table)
        self.box = FieldBox(self.table)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addAttribute")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeAttribute")
        self.add_button.clicked.connect(self.add_attribute)
        self.remove_button.clicked.connect(self.remove_attribute)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.box, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Attributes recorded for &each participant (the one named \"group\" "
                                     "lists the groups to compare):"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Label"),
                                              self.tr("Choices (separated by commas; empty = free text)")])
        self.table.setAccessibleName(self.tr("Participant attributes"))
        self.table.setToolTip(self.tr("Each attribute: a short name used in the data, the label people read, "
                                      "and the allowed values"))
        self.add_button.setText(self.tr("&Add attribute"))
        self.add_button.setAccessibleName(self.tr("Add attribute"))
        self.add_button.setToolTip(self.tr("Record one more attribute for each participant (e.g. age band)"))
        self.remove_button.setText(self.tr("Remove attribute"))
        self.remove_button.setAccessibleName(self.tr("Remove attribute"))
        self.remove_button.setToolTip(self.tr("Stop recording the selected attribute (values already entered "
                                              "stay with the participants)"))


    def load(self, study: Study) -> None:
        self.study = study
        self._loading = True
        try:
            with QSignalBlocker(self.table):
                self.table.setRowCount(0)
                for f in study.participant_fields:
                    self._append(f)
        finally:
            self._loading = False
        self.table.resizeColumnToContents(COL_NAME)
        self.table.resizeColumnToContents(COL_LABEL)

    def _append(self, f: ParticipantField) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, value in ((COL_NAME, f.name), (COL_LABEL, f.label), (COL_CHOICES, ", ".join(f.choices))):
            self.table.setItem(row, col, QTableWidgetItem(value))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self.study is None or self._loading:
            return
        row = item.row()
        fields = list(self.study.participant_fields)
        if not 0 <= row < len(fields):
            return
        old = fields[row]
        value = item.text().strip()
        if item.column() == COL_NAME:
            new = ParticipantField(value, old.label, old.choices)
            if old.name and value and old.name != value:  # carry the values over to the new name
                for p in self.study.participants:
                    if old.name in p.attributes:
                        p.attributes[value] = p.attributes.pop(old.name)
        elif item.column() == COL_LABEL:
            new = ParticipantField(old.name, value, old.choices)
        else:
            new = ParticipantField(old.name, old.label, parse_choices(value))
        fields[row] = new
        self.study.participant_fields = fields
        self.changed.emit()

    def add_attribute(self) -> None:
        if self.study is None:
            return
        taken = {f.name for f in self.study.participant_fields}
        n = 1
        while f"attribute{n}" in taken:
            n += 1
        f = ParticipantField(f"attribute{n}", self.tr("New attribute"))
        self.study.participant_fields = [*self.study.participant_fields, f]
        with QSignalBlocker(self.table):
            self._append(f)
        self.table.setCurrentCell(self.table.rowCount() - 1, COL_NAME)
        self.table.setFocus()
        self.changed.emit()

    def remove_attribute(self) -> None:
        row = self.table.currentRow()
        if self.study is None or not 0 <= row < len(self.study.participant_fields):
            return
        fields = list(self.study.participant_fields)
        del fields[row]
        self.study.participant_fields = fields
        self.table.removeRow(row)
        self.changed.emit()

    def show_problems(self, problems: list[Problem]) -> None:
        mine = [p for p in problems if p.section == "participant_fields"]
        bad = {p.index: problem_text(p) for p in reversed(mine) if p.index is not None}
        with QSignalBlocker(self.table):
            for row in range(self.table.rowCount()):
                item = self.table.item(row, COL_NAME)
                if item is not None:
                    message = bad.get(row, "")
                    item.setForeground(QBrush(QColor(ERROR_COLOUR)) if message else QBrush())
                    item.setToolTip(message)
        self.box.set_problem("\n".join(problem_text(p) for p in mine[:3]))

    def focus_problem(self, problem: Problem) -> None:
        if problem.index is not None and problem.index < self.table.rowCount():
            self.table.setCurrentCell(problem.index, COL_NAME)
        self.table.setFocus()

