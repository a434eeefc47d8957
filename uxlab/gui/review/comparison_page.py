"""The Comparison tab: the groups (or conditions) compared with their tests and readings, and
every result tested against its benchmark."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.review import benchmarks as benchmark_table
from uxlab.gui.review import comparison as comparison_table
from uxlab.gui.review import comparison_many, fmt
from uxlab.gui.review.comparison import isolated
from uxlab.gui.review.state import ReviewState
from uxlab.gui.review.table_views import ReadingColumns, make_table


class ComparisonPage(Retranslatable, QWidget):
    edit_benchmarks_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = ReviewState()
        layout = QVBoxLayout(self)
        self.compare_note = QLabel(self)
        self.compare_note.setObjectName("comparisonNote")
        self.compare_note.setWordWrap(True)
        layout.addWidget(self.compare_note)
        self.compare_view, self.compare_model, self.compare_proxy = make_table("comparisonTable",
                                                                           self)
        self.compare_view.setWordWrap(True)
        self.compare_columns = ReadingColumns(self.compare_view)  # the reading keeps its room
        self._rows_timer = QTimer(self)  # re-wrap the readings once per burst of resizes
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.compare_view.resizeRowsToContents)
        self.compare_view.horizontalHeader().sectionResized.connect(
            lambda *_: self._rows_timer.start())
        layout.addWidget(self.compare_view, 2)  # the comparison gets most of the height
        self.benchmarks_title = QLabel(self)
        self.benchmarks_title.setObjectName("benchmarksTitle")
        self.benchmarks_title.setWordWrap(True)
        bench_bar = QHBoxLayout()
        bench_bar.addWidget(self.benchmarks_title, 1)
        self.bench_edit_button = QPushButton(self)
        self.bench_edit_button.setObjectName("editBenchmarksButton")
        bench_bar.addWidget(self.bench_edit_button)
        layout.addLayout(bench_bar)
        self.bench_view, self.bench_model, self.bench_proxy = make_table("benchmarksTable", self)
        layout.addWidget(self.bench_view, 1)
        self.bench_edit_button.clicked.connect(self.edit_benchmarks_clicked)
        self.retranslate()

    def show_state(self, state: ReviewState) -> None:
        self.state = state
        self._fill_benchmarks()
        self._fill_comparison()

    def _percent(self) -> str:
        return fmt.integer(round(self.state.confidence * 100))

    def _fill_benchmarks(self) -> None:
        can_save = self.state.can_save
        self.bench_edit_button.setEnabled(can_save)
        self.bench_edit_button.setToolTip(self.tr(
            "Change the benchmarks the results are tested against; they are saved in the study "
            "file") if can_save else self.tr(
            "A results spreadsheet has no study file to save benchmarks in; use uxlab analyze "
            "--benchmark on the command line instead"))
        names, tips = benchmark_table.headers()
        rows, keys = benchmark_table.rows(self.state.result or {}, self.state.title)
        self.bench_model.set_rows(names, rows, keys, tips)
        self.benchmarks_title.setText(self.tr(
            "Benchmarks (one-sided tests; highlighted rows are better than their benchmark at "
            "{0} % confidence): completion 78 %, SEQ 5.5, SUS and UMUX-Lite 68, each task's target "
            "time, or the study's own benchmarks.").format(self._percent()))
        self.bench_view.resizeColumnsToContents()

    def _fill_comparison(self) -> None:
        state, by = self.state, self.state.by
        comp = state.result.get("comparison") if state.result else None
        if state.pair is not None:
            self._fill_pair(state.pair, comp, by or "")
        elif comp and "tests" in comp:
            self._fill_many(comp, by or "")
        else:
            self.compare_model.set_rows([], [], [])
            if not by:
                self.compare_note.setText(self.tr(
                    "Choose a group or attribute in 'Compare by' to compare two groups side "
                    "by side with significance tests."))
            elif comp is not None and len(comp.get("groups") or []) < 2:
                self.compare_note.setText(self.tr(
                    "'{0}' has {1} value(s); a comparison needs two groups.").format(
                    isolated(by), fmt.integer(len(comp.get("groups") or [])))
                    + self._left_out(comp, by))
            elif comp is not None:
                self.compare_note.setText(self.tr("Choose two different groups to compare."))
            else:
                self.compare_note.setText("")
        self.compare_columns.fit()
        header = self.compare_view.horizontalHeader()
        if header.count():
            header.setSectionResizeMode(header.count() - 1, QHeaderView.ResizeMode.Stretch)
        self.compare_view.resizeRowsToContents()

    def _fill_pair(self, pair: dict[str, Any], comp: dict[str, Any] | None, by: str) -> None:
        """Two groups (or conditions) side by side, each row with its test and reading."""
        groups = [str(g) for g in pair.get("groups", [])]
        names, tips = comparison_table.headers(groups)
        rows, keys = comparison_table.rows(pair, self.state.titles)
        self.compare_model.set_rows(names, rows, keys, tips)
        note = self.tr("{0} vs {1} (by {2}), {3} % confidence; highlighted rows differ "
                       "reliably. The p-value and test of each row are those of the "
                       "reading.").format(isolated(groups[0]), isolated(groups[1]), isolated(by),
                                          fmt.number(round(self.state.confidence * 100), 0))
        design = str(pair.get("design") or "between")
        pairs = fmt.integer(pair.get("pairs") or 0)
        note += " " + {
            "within": self.tr("Design: within-subjects ({0} participants with data under both "
                              "conditions), so the tests are paired.").format(pairs),
            "mixed": self.tr("Design: mixed ({0} participants with data under both conditions "
                             "are compared paired).").format(pairs),
        }.get(design, self.tr("Design: between-subjects (independent groups)."))
        note += self._left_out(comp or {}, by)
        if comp and len(comp.get("groups", [])) > 2:
            note += " " + self.tr("'{0}' has {1} values: choose the two groups to compare "
                                  "next to 'Compare by'.").format(by, len(comp["groups"]))
        self.compare_note.setText(note)

    def _fill_many(self, comp: dict[str, Any], by: str) -> None:
        """More than two groups: each omnibus test and its Holm-adjusted pairs, as analysed."""
        names, tips = comparison_many.headers()
        rows, keys = comparison_many.rows(comp, self.state.titles)
        self.compare_model.set_rows(names, rows, keys, tips)
        groups = [isolated(str(g)) for g in comp.get("groups") or []]
        self.compare_note.setText(self.tr(
            "{0} groups by {1} ({2}), {3} % confidence. For each measure, a test across all "
            "groups, then every pair of groups with p adjusted by Holm's method; highlighted rows "
            "differ reliably.").format(fmt.integer(len(groups)), isolated(by),
                                       self.tr(", ").join(groups), self._percent())
            + self._left_out(comp, by))

    def _left_out(self, comp: dict[str, Any], by: str) -> str:
        """The sentence on participants (or attempts) left out for want of a value, or nothing."""
        n = int(comp.get("left_out") or 0)
        if not n:
            return ""
        if comp.get("design") in ("within", "mixed"):
            text = self.tr("{0} attempt(s) with no value in '{1}' are left out of the comparison.")
        else:
            text = self.tr("{0} participant(s) with no value in '{1}' are left out of the "
                           "comparison.")
        return " " + text.format(fmt.integer(n), isolated(by))

    def retranslate(self) -> None:
        self.bench_edit_button.setText(self.tr("E&dit benchmarks…"))
        self.bench_edit_button.setAccessibleName(self.tr("Edit the study's benchmarks"))
        self.bench_view.setAccessibleName(self.tr("Benchmarks"))
        self.bench_view.setToolTip(self.tr("Each result tested one-sided against its benchmark or "
                                           "target; highlighted rows are better than it"))
        self.compare_view.setAccessibleName(self.tr("Group comparison"))
        self.compare_view.setToolTip(self.tr(
            "Highlighted rows: reliable difference at the chosen confidence level"))
        self.show_state(self.state)
