"""Review results: task table, participant matrix, study summary, two-group comparison,
drill-down to attempts and events, exclusions, charts, and exports in a worker thread.

Every number comes from :func:`uxlab.analysis.metrics.analyze` (and ``participant_scores``);
this view only selects participants (filter, the two groups compared) and formats the results.
It refreshes when the study or its sessions change; analysis of a 1,000-participant study takes
a few hundred milliseconds, so it runs on the GUI thread, coalesced by a zero-delay timer. The
Excel export and the HTML report run in a :class:`BackgroundJob` thread with a progress dialog.

The view is split along its seams: the layout (``view_layout``), its texts (``view_texts``), the
tabs (``tasks_tab``, ``participants_tab``, ``comparison_tab``, ``charts_tab``) and the exports
(``export_actions``) are mixins of :class:`ReviewView`; this module holds the options, the
refresh and the analysis.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
from PySide6.QtCore import QModelIndex, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QTableView, QWidget

from uxlab.analysis.metrics import analyze, participant_scores
from uxlab.analysis.model import StudyTables
from uxlab.core.errors import UxlabError
from uxlab.gui import i18n
from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.review import participant_table, selection
from uxlab.gui.review.background import BackgroundJob, error_text
from uxlab.gui.review.charts_tab import CHARTS_INSTALLED, ChartsTab, charts_panel_class
from uxlab.gui.review.comparison_tab import ComparisonTab
from uxlab.gui.review.export_actions import ExportActions, write_report
from uxlab.gui.review.participants_tab import ParticipantsTab
from uxlab.gui.review.rows_model import KEY_ROLE
from uxlab.gui.review.table_views import select_row
from uxlab.gui.review.tasks_tab import TasksTab
from uxlab.gui.review.view_layout import CONFIDENCES, ReviewLayout
from uxlab.gui.review.view_texts import ReviewTexts
from uxlab.gui.study_context import StudyContext

# Names other modules and tests reach through this module.
__all__ = ["CHARTS_INSTALLED", "CONFIDENCES", "QFileDialog", "ReviewView", "charts_panel_class",
           "write_report"]


def __getattr__(name: str) -> Any:  # ``view.ChartsPanel`` as before, imported on first use
    if name == "ChartsPanel":
        return charts_panel_class()
    raise AttributeError(name)


_SEP = "\x1f"  # between column and value in the filter choices


class ReviewView(ReviewLayout, ReviewTexts, TasksTab, ParticipantsTab, ComparisonTab, ChartsTab,
                 ExportActions, Retranslatable, QWidget):
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
            # more than two independent groups: every pair is in the analysis (Holm-adjusted),
            # so no two are picked; a within-subjects factor with more values keeps the pickers
            many = bool(comp) and "tests" in comp
            chosen = self._fill_group_pickers([] if many else groups) if by else None
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
                select_row(view, row)
                return

    # ================================================================== test helpers
    def task_column(self, column: int) -> list[str]:
        """Texts of one task-table column as shown (sorted order)."""
        return [str(self.task_proxy.index(r, column).data())
                for r in range(self.task_proxy.rowCount())]

    def model_index(self, view: QTableView, row: int, column: int) -> QModelIndex:
        return view.model().index(row, column)
