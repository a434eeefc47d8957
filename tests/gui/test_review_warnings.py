"""The review's warning list shows repeated warnings summarised (issue 10, item 9)."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui.review_helpers import open_review

DEMO = Path(__file__).resolve().parents[2] / "sessions" / "food-delivery"


def test_review_lists_three_examples_and_a_count(qtbot: QtBot, tmp_path: Path) -> None:
    study = tmp_path / "study"
    shutil.copytree(DEMO, study)
    with (study / "sessions" / "P02.jsonl").open("a", encoding="utf-8") as f:
        f.write("{}\n" * 20_000)
    view = open_review(qtbot, study)
    view.resize(1200, 800)
    view.show()
    qtbot.waitUntil(lambda: view.notices.warnings_toggle.isVisible(), timeout=20_000)
    view.notices.warnings_toggle.click()
    text = view.notices.warnings_text.text()
    assert text.count("the event has no 'seq'") == 3
    assert "… and 19,997 more warnings like the ones above" in text
    assert "4 warning(s)" in view.notices.warnings_toggle.text()
