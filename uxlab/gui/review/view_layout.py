"""How the review view is laid out: the options bar, the notices, the study summary beside the
tabs (Tasks with its drill-down, Participants, Comparison, Charts), and the signals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from uxlab.gui.review.charts_tab import CHARTS_INSTALLED
from uxlab.gui.review.player import AttemptPlayer
from uxlab.gui.review.rows_model import KEY_ROLE
from uxlab.gui.review.summary_panel import SummaryPanel
from uxlab.gui.review.table_views import ReadingColumns, make_table

CONFIDENCES = (0.90, 0.95, 0.99)


class ReviewLayout:
    """Mixin of :class:`ReviewView`: building its widgets."""

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
        self.between_label = QLabel(self)  # "groups: A vs B": the labels name the group boxes
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
                  self.group_b_combo,
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
        self.task_view, self.task_model, self.task_proxy = make_table("taskTable", vsplit)
        drill = QSplitter(Qt.Orientation.Horizontal, vsplit)
        attempts_box = QWidget(drill)
        al = QVBoxLayout(attempts_box)
        al.setContentsMargins(0, 0, 0, 0)
        self.attempts_label = QLabel(attempts_box)
        al.addWidget(self.attempts_label)
        self.attempt_view, self.attempt_model, self.attempt_proxy = make_table("attemptsTable",
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
        self.event_view, self.event_model, self.event_proxy = make_table("eventsTable", events_box)
        el.addWidget(self.event_view, 1)
        self.player = AttemptPlayer(drill)  # the attempt's recording, with its event timeline
        for chosen in (self.event_view.clicked, self.event_view.activated):  # mouse, Enter
            chosen.connect(lambda ix: self.player.jump_to_seq(ix.data(KEY_ROLE)))
        drill.addWidget(attempts_box)
        drill.addWidget(events_box)
        drill.addWidget(self.player)
        drill.setSizes([430, 380, 460])
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
        self.people_view, self.people_model, self.people_proxy = make_table("participantTable",
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
        self.compare_view, self.compare_model, self.compare_proxy = make_table("comparisonTable",
                                                                           compare_page)
        self.compare_view.setWordWrap(True)
        self.compare_columns = ReadingColumns(self.compare_view)  # the reading keeps its room
        self._rows_timer = QTimer(self)  # re-wrap the readings once per burst of resizes
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.compare_view.resizeRowsToContents)
        self.compare_view.horizontalHeader().sectionResized.connect(
            lambda *_: self._rows_timer.start())
        cl.addWidget(self.compare_view, 2)  # the comparison gets most of the height
        self.benchmarks_title = QLabel(compare_page)
        self.benchmarks_title.setObjectName("benchmarksTitle")
        self.benchmarks_title.setWordWrap(True)
        bench_bar = QHBoxLayout()
        bench_bar.addWidget(self.benchmarks_title, 1)
        self.bench_edit_button = QPushButton(compare_page)
        self.bench_edit_button.setObjectName("editBenchmarksButton")
        bench_bar.addWidget(self.bench_edit_button)
        cl.addLayout(bench_bar)
        self.bench_view, self.bench_model, self.bench_proxy = make_table("benchmarksTable", compare_page)
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
        self.bench_edit_button.clicked.connect(self.edit_benchmarks)
        self.exclude_button.clicked.connect(self.exclude_selected)
        self.include_button.clicked.connect(self.include_selected)
        self.excel_button.clicked.connect(lambda: self.export_excel())
        self.html_button.clicked.connect(lambda: self.html_report())
        self.charts_button.clicked.connect(lambda: self.export_charts())
