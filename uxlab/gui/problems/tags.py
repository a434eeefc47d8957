"""Free tags in the Problems view: the bar that tags the selected notes and observations (kept in
``problems.json`` with an audit line per change; the session journals are never rewritten) and
the table of tag counts, for all tasks and per task."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from uxlab.gui.problems.tables import _item, _setup
from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.review import fmt


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProblemTags", text)


def parse_tags(text: str) -> list[str]:
    """Tags typed as a comma-separated list (the Arabic comma ، counts as a comma too)."""
    return [t.strip() for t in text.replace("،", ",").split(",") if t.strip()]


class TagBar(Retranslatable, QWidget):
    """[Tags: ______] [Add tags] [Remove tags] for the selected rows of the observation table."""

    requested = Signal(list, list)  # tags to add, tags to remove

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagBar")
        self.label = QLabel(self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("noteTags")
        self.label.setBuddy(self.edit)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addNoteTags")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeNoteTags")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.label, self.edit, self.add_button, self.remove_button):
            layout.addWidget(w)
        layout.setStretch(1, 1)
        self.add_button.clicked.connect(lambda: self._request(add=True))
        self.remove_button.clicked.connect(lambda: self._request(add=False))
        self.edit.returnPressed.connect(lambda: self._request(add=True))
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(_tr("Tags:"))
        self.edit.setAccessibleName(_tr("Tags for the selected rows"))
        self.edit.setPlaceholderText(_tr("e.g. navigation, wording"))
        self.edit.setToolTip(_tr("Free tags, separated by commas, for the selected notes and observations. "
                                 "They are kept in the study's problem list (with an audit trail); the "
                                 "session journals are not changed"))
        self.add_button.setText(_tr("Add tags"))
        self.add_button.setAccessibleName(_tr("Add tags"))
        self.add_button.setToolTip(_tr("Add these tags to the selected rows"))
        self.remove_button.setText(_tr("Remove tags"))
        self.remove_button.setAccessibleName(_tr("Remove tags"))
        self.remove_button.setToolTip(_tr("Remove these tags from the selected rows"))

    def _request(self, add: bool) -> None:
        tags = parse_tags(self.edit.text())
        if tags:
            self.requested.emit(tags if add else [], [] if add else tags)


class TagTable(Retranslatable, QTableWidget):
    """Tag counts: each tag's problems and notes over all tasks, then on each task."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        _setup(self, "tagTable")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._data: tuple[pd.DataFrame, dict[str, str]] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([_tr("Tag"), _tr("Task"), _tr("Problems"), _tr("Notes and observations")])
        self.setAccessibleName(_tr("Tag counts"))
        self.setToolTip(_tr("For each tag: the problems carrying it and the notes and observations tagged "
                            "with it, over all tasks and then on each task (a problem counts on every task "
                            "where it was met)"))
        if self._data is not None:
            self.fill(*self._data)

    def fill(self, counts: pd.DataFrame, task_titles: dict[str, str]) -> None:
        self._data = (counts, task_titles)
        self.setSortingEnabled(False)
        self.setRowCount(len(counts))
        for r, row in enumerate(counts.to_dict("records")):
            task = str(row["task"])
            place = f"{r:06d}"  # keeps each tag's rows together, all tasks first
            cells = [
                _item(str(row["tag"]) if not task else "", place),
                _item(task_titles.get(task, task) if task else _tr("All tasks"), place),
                _item(fmt.integer(row["problems"]), row["problems"], align_end=True),
                _item(fmt.integer(row["notes"]), row["notes"], align_end=True),
            ]
            if not task:
                for it in cells:
                    f = it.font()
                    f.setBold(True)
                    it.setFont(f)
            cells[0].setData(Qt.ItemDataRole.AccessibleTextRole, str(row["tag"]))
            for c, it in enumerate(cells):
                self.setItem(r, c, it)
        self.resizeColumnToContents(0)
        self.resizeColumnToContents(2)
        self.resizeColumnToContents(3)
