"""The session's event log on the console: every event so far (time, task, kind, detail).
Corrections are new events (an audit trail): the corrected row shows the new value and says so."""

from __future__ import annotations

from collections.abc import Callable

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
KIND_NAMES = ("session_started", "session_resumed", "session_ended", "task_started", "task_paused",
              "task_resumed", "task_ended", "task_stopped", "task_continued", "rating", "answer", "undo",
              "edit", "error", "assist", "note", "critical", "problem_observation")
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
        # Every row the same height, never measured: a 3-hour session's 20,000 rows cost the
        # last key what they cost the first.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setAlternatingRowColors(True)
        self.doubleClicked.connect(lambda _i: self._request_edit())
        self._rows: dict[int, int] = {}  # seq -> row
        self.task_title: Callable[[str], str] = lambda task: task  # task id -> title shown
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Session time"), self.tr("Task"), self.tr("Event"),
                                        self.tr("Detail")])
        self.horizontalHeaderItem(0).setToolTip(self.tr("Time since the session started (pauses included), "
                                                        "at the key press or click"))
        self.setAccessibleName(self.tr("Event log"))
        # Columns as wide as their longest text in this language (measured once per language,
        # never per row: appending stays constant-time as the session grows).
        metrics = self.fontMetrics()
        pad = 24
        kinds = [self.describe_kind(k) for k in KIND_NAMES]
        self.setColumnWidth(0, max(metrics.horizontalAdvance("0:00:00.0"),
                                   metrics.horizontalAdvance(self.tr("Session time"))) + pad)
        self.setColumnWidth(1, 180)
        self.setColumnWidth(2, max(metrics.horizontalAdvance(k) for k in kinds) + pad)
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
    def describe_kind(self, kind: str) -> str:
        return {
            "session_started": self.tr("Session started"),
            "session_resumed": self.tr("Session resumed after an interruption"),
            "session_ended": self.tr("Session ended"),
            "task_started": self.tr("Task started"),
            "task_paused": self.tr("Paused"),
            "task_resumed": self.tr("Resumed"),
            "task_ended": self.tr("Task ended"),
            "task_stopped": self.tr("Clock stopped"),
            "task_continued": self.tr("Task goes on"),
            "marker": self.tr("Marker"),
            "rating": self.tr("Rating"),
            "answer": self.tr("Answer"),
            "undo": self.tr("Undo"),
            "edit": self.tr("Correction"),
            "error": self.tr("Error"), "assist": self.tr("Assist"), "note": self.tr("Note"),
            "critical": self.tr("Critical incident"),
            "problem_observation": self.tr("Usability problem"),
            "recording_consent": self.tr("Recording consent"),
            "recording_started": self.tr("Recording started"),
            "recording_stopped": self.tr("Recording stopped"),
            "recording_failed": self.tr("Recording failed"),
        }.get(kind, kind)

    def describe(self, e: Event, state: SessionState) -> tuple[str, str]:
        """(kind text, detail text) for one event, with corrections applied."""
        d = e.data
        kind = self.describe_kind(e.kind)
        detail = ""
        if e.kind == "marker":
            m = find_marker(state, e.seq)
            if m is not None:
                kind = self.describe_kind(m.kind)
                detail = m.text
                if m.undone:
                    detail = self.tr("(undone) {0}").format(detail)
                elif m.edited:
                    detail = self.tr("{0} (corrected)").format(detail)
            else:
                kind = self.describe_kind(str(d.get("marker")))
                detail = str(d.get("text", ""))
        elif e.kind == "task_ended":
            a = state.attempts.get(str(d.get("task")))
            outcome = a.outcome if a is not None and a.end_seq == e.seq else str(d.get("outcome"))
            detail = outcome_label(outcome or "")
            if a is not None and a.end_seq == e.seq and outcome != d.get("outcome"):
                detail = self.tr("{0} (corrected)").format(detail)
        elif e.kind in ("rating", "answer"):
            item = str(d.get("item"))
            now = state.answer_recorded_as(e.seq)
            corrected = now is not None and (now.value != d.get("value") or now.declined != bool(d.get("declined"))
                                              or now.word != str(d.get("word", "")))
            if now is not None and corrected:
                value = self._answer_text(now.declined, now.word, now.value)
            else:
                value = self._answer_text(bool(d.get("declined")), str(d.get("word", "")), d.get("value"))
            q = f"{d.get('questionnaire')}." if e.kind == "answer" else ""
            detail = f"{q}{item} = {value}"
            if corrected:
                detail = self.tr("{0} (corrected)").format(detail)
        elif e.kind == "problem_observation":
            detail = str(d.get("text", ""))
            if d.get("problem"):
                detail = self.tr("{0} (known problem {1})").format(detail, d.get("problem"))
        elif e.kind == "task_stopped":
            detail = self.tr("by the participant (“I'm done”)") if d.get("by") == "participant" \
                else self.tr("by the moderator; the outcome follows")
        elif e.kind == "undo":
            detail = self.tr("of event {0}").format(d.get("target"))
        elif e.kind == "edit":
            changes = d.get("changes") if isinstance(d.get("changes"), dict) else {}
            detail = self.tr("of event {0}: {1}").format(
                d.get("target"), ", ".join(f"{k} → {v}" for k, v in (changes or {}).items()))
        elif e.kind == "recording_consent":
            detail = (self.tr("given: {0}") if d.get("given") else self.tr("declined: {0}")).format(
                self._sources(d.get("sources") or []))
        elif e.kind == "recording_started":
            files = d.get("files") if isinstance(d.get("files"), dict) else {}
            detail = self.tr("segment {0}: {1}").format(d.get("segment"), self._sources(list(files or {})))
        elif e.kind == "recording_failed":
            detail = f"{self._sources([d.get('source')])}: {d.get('text')}"
        elif e.kind == "task_paused" and d.get("reason"):
            detail = self.tr("automatically, after the interruption")
        return kind, detail

    def _sources(self, sources: list[object]) -> str:
        names = {"screen": self.tr("screen"), "camera": self.tr("camera"), "voice": self.tr("microphone")}
        return ", ".join(names.get(str(s), str(s)) for s in sources)

    def _answer_text(self, declined: bool, word: str, value: object) -> str:
        if declined:
            return self.tr("declined")
        return word or str(value)

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
        task = e.data.get("task", "") if isinstance(e.data.get("task", ""), str) else ""
        values = [clock_text(e.moment_ns), self.task_title(task) if task else "", kind, detail]
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
    return state.marker(seq)


def outcome_label(outcome: str) -> str:
    return {
        "success": QCoreApplication.translate("outcomes", "success"),
        "partial": QCoreApplication.translate("outcomes", "partial success"),
        "fail": QCoreApplication.translate("outcomes", "fail"),
        "abandoned": QCoreApplication.translate("outcomes", "abandoned"),
        "skipped": QCoreApplication.translate("outcomes", "skipped"),
    }.get(outcome, outcome)
