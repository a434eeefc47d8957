"""Review results: task table, participant matrix, study summary, group comparison, drill-down
to attempts and events, exclusions, charts, and exports in a worker thread.

Every number comes from :func:`uxlab.analysis.metrics.analyze` (and ``participant_scores``);
this view only selects participants (filter, the two groups compared) and formats the results.
It refreshes when the study or its sessions change; analysis of a 1,000-participant study takes
a few hundred milliseconds, so it runs on the GUI thread, coalesced by a zero-delay timer.

The view is a frame of parts, each a widget of its own that is shown a :class:`ReviewState`
(one per refresh) and keeps nothing else of the view: the options bar, the notices, the study
summary and the four pages (``tasks_page``, ``participants_page``, ``comparison_page``,
``charts_page``). What a part asks for (a saved exclusion, new benchmarks) comes back as a
signal; the exports (``exports``) run in a worker thread.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from uxlab.analysis.metrics import analyze, participant_scores
from uxlab.analysis.model import StudyTables
from uxlab.core.errors import UxlabError
from uxlab.gui import i18n
from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.review import participant_table, selection
from uxlab.gui.review.background import BackgroundJob, error_text
from uxlab.gui.review.benchmark_editor import BenchmarksDialog, with_benchmarks
from uxlab.gui.review.charts_page import CHARTS_INSTALLED, ChartsPage, charts_panel_class
from uxlab.gui.review.comparison_page import ComparisonPage
from uxlab.gui.review.exclusion import with_exclusion
from uxlab.gui.review.exports import ReviewExports, write_report
from uxlab.gui.review.notices import ReviewNotices
from uxlab.gui.review.options_bar import CONFIDENCES, OptionsBar
from uxlab.gui.review.participants_page import ParticipantsPage
from uxlab.gui.review.state import ReviewState
from uxlab.gui.review.summary_panel import SummaryPanel
from uxlab.gui.review.tasks_page import TasksPage
from uxlab.gui.study_context import StudyContext

# Names other modules and tests reach through this module.
__all__ = ["CHARTS_INSTALLED", "CONFIDENCES", "ReviewView", "charts_panel_class", "write_report"]


def __getattr__(name: str) -> Any:  # ``view.ChartsPanel`` as before, imported on first use
    if name == "ChartsPanel":
        return charts_panel_class()
    raise AttributeError(name)


class ReviewView(Retranslatable, QWidget):
    def __init__(self, context: StudyContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewView")
        self.context = context
        self.state = ReviewState()
        self.error = ""
        self._stale = False  # the study or sessions changed while the view was hidden
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

        outer = QVBoxLayout(self)
        self.options = OptionsBar(self, charts=CHARTS_INSTALLED, html_report=write_report is not None)
        outer.addWidget(self.options)
        self.notices = ReviewNotices(self)
        outer.addWidget(self.notices)
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
        self.tasks_page = TasksPage(self)
        self.participants_page = ParticipantsPage(self)
        self.comparison_page = ComparisonPage(self)
        self.tabs.addTab(self.tasks_page, "")
        self.tabs.addTab(self.participants_page, "")
        self.tabs.addTab(self.comparison_page, "")
        # the charts panel is built when its tab is first shown (or the charts are exported)
        self.charts_page: ChartsPage | None = ChartsPage(self) if CHARTS_INSTALLED else None
        if self.charts_page is not None:
            self.tabs.addTab(self.charts_page, "")
            self.tabs.currentChanged.connect(self._tab_shown)
        self.exports = ReviewExports(self, context, lambda: self.state)

        self.options.changed.connect(self._refresh_timer.start)
        self.options.excel_button.clicked.connect(lambda: self.export_excel())
        self.options.html_button.clicked.connect(lambda: self.html_report())
        self.options.charts_button.clicked.connect(lambda: self.export_charts())
        self.participants_page.exclusion_asked.connect(self.set_excluded)
        self.comparison_page.edit_benchmarks_clicked.connect(self.edit_benchmarks)
        context.study_changed.connect(self.schedule_refresh)
        context.sessions_changed.connect(self.schedule_refresh)
        self.retranslate()
        self.refresh()

    # ================================================================== what is shown
    @property
    def tables(self) -> StudyTables | None:
        return self.state.tables

    @property
    def shown(self) -> StudyTables | None:
        return self.state.shown

    @property
    def result(self) -> dict[str, Any] | None:
        return self.state.result

    @property
    def pair(self) -> dict[str, Any] | None:
        return self.state.pair

    @property
    def charts(self) -> Any:
        """The charts panel once built, else None."""
        return self.charts_page.panel if self.charts_page is not None else None

    # ================================================================== options
    def confidence(self) -> float:
        return self.options.confidence()

    def compare_by(self) -> str | None:
        return self.options.compare_by()

    def filter_choice(self) -> tuple[str | None, str | None]:
        return self.options.filter_choice()

    def set_filter(self, column: str | None, value: str | None = None) -> None:
        """Show only participants whose ``column`` is ``value`` (None: everyone)."""
        self._flush()
        self.options.choose_filter(column, value)
        self.refresh()

    def set_compare_by(self, column: str | None) -> None:
        self._flush()
        self.options.choose_compare_by(column)
        self.refresh()

    def set_groups(self, a: str, b: str) -> None:
        self._flush()
        self.options.choose_groups(a, b)
        self.refresh()

    def _flush(self) -> None:
        """Run a pending refresh now (the choices must match the open study)."""
        if self._refresh_timer.isActive() or self._stale:
            self.refresh()

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

    # ================================================================== refresh
    def refresh(self) -> None:
        """Re-read the tables and re-run the analysis (study, sessions or options changed)."""
        self._refresh_timer.stop()
        self._stale = False
        self.error = ""
        tables = None
        opened = self.context.loaded is not None or self.context.source is not None
        if opened:
            try:
                tables = self.context.tables()
            except (UxlabError, OSError) as exc:
                self.error = error_text(exc, self.context.source)
        if tables is not None:
            self.options.fill_choices(tables)
        self.state = self._analyze(tables)
        warnings = [*(tables.warnings if tables is not None else []),
                    *(self.context.loaded.warnings if self.context.loaded is not None else [])]
        self.notices.show_notices(warnings, self.error, opened)
        self.splitter.setVisible(opened)
        self.options.enable_exports(tables is not None, self.state.result is not None,
                                    self.charts_page is not None)
        self._show_state()

    def _analyze(self, tables: StudyTables | None) -> ReviewState:
        """The state shown: the tables, and their analysis unless it fails (then ``error``)."""
        confidence, by, chosen_filter = self.confidence(), self.compare_by(), self.filter_choice()
        base = ReviewState(tables=tables, titles=self._titles(tables), confidence=confidence,
                           by=by, filter=chosen_filter, loaded=self.context.loaded,
                           can_save=self.context.study is not None)
        if tables is None:
            self.options.show_groups([])
            return base
        shown = selection.filtered(tables, *chosen_filter)
        try:
            result = analyze(shown, confidence, by)
            scores = participant_scores(shown, include_excluded=True)
            comp = result.get("comparison")
            pair = None
            groups = [str(g) for g in comp["groups"]] if comp else []
            # more than two independent groups: every pair is in the analysis (Holm-adjusted),
            # so no two are picked; a within-subjects factor with more values keeps the pickers
            many = bool(comp) and "tests" in comp
            chosen = self.options.show_groups([] if many or not by else groups)
            if comp and len(groups) == 2:
                pair = comp
            elif by and chosen is not None:
                keep = selection.participants_where(shown, by, chosen)
                pair = analyze(selection.subset(shown, keep), confidence, by).get("comparison")
        except UxlabError as exc:
            self.error = exc.message
            return base
        return replace(base, shown=shown, result=result, pair=pair, scores=scores)

    def _titles(self, tables: StudyTables | None) -> dict[str, str]:
        """Each task's title in the language shown (the study's own, else the table's)."""
        out: dict[str, str] = {}
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

    def _show_state(self) -> None:
        shown = self.state.shown
        included = excluded = 0
        if shown is not None:
            flags = [participant_table.is_excluded(v) for v in
                     shown.participants.get("excluded", [])]
            excluded = sum(flags)
            included = len(shown.participants) - excluded
        self.summary.set_result(self.state.result, included, excluded)
        self.tasks_page.show_state(self.state)
        self.participants_page.show_state(self.state)
        self.comparison_page.show_state(self.state)
        if self.charts_page is not None:
            self.charts_page.show_state(self.state)

    # ================================================================== selection
    def selected_task(self) -> str | None:
        return self.tasks_page.selected_task()

    def select_task(self, task: str) -> None:
        self._flush()
        self.tasks_page.select_task(task)

    def select_attempt(self, participant: str) -> None:
        self.tasks_page.select_attempt(participant)

    def task_column(self, column: int) -> list[str]:
        """Texts of one task-table column as shown (sorted order)."""
        return self.tasks_page.task_column(column)

    def selected_participant(self) -> str | None:
        return self.participants_page.selected_participant()

    def select_participant(self, participant: str) -> None:
        self._flush()
        self.participants_page.select_participant(participant)

    # ================================================================== saved in the study
    def exclude_selected(self) -> None:
        self.participants_page.exclude_selected()

    def include_selected(self) -> None:
        self.participants_page.include_selected()

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
            self.exports.message(QMessageBox.Icon.Warning, self.tr("The exclusion was not saved"),
                                 error_text(exc, self.context.folder))
            return False
        self.refresh()
        self.select_participant(participant)
        return True

    def edit_benchmarks(self) -> None:
        """Ask for the study's benchmarks and save them in the study file."""
        study = self.context.study
        if study is None:
            return
        dialog = BenchmarksDialog(dict(study.benchmarks), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_benchmarks(dialog.values())

    def set_benchmarks(self, values: dict[str, float]) -> bool:
        """Record the benchmarks in the study file; the view refreshes from the save."""
        study = self.context.study
        if study is None:
            return False
        try:
            self.context.save_study(with_benchmarks(study, values))
        except (UxlabError, OSError) as exc:
            self.exports.message(QMessageBox.Icon.Warning, self.tr("The benchmarks were not saved"),
                                 error_text(exc, self.context.folder))
            return False
        self.refresh()
        return True

    # ================================================================== charts, exports
    def _tab_shown(self, index: int) -> None:
        if self.charts_page is not None and self.tabs.widget(index) is self.charts_page:
            self.ensure_charts()

    def ensure_charts(self) -> Any:
        """The charts panel, built (and filled) on first use; None when charts cannot load."""
        page = self.charts_page
        if page is None:
            return None
        panel = page.ensure_panel()
        if panel is None:  # the charts failed to load: no charts tab, as without them
            self.tabs.removeTab(self.tabs.indexOf(page))
            page.deleteLater()
            self.charts_page = None
            self.options.charts_unavailable()
        return panel

    def export_excel(self, path: Path | None = None) -> BackgroundJob | None:
        self._flush()
        return self.exports.excel(path)

    def html_report(self, path: Path | None = None) -> BackgroundJob | None:
        self._flush()
        return self.exports.html_report(path)

    def export_charts(self, folder: Path | None = None) -> list[Path]:
        if self.result is None or self.ensure_charts() is None:
            return []
        return self.exports.charts(self.charts, folder)

    def cancel_export(self) -> None:
        self.exports.cancel()

    # ================================================================== texts
    def retranslate(self) -> None:
        self.tabs.setAccessibleName(self.tr("Results"))
        self.summary_box.setTitle(self.tr("Study summary"))
        self.tabs.setTabText(0, self.tr("Tas&ks"))
        self.tabs.setTabText(1, self.tr("Part&icipants"))
        self.tabs.setTabText(2, self.tr("C&omparison"))
        self.tabs.setTabToolTip(0, self.tr("One row per task; select a task to see its attempts"))
        self.tabs.setTabToolTip(1, self.tr("Outcome of every task for every participant, "
                                           "questionnaire scores, exclusions"))
        self.tabs.setTabToolTip(2, self.tr("Two groups side by side with significance tests"))
        if self.charts_page is not None:
            self.tabs.setTabText(3, self.tr("&Charts"))
            self.tabs.setTabToolTip(3, self.tr("Charts of the results"))
        if self.state.tables is not None:  # "nothing", "everyone", "group" in the new language
            self.options.fill_choices(self.state.tables)
            self.state = replace(self.state, titles=self._titles(self.state.tables))
            self._show_state()
