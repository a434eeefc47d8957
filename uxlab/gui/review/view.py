"""Review results: task table, participant matrix, study summary, two-group comparison,
drill-down to attempts and events, exclusions, charts, and exports in a worker thread.

Every number comes from :func:`uxlab.analysis.metrics.analyze` (and ``participant_scores``);
this view only selects participants (filter, the two groups compared) and formats the results.
It refreshes when the study or its sessions change; analysis of a 1,000-participant study takes
a few hundred milliseconds, so it runs on the GUI thread, coalesced by a zero-delay timer. The
Excel export and the HTML report run in a :class:`BackgroundJob` thread with a progress dialog.
"""

from __future__ import annotations

import contextlib
import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from uxlab.analysis.metrics import analyze, participant_scores
from uxlab.analysis.model import StudyTables
from uxlab.core.errors import UxlabError
from uxlab.gui import i18n
from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.review import benchmarks as benchmark_table
from uxlab.gui.review import comparison as comparison_table
from uxlab.gui.review import drilldown, fmt, participant_table, selection, task_table
from uxlab.gui.review.background import CANCELLED, DONE, BackgroundJob, Job, error_text
from uxlab.gui.review.exclusion import ExcludeDialog, with_exclusion
from uxlab.gui.review.rows_model import KEY_ROLE, RowsModel, SortProxy
from uxlab.gui.review.summary_panel import SummaryPanel
from uxlab.gui.study_context import StudyContext

# Charts and the HTML report are optional parts: without them (or if they fail to load) the
# results, tables and Excel export still work. The charts (pyqtgraph) load when their tab is
# first shown; ``ChartsPanel`` here is None when they cannot.
CHARTS_INSTALLED = importlib.util.find_spec("pyqtgraph") is not None
_charts_class: Any = None


def charts_panel_class() -> Any:
    """The ChartsPanel class, imported on first use; None when the charts cannot load."""
    global _charts_class
    if _charts_class is None:
        try:
            from uxlab.gui.review.charts import ChartsPanel as panel
        except Exception:
            panel = False
        _charts_class = panel
    return _charts_class or None


def __getattr__(name: str) -> Any:  # ``view.ChartsPanel`` as before, imported on first use
    if name == "ChartsPanel":
        return charts_panel_class()
    raise AttributeError(name)


try:
    from uxlab.export.html import write_report
except Exception:
    write_report = None  # type: ignore[assignment]

CONFIDENCES = (0.90, 0.95, 0.99)
_SEP = "\x1f"  # between column and value in the filter choices


def _table(name: str, parent: QWidget) -> tuple[QTableView, RowsModel, SortProxy]:
    view = QTableView(parent)
    view.setObjectName(name)
    model = RowsModel(view)
    proxy = SortProxy(view)
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(False)
    view.setWordWrap(False)
    view.setSortingEnabled(True)
    header = view.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # study order until a click
    header.setResizeContentsPrecision(200)
    header.setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view, model, proxy


def _select_row(view: QTableView, row: int) -> None:
    """Select a whole row (QTableView.selectRow can miss under right-to-left layouts)."""
    index = view.model().index(row, 0)
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
             | QItemSelectionModel.SelectionFlag.Rows)
    view.selectionModel().setCurrentIndex(index, flags)
    view.scrollTo(index)


def _fit_columns(view: QTableView, cap: int = 320) -> None:
    """Columns as wide as their contents, but a long note or reason never takes the table."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for c in range(header.count()):
        if header.sectionSize(c) > cap:
            header.resizeSection(c, cap)


class ReviewView(Retranslatable, QWidget):
    def __init__(self, context: StudyContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewView")
        self.context = context
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl  # replaceable in tests
        self.tables: StudyTables | None = None  # everything open (excluded participants too)
        self.shown: StudyTables | None = None  # after the "show only" filter
        self.result: dict[str, Any] | None = None
        self.pair: dict[str, Any] | None = None  # the two-group comparison shown
        self._scores: pd.DataFrame | None = None  # participant_scores(shown, excluded too)
        self.error = ""
        self.job: BackgroundJob | None = None
        self.progress: QProgressDialog | None = None
        self.last_message: QMessageBox | None = None
        self._groups: list[str] = []
        self._building = False
        self._stale = False  # the study or sessions changed while the view was hidden
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._build()
        context.study_changed.connect(self.schedule_refresh)
        context.sessions_changed.connect(self.schedule_refresh)
        self.retranslate()
        self.refresh()

    # ================================================================== construction
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        outer.addLayout(bar)
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
        self.group_a_combo = QComboBox(self)
        self.group_a_combo.setObjectName("groupACombo")
        self.versus_label = QLabel(self)
        self.group_b_combo = QComboBox(self)
        self.group_b_combo.setObjectName("groupBCombo")
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
                  self.compare_combo, self.group_a_combo, self.versus_label, self.group_b_combo,
                  self.filter_label, self.filter_combo):
            bar.addWidget(w)
        bar.addStretch(1)
        for button in (self.excel_button, self.html_button, self.charts_button):
            bar.addWidget(button)

        # notices: loading warnings (collapsible), analysis errors, nothing open
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
        self.warnings_text.setVisible(False)
        self.warnings_toggle.toggled.connect(self._toggle_warnings)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("analysisError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b04000;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("reviewEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        notices: tuple[QWidget, ...] = (self.warnings_toggle, self.warnings_text,
                                        self.error_label, self.empty_label)
        for notice in notices:
            outer.addWidget(notice)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("reviewSplitter")
        outer.addWidget(self.splitter, 1)
        self.summary_box = QGroupBox(self.splitter)
        box_layout = QVBoxLayout(self.summary_box)
        self.summary = SummaryPanel(self.summary_box)
        scroll = QScrollArea(self.summary_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.summary)
        box_layout.addWidget(scroll)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName("reviewTabs")
        self.splitter.addWidget(self.summary_box)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 1000])

        # tasks tab: table, then attempts of the selected task and events of the attempt
        tasks_page = QWidget(self)
        tl = QVBoxLayout(tasks_page)
        self.success_only = QCheckBox(tasks_page)
        self.success_only.setObjectName("successOnlyCheck")
        self.success_only.setChecked(True)
        tl.addWidget(self.success_only)
        vsplit = QSplitter(Qt.Orientation.Vertical, tasks_page)
        tl.addWidget(vsplit, 1)
        self.task_view, self.task_model, self.task_proxy = _table("taskTable", vsplit)
        drill = QSplitter(Qt.Orientation.Horizontal, vsplit)
        attempts_box = QWidget(drill)
        al = QVBoxLayout(attempts_box)
        al.setContentsMargins(0, 0, 0, 0)
        self.attempts_label = QLabel(attempts_box)
        al.addWidget(self.attempts_label)
        self.attempt_view, self.attempt_model, self.attempt_proxy = _table("attemptsTable",
                                                                           attempts_box)
        al.addWidget(self.attempt_view)
        events_box = QWidget(drill)
        el = QVBoxLayout(events_box)
        el.setContentsMargins(0, 0, 0, 0)
        self.events_label = QLabel(events_box)
        self.events_label.setWordWrap(True)
        el.addWidget(self.events_label)
        self.notes_label = QLabel(events_box)
        self.notes_label.setObjectName("attemptNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        el.addWidget(self.notes_label)
        self.event_view, self.event_model, self.event_proxy = _table("eventsTable", events_box)
        el.addWidget(self.event_view, 1)
        drill.addWidget(attempts_box)
        drill.addWidget(events_box)
        drill.setSizes([640, 420])
        vsplit.addWidget(self.task_view)
        vsplit.addWidget(drill)
        vsplit.setSizes([230, 370])
        vsplit.setStretchFactor(0, 2)  # extra height goes mostly to the drill-down
        vsplit.setStretchFactor(1, 3)
        self.tabs.addTab(tasks_page, "")

        # participants tab
        people_page = QWidget(self)
        pl = QVBoxLayout(people_page)
        pbar = QHBoxLayout()
        self.exclude_button = QPushButton(people_page)
        self.exclude_button.setObjectName("excludeButton")
        self.include_button = QPushButton(people_page)
        self.include_button.setObjectName("includeButton")
        self.legend_label = QLabel(people_page)
        pbar.addWidget(self.exclude_button)
        pbar.addWidget(self.include_button)
        pbar.addSpacing(16)
        pbar.addWidget(self.legend_label, 1)
        pl.addLayout(pbar)
        self.people_view, self.people_model, self.people_proxy = _table("participantTable",
                                                                        people_page)
        pl.addWidget(self.people_view, 1)
        self.tabs.addTab(people_page, "")

        # comparison tab
        compare_page = QWidget(self)
        cl = QVBoxLayout(compare_page)
        self.compare_note = QLabel(compare_page)
        self.compare_note.setObjectName("comparisonNote")
        self.compare_note.setWordWrap(True)
        cl.addWidget(self.compare_note)
        self.compare_view, self.compare_model, self.compare_proxy = _table("comparisonTable",
                                                                           compare_page)
        self.compare_view.setWordWrap(True)
        self._rows_timer = QTimer(self)  # re-wrap the readings once per burst of resizes
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.compare_view.resizeRowsToContents)
        self.compare_view.horizontalHeader().sectionResized.connect(
            lambda *_: self._rows_timer.start())
        cl.addWidget(self.compare_view, 1)
        self.benchmarks_title = QLabel(compare_page)
        self.benchmarks_title.setObjectName("benchmarksTitle")
        self.benchmarks_title.setWordWrap(True)
        cl.addWidget(self.benchmarks_title)
        self.bench_view, self.bench_model, self.bench_proxy = _table("benchmarksTable", compare_page)
        cl.addWidget(self.bench_view, 1)
        self.tabs.addTab(compare_page, "")

        # charts tab (when the charts module is there): the panel is built when the tab is
        # first shown (or the charts are exported), not for a hidden tab
        self.charts: Any = None
        self.charts_error = QLabel(self)
        self.charts_error.setWordWrap(True)
        self.charts_page: QWidget | None = None
        if CHARTS_INSTALLED:
            self.charts_page = QWidget(self)
            self._charts_layout = QVBoxLayout(self.charts_page)
            self._charts_layout.addWidget(self.charts_error)
            self.tabs.addTab(self.charts_page, "")
            self.tabs.currentChanged.connect(self._tab_shown)
        self.charts_error.setVisible(False)

        # signals
        self.confidence_combo.currentIndexChanged.connect(self._options_changed)
        self.compare_combo.currentIndexChanged.connect(self._options_changed)
        self.group_a_combo.currentIndexChanged.connect(self._options_changed)
        self.group_b_combo.currentIndexChanged.connect(self._options_changed)
        self.filter_combo.currentIndexChanged.connect(self._options_changed)
        self.success_only.toggled.connect(lambda _on: self._fill_tasks())
        self.task_view.selectionModel().selectionChanged.connect(self._task_selected)
        self.attempt_view.selectionModel().selectionChanged.connect(self._attempt_selected)
        self.people_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_exclusion_buttons())
        self.exclude_button.clicked.connect(self.exclude_selected)
        self.include_button.clicked.connect(self.include_selected)
        self.excel_button.clicked.connect(lambda: self.export_excel())
        self.html_button.clicked.connect(lambda: self.html_report())
        self.charts_button.clicked.connect(lambda: self.export_charts())

    # ================================================================== texts
    def retranslate(self) -> None:
        self.confidence_label.setText(self.tr("&Confidence:"))
        self.confidence_combo.setToolTip(self.tr(
            "Confidence level of every interval and the threshold of the comparison tests "
            "(a difference is reliable when p < 1 − confidence)"))
        self.confidence_combo.setAccessibleName(self.tr("Confidence level"))
        self.compare_label.setText(self.tr("Compare &by:"))
        self.compare_combo.setToolTip(self.tr(
            "Split the results by group or by a participant attribute and compare two "
            "groups with significance tests"))
        self.compare_combo.setAccessibleName(self.tr("Compare by"))
        self.group_a_combo.setToolTip(self.tr("First group of the comparison"))
        self.group_a_combo.setAccessibleName(self.tr("First group compared"))
        self.group_b_combo.setToolTip(self.tr("Second group of the comparison"))
        self.group_b_combo.setAccessibleName(self.tr("Second group compared"))
        self.versus_label.setText(self.tr("vs"))
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
        self.html_button.setText(self.tr("&HTML report…"))
        self.html_button.setAccessibleName(self.tr("HTML report"))
        self.html_button.setToolTip(
            self.tr("Write a self-contained HTML report and open it in the browser")
            if write_report is not None else self.tr("The HTML report is not available in "
                                                     "this version"))
        self.charts_button.setText(self.tr("Export c&harts…"))
        self.charts_button.setAccessibleName(self.tr("Export charts"))
        self.charts_button.setToolTip(
            self.tr("Save every chart as an image file in a folder") if CHARTS_INSTALLED
            else self.tr("Charts are not available in this version"))
        self.warnings_toggle.setToolTip(self.tr("Show or hide what was found while loading"))
        self.warnings_toggle.setAccessibleName(self.tr("Loading warnings"))
        self.empty_label.setText(self.tr(
            "Open a study (File > Open study) or a results spreadsheet to review its results."))
        self.summary_box.setTitle(self.tr("Study summary"))
        self.success_only.setText(self.tr("Time on task: &successful attempts only"))
        self.success_only.setToolTip(self.tr(
            "Checked: time on task of successful attempts (the usual report). Unchecked: "
            "all attempts, including failed and abandoned ones"))
        self.success_only.setAccessibleName(self.tr("Time on task of successful attempts only"))
        self.tabs.setTabText(0, self.tr("&Tasks"))
        self.tabs.setTabText(1, self.tr("&Participants"))
        self.tabs.setTabText(2, self.tr("C&omparison"))
        self.tabs.setTabToolTip(0, self.tr("One row per task; select a task to see its attempts"))
        self.tabs.setTabToolTip(1, self.tr("Outcome of every task for every participant, "
                                           "questionnaire scores, exclusions"))
        self.tabs.setTabToolTip(2, self.tr("Two groups side by side with significance tests"))
        if self.charts_page is not None:
            self.tabs.setTabText(3, self.tr("C&harts"))
            self.tabs.setTabToolTip(3, self.tr("Charts of the results"))
        self.task_view.setAccessibleName(self.tr("Task results"))
        self.task_view.setToolTip(self.tr("Select a task to see its attempts below"))
        self.attempt_view.setAccessibleName(self.tr("Attempts at the selected task"))
        self.attempt_view.setToolTip(self.tr("Select an attempt to see its events and notes"))
        self.event_view.setAccessibleName(self.tr("Events of the selected attempt"))
        self.event_view.setToolTip(self.tr("Everything recorded during the attempt, in order"))
        self.people_view.setAccessibleName(self.tr("Participants"))
        self.people_view.setToolTip(self.tr("Select a participant to exclude or include them"))
        self.bench_view.setAccessibleName(self.tr("Benchmarks"))
        self.bench_view.setToolTip(self.tr("Each result tested one-sided against its benchmark or "
                                           "target; highlighted rows are better than it"))
        self.compare_view.setAccessibleName(self.tr("Group comparison"))
        self.compare_view.setToolTip(self.tr(
            "Highlighted rows: reliable difference at the chosen confidence level"))
        self.exclude_button.setText(self.tr("E&xclude…"))
        self.exclude_button.setAccessibleName(self.tr("Exclude the selected participant"))
        self.include_button.setText(self.tr("&Include again"))
        self.include_button.setAccessibleName(self.tr("Include the selected participant again"))
        self.legend_label.setText(self.tr(
            "✓ success   ◐ partial   ✗ failure   ⊘ abandoned   – skipped   "
            "(greyed: excluded from the analysis)"))
        self._update_exclusion_buttons()
        if self.tables is not None:
            self._fill_choices(self.tables)  # "nothing", "everyone", "group" in the new language
        self._fill_all()


    # ================================================================== options
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

    def set_filter(self, column: str | None, value: str | None = None) -> None:
        """Show only participants whose ``column`` is ``value`` (None: everyone)."""
        self._flush()
        index = self.filter_combo.findData(f"{column}{_SEP}{value}") if column else 0
        self.filter_combo.setCurrentIndex(max(0, index))
        self.refresh()

    def _flush(self) -> None:
        """Run a pending refresh now (the choices must match the open study)."""
        if self._refresh_timer.isActive() or self._stale:
            self.refresh()

    def set_compare_by(self, column: str | None) -> None:
        self._flush()
        index = self.compare_combo.findData(column) if column else 0
        self.compare_combo.setCurrentIndex(max(0, index))
        self.refresh()

    def set_groups(self, a: str, b: str) -> None:
        self._flush()
        self._building = True
        self.group_a_combo.setCurrentIndex(max(0, self.group_a_combo.findText(a)))
        self.group_b_combo.setCurrentIndex(max(0, self.group_b_combo.findText(b)))
        self._building = False
        self.refresh()

    def _options_changed(self) -> None:
        if not self._building:
            self._refresh_timer.start()

    def schedule_refresh(self) -> None:
        """Refresh soon; while the view is hidden (a session is being run in another tab),
        only remember it and refresh when the view is shown, so the moderator never waits."""
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_timer.start()

    def _fill_choices(self, tables: StudyTables) -> None:
        """Compare-by and filter choices from the participant columns; keep the selections."""
        self._building = True
        try:
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
        finally:
            self._building = False

    def _fill_group_pickers(self, groups: list[str]) -> tuple[str, str] | None:
        """The two groups compared (pickers shown when there are more than two)."""
        self._building = True
        try:
            many = len(groups) > 2
            for w in (self.group_a_combo, self.versus_label, self.group_b_combo):
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
        finally:
            self._building = False

    # ================================================================== refresh
    def refresh(self) -> None:
        """Re-read the tables and re-run the analysis (study, sessions or options changed)."""
        self._refresh_timer.stop()
        self._stale = False
        self.error = ""
        self.result = self.pair = None
        self.tables = self.shown = None
        self._scores = None
        opened = self.context.loaded is not None or self.context.source is not None
        if opened:
            try:
                self.tables = self.context.tables()
            except (UxlabError, OSError) as exc:
                self.error = error_text(exc, self.context.source)
        if self.tables is not None:
            self._fill_choices(self.tables)
            self._analyze(self.tables)
        self._show_warnings()
        self.empty_label.setVisible(not opened)
        self.splitter.setVisible(opened)
        for w in (self.excel_button, self.html_button, self.charts_button):
            w.setEnabled(self.tables is not None)
        self.html_button.setEnabled(self.tables is not None and write_report is not None)
        self.charts_button.setEnabled(self.result is not None and self.charts_page is not None)
        self._fill_all()

    def _analyze(self, tables: StudyTables) -> None:
        column, value = self.filter_choice()
        shown = selection.filtered(tables, column, value)
        by = self.compare_by()
        try:
            result = analyze(shown, self.confidence(), by)
            self._scores = participant_scores(shown, include_excluded=True)
            comp = result.get("comparison")
            pair = None
            groups = [str(g) for g in comp["groups"]] if comp else []
            chosen = self._fill_group_pickers(groups) if by else None
            if comp and len(groups) == 2:
                pair = comp
            elif by and chosen is not None:
                keep = selection.participants_where(shown, by, chosen)
                pair = analyze(selection.subset(shown, keep), self.confidence(), by)
                pair = pair.get("comparison")
        except UxlabError as exc:
            self.error = exc.message
            return
        if not by:
            self._fill_group_pickers([])
        self.shown, self.result, self.pair = shown, result, pair

    def _show_warnings(self) -> None:
        seen: list[str] = []
        sources: list[list[str]] = []
        if self.tables is not None:
            sources.append(self.tables.warnings)
        if self.context.loaded is not None:
            sources.append(self.context.loaded.warnings)
        for warnings in sources:
            for w in warnings:
                if w not in seen:
                    seen.append(w)
        self._warnings = seen
        self.warnings_toggle.setVisible(bool(seen))
        self.warnings_text.setText("\n".join(f"• {w}" for w in seen))
        self.warnings_text.setVisible(bool(seen) and self.warnings_toggle.isChecked())
        self._update_warning_title()
        self.error_label.setVisible(bool(self.error))
        self.error_label.setText(self.tr("The results cannot be computed: {0}").format(self.error)
                                 if self.error else "")

    def _update_warning_title(self) -> None:
        n = len(getattr(self, "_warnings", []))
        shown = self.warnings_toggle.isChecked()
        self.warnings_toggle.setText(
            (self.tr("⚠ {0} warning(s) while loading — click to hide") if shown
             else self.tr("⚠ {0} warning(s) while loading — click to show")).format(n))

    def _toggle_warnings(self, on: bool) -> None:
        self.warnings_toggle.setArrowType(Qt.ArrowType.DownArrow if on
                                          else Qt.ArrowType.RightArrow)
        self.warnings_text.setVisible(on and bool(getattr(self, "_warnings", [])))
        self._update_warning_title()

    # ================================================================== filling tables
    def _titles(self) -> dict[str, str]:
        out: dict[str, str] = {}
        tables = self.tables
        if tables is not None and not tables.tasks.empty:
            for task, title in zip(tables.tasks["task"], tables.tasks["title"], strict=True):
                out[str(task)] = str(title) if isinstance(title, str) and title else str(task)
        study = self.context.study
        if study is not None:
            from uxlab.core.study import pick_text
            for t in study.tasks:
                text = pick_text(t.title, i18n.current_language(), study.language)
                if text:
                    out[t.id] = text
        return out

    def _fill_all(self) -> None:
        if not hasattr(self, "task_model"):
            return
        self._fill_summary()
        self._fill_tasks()
        self._fill_people()
        self._fill_comparison()
        self._fill_charts()

    def _fill_summary(self) -> None:
        included = excluded = 0
        if self.shown is not None:
            flags = [participant_table.is_excluded(v) for v in
                     self.shown.participants.get("excluded", [])]
            excluded = sum(flags)
            included = len(self.shown.participants) - excluded
        self.summary.set_result(self.result, included, excluded)

    def _selected_key(self, view: QTableView) -> str | None:
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        return str(rows[0].data(KEY_ROLE)) if rows else None

    def _select_key(self, view: QTableView, key: str | None) -> None:
        if key is None:
            return
        proxy = view.model()
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if index.data(KEY_ROLE) == key:
                _select_row(view, row)
                return

    def _fill_tasks(self) -> None:
        selected = self._selected_key(self.task_view)
        only = self.success_only.isChecked()
        names, tips = task_table.headers(only)
        if self.result is None:
            self.task_model.set_rows(names, [], [], tips)
        else:
            rows, keys = task_table.rows(self.result, only, self._titles())
            self.task_model.set_rows(names, rows, keys, tips)
        _fit_columns(self.task_view)
        self._select_key(self.task_view, selected)
        if self._selected_key(self.task_view) is None:
            self._fill_attempts(None)

    def _fill_people(self) -> None:
        shown, scores = self.shown, self._scores
        # The matrix depends on the data, the filter and the language, not on the confidence
        # level or the comparison: with 1,000 participants, rebuilding it is most of a refresh.
        made_for = (self.tables, self.filter_choice(), i18n.current_language(),
                    QLocale().name(), shown is None)
        last = getattr(self, "_people_made_for", None)
        if last is not None and last[0] is made_for[0] and last[1:] == made_for[1:]:
            self._update_exclusion_buttons()
            return
        self._people_made_for = made_for
        selected = self._selected_key(self.people_view)
        if shown is None or scores is None:
            self.people_model.set_rows([], [], [])
        else:
            titles = self._titles()
            tasks = [(str(t), titles.get(str(t), str(t))) for t in shown.tasks["task"]]
            names, tips = participant_table.layout(shown, tasks)
            rows, keys = participant_table.rows(shown, scores, tasks)
            self.people_model.set_rows(names, rows, keys, tips)
            _fit_columns(self.people_view)
        self._select_key(self.people_view, selected)
        self._update_exclusion_buttons()

    def _fill_benchmarks(self) -> None:
        names, tips = benchmark_table.headers()
        rows, keys = benchmark_table.rows(self.result or {}, lambda t: self._titles().get(t, t))
        self.bench_model.set_rows(names, rows, keys, tips)
        self.benchmarks_title.setText(self.tr(
            "Benchmarks (one-sided tests; highlighted rows are better than their benchmark at "
            "{0} % confidence): completion 78 %, SEQ 5.5, SUS and UMUX-Lite 68, each task's target "
            "time, or the study's own benchmarks.").format(fmt.integer(round(self.confidence() * 100))))
        self.bench_view.resizeColumnsToContents()

    def _fill_comparison(self) -> None:
        self._fill_benchmarks()
        by = self.compare_by()
        comp = self.result.get("comparison") if self.result else None
        if self.pair is not None:
            groups = [str(g) for g in self.pair.get("groups", [])]
            names, tips = comparison_table.headers(groups)
            rows, keys = comparison_table.rows(self.pair, self._titles())
            self.compare_model.set_rows(names, rows, keys, tips)
            note = self.tr("{0} vs {1} (by {2}), {3} % confidence; highlighted rows differ "
                           "reliably. The p-value and test of each row are those of the "
                           "reading.").format(groups[0], groups[1], by or "",
                                              round(self.confidence() * 100))
            if comp and len(comp.get("groups", [])) > 2:
                note += " " + self.tr("'{0}' has {1} values: choose the two groups to compare "
                                      "next to 'Compare by'.").format(by,
                                                                     len(comp["groups"]))
            self.compare_note.setText(note)
        else:
            self.compare_model.set_rows([], [], [])
            if not by:
                self.compare_note.setText(self.tr(
                    "Choose a group or attribute in 'Compare by' to compare two groups side "
                    "by side with significance tests."))
            elif comp is not None:
                self.compare_note.setText(str(comp.get("note") or self.tr(
                    "Choose two different groups to compare.")))
            else:
                self.compare_note.setText("")
        self.compare_view.resizeColumnsToContents()
        header = self.compare_view.horizontalHeader()
        if header.count():
            header.setSectionResizeMode(header.count() - 1, QHeaderView.ResizeMode.Stretch)
        self.compare_view.resizeRowsToContents()

    def _tab_shown(self, index: int) -> None:
        if self.charts is None and self.charts_page is not None and (
                self.tabs.widget(index) is self.charts_page):
            self.ensure_charts()

    def ensure_charts(self) -> Any:
        """The charts panel, built (and filled) on first use; None when charts cannot load."""
        if self.charts is None and self.charts_page is not None:
            panel = charts_panel_class()
            if panel is None:  # the charts failed to load: no charts tab, as without them
                self.tabs.removeTab(self.tabs.indexOf(self.charts_page))
                self.charts_page.deleteLater()
                self.charts_page = None
                self.charts_button.setEnabled(False)
                return None
            self.charts = panel(self.charts_page)
            self.charts.setObjectName("chartsPanel")
            self._charts_layout.addWidget(self.charts, 1)
            self._fill_charts()
        return self.charts

    def _fill_charts(self) -> None:
        if self.charts is None:
            return
        self.charts_error.setVisible(False)
        if self.shown is None or self.result is None:
            return
        try:
            self.charts.set_data(self.shown, self.result, self.compare_by())
        except Exception as exc:  # a chart problem must not take the results away
            self.charts_error.setText(self.tr("The charts cannot be drawn: {0}").format(
                error_text(exc)))
            self.charts_error.setVisible(True)

    # ================================================================== drill-down
    def selected_task(self) -> str | None:
        return self._selected_key(self.task_view)

    def select_task(self, task: str) -> None:
        self._flush()
        self._select_key(self.task_view, task)

    def select_attempt(self, participant: str) -> None:
        proxy = self.attempt_view.model()
        for row in range(proxy.rowCount()):
            key = str(proxy.index(row, 0).data(KEY_ROLE))
            if drilldown.split_key(key)[0] == participant:
                _select_row(self.attempt_view, row)
                return

    def _task_selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._fill_attempts(self.selected_task())

    def _fill_attempts(self, task: str | None) -> None:
        selected = self._selected_key(self.attempt_view)  # kept across refreshes
        names, tips = drilldown.attempt_headers()
        if task is None or self.shown is None:
            self.attempt_model.set_rows(names, [], [], tips)
            self.attempts_label.setText(self.tr("Select a task above to see its attempts."))
        else:
            rows, keys = drilldown.attempt_rows(self.shown, task)
            self.attempt_model.set_rows(names, rows, keys, tips)
            self.attempts_label.setText(self.tr("Attempts at “{0}” ({1})").format(
                self._titles().get(task, task), len(rows)))
            _fit_columns(self.attempt_view)
        self._fill_events(None)
        self._select_key(self.attempt_view, selected)

    def _attempt_selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._fill_events(self._selected_key(self.attempt_view))

    def _fill_events(self, key: str | None) -> None:
        names = drilldown.event_headers()
        self.notes_label.setText("")
        self.notes_label.setVisible(False)
        if key is None or self.shown is None:
            self.event_model.set_rows(names, [], [])
            self.events_label.setText(self.tr("Select an attempt to see its events and notes."))
            return
        participant, session, task = drilldown.split_key(key)
        rows, keys = drilldown.event_rows(self.shown, participant, session, task)
        self.event_model.set_rows(names, rows, keys)
        _fit_columns(self.event_view)
        self.events_label.setText(self.tr("Events of {0} in “{1}” (time since the session "
                                          "started)").format(participant,
                                                             self._titles().get(task, task)))
        notes = self._attempt_notes(participant, session, task)
        if notes:
            self.notes_label.setText(self.tr("Notes: {0}").format(notes))
            self.notes_label.setVisible(True)

    def _attempt_notes(self, participant: str, session: str, task: str) -> str:
        if self.shown is None or "note_text" not in self.shown.attempts.columns:
            return ""
        a = self.shown.attempts
        sel = a[(a["participant"].astype(str) == participant) & (a["task"].astype(str) == task)]
        texts = [str(v) for v in sel["note_text"].tolist() if isinstance(v, str) and v.strip()]
        return " · ".join(texts)

    # ================================================================== exclusions
    def selected_participant(self) -> str | None:
        return self._selected_key(self.people_view)

    def select_participant(self, participant: str) -> None:
        self._flush()
        self._select_key(self.people_view, participant)

    def _participant_excluded(self, participant: str) -> bool:
        if self.tables is None:
            return False
        p = self.tables.participants
        row = p[p["participant"].astype(str) == participant]
        return bool(len(row)) and participant_table.is_excluded(row["excluded"].iloc[0]
                                                                if "excluded" in row else False)

    def _update_exclusion_buttons(self) -> None:
        pid = self.selected_participant()
        can_save = self.context.study is not None
        excluded = pid is not None and self._participant_excluded(pid)
        self.exclude_button.setEnabled(can_save and pid is not None and not excluded)
        self.include_button.setEnabled(can_save and pid is not None and excluded)
        if not can_save:
            tip = self.tr("A results spreadsheet has no study file to record exclusions in; "
                          "remove the participant's rows in the spreadsheet instead")
        else:
            tip = self.tr("Leave the selected participant out of every number, with a reason "
                          "saved in the study file (no data is deleted)")
        self.exclude_button.setToolTip(tip)
        self.include_button.setToolTip(self.tr(
            "Count the selected participant in the analysis again") if can_save else tip)

    def exclude_selected(self) -> None:
        pid = self.selected_participant()
        if pid is None:
            return
        dialog = ExcludeDialog(pid, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.reason_text():
            self.set_excluded(pid, True, dialog.reason_text())

    def include_selected(self) -> None:
        pid = self.selected_participant()
        if pid is not None:
            self.set_excluded(pid, False, "")

    def set_excluded(self, participant: str, excluded: bool, reason: str) -> bool:
        """Record the (in)exclusion in the study file; the view refreshes from the save."""
        study = self.context.study
        if study is None:
            return False
        group = ""
        if self.tables is not None and "group" in self.tables.participants:
            p = self.tables.participants
            match = p.loc[p["participant"].astype(str) == participant, "group"]
            if len(match) and isinstance(match.iloc[0], str):
                group = match.iloc[0]
        try:
            self.context.save_study(with_exclusion(study, participant, excluded, reason, group))
        except (UxlabError, OSError) as exc:
            self._message(QMessageBox.Icon.Warning, self.tr("The exclusion was not saved"),
                          error_text(exc, self.context.folder))
            return False
        self.refresh()
        self.select_participant(participant)
        return True

    # ================================================================== exports
    def _default_path(self, suffix: str) -> Path:
        folder = self.context.folder
        if folder is not None:  # inside the study folder, next to study.json
            return folder / f"{folder.name}{suffix}"
        source = self.context.source
        if source is not None:
            return source.parent / f"{source.stem}{suffix}"
        return Path.home() / f"uxlab{suffix}"

    def _ask_path(self, title: str, default: Path, pattern: str, suffix: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, str(default), pattern)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def export_excel(self, path: Path | None = None) -> BackgroundJob | None:
        """Ask for a file (unless given) and write the workbook in a worker thread."""
        self._flush()
        if self.tables is None or (self.job is not None and self.job.is_running()):
            return None
        if path is None:
            path = self._ask_path(self.tr("Export to Excel"),
                                  self._default_path("-results.xlsx"),
                                  self.tr("Excel workbook (*.xlsx)"), ".xlsx")
            if path is None:
                return None
        tables, confidence, by = self.tables, self.confidence(), self.compare_by()
        target = Path(path)

        from uxlab.export.xlsx import export_xlsx  # here, not at start: openpyxl is large

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Path:
            results = analyze(tables, confidence, by)
            export_xlsx(tables, results, target, progress=progress, cancel=cancelled)
            return target

        return self._start(job, target, self.tr("Writing {0}…").format(target.name),
                           self._excel_done, cancellable=True)

    def html_report(self, path: Path | None = None) -> BackgroundJob | None:
        self._flush()
        if self.tables is None or write_report is None or (
                self.job is not None and self.job.is_running()):
            return None
        if path is None:
            path = self._ask_path(self.tr("HTML report"), self._default_path("-report.html"),
                                  self.tr("Web page (*.html)"), ".html")
            if path is None:
                return None
        tables, confidence, by = self.tables, self.confidence(), self.compare_by()
        language, target = i18n.current_language(), Path(path)
        writer = write_report

        def job(_progress: Callable[[float], None], _cancelled: Callable[[], bool]) -> Path:
            return Path(writer(tables, target, confidence=confidence, by=by, language=language))

        return self._start(job, target, self.tr("Writing {0}…").format(target.name),
                           self._html_done, cancellable=False)

    def _start(self, job: Job, path: Path, label: str,
               done: Callable[[Path], None], cancellable: bool) -> BackgroundJob:
        self.job = BackgroundJob(job, self, path)
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 100 if cancellable else 0, self)
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(self.tr("Exporting"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.job.cancel)
        self.job.progressed.connect(lambda f: dialog.setValue(round(f * 100)))

        def ended(state: str, payload: object) -> None:
            dialog.canceled.disconnect()
            dialog.close()
            dialog.deleteLater()
            self.progress = None
            if state == DONE:
                done(Path(str(payload)))
            elif state == CANCELLED:
                self._message(QMessageBox.Icon.Information, self.tr("Export cancelled"),
                              self.tr("Nothing was written; {0} is as it was.").format(path))
            else:
                self._message(QMessageBox.Icon.Warning, self.tr("The export failed"),
                              self.tr("{0} could not be written:\n{1}").format(path, payload))

        self.job.ended.connect(ended)
        self.progress = dialog
        self.job.start()
        return self.job

    def cancel_export(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _excel_done(self, path: Path) -> None:
        text = self.tr("The workbook {0} is written.").format(path)
        if self.filter_choice()[0] is not None:
            text += "\n" + self.tr("It holds every participant: the 'Show' filter applies "
                                   "to this window only.")
        box = self._message(QMessageBox.Icon.Information, self.tr("Export finished"), text)
        button = box.addButton(self.tr("Open containing folder"),
                               QMessageBox.ButtonRole.ActionRole)
        button.setObjectName("openFolderButton")
        button.clicked.connect(
            lambda: self.open_url(QUrl.fromLocalFile(str(path.parent))))

    def _html_done(self, path: Path) -> None:
        self.open_url(QUrl.fromLocalFile(str(path)))

    def export_charts(self, folder: Path | None = None) -> list[Path]:
        if self.result is None or self.ensure_charts() is None:
            return []
        if folder is None:
            start = self.context.folder or self._default_path("").parent
            name = QFileDialog.getExistingDirectory(self, self.tr("Export charts to a folder"),
                                                    str(start))
            if not name:
                return []
            folder = Path(name)
        try:
            paths = list(self.charts.export_images(Path(folder)))
        except Exception as exc:  # shown as a message naming the folder
            self._message(QMessageBox.Icon.Warning, self.tr("The charts were not saved"),
                          error_text(exc, folder))
            return []
        box = self._message(QMessageBox.Icon.Information, self.tr("Charts saved"),
                            self.tr("{0} image(s) saved in {1}.").format(len(paths), folder))
        button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: self.open_url(QUrl.fromLocalFile(str(folder))))
        return paths

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        """A non-blocking message (the window keeps working behind it)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("reviewMessage")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.last_message is not None:
            with contextlib.suppress(RuntimeError):  # already deleted
                self.last_message.close()
        self.last_message = box
        box.open()
        return box

    # ================================================================== test helpers
    def task_column(self, column: int) -> list[str]:
        """Texts of one task-table column as shown (sorted order)."""
        return [str(self.task_proxy.index(r, column).data())
                for r in range(self.task_proxy.rowCount())]

    def model_index(self, view: QTableView, row: int, column: int) -> QModelIndex:
        return view.model().index(row, column)
