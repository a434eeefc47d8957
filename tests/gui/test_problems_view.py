"""The Problems view on a real study folder: observations recorded in sessions become problems,
edits land in problems.json with an audit trail, and the matrix and discovery curve follow."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from uxlab.core.clock import FakeClock
from uxlab.core.study import Participant, Study, Task
from uxlab.gui.problems.view import FILTER_PROBLEM, FILTER_UNASSIGNED, ProblemsView
from uxlab.gui.study_context import StudyContext
from uxlab.storage.journal import open_recorder
from uxlab.storage.problems_file import audit_path, load_problems, problems_path, read_audit
from uxlab.storage.study_files import journal_path, save_study

pytestmark = pytest.mark.usefixtures("english_numbers")  # numbers as an English locale writes them

SEEN = {  # participant -> observations (task, text)
    "P1": [("a", "could not find search"), ("b", "price unclear")],
    "P2": [("a", "search hidden"), ("a", "search again")],
    "P3": [("b", "fees confusing")],
    "P4": [],
}


@pytest.fixture
def study(tmp_path: Path) -> Path:
    save_study(tmp_path, Study(title="S", tasks=[Task("a", {"en": "A"}, {"en": "A"}), Task("b", {"en": "B"}, {"en": "B"})],
                               participants=[Participant(p) for p in SEEN]))
    for pid, seen in SEEN.items():
        clock = FakeClock()
        rec = open_recorder(journal_path(tmp_path, pid), participant=pid, clock=clock)
        rec.start_session(pid, ["a", "b"])
        for task in ("a", "b"):
            rec.start_task(task)
            for t, text in seen:
                if t == task:
                    clock.advance(65)
                    rec.observe_problem(text)
            rec.end_task("success")
        rec.end_session()
    return tmp_path


def _view(qtbot: QtBot, folder: Path) -> ProblemsView:
    context = StudyContext()
    context.open(folder)
    view = ProblemsView(context)
    qtbot.addWidget(view)
    return view


def _select_observations(view: ProblemsView, texts: list[str]) -> None:
    t = view.observations
    t.clearSelection()
    for r in range(t.rowCount()):
        if t.item(r, 3).text() in texts:
            t.selectionModel().select(t.model().index(r, 0), QItemSelectionModel.SelectionFlag.Select
                                      | QItemSelectionModel.SelectionFlag.Rows)


def test_observations_become_problems_and_every_edit_is_audited(qtbot: QtBot, study: Path) -> None:
    view = _view(qtbot, study)
    t = view.observations
    assert t.rowCount() == 5
    assert {t.item(r, 2).text() for r in range(5)} >= {"1:05", "2:10"}  # session time, m:ss
    _select_observations(view, ["could not find search", "search hidden", "search again"])
    pid = view.new_from_selection()
    assert pid == "PR1"
    assert load_problems(study).get("PR1").observations  # type: ignore[union-attr]
    assert view.problem_table.rowCount() == 1
    assert view.problem_table.item(0, 3).text() == "2"  # P1 and P2 (P2 twice counts once)
    assert view.problem_table.item(0, 4).text().startswith("50 %")  # 2 of 4 tested participants

    # edit in the editor and apply: lands on disk, old value in the audit trail
    view.problem_table.select_ids(["PR1"])
    assert view.editor.problem is not None and view.editor.problem.id == "PR1"
    view.editor.title.setText("Search is hard to find")
    view.editor.severity.setCurrentIndex(view.editor.severity.findData(1))
    view.editor.tags.setText("navigation, search")
    view.editor.apply_button.click()
    saved = load_problems(study).get("PR1")
    assert saved is not None and saved.title == "Search is hard to find" and saved.severity == 1
    assert saved.tags == ("navigation", "search")
    entries, _ = read_audit(study)
    assert {"field": "title", "old": "could not find search", "new": "Search is hard to find"}.items() <= \
        next(e for e in entries if e["field"] == "title" and e["action"] == "update").items()

    # a second problem, then merge it into the first
    _select_observations(view, ["price unclear", "fees confusing"])
    assert view.new_from_selection() == "PR2"
    view.problem_table.select_ids(["PR1", "PR2"])
    assert view.merge_selected()
    pl = load_problems(study)
    assert [p.id for p in pl.problems] == ["PR1"] and len(pl.problems[0].observations) == 5
    assert view.matrix.rowCount() == 2 and view.matrix.item(0, 0).text() == "✓"
    assert [view.matrix.item(0, c).text() for c in range(4)] == ["✓", "✓", "✓", ""]

    # unlink one and show only the unassigned ones
    view.filter.setCurrentIndex(FILTER_PROBLEM)
    assert view.observations.rowCount() == 5
    _select_observations(view, ["fees confusing"])
    assert view.unlink_selection()
    view.filter.setCurrentIndex(FILTER_UNASSIGNED)
    assert [view.observations.item(r, 3).text() for r in range(view.observations.rowCount())] == ["fees confusing"]
    assert json.loads(problems_path(study).read_text("utf-8"))["revision"] == 5
    assert audit_path(study).exists()


def test_discovery_curve_follows_the_matrix(qtbot: QtBot, study: Path) -> None:
    view = _view(qtbot, study)
    assert "No problems yet" in view.curve.summary.text()
    _select_observations(view, ["could not find search", "search hidden"])
    view.new_from_selection()
    _select_observations(view, ["fees confusing"])
    view.new_from_selection()
    # most impact first: both unrated (impact 0), so the more frequent PR1 leads; rating PR2
    # as a scenario failure (weight 1) puts it first
    assert [view.problem_table.item(r, 0).text() for r in range(2)] == ["PR1", "PR2"]
    view.state.update("PR2", severity=1)
    assert [view.problem_table.item(r, 0).text() for r in range(2)] == ["PR2", "PR1"]
    assert view.problem_table.item(0, view.problem_table.IMPACT).text() == "0.25"  # 1/4 x 1
    # matrix: PR1 met by P1, P2; PR2 by P3; n = 4 participants tested
    p = 3 / 8
    p_adj = 0.5 * (p - 1 / 4) * (1 - 1 / 4) + 0.5 * p / (1 + 1 / 2)
    ns = np.arange(len(view.curve.curves["adjusted"]))
    assert view.curve.curves["adjusted"] == pytest.approx(100 * (1 - (1 - p_adj) ** ns))
    assert view.curve.curves["observed"] == pytest.approx(100 * (1 - (1 - p) ** ns))
    assert f"adjusted p = {p_adj:.3f}" in view.curve.summary.text()  # 0.172


def test_a_failed_save_is_reported_and_the_screen_shows_the_disk(qtbot: QtBot, study: Path) -> None:
    view = _view(qtbot, study)
    problems_path(study).write_text('{"format": "uxlab-problems", "schema_version": 1, "revision": 7}', "utf-8")
    _select_observations(view, ["price unclear"])
    with qtbot.waitSignal(view.state.failed) as got:
        assert view.new_from_selection() is None
    assert "changed elsewhere" in got.args[0]
    assert view.state.problems.revision == 7 and view.problem_table.rowCount() == 0


def test_changing_the_scale_without_ratings_needs_no_question(qtbot: QtBot, study: Path) -> None:
    view = _view(qtbot, study)
    view.scale.setCurrentIndex(1)
    view._on_scale_chosen(1)
    assert load_problems(study).scale == "nielsen-0-4"
    assert view.editor.severity.count() == 6  # not rated + 0..4
