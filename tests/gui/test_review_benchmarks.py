"""Editing the study's benchmarks from the Comparison tab: saved in study.json (without the
documented defaults), tested at once; a save that fails says so and changes nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from scipy import stats as sps

from tests.gui.review_helpers import open_review
from uxlab.analysis.tables import load_tables
from uxlab.gui.review import fmt
from uxlab.gui.review.benchmark_editor import BenchmarksDialog

pytestmark = pytest.mark.usefixtures("english_numbers")  # numbers as an English locale writes them


def test_dialog_values_and_defaults(qtbot: QtBot) -> None:
    dialog = BenchmarksDialog({"completion": 0.9, "nps": 20.0})
    qtbot.addWidget(dialog)
    assert dialog.boxes["completion"].value() == 90.0 and dialog.nps_check.isChecked()
    dialog.boxes["sus"].setValue(72.5)
    assert dialog.values() == {"completion": 0.9, "seq": 5.5, "sus": 72.5, "umux_lite": 68.0,
                               "nps": 20.0}
    dialog.restore_defaults()
    assert dialog.values() == {"completion": 0.78, "seq": 5.5, "sus": 68.0, "umux_lite": 68.0}


def test_saved_benchmarks_are_tested_at_once(qtbot: QtBot, demo_study: Path) -> None:
    view = open_review(qtbot, demo_study)
    assert view.comparison_page.bench_edit_button.isEnabled()
    assert view.set_benchmarks({"completion": 0.5, "seq": 5.5, "sus": 70.0, "umux_lite": 68.0})
    saved = json.loads((demo_study / "study.json").read_text(encoding="utf-8"))
    assert saved["benchmarks"] == {"completion": 0.5, "sus": 70.0}  # defaults not written
    assert load_tables(demo_study).benchmarks == {"completion": 0.5, "sus": 70.0}
    model = view.comparison_page.bench_model
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[2] == fmt.percent(0.5)
    # the one-sided mid-p of the first task's completion against 50 %, computed here
    attempts = load_tables(demo_study).attempts
    task = str(load_tables(demo_study).tasks["task"].iloc[0])
    rows = attempts[(attempts["task"].astype(str) == task) & (attempts["outcome"] != "skipped")]
    x, n = int((rows["outcome"] == "success").sum()), len(rows)
    p = sps.binom.sf(x, n, 0.5) + 0.5 * sps.binom.pmf(x, n, 0.5)
    assert first[5] == fmt.p_value(p)


def test_a_failed_save_says_so_and_keeps_the_file(qtbot: QtBot, demo_study: Path) -> None:
    view = open_review(qtbot, demo_study)
    before = (demo_study / "study.json").read_bytes()
    # study.json replaced by a folder: the atomic rename onto it fails on any file system
    (demo_study / "study.json").unlink()
    (demo_study / "study.json").mkdir()
    try:
        assert not view.set_benchmarks({"completion": 0.5})
        box = view.exports.last_message
        assert box is not None and box.icon() == QMessageBox.Icon.Warning
        assert box.windowTitle() == "The benchmarks were not saved"
        assert view.context.study is not None and view.context.study.benchmarks == {}
    finally:
        shutil.rmtree(demo_study / "study.json")
        (demo_study / "study.json").write_bytes(before)
        if view.exports.last_message is not None:
            view.exports.last_message.close()


def test_results_spreadsheet_cannot_save_benchmarks(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("participant,task,outcome,time_s\nP1,t,success,10\nP2,t,failure,12\n",
                    encoding="utf-8")
    view = open_review(qtbot, path)
    assert not view.comparison_page.bench_edit_button.isEnabled()
    assert "--benchmark" in view.comparison_page.bench_edit_button.toolTip()
    assert not view.set_benchmarks({"completion": 0.5})
