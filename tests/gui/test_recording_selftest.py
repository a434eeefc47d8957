"""``uxlab selftest --recording`` end to end: the real app under Xvfb records the real screen
(x11grab) while codes flash; every flash is found, never before its journaled moment, and in
step with the journal. The speed target itself (p95 <= 34 ms at 30 fps) is a figure the selftest
prints and the README reports; here a loaded CI machine is allowed three frames (100 ms), which
still fails on any real desynchronisation (a wrong time zero or offset is off by far more)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def test_recording_selftest_finds_every_flash_in_step() -> None:
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed (Debian: xvfb)")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, "-m", "uxlab", "selftest", "--recording", "--flashes", "12",
                          "--json"], capture_output=True, text=True, env=env, timeout=180)
    summary = json.loads(out.stdout)
    assert summary["found"] == summary["flashes"] == 12, out.stderr
    # never in the video before it was painted (the journaled moment is known to 10 ms)
    assert summary["offset_min_ms"] >= -10
    assert summary["abs_offset_max_ms"] <= 100, summary
    assert out.returncode in (0, 1), out.stderr  # 1: ran, but p95 above the 34 ms target
