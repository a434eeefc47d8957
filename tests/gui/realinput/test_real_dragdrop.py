"""Drag and drop in the Problems view with OS-level input: under Xvfb with a window manager,
xdotool presses the mouse on selected observations, moves it onto a problem and releases it;
Qt's own X11 drag manager carries the drop. The problem list on disk must then hold them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.problem_sessions import record_study
from uxlab.storage.problems_file import load_problems, read_audit

from .harness import desktop, missing_tools

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())} (Debian: xvfb xdotool openbox)"),
]
ROOT = Path(__file__).resolve().parents[3]


def test_observations_dragged_with_the_mouse_join_the_problem(tmp_path: Path) -> None:
    folder = record_study(tmp_path / "study")
    with desktop() as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
        app = subprocess.Popen([sys.executable, "-m", "tests.gui.realinput.dragdrop_app", str(folder),
                                "could not find search", "search hidden", "search again"],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert app.stdout is not None
            where = json.loads(app.stdout.readline() or "null")
            assert where is not None, app.stderr.read() if app.stderr else ""
            (ax, ay), (bx, by) = where["from"], where["to"]
            mid = ((ax + bx) // 2, (ay + by) // 2)
            subprocess.run(["xdotool", "mousemove", str(ax), str(ay), "sleep", "0.3", "mousedown", "1",
                            "sleep", "0.2", "mousemove", str(ax + 10), str(ay + 5), "sleep", "0.2",
                            "mousemove", str(ax + 30), str(ay + 10), "sleep", "0.2",
                            "mousemove", *map(str, mid), "sleep", "0.2", "mousemove", str(bx), str(by),
                            "sleep", "0.3", "mousemove", str(bx + 3), str(by), "sleep", "0.3", "mouseup", "1"],
                           env=env, check=True, timeout=30)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and len(load_problems(folder).problems[0].observations) < 3:
                time.sleep(0.1)
        finally:
            app.terminate()
            app.wait(10)
    pl = load_problems(folder)
    assert [p.id for p in pl.problems] == ["PR1"]
    assert len(pl.problems[0].observations) == 3  # P1's, then P2's two dropped onto it
    assert [e["action"] for e in read_audit(folder)[0]].count("link") == 3
