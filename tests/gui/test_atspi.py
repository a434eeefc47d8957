"""The interface as a screen reader meets it, through AT-SPI (the Linux accessibility bus): the app
runs under Xvfb with Qt's AT-SPI bridge on, and an assistive-technology client (``pyatspi``, run
with the system Python that has it) selects the Plan, Run and Review tabs and reads every control
shown. Every one has a role and a name, and in Arabic the names are Arabic.

Needs Debian ``at-spi2-core``, ``python3-pyatspi``, ``dbus`` and ``xvfb`` (``.ci/run`` installs
them); skips, saying which is missing, when they are not there."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent / "atspi"
SYSTEM_PYTHON = os.environ.get("UXLAB_ATSPI_PYTHON", "/usr/bin/python3")
VIEWS = 3  # Plan, Run session, Review results

pytestmark = pytest.mark.slow


def _missing() -> str:
    for tool in ("xvfb-run", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian xvfb / dbus)"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "the accessibility bus is not installed (Debian at-spi2-core)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return f"{SYSTEM_PYTHON} cannot import pyatspi (Debian python3-pyatspi)"
    return ""


def read_tree(language: str) -> dict[str, list[dict[str, str]]]:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    script = (f'"{sys.executable}" "{HERE / "app.py"}" {language} >/dev/null 2>&1 & app=$!; '
              f'timeout 60 "{SYSTEM_PYTHON}" "{HERE / "walk.py"}"; code=$?; kill $app; exit $code')
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "QT_ACCESSIBILITY": "1",
           "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    run = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "dbus-run-session",
                          "--", "bash", "-c", script], capture_output=True, text=True, env=env,
                         timeout=120)
    if run.returncode != 0 or not run.stdout.strip():
        if "Failed to connect" in run.stderr or "a11y" not in run.stderr:
            pytest.skip(f"the accessibility bus did not start: {run.stderr[-400:]}")
        pytest.fail(f"the AT-SPI walk failed:\n{run.stderr[-2000:]}")
    # (the registry daemon, started on demand, says hello on stdout first)
    tree: dict[str, list[dict[str, str]]] = json.loads(run.stdout.strip().splitlines()[-1])
    return tree


ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
# Latin tokens an Arabic text keeps as they are (docs/i18n.md): names of measures and keys
KEPT = {"SUS", "SEQ", "UMUX", "Lite", "NPS", "CSAT", "CES", "Ctrl", "Shift", "Enter", "Excel",
        "HTML", "CSV", "JSON"}


def _english(text: str) -> list[str]:
    return [w for w in ENGLISH_WORD.findall(text) if w not in KEPT]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_control_of_the_three_views_has_a_role_and_a_name(language: str) -> None:
    tree = read_tree(language)
    assert len(tree) == VIEWS, list(tree)
    problems: list[str] = []
    for view, controls in tree.items():
        assert len(controls) >= 5, (view, controls)
        for c in controls:
            if not c["role"] or not c["name"]:
                problems.append(f"{view}: {c}")
            if language == "ar":
                # a combo box is named by its value on Linux (Qt's AT-SPI convention: the label
                # comes through a relation), so its description carries the language check
                said = c["description"] if c["role"] == "combo box" else c["name"]
                if _english(said):
                    problems.append(f"{view}: {c['role']} {said!r} is English")
    assert not problems, "\n".join(problems)


def test_what_a_screen_reader_says_on_the_console() -> None:
    """The console's main controls as AT-SPI gives them (role, name): printed for the report."""
    tree = read_tree("en")
    run = next(v for k, v in tree.items() if k == "Run session")
    said: dict[str, Any] = {c["name"]: c["role"] for c in run}
    for name in ("Start or resume the session", "End session", "Start next task",
                 "Pause / resume", "Outcome: success", "Event log"):
        assert name in said, sorted(said)
    print("\n".join(f"{c['role']}, {c['name']}: {c['description']}" for c in run))
