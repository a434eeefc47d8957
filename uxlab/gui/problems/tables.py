"""The Problems view's tables: problems (sortable, by impact first), observations
(multi-select, to merge into problems) and the problem x participant matrix."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from uxlab.core.problems import ProblemList
from uxlab.gui.problems.dragdrop import (
    OBSERVATIONS_MIME,
    PROBLEMS_MIME,
    decode,
    paint_drop_row,
    start_drag,
)
from uxlab.gui.review import fmt

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProblemTables", text)


def severity_name(scale: str, level: int) -> str:
    """The translated name of a severity level (without its number)."""
    labels = {
        ("sauro-lewis-1-4", 1): _tr("scenario failure"),
        ("sauro-lewis-1-4", 2): _tr("considerable recovery effort"),
        ("sauro-lewis-1-4", 3): _tr("minor recovery effort"),
        ("sauro-lewis-1-4", 4): _tr("inefficiency"),
        ("nielsen-0-4", 0): _tr("not a usability problem"),
        ("nielsen-0-4", 1): _tr("cosmetic"),
        ("nielsen-0-4", 2): _tr("minor"),
        ("nielsen-0-4", 3): _tr("major"),
        ("nielsen-0-4", 4): _tr("catastrophe"),
    }
    return labels.get((scale, level), "")


def severity_text(scale: str, level: int | None) -> str:
    """The translated label of a severity level of a scale, with its number."""
    if level is None:
        return fmt.MISSING
    return f"{fmt.integer(level)} {severity_name(scale, level)}".strip()


def clock(seconds: float) -> str:
    """Session time as m:ss (Western digits, like the session timer)."""
    if seconds is None or (isinstance(seconds, float) and math.isnan(seconds)):
        return fmt.MISSING
    s = int(seconds)
    return f"{s // 60}:{s % 60:02d}"


class _Item(QTableWidgetItem):
    """A cell that sorts by a number (or text) of its own, not by its displayed text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        a, b = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if a is None or b is None:
            return super().__lt__(other)
        try:
            return float(a) < float(b)
        except (TypeError, ValueError):
            return str(a) < str(b)


def _item(text: str, sort: Any = None, ident: str | None = None, align_end: bool = False) -> _Item:
    it = _Item(text)
    it.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    if sort is not None:
        it.setData(SORT_ROLE, sort)
    if ident is not None:
        it.setData(ID_ROLE, ident)
    if align_end:
        it.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
    return it


def _setup(table: QTableWidget, name: str) -> None:
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class ProblemTable(QTableWidget):
    """One row per problem: id, title, severity, participants, frequency with its interval,
    observations, tasks; sorted by impact (frequency x severity) until a header is clicked."""

    COLUMNS = 8
    IMPACT = 7
    observations_dropped = Signal(str, list)  # onto problem ('' = below the list: a new one), ids
    problems_dropped = Signal(str, list)  # onto problem, the problems dragged there

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, self.COLUMNS, parent)
        _setup(self, "problemTable")
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.drop_row: int | None = None
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSortIndicator(self.IMPACT, Qt.SortOrder.DescendingOrder)  # most impact first
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([_tr("Id"), _tr("Problem"), _tr("Severity"), _tr("Participants"),
                                        _tr("Frequency (95 % CI)"), _tr("Observations"), _tr("Tasks"),
                                        _tr("Impact")])
        self.setAccessibleName(_tr("Problems"))
        self.setToolTip(_tr("The study's problems, most impact first (share of participants × severity). "
                            "Select several to merge them, or drag a problem onto another; drop observations "
                            "on a problem to add them, below the list to make a new one; click a header to sort"))

    def fill(self, summary: pd.DataFrame, problems: ProblemList) -> None:
        keep = set(self.selected_ids())
        self.setSortingEnabled(False)
        self.setRowCount(len(summary))
        for r, row in enumerate(summary.to_dict("records")):
            pid = str(row["problem"])
            sev = row["severity"]
            sev = None if sev is None or (isinstance(sev, float) and math.isnan(sev)) else int(sev)
            weight = problems.severity_scale.weight(sev)
            cells = [
                _item(pid, f"{len(pid):03d}{pid}", pid),
                _item(str(row["title"]), str(row["title"]).lower()),
                _item(severity_text(problems.scale, sev), weight),
                _item(fmt.integer(row["participants"]), row["participants"], align_end=True),
                _item(fmt.percent_ci(row["frequency"], [row["ci_low"], row["ci_high"]]), row["frequency"],
                      align_end=True),
                _item(fmt.integer(row["observations"]), row["observations"], align_end=True),
                _item(str(row["tasks"]), str(row["tasks"])),
                _item(fmt.number(row["impact"], 2), row["impact"] + (len(summary) - r) * 1e-9, align_end=True),
            ]
            for c, it in enumerate(cells):
                it.setFlags(it.flags() | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
                self.setItem(r, c, it)
        self.setSortingEnabled(True)
        for c in (0, 2, 3, 4, 5, self.IMPACT):
            self.resizeColumnToContents(c)
        self.select_ids(keep)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.selectedIndexes()})
        out = []
        for r in rows:
            it = self.item(r, 0)
            if it is not None:
                out.append(str(it.data(ID_ROLE)))
        return out

    # ------------------------------------------------------------------ drag and drop
    def startDrag(self, _actions: Qt.DropAction) -> None:
        start_drag(self, PROBLEMS_MIME, self.selected_ids())

    def problem_at(self, y: int) -> str | None:
        it = self.item(self.rowAt(y), 0)
        return str(it.data(ID_ROLE)) if it is not None else None

    def _drop_target(self, event: QDragMoveEvent | QDropEvent) -> tuple[str, str | None, list[str]] | None:
        """(what, onto problem, ids) if the drop is allowed here, else None."""
        y = event.position().toPoint().y()
        target = self.problem_at(y)
        data = event.mimeData()
        obs = decode(data, OBSERVATIONS_MIME)
        if obs:
            return "observations", target, obs
        dragged = decode(data, PROBLEMS_MIME)
        if dragged and target is not None and any(p != target for p in dragged):
            return "problems", target, dragged
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(OBSERVATIONS_MIME) or event.mimeData().hasFormat(PROBLEMS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        found = self._drop_target(event)
        row = self.rowAt(event.position().toPoint().y()) if found and found[1] is not None else None
        if row != self.drop_row:
            self.drop_row = row
            self.viewport().update()
        if found is None:
            event.ignore()
        else:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drop_row = None
        self.viewport().update()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        found = self._drop_target(event)
        self.drop_row = None
        self.viewport().update()
        if found is None:
            event.ignore()
            return
        what, target, ids = found
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if what == "observations":
            self.observations_dropped.emit(target or "", ids)
        else:
            self.problems_dropped.emit(str(target), [p for p in ids if p != target])

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_drop_row(self, self.drop_row, self.viewport())

    def select_ids(self, ids: set[str] | list[str]) -> None:
        """Select exactly these problems' rows. Through the selection model, not selectRow():
        in multi-selection selectRow() toggles against a remembered anchor and can deselect
        (seen after a language switch, which rebuilds the rows)."""
        wanted = set(ids)
        selection = QItemSelection()
        model = self.model()
        for r in range(self.rowCount()):
            it = self.item(r, 0)
            if it is not None and it.data(ID_ROLE) in wanted:
                selection.select(model.index(r, 0), model.index(r, self.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().select(selection, flags)


class ObservationTable(QTableWidget):
    """Observations (and notes offered as observations): participant, task, session time, text
    and the problem each counts for. Multi-select to make or extend a problem."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        _setup(self, "observationTable")
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # study order until a click
        self.setSortingEnabled(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([_tr("Participant"), _tr("Task"), _tr("Time"), _tr("Observation"),
                                        _tr("Problem"), _tr("Source"), _tr("Tags")])
        self.setAccessibleName(_tr("Observations"))
        self.setToolTip(_tr("What participants ran into, with the session time. Select several "
                            "(Ctrl or Shift + click) to make them one problem, or drag them onto a problem"))

    def fill(self, observations: pd.DataFrame) -> None:
        keep = set(self.selected_ids())
        sources = {"observation": _tr("observation"), "note": _tr("note"), "critical": _tr("critical incident")}
        self.setSortingEnabled(False)
        self.setRowCount(len(observations))
        for r, row in enumerate(observations.to_dict("records")):
            oid = str(row["observation"])
            cells = [
                _item(str(row["participant"]), str(row["participant"]), oid),
                _item(str(row["task"]) or fmt.MISSING, str(row["task"])),
                _item(clock(row["t_s"]), row["t_s"]),
                _item(str(row["text"]), str(row["text"]).lower()),
                _item(str(row["problem"]) or fmt.MISSING, str(row["problem"])),
                _item(sources.get(str(row["source"]), str(row["source"])), str(row["source"])),
                _item(str(row.get("tags", "")), str(row.get("tags", ""))),
            ]
            for c, it in enumerate(cells):
                it.setFlags(it.flags() | Qt.ItemFlag.ItemIsDragEnabled)
                self.setItem(r, c, it)
        self.setSortingEnabled(True)
        wanted = keep
        for r in range(self.rowCount()):
            it = self.item(r, 0)
            if it is not None and it.data(ID_ROLE) in wanted:
                self.selectRow(r)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.selectedIndexes()})
        return [str(self.item(r, 0).data(ID_ROLE)) for r in rows if self.item(r, 0) is not None]

    def startDrag(self, _actions: Qt.DropAction) -> None:
        start_drag(self, OBSERVATIONS_MIME, self.selected_ids())


class MatrixTable(QTableWidget):
    """Problem x participant matrix (as in MeasuringU's problem matrix): ✓ where the participant
    met the problem, the count and share per problem at the end of each row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        _setup(self, "matrixTable")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(_tr("Problem × participant matrix"))
        self.setToolTip(_tr("✓ where a participant met the problem at least once"))

    def fill(self, matrix: pd.DataFrame, order: list[str]) -> None:
        rows = [p for p in order if p in matrix.index]
        cols = [str(c) for c in matrix.columns]
        self.setRowCount(len(rows) + 1)
        self.setColumnCount(len(cols) + 1)
        self.setHorizontalHeaderLabels([*cols, _tr("Total")])
        self.setVerticalHeaderLabels([*rows, _tr("Problems per participant")])
        self.verticalHeader().setVisible(True)
        n = len(cols)
        for r, pid in enumerate(rows):
            values = matrix.loc[pid].tolist()
            for c, v in enumerate(values):
                self.setItem(r, c, _item("✓" if v else "", v))
            total = int(sum(values))
            self.setItem(r, n, _item(f"{fmt.integer(total)} ({fmt.percent(total / n if n else None)})", total,
                                     align_end=True))
        for c, col in enumerate(cols):
            self.setItem(len(rows), c, _item(fmt.integer(int(matrix[col].sum())), None, align_end=True))
        self.setItem(len(rows), n, _item("", None))
        self.resizeColumnsToContents()
