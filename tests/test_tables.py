"""Journals become tidy tables with exact times (FakeClock drives the recorder)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from uxlab.analysis.metrics import analyze
from uxlab.analysis.tables import build_tables, load_tables
from uxlab.core.clock import FakeClock
from uxlab.core.study import Participant, Study, Task, TaskQuestions
from uxlab.storage.journal import open_recorder
from uxlab.storage.study_files import journal_path, open_study, save_study


def _study(folder: Path) -> Study:
    s = Study(
        title="T",
        tasks=[Task("a", {"en": "A"}, {"en": "Do A"}, target_time_s=30),
               Task("b", {"en": "B"}, {"en": "Do B"})],
        participants=[Participant("P1", "x"), Participant("P2", "y", excluded=True, exclude_reason="pilot")],
        task_questions=TaskQuestions(seq=True, experience=True),
        questionnaires=["sus"],
    )
    save_study(folder, s)
    return s


def test_attempt_rows_carry_exact_net_and_gross_times(tmp_path: Path) -> None:
    _study(tmp_path)
    clock = FakeClock()
    rec = open_recorder(journal_path(tmp_path, "P1"), participant="P1", clock=clock)
    rec.start_session("P1", ["a", "b"], group="x")
    rec.start_task("a")
    clock.advance(12.5)
    rec.marker("error", "wrong menu")
    rec.marker("assist", "hint")
    rec.undo_last_marker()
    rec.pause()
    clock.advance(40)
    rec.resume()
    clock.advance(7.5)
    rec.marker("note", "=HYPERLINK(\"http://x\")")
    rec.end_task("success")
    rec.rate("a", "seq", 6)
    rec.rate("a", "exp_success", None, declined=True)
    rec.skip_task("b")
    rec.answer("sus", "sus1", 4)
    rec.end_session()
    t = build_tables(open_study(tmp_path))
    a = t.attempts.set_index("task")
    assert a.loc["a", "time_s"] == pytest.approx(20.0)
    assert a.loc["a", "gross_s"] == pytest.approx(60.0)
    assert a.loc["a", "paused_s"] == pytest.approx(40.0)
    assert a.loc["a", "errors"] == 1 and a.loc["a", "assists"] == 0  # the undone assist is gone
    assert a.loc["a", "seq"] == 6.0 and math.isnan(a.loc["a", "exp_success"])
    assert a.loc["a", "note_text"] == "=HYPERLINK(\"http://x\")"
    assert a.loc["b", "outcome"] == "skipped" and math.isnan(a.loc["b", "time_s"])
    assert t.answers.iloc[0][["questionnaire", "item", "value"]].tolist() == ["sus", "sus1", 4.0]
    p = t.participants.set_index("participant")
    assert p.loc["P1", "status"] == "complete"
    assert bool(p.loc["P2", "excluded"]) and p.loc["P2", "exclude_reason"] == "pilot"
    kinds = t.events["kind"].tolist()
    assert kinds[0] == "session_started" and kinds[-1] == "session_ended"
    assert t.events.loc[t.events["marker"] == "assist", "undone"].item()


def test_in_progress_session_contributes_only_ended_tasks(tmp_path: Path) -> None:
    _study(tmp_path)
    clock = FakeClock()
    rec = open_recorder(journal_path(tmp_path, "P1"), participant="P1", clock=clock)
    rec.start_session("P1", ["a", "b"])
    rec.start_task("a")
    clock.advance(3)
    rec.end_task("fail")
    rec.start_task("b")  # still running
    t = load_tables(tmp_path)
    assert t.attempts["task"].tolist() == ["a"]
    assert t.participants.set_index("participant").loc["P1", "status"] == "in_progress"
    r = analyze(t)
    assert r["tasks"][0]["completion_rate"] == 0.0
    assert r["tasks"][1]["attempts"] == 0 and r["tasks"][1]["completion_rate"] is None


def test_event_rows_by_hand(tmp_path: Path) -> None:
    """Each event column, written out for a short session (the rows are built column by column)."""
    _study(tmp_path)
    clock = FakeClock()
    rec = open_recorder(journal_path(tmp_path, "P1"), participant="P1", clock=clock)
    rec.start_session("P1", ["a"])  # 1
    rec.start_task("a")  # 2
    clock.advance(2.5)
    rec.marker("error", "wrong menu")  # 3
    rec.marker("assist", "hint")  # 4
    rec.undo_last_marker()  # 5
    rec.edit(3, text="wrong tab", marker="error")  # 6
    rec.end_task("success")  # 7
    rec.rate("a", "seq", 6)  # 8
    rec.choose_word("a", "calm")  # 9
    rec.answer("sus", "sus1", None, declined=True)  # 10
    rec.end_session()  # 11
    e = build_tables(open_study(tmp_path)).events
    assert e["seq"].tolist() == list(range(1, 12))
    assert e["participant"].unique().tolist() == ["P1"]
    assert e["task"].tolist() == ["", "a", "a", "a", "", "", "a", "a", "a", "", ""]
    assert e["marker"].tolist() == ["", "", "error", "assist", "", "", "", "", "", "", ""]
    assert e["text"].tolist() == ["", "", "wrong menu", "hint", "", "text=wrong tab, marker=error",
                                  "", "", "calm", "", ""]
    assert e["outcome"].tolist() == ["", "", "", "", "", "", "success", "", "", "", ""]
    assert e["item"].tolist()[7:10] == ["seq", "emotion_word", "sus1"]
    assert e["value"].tolist()[7] == 6 and e["value"].isna().sum() == 10
    assert e["declined"].tolist() == [False] * 9 + [True, False]
    assert e["target"].tolist()[4:6] == [4, 3] and e["target"].isna().sum() == 9
    assert e["undone"].tolist() == [False, False, False, True] + [False] * 7
    assert e["t_s"].tolist()[2] == pytest.approx(2.5)
