"""The screenshot scripts double as smoke tests of the whole app (like pyqtgraph's examples): each
one drives real windows on the demo study; it must finish cleanly and write its images."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SHOTS = Path(__file__).resolve().parent / "shots"
SCRIPTS = sorted(SHOTS.glob("*_shot.py"))


@pytest.mark.slow
@pytest.mark.parametrize("script", SCRIPTS, ids=[s.stem for s in SCRIPTS])
def test_screenshot_script_runs(script: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "UXLAB_SHOTS_OUT": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True,
                          timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    images = list(tmp_path.glob("*.png"))
    assert images, "no screenshot written"
    assert all(p.stat().st_size > 5000 for p in images), [p.name for p in images if p.stat().st_size <= 5000]
