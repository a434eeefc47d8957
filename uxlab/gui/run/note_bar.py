"""The console's note field: a note, a critical incident or a usability problem typed at the
moment its key was pressed. Enter keeps it with that moment, Esc drops it. For a problem, the
study's known problems are offered as the moderator types (the observation is then linked)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QFrame, QHBoxLayout, QLabel, QLineEdit, QWidget

from uxlab.gui.run.timefmt import clock_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunView", text)


class NoteBar(QFrame):
    # kind (note / critical / problem), text, the key's moment, the linked problem id ("" if none)
    committed = Signal(str, str, object, str)  # object: nanoseconds overflow a C int
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.t: int | None = None  # the moment of the key; None while the bar is closed
        self.kind = "note"
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.edit = QLineEdit()
        self.edit.setObjectName("noteEdit")
        self.edit.returnPressed.connect(self.commit)
        self.edit.installEventFilter(self)
        self._problems: list[tuple[str, str]] = []
        self.problem_titles = QStringListModel(self)
        self.completer = QCompleter(self.problem_titles, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        row = QHBoxLayout(self)
        row.addWidget(self.label)
        row.addWidget(self.edit, 1)
        self.hide()

    @property
    def is_open(self) -> bool:
        return self.t is not None

    def retranslate(self) -> None:
        self.edit.setAccessibleName(_tr("Note text"))
        self.edit.setToolTip(_tr("Enter saves the note with the time the key was pressed; Esc cancels"))

    def open(self, kind: str, t: int, problems: list[tuple[str, str]] | None = None) -> None:
        """Open for ``kind`` at moment ``t``; ``problems`` (id, title) are offered for a problem."""
        self.t, self.kind = t, kind
        what = {"critical": _tr("Critical incident"), "problem": _tr("Usability problem")}.get(kind, _tr("Note"))
        self._problems = problems or []
        if kind == "problem":
            self.problem_titles.setStringList([title for _id, title in self._problems])
        self.edit.setCompleter(self.completer if kind == "problem" else None)
        self.label.setText(_tr("{0} at {1} (session time):").format(what, clock_text(t)))
        self.show()
        self.edit.clear()
        self.edit.setFocus()

    def commit(self) -> None:
        if self.t is None:
            return
        text = self.edit.text().strip()
        known = ""
        if self.kind == "problem":
            # Typed (or completed) as the title of a known problem: the observation is linked to it.
            known = next((pid for pid, title in self._problems if title.strip().casefold() == text.casefold()), "")
        self.committed.emit(self.kind, text, self.t, known)

    def close_bar(self) -> None:
        self.t = None
        self.edit.clear()
        self.hide()
        self.closed.emit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (obj is self.edit and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape):  # type: ignore[attr-defined]
            self.close_bar()
            return True
        return super().eventFilter(obj, event)
