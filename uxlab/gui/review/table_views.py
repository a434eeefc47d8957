"""The review's read-only tables: how each is built, a whole row selected, columns fitted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from uxlab.gui.review.rows_model import KEY_ROLE, RowsModel, SortProxy


def make_table(name: str, parent: QWidget) -> tuple[QTableView, RowsModel, SortProxy]:
    view = QTableView(parent)
    view.setObjectName(name)
    model = RowsModel(view)
    proxy = SortProxy(view)
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(False)
    view.setWordWrap(False)
    view.setSortingEnabled(True)
    header = view.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # study order until a click
    header.setResizeContentsPrecision(200)
    header.setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view, model, proxy


def select_row(view: QTableView, row: int) -> None:
    """Select a whole row (QTableView.selectRow can miss under right-to-left layouts)."""
    index = view.model().index(row, 0)
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
             | QItemSelectionModel.SelectionFlag.Rows)
    view.selectionModel().setCurrentIndex(index, flags)
    view.scrollTo(index)


def selected_key(view: QTableView) -> str | None:
    """The key of the selected row (the row's identity, whatever the sort), or None."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return str(rows[0].data(KEY_ROLE)) if rows else None


def select_key(view: QTableView, key: str | None) -> None:
    """Select the row with ``key``, if the table shows it."""
    if key is None:
        return
    proxy = view.model()
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(KEY_ROLE) == key:
            select_row(view, row)
            return


def fit_columns(view: QTableView, cap: int = 320) -> None:
    """Columns as wide as their contents, but a long note or reason never takes the table."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for c in range(header.count()):
        if header.sectionSize(c) > cap:
            header.resizeSection(c, cap)


class ReadingColumns(QObject):
    """Columns for a table whose last column is a sentence (a comparison's reading): the others
    as wide as their contents up to ``cap`` (their full text in the tooltip), narrowed together
    down to ``floor`` when the reading would otherwise get less than ``reading_min`` of the
    visible width; the reading takes the rest and wraps in it, so rows stay a few lines high and
    no sideways scrolling hides it. Refitted whenever the table's visible width changes."""

    def __init__(self, view: QTableView, reading_min: int = 340, cap: int = 190, floor: int = 64) -> None:
        super().__init__(view)
        self.view, self.reading_min, self.cap, self.floor = view, reading_min, cap, floor
        self.natural: list[int] = []
        view.viewport().installEventFilter(self)

    def fit(self) -> None:
        """After new rows: measure the contents, then share the width."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        self.natural = [min(header.sectionSize(c), self.cap) for c in range(header.count() - 1)]
        self.refit()

    def refit(self) -> None:
        header = self.view.horizontalHeader()
        if len(self.natural) != header.count() - 1 or not self.natural:
            return
        widths = self.natural
        room = self.view.viewport().width() - self.reading_min
        if sum(widths) > room > 0:
            scale = room / sum(widths)
            widths = [max(min(self.floor, w), int(w * scale)) for w in widths]  # never past natural
        for c, w in enumerate(widths):
            if header.sectionSize(c) != w:
                header.resizeSection(c, w)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.refit()
        return False
