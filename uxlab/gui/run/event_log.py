"""The session's event log on the console: every event so far (time, task, kind, detail).
Corrections are new events (an audit trail): the corrected row shows the new value and says so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from uxlab.core.events import Event
from uxlab.core.session import Marker, SessionState
from uxlab.gui.run.timefmt import clock_text

HIDDEN_KINDS = {"checkpoint"}
EDITABLE_KINDS = {"marker", "task_ended", "rating", "answer"}


class EventLog(QTableWidget):
    edit_requested = Signal(int)  # seq of the event to correct

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("eventLog")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setAlternatingRowColors(True)
        self.doubleClicked.connect(lambda _i: self._request_edit())
        self._rows: dict[int, int] = {}  # seq -> row
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Task"), self.tr("Event"), self.tr("Detail")])
        self.setAccessibleName(self.tr("Event log"))
        self.setToolTip(self.tr("Everything recorded in this session. Select an event and press F2 (or "
                                "double-click) to correct it; the correction is recorded as a new event."))

    def selected_seq(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.item(rows[0].row(), 0)
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, int) else None

    def _request_edit(self) -> None:
        seq = self.selected_seq()
        if seq is not None:
            self.edit_requested.emit(seq)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F2:
            self._request_edit()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ content
    def describe(self, e: Event, state: SessionState) -> tuple[str, str]:
        """(kind text, detail text) for one event, with corrections applied."""
        d = e.data
        kind = {
            "session_started": self.tr("Session started"),
            "session_resumed": self.tr("Session resumed after an interruption"),
            "session_ended": self.tr("Session ended"),
            "task_started": self.tr("Task started"),
            "task_paused": self.tr("Paused"),
            "task_resumed": self.tr("Resumed"),
            "task_ended": self.tr("Task ended"),
            "marker": self.tr("Marker"),
            "rating": self.tr("Rating"),
            "answer": self.tr("Answer"),
            "undo": self.tr("Undo"),
            "edit": self.tr("Correction"),
        }.get(e.kind, e.kind)
        detail = ""
        if e.kind == "marker":
            m = find_marker(state, e.seq)
            label = {"error": self.tr("Error"), "assist": self.tr("Assist"), "note": self.tr("Note"),
                     "critical": self.tr("Critical incident")}
            if m is not None:
                kind = label.get(m.kind, m.kind)
                detail = m.text
                if m.undone:
                    detail = self.tr("(undone) {0}").format(detail)
                elif m.edited:
                    detail = self.tr("{0} (corrected)").format(detail)
            else:
                kind = label.get(str(d.get("marker")), str(d.get("marker")))
                detail = str(d.get("text", ""))
        elif e.kind == "task_ended":
            a = state.attempts.get(str(d.get("task")))
            outcome = a.outcome if a is not None and a.end_seq == e.seq else str(d.get("outcome"))
            detail = outcome_label(outcome or "")
            if a is not None and a.end_seq == e.seq and outcome != d.get("outcome"):
                detail = self.tr("{0} (corrected)").format(detail)
        elif e.kind in ("rating", "answer"):
            item = str(d.get("item"))
            if d.get("declined"):
                value = self.tr("declined")
            elif d.get("word"):
                value = str(d.get("word"))
            else:
                value = str(d.get("value"))
            q = f"{d.get('questionnaire')}." if e.kind == "answer" else ""
            detail = f"{q}{item} = {value}"
        elif e.kind == "undo":
            detail = self.tr("of event {0}").format(d.get("target"))
        elif e.kind == "edit":
            changes = d.get("changes") if isinstance(d.get("changes"), dict) else {}
            detail = self.tr("of event {0}: {1}").format(
                d.get("target"), ", ".join(f"{k} → {v}" for k, v in (changes or {}).items()))
        elif e.kind == "task_paused" and d.get("reason"):
            detail = self.tr("automatically, after the interruption")
        return kind, detail

    def rebuild(self, state: SessionState, unsaved: list[Event] | None = None) -> None:
        self.setUpdatesEnabled(False)
        try:
            self.setRowCount(0)
            self._rows.clear()
            for e in state.events:
                self._append(e, state, saved=True)
            for e in unsaved or []:
                self._append(e, state, saved=False)
        finally:
            self.setUpdatesEnabled(True)
        self.scrollToBottom()

    def add(self, e: Event, state: SessionState) -> None:
        """A new event was recorded; corrections and undos refresh the row they change."""
        if e.kind in ("undo", "edit"):
            target = e.data.get("target")
            if isinstance(target, int) and target in self._rows:
                self._fill(self._rows[target], state.event(target) or e, state, saved=True)
        self._append(e, state, saved=True)
        self.scrollToBottom()

    def _append(self, e: Event, state: SessionState, saved: bool) -> None:
        if e.kind in HIDDEN_KINDS:
            return
        row = self.rowCount()
        self.insertRow(row)
        self._fill(row, e, state, saved)
        self._rows[e.seq] = row

    def _fill(self, row: int, e: Event, state: SessionState, saved: bool) -> None:
        kind, detail = self.describe(e, state)
        t = e.data.get("at_t_ns", e.t_ns) if e.kind == "marker" else e.t_ns
        task = e.data.get("task", "") if isinstance(e.data.get("task", ""), str) else ""
        values = [clock_text(int(t)), str(task), kind, detail]
        for col, text in enumerate(values):
            item = QTableWidgetItem(text)
            if col == 0:
                item.setData(Qt.ItemDataRole.UserRole, e.seq)
            if not saved:
                item.setForeground(QBrush(QColor("#b00020")))
                item.setToolTip(self.tr("Not saved to disk yet"))
            if detail.startswith(self.tr("(undone) {0}").format("")):
                f = QFont(item.font())
                f.setStrikeOut(True)
                item.setFont(f)
            self.setItem(row, col, item)


def find_marker(state: SessionState, seq: int) -> Marker | None:
    for m in state.all_markers():
        if m.seq == seq:
            return m
    return None


def outcome_label(outcome: str) -> str:
    return {
        "success": QCoreApplication.translate("outcomes", "success"),
        "partial": QCoreApplication.translate("outcomes", "partial success"),
        "fail": QCoreApplication.translate("outcomes", "fail"),
        "abandoned": QCoreApplication.translate("outcomes", "abandoned"),
        "skipped": QCoreApplication.translate("outcomes", "skipped"),
    }.get(outcome, outcome)
