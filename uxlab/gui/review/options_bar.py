"""The review's options bar: confidence level, compare by (and the two groups compared when there
are more), the "show only" filter, and the export buttons.

It owns its choices and says when one changes (``changed``); the view reads them on refresh.
Choices it fills itself (from the tables) never count as a change."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from uxlab.analysis.model import StudyTables
from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.review import fmt, selection

CONFIDENCES = (0.90, 0.95, 0.99)
_SEP = "\x1f"  # between column and value in the filter choices


class OptionsBar(Retranslatable, QWidget):
    changed = Signal()  # the researcher changed an option

    def __init__(self, parent: QWidget | None = None, *, charts: bool = True,
                 html_report: bool = True) -> None:
        super().__init__(parent)
        self._charts, self._html_report = charts, html_report
        self._building = False
        self._groups: list[str] = []
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        self.confidence_label = QLabel(self)
        self.confidence_combo = QComboBox(self)
        self.confidence_combo.setObjectName("confidenceCombo")
        for c in CONFIDENCES:
            self.confidence_combo.addItem(f"{round(c * 100)} %", c)
        self.confidence_combo.setCurrentIndex(1)
        self.confidence_label.setBuddy(self.confidence_combo)
        self.compare_label = QLabel(self)
        self.compare_combo = QComboBox(self)
        self.compare_combo.setObjectName("compareCombo")
        self.compare_label.setBuddy(self.compare_combo)
        self.between_label = QLabel(self)  # "groups: A vs B": the labels name the group boxes
        self.group_a_combo = QComboBox(self)
        self.group_a_combo.setObjectName("groupACombo")
        self.versus_label = QLabel(self)
        self.group_b_combo = QComboBox(self)
        self.group_b_combo.setObjectName("groupBCombo")
        self.between_label.setBuddy(self.group_a_combo)
        self.versus_label.setBuddy(self.group_b_combo)
        self.filter_label = QLabel(self)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("filterCombo")
        self.filter_label.setBuddy(self.filter_combo)
        self.excel_button = QPushButton(self)
        self.excel_button.setObjectName("exportExcelButton")
        self.html_button = QPushButton(self)
        self.html_button.setObjectName("htmlReportButton")
        self.charts_button = QPushButton(self)
        self.charts_button.setObjectName("exportChartsButton")
        for combo in (self.compare_combo, self.filter_combo, self.group_a_combo,
                      self.group_b_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(8)
        for w in (self.confidence_label, self.confidence_combo, self.compare_label,
                  self.compare_combo, self.between_label, self.group_a_combo, self.versus_label,
                  self.group_b_combo, self.filter_label, self.filter_combo):
            bar.addWidget(w)
        bar.addStretch(1)
        for button in (self.excel_button, self.html_button, self.charts_button):
            bar.addWidget(button)
        for combo in (self.confidence_combo, self.compare_combo, self.group_a_combo,
                      self.group_b_combo, self.filter_combo):
            combo.currentIndexChanged.connect(self._combo_changed)
        self.show_groups([])
        self.retranslate()

    # ------------------------------------------------------------------ the choices
    def confidence(self) -> float:
        return float(self.confidence_combo.currentData())

    def compare_by(self) -> str | None:
        data = self.compare_combo.currentData()
        return str(data) if data else None

    def filter_choice(self) -> tuple[str | None, str | None]:
        data = self.filter_combo.currentData()
        if not data:
            return None, None
        column, value = str(data).split(_SEP, 1)
        return column, value

    def choose_filter(self, column: str | None, value: str | None = None) -> None:
        index = self.filter_combo.findData(f"{column}{_SEP}{value}") if column else 0
        self.filter_combo.setCurrentIndex(max(0, index))

    def choose_compare_by(self, column: str | None) -> None:
        index = self.compare_combo.findData(column) if column else 0
        self.compare_combo.setCurrentIndex(max(0, index))

    def choose_groups(self, a: str, b: str) -> None:
        with self._filling():
            self.group_a_combo.setCurrentIndex(max(0, self.group_a_combo.findText(a)))
            self.group_b_combo.setCurrentIndex(max(0, self.group_b_combo.findText(b)))

    def _combo_changed(self) -> None:
        if not self._building:
            self.changed.emit()

    @contextmanager
    def _filling(self) -> Iterator[None]:
        """While the bar fills its own choices, their signals are not the researcher's changes."""
        outer, self._building = self._building, True
        try:
            yield
        finally:
            self._building = outer

    # ------------------------------------------------------------------ filled from the data
    def fill_choices(self, tables: StudyTables) -> None:
        """Compare-by and filter choices from the participant columns; keep the selections."""
        with self._filling():
            columns = selection.split_columns(tables)
            current = self.compare_by()
            self.compare_combo.clear()
            self.compare_combo.addItem(self.tr("nothing"), None)
            for c in [*columns, *(c for c in selection.within_columns(tables)
                                  if c not in columns)]:
                self.compare_combo.addItem(self.tr("group") if c == "group" else c, c)
            self.compare_combo.setCurrentIndex(max(0, self.compare_combo.findData(current))
                                               if current else 0)
            chosen = self.filter_choice()
            self.filter_combo.clear()
            self.filter_combo.addItem(self.tr("everyone"), None)
            for c in columns:
                name = self.tr("group") if c == "group" else c
                for v in selection.column_values(tables, c, included_only=False):
                    self.filter_combo.addItem(f"{name} = {v}", f"{c}{_SEP}{v}")
            index = self.filter_combo.findData(f"{chosen[0]}{_SEP}{chosen[1]}") if chosen[0] else 0
            self.filter_combo.setCurrentIndex(max(0, index))

    def show_groups(self, groups: list[str]) -> tuple[str, str] | None:
        """The two groups compared (pickers shown when there are more than two)."""
        with self._filling():
            many = len(groups) > 2
            for w in (self.between_label, self.group_a_combo, self.versus_label, self.group_b_combo):
                w.setVisible(many)
            if groups != self._groups:
                a, b = self.group_a_combo.currentText(), self.group_b_combo.currentText()
                for combo in (self.group_a_combo, self.group_b_combo):
                    combo.clear()
                    combo.addItems(groups)
                self.group_a_combo.setCurrentIndex(max(0, self.group_a_combo.findText(a)))
                b_index = self.group_b_combo.findText(b)
                self.group_b_combo.setCurrentIndex(b_index if b_index >= 0 else
                                                   min(1, len(groups) - 1))
                self._groups = list(groups)
            if len(groups) < 2:
                return None
            a, b = self.group_a_combo.currentText(), self.group_b_combo.currentText()
            return (a, b) if a != b else None

    def enable_exports(self, tables: bool, result: bool, charts: bool) -> None:
        self.excel_button.setEnabled(tables)
        self.html_button.setEnabled(tables and self._html_report)
        self.charts_button.setEnabled(result and charts)

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.confidence_label.setText(self.tr("Co&nfidence:"))
        self.confidence_combo.setToolTip(self.tr(
            "Confidence level of every interval and the threshold of the comparison tests "
            "(a difference is reliable when p < 1 − confidence)"))
        self.confidence_combo.setAccessibleName(self.tr("Confidence level"))
        for i in range(self.confidence_combo.count()):  # in the locale's digits
            self.confidence_combo.setItemText(i, fmt.percent(self.confidence_combo.itemData(i)))
        self.compare_label.setText(self.tr("Compare b&y:"))
        self.compare_combo.setToolTip(self.tr(
            "Split the results by group or by a participant attribute and compare two "
            "groups with significance tests"))
        self.compare_combo.setAccessibleName(self.tr("Compare by"))
        self.group_a_combo.setToolTip(self.tr("First group of the comparison"))
        self.group_a_combo.setAccessibleName(self.tr("First group compared"))
        self.group_b_combo.setToolTip(self.tr("Second group of the comparison"))
        self.group_b_combo.setAccessibleName(self.tr("Second group compared"))
        self.versus_label.setText(self.tr("vs"))
        self.between_label.setText(self.tr("groups:"))
        self.filter_label.setText(self.tr("&Show:"))
        self.filter_combo.setToolTip(self.tr(
            "Show only the participants of one group or with one attribute value; every "
            "number is then computed on them"))
        self.filter_combo.setAccessibleName(self.tr("Show participants"))
        self.excel_button.setText(self.tr("&Excel…"))
        self.excel_button.setToolTip(self.tr(
            "Export every participant, task, attempt, event and answer with the analysis and "
            "a codebook to an Excel workbook (Ctrl+E)"))
        self.excel_button.setAccessibleName(self.tr("Export to Excel"))
        self.html_button.setText(self.tr("HT&ML report…"))
        self.html_button.setAccessibleName(self.tr("HTML report"))
        self.html_button.setToolTip(
            self.tr("Write a self-contained HTML report and open it in the browser")
            if self._html_report else self.tr("The HTML report is not available in this version"))
        self.charts_button.setText(self.tr("E&xport charts…"))
        self.charts_button.setAccessibleName(self.tr("Export charts"))
        self.charts_button.setToolTip(
            self.tr("Save every chart as an image file in a folder") if self._charts
            else self.tr("Charts are not available in this version"))

    def charts_unavailable(self) -> None:
        """The charts failed to load: the button says so and stays off."""
        self._charts = False
        self.charts_button.setEnabled(False)
        self.retranslate()

