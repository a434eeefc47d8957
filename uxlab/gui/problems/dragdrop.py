"""Drag and drop between the Problems view's tables: observations dragged onto a problem join
it (onto the empty space below the list: a new problem), a problem dragged onto another is
merged into it. What is dragged is a list of ids under a private MIME type, so nothing dropped
from elsewhere (text, files) is taken for observations."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor, QDrag, QPainter, QPen
from PySide6.QtWidgets import QTableWidget, QWidget

OBSERVATIONS_MIME = "application/x-uxlab-observations"
PROBLEMS_MIME = "application/x-uxlab-problems"


def encode(mime: str, ids: list[str]) -> QMimeData:
    data = QMimeData()
    data.setData(mime, json.dumps(ids).encode("utf-8"))
    data.setText("\n".join(ids))
    return data


def decode(data: QMimeData, mime: str) -> list[str]:
    """The ids carried by ``data`` under ``mime``; [] when it carries none (or something else)."""
    if not data.hasFormat(mime):
        return []
    try:
        ids = json.loads(bytes(data.data(mime).data()).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return []
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


def start_drag(source: QTableWidget, mime: str, ids: list[str]) -> None:
    """Drag ``ids`` out of ``source`` (the view's startDrag)."""
    if not ids:
        return
    drag = QDrag(source)
    drag.setMimeData(encode(mime, ids))
    drag.exec(Qt.DropAction.CopyAction | Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)


def paint_drop_row(table: QTableWidget, row: int | None, viewport: QWidget) -> None:
    """Outline the row a drop would land on (the whole row, not one cell)."""
    if row is None or row < 0 or row >= table.rowCount():
        return
    first = table.visualRect(table.model().index(row, 0))
    last = table.visualRect(table.model().index(row, table.columnCount() - 1))
    rect = first.united(last).adjusted(1, 1, -2, -2)
    painter = QPainter(viewport)
    pen = QPen(QColor(table.palette().highlight().color()))
    pen.setWidth(2)
    painter.setPen(pen)
    painter.drawRect(rect)
    painter.end()
