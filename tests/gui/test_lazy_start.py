"""The window appears without loading what only the review and problems views need: pandas,
scipy, the charts (pyqtgraph) and the Excel writer load when the review tab (or its charts tab)
or the problems tab is first shown.
Checked in a fresh interpreter, since this test run has imported everything already."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from uxlab.gui.main_window import MainWindow

HEAVY = ("pandas", "scipy", "pyqtgraph", "openpyxl", "xlsxwriter", "uxlab.gui.review.view",
         "uxlab.gui.problems.view")

SCRIPT = """
import sys
from uxlab.gui.app import make_app
from uxlab.gui.main_window import MainWindow
app = make_app()
w = MainWindow()
w.show()
app.processEvents()
heavy = {heavy!r}
print("at start:", sorted(m for m in heavy if m in sys.modules))
w.context.open(__import__("pathlib").Path(sys.argv[1]))
app.processEvents()
print("study open:", sorted(m for m in heavy if m in sys.modules))
w.tabs.setCurrentIndex(2)
app.processEvents()
print("review shown:", type(w.tabs.currentWidget()).__name__, w.review.charts is None,
      "pyqtgraph" in sys.modules)
w.review.tabs.setCurrentIndex(3)
app.processEvents()
print("charts shown:", w.review.charts is not None and w.review.charts.charts[0].drawn)
w.tabs.setCurrentIndex(3)
app.processEvents()
print("problems shown:", type(w.tabs.currentWidget()).__name__, w.tabs.count())
"""


def test_heavy_parts_load_when_first_shown(demo_study: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", SCRIPT.format(heavy=HEAVY), str(demo_study)],
                         capture_output=True, text=True, env=env, check=True, timeout=120).stdout
    lines = out.splitlines()
    assert "at start: []" in lines
    assert "study open: []" in lines  # a study folder opens without pandas
    assert "review shown: ReviewView True False" in lines
    assert "charts shown: True" in lines
    assert "problems shown: ProblemsView 4" in lines


def test_review_tab_keeps_its_title_and_place(qtbot: QtBot, demo_study: Path) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_study(demo_study)
    title = w.tabs.tabText(2)
    assert w.tabs.currentIndex() == 0
    review = w.review  # built on first use, without switching tabs
    assert w.tabs.indexOf(review) == 2 and w.tabs.tabText(2) == title
    assert w.tabs.currentIndex() == 0 and w.tabs.count() == 4
    assert w.review is review
    w.tabs.setCurrentIndex(2)
    assert w.tabs.currentWidget() is review and review.result is not None
