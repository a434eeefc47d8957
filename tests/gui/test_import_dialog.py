"""File > Import results: the dialog on real files (the public datasets as they are, and a
notes-first workbook written here), its guessed mapping, the cells it cannot read, saving the
mapping, and Load opening the results in the Review view."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from pytestqt.qtbot import QtBot

from uxlab.analysis.mapping import read_map_file, saved_map_path
from uxlab.gui.import_dialog import ImportDialog
from uxlab.gui.main_window import MainWindow


def _sus_copy(public_data: Path, tmp_path: Path) -> Path:
    """A private copy (in the test's temporary folder) so a saved mapping lands there."""
    dest = tmp_path / "studyData.csv"
    shutil.copyfile(public_data / "sus-analysis-toolkit" / "studyData.csv", dest)
    return dest


def test_guessed_mapping_preview_and_what_would_load(qtbot: QtBot, public_data: Path) -> None:
    path = public_data / "sus-analysis-toolkit" / "studyData.csv"
    d = ImportDialog(path)
    qtbot.addWidget(d)
    raw = pd.read_csv(path, sep=";", dtype=str)
    assert d.table.columnCount() == len(raw.columns) and d.table.rowCount() == 20
    assert d.table.horizontalHeaderItem(0).text() == "Frage 1"
    assert [d.table.item(0, c).text() for c in range(11)] == raw.iloc[0].tolist()
    assert d.mapping()["sus1"] == "Frage 1" and d.mapping()["sus10"] == "Frage 10"
    assert d.mapping()["participant"] == "" and d.mapping()["task"] == ""
    assert d.combos["participant"].currentText() == "not in this file"
    assert d.problems.rowCount() == 0 and d.load_button.isEnabled()
    assert "38 participants, 0 tasks" in d.status.text()


def test_cells_that_cannot_be_read_are_listed_before_loading(qtbot: QtBot, public_data: Path) -> None:
    path = public_data / "sus-analysis-toolkit" / "studyData.csv"
    d = ImportDialog(path)
    qtbot.addWidget(d)
    box = d.combos["sus1"]
    box.setCurrentIndex(box.findData("System"))  # a wrong choice: text where 1-5 is expected
    raw = pd.read_csv(path, sep=";", dtype=str)
    assert d.problems.rowCount() == len(raw) == 38
    first = [d.problems.item(0, c).text() for c in range(4)]
    assert first == ["2", "System", raw["System"].iloc[0], "not a number"]
    assert not d.load_button.isEnabled() and "38 cell(s) cannot be read" in d.status.text()
    box.setCurrentIndex(box.findData("Frage 1"))
    assert d.problems.rowCount() == 0 and d.load_button.isEnabled()


def test_save_mapping_and_load_opens_the_review(qtbot: QtBot, public_data: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = _sus_copy(public_data, tmp_path)

    def choose_and_load(self: ImportDialog) -> int:
        self.save_box.setChecked(True)
        self.load_button.click()
        return int(self.result())

    monkeypatch.setattr(ImportDialog, "exec", choose_and_load)
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.import_file(path)
    assert w.context.is_results_file and w.tabs.currentWidget() is w.review
    tables = w.context.tables()
    assert len(tables.participants) == 38 and len(tables.tasks) == 0
    saved = read_map_file(saved_map_path(path))
    assert saved["sus1"] == "Frage 1" and "participant" not in saved
    # next time the saved mapping is used, and the dialog says so
    d = ImportDialog(path)
    qtbot.addWidget(d)
    assert "saved beside the file" in d.info.text() and d.mapping()["sus5"] == "Frage 5"


def test_wide_table_from_the_crypto_wallets_file(qtbot: QtBot, public_data: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = public_data / "crypto_wallets_tutorial" / "raw" / "06_dat.csv"
    monkeypatch.setattr(ImportDialog, "exec", lambda self: (self.load_button.click(), int(self.result()))[1])
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.import_file(path)
    t = w.context.tables()
    raw = pd.read_csv(path)
    assert t.tasks["task"].tolist() == ["T1", "T2", "T3", "T4", "T5"] and len(t.attempts) == 5 * len(raw)
    assert int(t.attempts["success"].sum()) == int((raw.filter(like="_Completion") == "Pass").to_numpy().sum())


def test_notes_first_workbook_and_the_sheet_choice(qtbot: QtBot, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Notes"
    wb.active.append(["Written by the moderator; results on the next sheet"])
    res = wb.create_sheet("Results")
    res.append(["Participant", "Task", "Outcome", "Time"])
    res.append(["P1", "a", "completed", "1:30"])
    res.append(["P2", "a", "gave up", "2:05"])
    pilot = wb.create_sheet("Pilot")
    pilot.append(["Participant", "Task", "Outcome", "Time"])
    pilot.append(["X1", "a", "maybe", "3"])
    path = tmp_path / "book.xlsx"
    wb.save(path)
    d = ImportDialog(path)
    qtbot.addWidget(d)
    assert d.sheet_box.isVisibleTo(d) and d.sheet_box.currentText() == "Results"
    assert d.last is not None and d.last.ok and d.last.tables is not None
    assert d.last.tables.attempts["time_s"].tolist() == [90.0, 125.0]
    d.sheet_box.setCurrentText("Pilot")
    assert d.sheet() == "Pilot" and d.problems.rowCount() == 1
    assert d.problems.item(0, 2).text() == "maybe" and not d.load_button.isEnabled()


def test_a_wide_table_with_unrecognised_task_columns_is_mapped_by_adding_its_tasks(
        qtbot: QtBot, tmp_path: Path) -> None:
    """One row per participant, each task's columns named in a way uxlab does not (fully)
    recognise: a task known by its time column gets its other fields offered too (its outcome);
    a task not recognised at all is added by name. The researcher chooses the columns, the check
    then reads every cell, and the tables have one attempt per participant and task."""
    from uxlab.analysis.longformat import read_long

    path = tmp_path / "export.csv"
    path.write_text("ID,Login done?,Login secs,Step2 ok,Step2 t,Satisfaction\n"
                    "p1,yes,34,no,120,4\np2,yes,41,yes,88,5\np3,no,60,yes,95,3\n", encoding="utf-8")
    d = ImportDialog(path)
    qtbot.addWidget(d)
    assert d.mapping()["Login.time_s"] == "Login secs"  # recognised by its time only
    assert d.mapping()["Login.outcome"] == "" and "no outcome column" in d.status.text()
    assert not d.load_button.isEnabled()
    assert not any(f.startswith("Step2") for f in d.combos)
    assert d.add_task("Step 2")
    assert not d.add_task("Step 2") and not d.add_task("a.b") and "no dot" in d.status.text()
    assert d.combos["Step 2.outcome"].accessibleName().startswith("Task Step 2: Outcome")
    for field, column in (("Login.outcome", "Login done?"), ("Step 2.outcome", "Step2 ok"),
                          ("Step 2.time_s", "Step2 t")):
        box = d.combos[field]
        box.setCurrentIndex(box.findData(column))
    assert d.problems.rowCount() == 0 and d.load_button.isEnabled(), d.status.text()
    assert "3 participants, 2 tasks, 6 task rows" in d.status.text()
    tables = read_long(path, d.mapping(), use_saved=False)
    a = tables.attempts.set_index(["participant", "task"])
    assert a.loc[("p1", "Login"), "time_s"] == 34 and a.loc[("p1", "Step 2"), "outcome"] == "fail"
    assert a.loc[("p3", "Step 2"), "success"] and not a.loc[("p3", "Login"), "success"]
