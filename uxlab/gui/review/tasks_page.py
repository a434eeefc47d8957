"""The Tasks tab: one row per task; below it the attempts at the selected task, the events and
notes of the selected attempt, and its recording with an event timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QSplitter, QVBoxLayout, QWidget

from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.review import drilldown, task_table
from uxlab.gui.review.player import AttemptPlayer
from uxlab.gui.review.rows_model import KEY_ROLE
from uxlab.gui.review.state import ReviewState
from uxlab.gui.review.table_views import (
    fit_columns,
    make_table,
    select_key,
    select_row,
    selected_key,
)


class TasksPage(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = ReviewState()
        layout = QVBoxLayout(self)
        self.success_only = QCheckBox(self)
        self.success_only.setObjectName("successOnlyCheck")
        self.success_only.setChecked(True)
        layout.addWidget(self.success_only)
        vsplit = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(vsplit, 1)
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
        self.success_only.toggled.connect(lambda _on: self._fill_tasks())
        self.task_view.selectionModel().selectionChanged.connect(
            lambda *_: self._fill_attempts(self.selected_task()))
        self.attempt_view.selectionModel().selectionChanged.connect(
            lambda *_: self._fill_events(selected_key(self.attempt_view)))
        self.retranslate()

    def show_state(self, state: ReviewState) -> None:
        self.state = state
        self._fill_tasks()

    # ------------------------------------------------------------------ selection
    def selected_task(self) -> str | None:
        return selected_key(self.task_view)

    def select_task(self, task: str) -> None:
        select_key(self.task_view, task)

    def select_attempt(self, participant: str) -> None:
        proxy = self.attempt_view.model()
        for row in range(proxy.rowCount()):
            key = str(proxy.index(row, 0).data(KEY_ROLE))
            if drilldown.split_key(key)[0] == participant:
                select_row(self.attempt_view, row)
                return

    def task_column(self, column: int) -> list[str]:
        """Texts of one task-table column as shown (sorted order)."""
        return [str(self.task_proxy.index(r, column).data())
                for r in range(self.task_proxy.rowCount())]

    # ------------------------------------------------------------------ filling
    def _fill_tasks(self) -> None:
        selected = selected_key(self.task_view)
        only = self.success_only.isChecked()
        names, tips = task_table.headers(only)
        if self.state.result is None:
            self.task_model.set_rows(names, [], [], tips)
        else:
            rows, keys = task_table.rows(self.state.result, only, self.state.titles)
            self.task_model.set_rows(names, rows, keys, tips)
        fit_columns(self.task_view)
        select_key(self.task_view, selected)
        if selected_key(self.task_view) is None:
            self._fill_attempts(None)

    def _fill_attempts(self, task: str | None) -> None:
        selected = selected_key(self.attempt_view)  # kept across refreshes
        names, tips = drilldown.attempt_headers()
        shown = self.state.shown
        if task is None or shown is None:
            self.attempt_model.set_rows(names, [], [], tips)
            self.attempts_label.setText(self.tr("Select a task above to see its attempts."))
        else:
            rows, keys = drilldown.attempt_rows(shown, task)
            self.attempt_model.set_rows(names, rows, keys, tips)
            self.attempts_label.setText(self.tr("Attempts at “{0}” ({1})").format(
                self.state.title(task), len(rows)))
            fit_columns(self.attempt_view)
        self._fill_events(None)
        select_key(self.attempt_view, selected)

    def _fill_events(self, key: str | None) -> None:
        names = drilldown.event_headers()
        self.notes_label.setText("")
        self.notes_label.setVisible(False)
        shown = self.state.shown
        if key is None or shown is None:
            self.event_model.set_rows(names, [], [])
            self.events_label.setText(self.tr("Select an attempt to see its events and notes."))
            self.player.clear()
            return
        participant, session, task = drilldown.split_key(key)
        self.player.show_attempt(self.state.loaded, participant, session, task)
        rows, keys = drilldown.event_rows(shown, participant, session, task)
        self.event_model.set_rows(names, rows, keys)
        fit_columns(self.event_view)
        self.events_label.setText(self.tr("Events of {0} in “{1}” (time since the session "
                                          "started)").format(participant, self.state.title(task)))
        notes = self._attempt_notes(participant, task)
        if notes:
            self.notes_label.setText(self.tr("Notes: {0}").format(notes))
            self.notes_label.setVisible(True)

    def _attempt_notes(self, participant: str, task: str) -> str:
        shown = self.state.shown
        if shown is None or "note_text" not in shown.attempts.columns:
            return ""
        a = shown.attempts
        sel = a[(a["participant"].astype(str) == participant) & (a["task"].astype(str) == task)]
        texts = [str(v) for v in sel["note_text"].tolist() if isinstance(v, str) and v.strip()]
        return " · ".join(texts)

    def retranslate(self) -> None:
        self.success_only.setText(self.tr("Time on task: successful &attempts only"))
        self.success_only.setToolTip(self.tr(
            "Checked: time on task of successful attempts (the usual report). Unchecked: "
            "all attempts, including failed and abandoned ones"))
        self.success_only.setAccessibleName(self.tr("Time on task of successful attempts only"))
        self.task_view.setAccessibleName(self.tr("Task results"))
        self.task_view.setToolTip(self.tr("Select a task to see its attempts below"))
        self.attempt_view.setAccessibleName(self.tr("Attempts at the selected task"))
        self.attempt_view.setToolTip(self.tr("Select an attempt to see its events and notes"))
        self.event_view.setAccessibleName(self.tr("Events of the selected attempt"))
        self.event_view.setToolTip(self.tr("Everything recorded during the attempt, in order"))
        self._fill_tasks()
