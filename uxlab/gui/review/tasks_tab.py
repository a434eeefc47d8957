"""The Tasks tab: the task table, the attempts at the selected task and the events and notes of
the selected attempt."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection

from uxlab.gui.review import drilldown, task_table
from uxlab.gui.review.rows_model import KEY_ROLE
from uxlab.gui.review.table_views import fit_columns, select_row


class TasksTab:
    """Mixin of :class:`ReviewView`: filling the task table and its drill-down."""

    def _fill_tasks(self) -> None:
        selected = self._selected_key(self.task_view)
        only = self.success_only.isChecked()
        names, tips = task_table.headers(only)
        if self.result is None:
            self.task_model.set_rows(names, [], [], tips)
        else:
            rows, keys = task_table.rows(self.result, only, self._titles())
            self.task_model.set_rows(names, rows, keys, tips)
        fit_columns(self.task_view)
        self._select_key(self.task_view, selected)
        if self._selected_key(self.task_view) is None:
            self._fill_attempts(None)


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
                select_row(self.attempt_view, row)
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
            fit_columns(self.attempt_view)
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
            self.player.clear()
            return
        participant, session, task = drilldown.split_key(key)
        self.player.show_attempt(self.context.loaded, participant, session, task)
        rows, keys = drilldown.event_rows(self.shown, participant, session, task)
        self.event_model.set_rows(names, rows, keys)
        fit_columns(self.event_view)
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
