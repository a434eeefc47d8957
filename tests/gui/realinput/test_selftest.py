"""`uxlab selftest` sends real key presses through the X server and every one must be journaled;
the figures it prints are measurements (reported, not asserted: timing belongs to benchmarks)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run")]


def test_selftest_sends_keys_through_the_window_system_and_journals_each(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    done = subprocess.run([sys.executable, "-m", "uxlab", "selftest", "--keys", "60", "--participants", "0",
                           "--json"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode in (0, 1), done.stderr[-2000:]  # 1 = ran, but slower than the target
    result = json.loads(done.stdout)
    assert result["keys_sent"] == 60
    assert result["keys_journaled"] == 60  # no key lost on the way through X and the console
    assert result["measured_from"] == "window-system timestamp"
    assert 0 <= result["p50_ms"] <= result["p99_ms"] <= result["max_ms"]
    print(f"selftest on this machine: p50 {result['p50_ms']} ms, p99 {result['p99_ms']} ms")


def test_selftest_without_any_display_or_xvfb_says_so(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    env["PATH"] = str(tmp_path)  # no xvfb-run on this PATH
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    done = subprocess.run([sys.executable, "-m", "uxlab", "selftest"], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2
    assert "Xvfb" in done.stderr and "Traceback" not in done.stderr
