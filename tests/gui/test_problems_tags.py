"""Tags in the Problems view: select notes in the Observations table, type tags and add or remove
them; the table shows them, the Tags tab counts them per tag and task with the problems' own
tags, and the session journals are left as they were."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.gui.problem_study import record_study, select_rows
from uxlab.gui.problems.view import ProblemsView
from uxlab.gui.study_context import StudyContext
from uxlab.storage.problems_file import load_problems, read_audit
from uxlab.storage.study_files import sessions_dir

pytestmark = pytest.mark.usefixtures("english_numbers")  # numbers as an English locale writes them

NOTES = {"P1": [("a", "menu label unclear")], "P2": [("b", "asked about fees")]}
TAGS = 6  # the Tags column of the observation table


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(sessions_dir(folder).iterdir())}


def _tag_rows(view: ProblemsView) -> list[tuple[str, str, str, str]]:
    t = view.tag_table
    return [tuple(t.item(r, c).text() for c in range(4)) for r in range(t.rowCount())]  # type: ignore[misc]


def test_tagging_notes_in_the_view(qtbot: QtBot, tmp_path: Path) -> None:
    folder = record_study(tmp_path / "s", notes={**NOTES})
    before = _digests(folder)
    context = StudyContext()
    context.open(folder)
    view = ProblemsView(context)
    qtbot.addWidget(view)
    obs = view.observations
    select_rows(obs, 3, ["menu label unclear", "asked about fees"])
    view.tag_bar.edit.setText("wording، navigation")  # the Arabic comma separates too
    view.tag_bar.add_button.click()
    tagged = {obs.item(r, 3).text(): obs.item(r, TAGS).text() for r in range(obs.rowCount())}
    assert tagged["menu label unclear"] == tagged["asked about fees"] == "wording; navigation"
    assert tagged["search hidden"] == ""
    # remove one tag from one note
    select_rows(obs, 3, ["asked about fees"])
    view.tag_bar.edit.setText("navigation")
    view.tag_bar.remove_button.click()
    # a problem's own tags count too: "search" (task a) tagged navigation in the editor
    select_rows(obs, 3, ["could not find search"])
    pid = view.new_from_selection()
    assert pid is not None
    view.problem_table.select_ids([pid])
    view.editor.tags.setText("navigation")
    view.editor.apply_button.click()
    assert _tag_rows(view) == [
        ("navigation", "All tasks", "1", "1"), ("", "A", "1", "1"),
        ("wording", "All tasks", "0", "2"), ("", "A", "0", "1"), ("", "B", "0", "1")]
    assert view.tag_table.item(1, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "navigation"
    pl = load_problems(folder)
    assert sorted(pl.note_tags.values()) == [("wording",), ("wording", "navigation")]
    assert [e["action"] for e in read_audit(folder)[0]].count("tag_note") == 3
    assert _digests(folder) == before


def test_enter_in_the_tag_field_adds_and_nothing_selected_changes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    folder = record_study(tmp_path / "s", notes={**NOTES})
    context = StudyContext()
    context.open(folder)
    view = ProblemsView(context)
    qtbot.addWidget(view)
    view.observations.clearSelection()
    view.tag_bar.edit.setText("x")
    QTest.keyClick(view.tag_bar.edit, Qt.Key.Key_Return)
    assert load_problems(folder).note_tags == {}
    select_rows(view.observations, 3, ["menu label unclear"])
    QTest.keyClick(view.tag_bar.edit, Qt.Key.Key_Return)
    assert list(load_problems(folder).note_tags.values()) == [("x",)]
