"""The shared study context: reloading one changed journal gives the same tables as a full reload."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from pytestqt.qtbot import QtBot

from uxlab.core.clock import FakeClock
from uxlab.gui.study_context import StudyContext
from uxlab.storage.journal import open_recorder
from uxlab.storage.study_files import journal_path


def test_reloading_one_journal_matches_a_full_reload(qtbot: QtBot, demo_study: Path) -> None:
    ctx = StudyContext()
    ctx.open(demo_study)
    before = len(ctx.tables().participants)
    clock = FakeClock()
    rec = open_recorder(journal_path(demo_study, "P40"), participant="P40", clock=clock)
    rec.start_session("P40", ["register", "pay"])
    rec.start_task("register")
    clock.advance(42)
    rec.end_task("success")
    rec.sink.close()  # type: ignore[attr-defined]
    with qtbot.waitSignal(ctx.sessions_changed):
        ctx.reload_sessions(journal_path(demo_study, "P40"))
    partial = ctx.tables()
    full = StudyContext()
    full.open(demo_study)
    assert len(partial.participants) == before + 1
    pd.testing.assert_frame_equal(partial.attempts.reset_index(drop=True), full.tables().attempts.reset_index(drop=True))
