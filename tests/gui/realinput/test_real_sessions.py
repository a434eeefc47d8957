"""Whole moderated sessions driven with OS-level input (Xvfb, openbox, xdotool), clicks and keys
mixed as a moderator's hands mix them, in English, Arabic and Russian; then a kill -9 mid-task and
a resume. Each test compares what the robot did with what the journal holds: every key's event is
there, and every end, pause and marker time is within 100 ms of when its key or click was sent.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from uxlab.analysis.tables import build_tables
from uxlab.core.study import OrderPolicy, Participant, Study, Task, TaskQuestions
from uxlab.storage.study_files import open_study, save_study

from .harness import App, desktop, kind, missing_tools, wall_of

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())} (Debian: xvfb xdotool openbox)"),
]

WORDS = ("calm", "annoyed", "pleased")
TOLERANCE_S = 0.1


def make_study(folder: Path) -> Path:
    tasks = [
        Task("find", {"en": "Find a dish", "ar": "ابحث عن طبق", "ru": "Найдите блюдо"},
             {"en": "Find a vegetarian dish for tonight."}, success_criteria="Dish page open"),
        Task("pay", {"en": "Pay", "ar": "ادفع", "ru": "Оплатите"}, {"en": "Pay for the order."}),
        Task("track", {"en": "Track the order", "ar": "تتبع الطلب", "ru": "Отследите заказ"},
             {"en": "Find out when it arrives."}),
    ]
    study = Study("Real input", tasks, languages=("en", "ar", "ru"),
                  task_questions=TaskQuestions(seq=True, experience=True, emotion_words=WORDS),
                  questionnaires=["nps", "umux_lite"], order=OrderPolicy("fixed"),
                  participants=[Participant("P1", group="A", language="en"),
                                Participant("P2", group="B", language="ar"),
                                Participant("P3", group="A", language="ru")])
    save_study(folder, study)
    return folder


def near(event: dict[str, Any], sent_wall: float, what: str) -> None:
    gap = wall_of(event) - sent_wall
    assert abs(gap) <= TOLERANCE_S, f"{what}: journaled moment is {gap * 1000:+.0f} ms from the input"


def run_session(app: App, pid: str) -> dict[str, float]:
    """One whole session; returns the robot's own measure of each task's net time."""
    ev = app.wait_event
    app.show_console()
    app.click("mainWindow/participantBox", "focus the participant box")
    app.key("ctrl+a")
    app.type(pid)
    app.click("mainWindow/startSession", "start session (button)")
    last = ev(pid, kind("session_started", participant=pid), "start session")["seq"]

    # --- task 1: keys and clicks mixed, pause, note, undo, end with D while a checkpoint passes
    t_start = app.key("s")
    e = ev(pid, kind("task_started", task="find"), "S starts task 1", last)
    near(e, t_start, "task 1 start")
    t = app.key("e")
    e = ev(pid, kind("marker", marker="error"), "E after start", e["seq"])
    near(e, t, "error")
    t = app.click("mainWindow/action_assist", "click Assist")
    e = ev(pid, kind("marker", marker="assist"), "click on Assist", e["seq"])
    near(e, t, "assist")
    t = app.key("e", "E right after a click on a button")
    e = ev(pid, kind("marker", marker="error"), "E after a click on Assist", e["seq"])
    near(e, t, "error after click")
    t_pause = app.key("p")
    e = ev(pid, kind("task_paused", task="find"), "P pauses", e["seq"])
    near(e, t_pause, "pause")
    time.sleep(1.0)
    t_resume = app.key("p")
    e = ev(pid, kind("task_resumed", task="find"), "P resumes", e["seq"])
    near(e, t_resume, "resume")
    t_note = app.key("n")
    app.type("hesitated on the menu")
    app.key("Return")
    e = ev(pid, lambda x: x["kind"] == "marker" and x.get("text") == "hesitated on the menu", "note", e["seq"])
    near(e, t_note, "note keeps the time of its key")
    app.key("ctrl+z")
    e = ev(pid, kind("undo"), "Ctrl+Z undoes the note", e["seq"])
    t_end1 = app.key("d", "D stops the clock")
    stop = ev(pid, kind("task_stopped", task="find", by="moderator"), "D", e["seq"])
    near(stop, t_end1, "D")
    ev(pid, kind("checkpoint"), "a checkpoint while the outcome is asked", stop["seq"], timeout=5)
    app.key("2", "outcome: partial")
    e = ev(pid, kind("task_ended", task="find", outcome="partial"), "2 in the outcome question", stop["seq"])
    near(e, t_end1, "task 1 ends at D, not at the outcome key")

    # --- ratings: a click on the console's SEQ button, then digit keys, a digit for the word
    t = app.click("mainWindow/value_seq_6", "click SEQ 6")
    e = ev(pid, kind("rating", item="seq", value=6), "SEQ by click", e["seq"])
    for item, digit in (("exp_success", 5), ("exp_effort", 4), ("exp_emotion", 3)):
        app.key(str(digit), f"{item} by key after a click")
        e = ev(pid, kind("rating", item=item, value=digit), f"{item} by key", e["seq"])
    app.key("2", "emotion word 2 by digit")
    e = ev(pid, kind("rating", item="emotion_word", word=WORDS[1]), "word by digit", e["seq"])

    # --- task 2: started by a click; the participant says "I'm done" on their own window
    t_start2 = app.click("mainWindow/action_start_task", "click Start task")
    e = ev(pid, kind("task_started", task="pay"), "Start task button", e["seq"])
    near(e, t_start2, "task 2 start")
    app.key("ctrl+shift+p", "open the participant screen")
    app.wait_for("participantScreen/participantDone", enabled=True)
    time.sleep(0.5)
    t_done = app.click("participantScreen/participantDone", "participant: I'm done")
    stop = ev(pid, kind("task_stopped", task="pay", by="participant"), "I'm done", e["seq"])
    near(stop, t_done, "I'm done")
    time.sleep(0.3)
    app.key("e", "E after the participant's click")
    e = ev(pid, kind("marker", marker="error"), "E after a click on the participant's window", stop["seq"])
    app.key("1", "outcome: success")
    e = ev(pid, kind("task_ended", task="pay", outcome="success"), "1 ends task 2", e["seq"])
    near(e, t_done, "task 2 ends at the participant's click")
    app.click("participantScreen/value_seq_7", "participant clicks SEQ 7")
    e = ev(pid, kind("rating", item="seq", value=7), "SEQ on the participant screen", e["seq"])
    app.key("x", "declined by key")
    e = ev(pid, kind("rating", item="exp_success", declined=True), "X declines", e["seq"])
    for item in ("exp_effort", "exp_emotion"):
        app.key("6")
        e = ev(pid, kind("rating", item=item, value=6), item, e["seq"])
    app.click("mainWindow/word_3", "click a word card")
    e = ev(pid, kind("rating", item="emotion_word", word=WORDS[2]), "word by click", e["seq"])

    # --- task 3: the participant gives up
    t_start3 = app.key("s")
    e = ev(pid, kind("task_started", task="track"), "S starts task 3", e["seq"])
    near(e, t_start3, "task 3 start")
    time.sleep(0.5)
    t_gu = app.click("participantScreen/participantGiveUp", "participant: I give up")
    e = ev(pid, kind("task_ended", task="track", outcome="abandoned"), "I give up", e["seq"])
    near(e, t_gu, "task 3 ends at the participant's click")
    for item in ("seq", "exp_success", "exp_effort", "exp_emotion"):
        app.key("x")
        e = ev(pid, kind("rating", item=item, declined=True), f"{item} declined", e["seq"])
    app.key("x")
    e = ev(pid, kind("rating", item="emotion_word", declined=True), "word declined", e["seq"])

    # --- questionnaires: NPS 10 typed as two digits, UMUX-Lite by key
    app.key("1")
    app.key("0")
    e = ev(pid, kind("answer", item="nps", value=10), "NPS 10 typed as 1, 0", e["seq"])
    app.key("6")
    e = ev(pid, kind("answer", item="umux1", value=6), "umux1", e["seq"])
    app.key("5")
    umux2 = e = ev(pid, kind("answer", item="umux2", value=5), "umux2", e["seq"])
    # a correction, by mouse and keys: click the log, Ctrl+End to its last row, F2, type, Enter
    app.click("mainWindow/eventLog", "click the event log")
    app.key("ctrl+End")
    app.key("F2", "correct the selected event")
    app.wait_for("editEventDialog/editEventDialog")
    app.key("ctrl+a")
    app.type("3")
    app.key("Return")
    e = ev(pid, lambda x: x["kind"] == "edit" and x["target"] == umux2["seq"]
           and x["changes"].get("value") == 3, "F2 correction of umux2", e["seq"])
    app.key("ctrl+Return")
    ev(pid, kind("session_ended"), "Ctrl+Enter ends the session", e["seq"])
    return {"find": (t_end1 - t_start) - (t_resume - t_pause), "pay": t_done - t_start2, "track": t_gu - t_start3}


def check_tables(study: Path, pid: str, robot: dict[str, float]) -> None:
    tables = build_tables(open_study(study))
    rows = tables.attempts[tables.attempts["participant"] == pid].set_index("task")
    for task, seconds in robot.items():
        assert rows.loc[task, "time_s"] == pytest.approx(seconds, abs=TOLERANCE_S), task
    assert list(rows.loc[["find", "pay", "track"], "outcome"]) == ["partial", "success", "abandoned"]
    assert rows.loc["find", "errors"] == 2 and rows.loc["find", "assists"] == 1
    assert rows.loc["pay", "seq"] == 7 and rows.loc["find", "seq"] == 6
    answers = tables.answers[tables.answers["participant"] == pid].set_index("item")
    assert answers.loc["nps", "value"] == 10  # typed as "1" then "0"
    assert list(answers.loc[["umux1", "umux2"], "value"]) == [6, 3]  # umux2 corrected from 5


@pytest.mark.parametrize(("pid", "language"), [("P1", "en"), ("P2", "ar"), ("P3", "ru")])
def test_whole_session_with_real_input(tmp_path: Path, pid: str, language: str) -> None:
    study = make_study(tmp_path / "study")
    with desktop(2560, 800) as display:
        app = App(display, study, tmp_path / "home", language).start()
        try:
            robot = run_session(app, pid)
        finally:
            app.quit()
    check_tables(study, pid, robot)


def test_kill_mid_task_and_resume_with_real_input(tmp_path: Path) -> None:
    study = make_study(tmp_path / "study")
    with desktop(2560, 800) as display:
        app = App(display, study, tmp_path / "home", "en").start()
        try:
            app.show_console()
            app.click("mainWindow/participantBox")
            app.key("ctrl+a")
            app.type("P1")
            app.key("ctrl+Return", "start the session by key")
            e = app.wait_event("P1", kind("session_started"), "start")
            t_start = app.key("s")
            e = app.wait_event("P1", kind("task_started"), "S", e["seq"])
            app.key("e")
            e = app.wait_event("P1", kind("marker", marker="error"), "E", e["seq"])
            time.sleep(0.5)
            t_kill = time.time()
            app.kill()  # kill -9 mid-task
            before = len(app.journal("P1"))
            app.start()
            time.sleep(1.0)
            app.key("Return", "accept the offer to resume")
            e = app.wait_event("P1", kind("session_resumed"), "resume offered and taken", e["seq"])
            paused = app.wait_event("P1", kind("task_paused"), "the running task is paused on resume", e["seq"])
            time.sleep(0.5)
            t_resume = app.key("p")
            e = app.wait_event("P1", kind("task_resumed"), "P resumes after the crash", paused["seq"])
            near(e, t_resume, "resume after the crash")
            time.sleep(0.5)
            t_end = app.key("1")
            e = app.wait_event("P1", kind("task_ended", outcome="success"), "1 ends the task", e["seq"])
            near(e, t_end, "end after the crash")
        finally:
            app.quit()
    events = app.journal("P1")
    assert len(events) > before
    assert [x["seq"] for x in events] == list(range(1, len(events) + 1))  # nothing lost, contiguous
    tables = build_tables(open_study(study))
    row = tables.attempts.set_index("task").loc["find"]
    assert row["errors"] == 1
    # The crash gap is not task time; what ran before the last checkpoint and after the resume is.
    ran_after = t_end - t_resume
    assert ran_after - TOLERANCE_S <= row["time_s"] <= (t_kill - t_start) + ran_after + TOLERANCE_S
