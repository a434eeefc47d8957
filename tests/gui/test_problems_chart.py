"""The Problems view's severity x frequency chart: each problem where its share of participants
and its severity put it, its adjusted-Wald interval, hover tooltips, a click selects the problem,
the same data as a table sorted by impact, and the chart stays left to right under Arabic."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.problem_study import record_study, select_rows
from uxlab.gui.problems.view import ProblemsView
from uxlab.gui.study_context import StudyContext

pytestmark = pytest.mark.usefixtures("english_numbers")  # numbers as an English locale writes them


def _adjusted_wald(x: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    # Sauro & Lewis (2016), Quantifying the User Experience, ch. 3 (adjusted Wald interval)
    p = (x + z * z / 2) / (n + z * z)
    half = z * math.sqrt(p * (1 - p) / (n + z * z))
    return max(0.0, p - half), min(1.0, p + half)


@pytest.fixture
def view(qtbot: QtBot, tmp_path: Path) -> ProblemsView:
    context = StudyContext()
    context.open(record_study(tmp_path))
    v = ProblemsView(context)
    v.context_ref = context  # type: ignore[attr-defined]
    qtbot.addWidget(v)
    # PR1: search (P1, P2 = 2 of 4), not rated; PR2: fees (P3 = 1 of 4), scenario failure (worst)
    select_rows(v.observations, 3, ["could not find search", "search hidden"])
    assert v.new_from_selection() == "PR1"
    select_rows(v.observations, 3, ["fees confusing"])
    assert v.new_from_selection() == "PR2"
    assert v.state.update("PR2", severity=1)
    return v


def _point(view: ProblemsView, pid: str) -> dict:
    return next(p for p in view.chart.points if p["problem"] == pid)


def test_each_problem_sits_at_its_share_and_severity(view: ProblemsView) -> None:
    pr1, pr2 = _point(view, "PR1"), _point(view, "PR2")
    assert (pr1["x"], pr1["y"]) == pytest.approx((50.0, 0.0))  # not rated: the bottom row
    assert (pr2["x"], pr2["y"]) == pytest.approx((25.0, 4.0))  # 1 = scenario failure: the top of 1-4
    assert (pr1["lo"], pr1["hi"]) == pytest.approx(tuple(100 * v for v in _adjusted_wald(2, 4)))
    assert (pr2["lo"], pr2["hi"]) == pytest.approx(tuple(100 * v for v in _adjusted_wald(1, 4)))
    ticks = dict(view.chart.plot.getAxis("left")._tickLevels[0])
    assert ticks[4.0] == "1 \u2068scenario failure\u2069" and ticks[1.0] == "4 \u2068inefficiency\u2069" and ticks[0.0] == "not rated"
    tip = view.chart.hover.text_at(25.0, 4.0)
    assert tip is not None and tip.startswith("PR2: fees confusing")
    assert "Met by 1 of 4 participants: 25% (95% CI" in tip and "Impact: 0.25" in tip
    # the text alternative: the same problems, most impact first (1/4 x 1 = .25 > unrated 0)
    t = view.chart.table
    assert [t.item(r, 0).text() for r in range(t.rowCount())] == ["PR2 fees confusing", "PR1 could not find search"]
    assert [t.item(r, 3).text() for r in range(2)] == ["0.25", "0.00"]
    assert "PR2" in view.chart.plot_widget.accessibleDescription()


def test_problems_on_the_same_spot_are_spread_apart(view: ProblemsView) -> None:
    select_rows(view.observations, 3, ["price unclear"])
    assert view.new_from_selection() == "PR3"  # P1 only: 1 of 4, like PR2
    assert view.state.update("PR3", severity=1)
    ys = sorted(_point(view, p)["y"] for p in ("PR2", "PR3"))
    assert ys[0] < 4.0 < ys[1] and ys[1] - ys[0] == pytest.approx(0.16)


def test_clicking_a_dot_selects_its_problem(qtbot: QtBot, view: ProblemsView) -> None:
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    view.tabs.setCurrentWidget(view.chart)
    qtbot.wait(50)
    view.problem_table.select_ids(["PR1"])
    pw = view.chart.plot_widget
    where = pw.mapFromScene(view.chart.plot.vb.mapViewToScene(QPointF(25.0, 4.0)))
    QTest.mouseClick(pw.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(where.x(), where.y()))
    qtbot.waitUntil(lambda: view.problem_table.selected_ids() == ["PR2"], timeout=2000)
    # and from the table (keyboard): Enter on a row selects that problem
    t = view.chart.table
    t.setFocus()
    t.setCurrentCell(1, 0)
    QTest.keyClick(t, Qt.Key.Key_Return)
    assert view.problem_table.selected_ids() == ["PR1"]


def test_sort_by_impact_puts_the_table_back_in_impact_order(view: ProblemsView) -> None:
    table = view.problem_table
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [table.item(r, 0).text() for r in range(2)] == ["PR1", "PR2"]
    view.buttons["impact"].click()
    assert [table.item(r, 0).text() for r in range(2)] == ["PR2", "PR1"]


def test_the_chart_stays_left_to_right_under_arabic(qtbot: QtBot, view: ProblemsView) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        view.resize(1280, 800)
        view.show()
        qtbot.waitExposed(view)
        view.tabs.setCurrentWidget(view.chart)
        qtbot.wait(50)
        assert view.chart.plot_widget.layoutDirection() == Qt.LayoutDirection.LeftToRight
        vb = view.chart.plot.vb
        x25 = vb.mapViewToScene(QPointF(25.0, 0.0)).x()
        x50 = vb.mapViewToScene(QPointF(50.0, 0.0)).x()
        assert x25 < x50  # shares grow to the right
        assert view.chart.table.layoutDirection() == Qt.LayoutDirection.RightToLeft  # the table mirrors
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_selected_problem_stays_selected_and_ringed_across_a_language_switch(
        qtbot: QtBot, view: ProblemsView) -> None:
    from uxlab.gui import i18n

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    view.show()
    view.problem_table.select_ids(["PR2"])
    assert view.chart.selected == "PR2" and view.chart.ring is not None
    assert list(view.chart.ring.getData()[0]) == [25.0]
    try:
        i18n.install_language(app, "ar")
        qtbot.wait(20)
        assert view.problem_table.selected_ids() == ["PR2"]
        assert view.editor.problem is not None and view.editor.problem.id == "PR2"
        assert view.chart.ring is not None and list(view.chart.ring.getData()[1]) == [4.0]
    finally:
        i18n.install_language(app, "en")
