"""Each part of the review works alone: built without the review view, shown a ReviewState made
from the demo study's real analysis, and driven with mouse clicks. What a part asks of the study
file comes back as a signal; the parts never reach into the view (they do not import it)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from uxlab.analysis.metrics import analyze, participant_scores
from uxlab.analysis.tables import load_tables
from uxlab.gui.review.comparison_page import ComparisonPage
from uxlab.gui.review.notices import ReviewNotices
from uxlab.gui.review.options_bar import OptionsBar
from uxlab.gui.review.participants_page import ParticipantsPage
from uxlab.gui.review.rows_model import KEY_ROLE
from uxlab.gui.review.state import ReviewState
from uxlab.gui.review.tasks_page import TasksPage

pytestmark = pytest.mark.usefixtures("english_numbers")
REVIEW = Path(__file__).resolve().parents[2] / "uxlab" / "gui" / "review"
PARTS = ("tasks_page", "participants_page", "comparison_page", "charts_page", "options_bar",
         "notices", "exports", "state")


def _state(study: Path, by: str | None = None, can_save: bool = True) -> ReviewState:
    tables = load_tables(study)
    result = analyze(tables, 0.95, by)
    return ReviewState(tables=tables, shown=tables, result=result,
                       pair=result.get("comparison") if by else None,
                       scores=participant_scores(tables, include_excluded=True),
                       titles={str(t): str(t) for t in tables.tasks["task"]}, by=by,
                       can_save=can_save)


def _alone(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _click_row(qtbot: QtBot, view, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = view.visualRect(view.model().index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(10)


def test_the_tasks_page_alone_drills_from_a_task_to_its_attempts_and_events(
        qtbot: QtBot, demo_study: Path) -> None:
    page = _alone(qtbot, TasksPage())
    state = _state(demo_study)
    page.show_state(state)
    assert page.task_model.rowCount() == len(state.result["tasks"])
    assert page.attempt_model.rowCount() == 0
    _click_row(qtbot, page.task_view, 0)
    task = page.selected_task()
    attempts = state.tables.attempts
    assert page.attempt_model.rowCount() == int((attempts["task"] == task).sum())
    _click_row(qtbot, page.attempt_view, 0)
    assert page.event_model.rowCount() > 0
    # a new state (the same study analysed again) keeps the task selected and its attempts shown
    page.show_state(_state(demo_study))
    assert page.selected_task() == task
    assert page.attempt_model.rowCount() == int((attempts["task"] == task).sum())


def test_the_participants_page_alone_asks_for_an_inclusion_by_signal(
        qtbot: QtBot, demo_study: Path) -> None:
    page = _alone(qtbot, ParticipantsPage())
    state = _state(demo_study)
    page.show_state(state)
    assert page.people_model.rowCount() == len(state.tables.participants)
    assert not page.exclude_button.isEnabled()  # nobody selected
    _click_row(qtbot, page.people_view, 0)
    pid = page.people_view.model().index(0, 0).data(KEY_ROLE)
    assert page.selected_participant() == pid
    assert page.exclude_button.isEnabled() and not page.include_button.isEnabled()
    # a spreadsheet has no study file to save in: both buttons stay off
    page.show_state(_state(demo_study, can_save=False))
    assert not page.exclude_button.isEnabled() and not page.include_button.isEnabled()


def test_the_include_button_emits_the_participant(qtbot: QtBot, demo_study: Path) -> None:
    page = _alone(qtbot, ParticipantsPage())
    state = _state(demo_study)
    tables = state.tables
    first = str(tables.participants["participant"].iloc[0])
    tables.participants.loc[0, "excluded"] = True  # as if excluded in the study file
    page.show_state(state)
    page.select_participant(first)
    assert page.include_button.isEnabled()
    with qtbot.waitSignal(page.exclusion_asked) as asked:
        QTest.mouseClick(page.include_button, Qt.MouseButton.LeftButton)
    assert asked.args == [first, False, ""]


def test_the_comparison_page_alone_shows_the_two_groups(qtbot: QtBot, demo_study: Path) -> None:
    page = _alone(qtbot, ComparisonPage())
    page.show_state(_state(demo_study))
    assert page.compare_model.rowCount() == 0
    assert "Compare by" in page.compare_note.text()
    state = _state(demo_study, by="group")
    page.show_state(state)
    groups = [str(g) for g in state.pair["groups"]]
    assert page.compare_model.rowCount() > 0
    assert groups[0] in page.compare_note.text() and groups[1] in page.compare_note.text()
    assert page.bench_model.rowCount() > 0 and page.bench_edit_button.isEnabled()
    with qtbot.waitSignal(page.edit_benchmarks_clicked):
        QTest.mouseClick(page.bench_edit_button, Qt.MouseButton.LeftButton)


def test_the_options_bar_tells_choices_from_its_own_filling(qtbot: QtBot,
                                                            demo_study: Path) -> None:
    bar = _alone(qtbot, OptionsBar())
    changes: list[None] = []
    bar.changed.connect(lambda: changes.append(None))
    bar.fill_choices(load_tables(demo_study))
    assert changes == []  # filled from the data: not the researcher's change
    assert bar.compare_combo.findData("group") > 0
    bar.choose_compare_by("group")
    assert bar.compare_by() == "group" and len(changes) == 1
    assert bar.show_groups(["a", "b", "c"]) == ("a", "b")
    assert bar.group_a_combo.isVisibleTo(bar) and len(changes) == 1
    bar.choose_groups("c", "a")
    assert bar.show_groups(["a", "b", "c"]) == ("c", "a") and len(changes) == 1


def test_the_notices_show_each_warning_once(qtbot: QtBot) -> None:
    notices = _alone(qtbot, ReviewNotices())
    notices.show_notices(["row 3: odd", "row 3: odd", "row 9: odd"], "", opened=True)
    assert notices.warnings() == ["row 3: odd", "row 9: odd"]
    assert "2 warning(s)" in notices.warnings_toggle.text()
    assert not notices.warnings_text.isVisible()
    QTest.mouseClick(notices.warnings_toggle, Qt.MouseButton.LeftButton)
    assert notices.warnings_text.isVisible() and "click to hide" in notices.warnings_toggle.text()
    assert not notices.empty_label.isVisible()


@pytest.mark.parametrize("part", PARTS)
def test_no_part_imports_the_view_or_takes_it_as_self(part: str) -> None:
    tree = ast.parse((REVIEW / f"{part}.py").read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert "uxlab.gui.review.view" not in imported
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        bases = {ast.unparse(b) for b in cls.bases}
        assert bases <= {"Retranslatable", "QWidget", "QObject"}, (part, cls.name, bases)
