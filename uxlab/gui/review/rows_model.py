"""A read-only table model over prepared cells: what every review table shows.

The review tables (tasks, participants, attempts, comparison) are small and rebuilt on every
refresh, so each is a list of rows of :class:`Cell` with its text, sort key, tooltip and colours
already decided. Sorting goes through :data:`SORT_ROLE` so numbers sort as numbers, not as text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's id (task id, participant id, ...)

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Cell:
    text: str
    sort: Any = None  # None: sort by text
    tooltip: str = ""
    background: QColor | None = None
    foreground: QColor | None = None
    numeric: bool = False  # aligned to the trailing edge
    bold: bool = False  # a heading row (e.g. the omnibus test above its pairs)

    def sort_key(self) -> Any:
        return self.text if self.sort is None else self.sort


class RowsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._header_tips: list[str] = []
        self._rows: list[list[Cell]] = []
        self._keys: list[str] = []

    def set_rows(self, headers: list[str], rows: list[list[Cell]], keys: list[str],
                 header_tips: list[str] | None = None) -> None:
        self.beginResetModel()
        self._headers = headers
        self._header_tips = header_tips or [""] * len(headers)
        self._rows = rows
        self._keys = keys
        self.endResetModel()

    def set_headers(self, headers: list[str], header_tips: list[str] | None = None) -> None:
        """New header texts (language switch) without touching the rows."""
        self._headers = headers
        if header_tips is not None:
            self._header_tips = header_tips
        if headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    # ------------------------------------------------------------------ queries
    def key(self, row: int) -> str:
        return self._keys[row]

    def keys(self) -> list[str]:
        return list(self._keys)

    def cell(self, row: int, column: int) -> Cell:
        return self._rows[row][column]

    def column_texts(self, column: int) -> list[str]:
        return [r[column].text for r in self._rows]

    def headers(self) -> list[str]:
        return list(self._headers)

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip or None
        if role == SORT_ROLE:
            return cell.sort_key()
        if role == KEY_ROLE:
            return self._keys[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return cell.background
        if role == Qt.ItemDataRole.ForegroundRole:
            return cell.foreground
        if role == Qt.ItemDataRole.FontRole and cell.bold:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignTrailing if cell.numeric else Qt.AlignmentFlag.AlignLeading
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section] or None
        return None


def _order(value: Any) -> tuple[int, Any]:
    """Numbers before text, missing values last in ascending order."""
    if value is None or (isinstance(value, float) and value != value):
        return (2, 0)
    if isinstance(value, bool):
        return (0, int(value))
    if isinstance(value, int | float):
        return (0, float(value))
    return (1, str(value).casefold())


class SortProxy(QSortFilterProxyModel):
    """Sorts on :data:`SORT_ROLE` values of any type (numbers, text, missing)."""

    def lessThan(self, left: Index, right: Index) -> bool:
        return _order(left.data(SORT_ROLE)) < _order(right.data(SORT_ROLE))
