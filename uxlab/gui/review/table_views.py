"""The review's read-only tables: how each is built, a whole row selected, columns fitted."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from uxlab.gui.review.rows_model import RowsModel, SortProxy


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


def fit_columns(view: QTableView, cap: int = 320) -> None:
    """Columns as wide as their contents, but a long note or reason never takes the table."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for c in range(header.count()):
        if header.sectionSize(c) > cap:
            header.resizeSection(c, cap)
