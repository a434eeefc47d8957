"""Reviewing results with real hands (Xvfb, openbox, xdotool), mouse and keys mixed: the
researcher opens the review, compares by group from the keyboard, reads the comparison, excludes
a participant with a typed reason and includes them again with clicks. The study file then holds
(and then no longer holds) the exclusion, and the summary's counts follow each step.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from uxlab.analysis.metrics import analyze
from uxlab.analysis.tables import load_tables

from .harness import App, desktop, missing_tools

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())} (Debian: xvfb xdotool openbox)"),
]

DEMO = Path(__file__).resolve().parents[3] / "sessions" / "food-delivery"
SUMMARY = "mainWindow/summary_participants"


def _until(app: App, name: str, test: Any, what: str, timeout: float = 15) -> dict[str, Any]:
    """The widget ``name`` once ``test`` holds for it (its text, its state)."""
    deadline = time.monotonic() + timeout
    seen: dict[str, Any] = {}
    while time.monotonic() < deadline:
        seen = app.widgets(time.time() - 0.05).get(name) or {}
        if seen and test(seen):
            return seen
        time.sleep(0.1)
    raise AssertionError(f"{what}: {name} is {seen}")


def _plain(text: str) -> str:
    """Without the isolation marks around names (kept in their direction in any language)."""
    return text.replace("\u2068", "").replace("\u2069", "")


def _participant(study: Path, pid: str) -> dict[str, Any]:
    data = json.loads((study / "study.json").read_text(encoding="utf-8"))
    return next(p for p in data["participants"] if p["id"] == pid)


def test_compare_exclude_and_include_again_by_hand(tmp_path: Path) -> None:
    study = tmp_path / "food-delivery"
    shutil.copytree(DEMO, study)
    tables = load_tables(study)
    everyone = len(tables.participants)
    groups = [str(g) for g in analyze(tables, 0.95, "group")["comparison"]["groups"]]
    first = str(tables.participants["participant"].iloc[0])
    with desktop() as display:
        app = App(display, study, tmp_path / "home", "en").start()
        try:
            app.key("ctrl+3", "show the review")
            _until(app, SUMMARY, lambda w: w["text"].startswith(f"{everyone} included"),
                   "the summary counts everyone")
            # compare by group: the combo by its accelerator, the choice by arrow key
            app.key("alt+y", "focus Compare by (Compare b&y)")
            _until(app, "mainWindow/compareCombo", lambda w: w["focus"], "Compare by has the focus")
            app.key("Down", "the next choice: group")
            _until(app, "mainWindow/compareCombo", lambda w: w["text"] == "group", "group is chosen")
            app.key("alt+o", "the Comparison tab")
            note = _until(app, "mainWindow/comparisonNote",
                          lambda w: f"{groups[0]} vs {groups[1]}" in _plain(w["text"]),
                          "the comparison names the two groups")
            assert "between-subjects" in note["text"]

            # exclude the first participant: the tab and the row by mouse, the reason typed
            app.key("alt+i", "the Participants tab (Part&icipants)")
            app.click("mainWindow/participantTable", "click into the participant table")
            app.key("ctrl+Home", "the first participant")
            app.click("mainWindow/excludeButton", "Exclude…")
            app.wait_for("mainWindow/excludeReason")
            app.type("Did not meet the screener")
            app.key("Tab", "to the buttons")
            app.key("Return", "OK")
            _until(app, SUMMARY, lambda w: w["text"].startswith(f"{everyone - 1} included, 1 excluded"),
                   "the summary counts one excluded")
            entry = _participant(study, first)
            assert entry.get("excluded") is True
            assert entry.get("exclude_reason") == "Did not meet the screener"

            # include them again: the selection is kept, a click does it
            app.click("mainWindow/includeButton", "Include again")
            _until(app, SUMMARY, lambda w: w["text"].startswith(f"{everyone} included"),
                   "the summary counts everyone again")
            assert not _participant(study, first).get("excluded")
        finally:
            app.quit()
