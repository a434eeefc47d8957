"""A Problems view on a study folder for the real-input drag and drop test: it makes problem PR1
from the first observation, selects two more, then prints (one JSON line) where the selected
observation row and PR1's row are on the screen, and runs until killed."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.gui.problem_study import select_rows
from uxlab.gui.problems.view import ProblemsView
from uxlab.gui.study_context import StudyContext


def main(folder: str, first: str, dragged: list[str]) -> None:
    app = QApplication([])
    context = StudyContext()
    context.open(Path(folder))
    view = ProblemsView(context)
    view.resize(1200, 740)
    view.move(20, 20)
    view.show()
    select_rows(view.observations, 3, [first])
    view.new_from_selection()
    select_rows(view.observations, 3, dragged)

    def report() -> None:
        t, pt = view.observations, view.problem_table
        row = next(r for r in range(t.rowCount()) if t.item(r, 3).text() == dragged[0])
        a = t.viewport().mapToGlobal(t.visualRect(t.model().index(row, 1)).center())
        b = pt.viewport().mapToGlobal(pt.visualRect(pt.model().index(0, 1)).center())
        print(json.dumps({"from": [a.x(), a.y()], "to": [b.x(), b.y()]}), flush=True)

    QTimer.singleShot(1000, report)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
