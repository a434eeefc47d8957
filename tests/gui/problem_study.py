"""Helpers for the Problems view's tests: the study folder (tests/problem_sessions.py) and row
selection in its tables."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableWidget

from tests.problem_sessions import SEEN, record_study

__all__ = ["SEEN", "record_study", "select_rows"]


def select_rows(t: QTableWidget, column: int, texts: list[str]) -> None:
    """Select the rows of a table whose ``column`` reads one of ``texts``."""
    t.clearSelection()
    for r in range(t.rowCount()):
        if t.item(r, column).text() in texts:
            t.selectionModel().select(t.model().index(r, 0),
                                      QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
