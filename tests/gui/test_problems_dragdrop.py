"""Drag and drop in the Problems view, on the real tables with QTest mouse events: observations
dragged onto a problem join it, dropped below the list they make a new problem, a problem dragged
onto another is merged into it; every change lands in the audit trail.

Offscreen Qt has no drag manager (its platform drag returns at once without delivering
anything), so ``PlatformDrag`` stands in for the platform's part only: when the table starts a
drag, it delivers the drag-enter, drag-move and drop events to the widget under the drop point,
as the X11, Windows and macOS drag managers do. The press and moves that start the drag, the
tables' drag and drop handlers and everything after are the application's own code."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.problem_study import record_study, select_rows
from uxlab.gui.problems import dragdrop
from uxlab.gui.problems.view import ProblemsView
from uxlab.gui.study_context import StudyContext
from uxlab.storage.problems_file import load_problems, read_audit

pytestmark = pytest.mark.usefixtures("english_numbers")  # numbers as an English locale writes them

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


class PlatformDrag(QDrag):
    """Delivers a started drag to ``target`` (widget, point): enter, move, then drop when both
    were accepted (else leave), and returns the drop action, like a platform drag manager."""

    target: ClassVar[tuple[QWidget, QPoint] | None] = None
    carried: ClassVar[list[QMimeData]] = []

    def exec(self, actions: Qt.DropAction, default: Qt.DropAction = Qt.DropAction.IgnoreAction) -> Qt.DropAction:
        assert PlatformDrag.target is not None, "the test did not say where to drop"
        widget, pos = PlatformDrag.target
        data = self.mimeData()
        PlatformDrag.carried.append(data)
        enter = QDragEnterEvent(pos, actions, data, LEFT, NONE)
        QApplication.sendEvent(widget, enter)
        move = QDragMoveEvent(pos, actions, data, LEFT, NONE)
        if enter.isAccepted():
            QApplication.sendEvent(widget, move)
        if not (enter.isAccepted() and move.isAccepted()):
            QApplication.sendEvent(widget, QDragLeaveEvent())
            return Qt.DropAction.IgnoreAction
        drop = QDropEvent(QPointF(pos), actions, data, LEFT, NONE)
        QApplication.sendEvent(widget, drop)
        return drop.dropAction() if drop.isAccepted() else Qt.DropAction.IgnoreAction


@pytest.fixture(autouse=True)
def platform_drag(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(dragdrop, "QDrag", PlatformDrag)
    PlatformDrag.target, PlatformDrag.carried = None, []
    yield


@pytest.fixture
def view(qtbot: QtBot, tmp_path: Path) -> ProblemsView:
    context = StudyContext()
    context.open(record_study(tmp_path))
    v = ProblemsView(context)
    v.context_ref = context  # type: ignore[attr-defined]
    qtbot.addWidget(v)
    v.resize(1280, 800)
    v.show()
    qtbot.waitExposed(v)
    return v


def _row_center(table: QTableWidget, row: int) -> QPoint:
    return table.visualRect(table.model().index(row, 1)).center()


def _row_of(table: QTableWidget, column: int, text: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, column).text() == text)


def _drag(source: QTableWidget, row: int, target: QWidget, to: QPoint) -> None:
    """Press on a (selected) row, move the mouse past the drag distance: the table starts the drag."""
    PlatformDrag.target = (target, to)
    start = _row_center(source, row)
    QTest.mousePress(source.viewport(), LEFT, NONE, start)
    QTest.mouseMove(source.viewport(), start + QPoint(4, 1))
    QTest.mouseMove(source.viewport(), start + QPoint(4 + 2 * QApplication.startDragDistance(), 6))
    QTest.mouseRelease(source.viewport(), LEFT, NONE, start + QPoint(4 + 2 * QApplication.startDragDistance(), 6))


def _obs_ids(view: ProblemsView, texts: list[str]) -> list[str]:
    f = view.state.findings
    assert f is not None
    return f.observations.loc[f.observations["text"].isin(texts), "observation"].tolist()


def test_observations_dragged_onto_a_problem_join_it(qtbot: QtBot, view: ProblemsView, tmp_path: Path) -> None:
    select_rows(view.observations, 3, ["could not find search"])
    assert view.new_from_selection() == "PR1"
    moved = ["search hidden", "search again"]
    select_rows(view.observations, 3, moved)
    row = _row_of(view.observations, 3, "search hidden")
    pt = view.problem_table
    _drag(view.observations, row, pt.viewport(), _row_center(pt, 0))
    assert len(PlatformDrag.carried) == 1  # the table started exactly one drag
    pl = load_problems(tmp_path)
    assert [p.id for p in pl.problems] == ["PR1"]
    assert set(pl.problems[0].observations) == set(_obs_ids(view, ["could not find search", *moved]))
    entries, _ = read_audit(tmp_path)
    linked = [e["new"] for e in entries if e["action"] == "link" and e["revision"] == 2]
    assert sorted(linked) == sorted(_obs_ids(view, moved))  # one audited link per dropped observation
    assert pt.selected_ids() == ["PR1"]
    assert pt.item(0, 3).text() == "2"  # P1 and P2 now


def test_observations_dropped_below_the_list_make_a_new_problem(view: ProblemsView, tmp_path: Path) -> None:
    select_rows(view.observations, 3, ["price unclear", "fees confusing"])
    pt = view.problem_table
    assert pt.rowCount() == 0
    _drag(view.observations, _row_of(view.observations, 3, "fees confusing"), pt.viewport(), QPoint(40, 60))
    pl = load_problems(tmp_path)
    assert [(p.id, p.title) for p in pl.problems] == [("PR1", "price unclear")]  # titled after the first (P1)
    assert set(pl.problems[0].observations) == set(_obs_ids(view, ["price unclear", "fees confusing"]))
    assert read_audit(tmp_path)[0][0]["action"] == "create"


def test_a_problem_dragged_onto_another_is_merged_into_it(view: ProblemsView, tmp_path: Path) -> None:
    for texts in (["could not find search"], ["search hidden"], ["fees confusing"]):
        select_rows(view.observations, 3, texts)
        assert view.new_from_selection()
    pt = view.problem_table
    pt.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # PR1, PR2, PR3
    pt.select_ids(["PR2"])
    _drag(pt, _row_of(pt, 0, "PR2"), pt.viewport(), _row_center(pt, _row_of(pt, 0, "PR1")))
    pl = load_problems(tmp_path)
    assert [p.id for p in pl.problems] == ["PR1", "PR3"]
    assert set(pl.get("PR1").observations) == set(_obs_ids(view, ["could not find search", "search hidden"]))  # type: ignore[union-attr]
    entries, _ = read_audit(tmp_path)
    deleted = next(e for e in entries if e["action"] == "delete")
    assert deleted["problem"] == "PR2" and deleted["old"]["title"] == "search hidden"  # kept whole
    assert pt.selected_ids() == ["PR1"]


def test_drops_that_mean_nothing_are_refused(view: ProblemsView, tmp_path: Path) -> None:
    select_rows(view.observations, 3, ["could not find search"])
    assert view.new_from_selection() == "PR1"
    pt = view.problem_table
    revision = load_problems(tmp_path).revision
    # a problem onto itself
    pt.select_ids(["PR1"])
    _drag(pt, 0, pt.viewport(), _row_center(pt, 0))
    # a problem onto the empty space below the list
    _drag(pt, 0, pt.viewport(), QPoint(40, pt.viewport().height() - 10))
    assert len(PlatformDrag.carried) == 2  # both drags started and were turned down
    # plain text from another application
    data = QMimeData()
    data.setText("P1:3")
    enter = QDragEnterEvent(_row_center(pt, 0), Qt.DropAction.CopyAction, data, LEFT, NONE)
    QApplication.sendEvent(pt.viewport(), enter)
    assert not enter.isAccepted()
    assert load_problems(tmp_path).revision == revision
    assert [p.id for p in load_problems(tmp_path).problems] == ["PR1"]
