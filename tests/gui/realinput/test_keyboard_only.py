"""A whole moderated session with the keyboard only (issue 16): real key presses through the X
server (Xvfb, openbox, xdotool), never the mouse. The robot picks the participant, starts the
session, runs three tasks with pauses, every kind of marker, notes, a critical incident and a
usability problem typed as text, ends tasks with and without the outcome question, answers
every rating and questionnaire item (one declined), opens the participant's window, corrects an
event from the log and ends the session; the journal then holds every one of those, in order.

The pointer is parked in a corner before the app starts and must not move: a test that clicked
would fail here (``click`` raises), and so would one that moved the mouse.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from uxlab.analysis.tables import build_tables
from uxlab.storage.study_files import open_study

from .harness import App, desktop, kind, missing_tools
from .test_real_sessions import WORDS, make_study

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())} (Debian: xvfb xdotool openbox)"),
]


class KeyboardOnly(App):
    """The harness's app, with the mouse taken away."""

    def click(self, name: str, what: str = "") -> float:
        raise AssertionError(f"keyboard-only session used the mouse: {what or name}")

    def pointer(self) -> str:
        env = {**os.environ, "DISPLAY": self.display}
        return subprocess.run(["xdotool", "getmouselocation"], env=env, check=True,
                              capture_output=True, text=True).stdout.split(" screen")[0]


def run_by_keyboard(app: KeyboardOnly, pid: str, language: str) -> list[dict[str, Any]]:
    ev = app.wait_event
    app.show_console()
    if language == "en":
        # the participant box by its accelerator (Alt+A: "P&articipant:"), the id typed in
        app.key("alt+a", "focus the participant box")
        app.key("ctrl+a")
        app.type(pid)
    # (Arabic and Persian drop accelerators: the first participant not seen yet is preselected)
    app.key("ctrl+Return", "start the session")
    e = ev(pid, kind("session_started", participant=pid), "Ctrl+Enter starts the session")
    app.key("ctrl+shift+p", "open the participant screen")
    app.wait_for("participantScreen/participantScreen")

    # --- task 1: pause and resume, every marker, notes typed, undo; D then the outcome key
    app.key("s")
    e = ev(pid, kind("task_started", task="find"), "S starts task 1", e["seq"])
    app.key("p")
    e = ev(pid, kind("task_paused", task="find"), "P pauses", e["seq"])
    time.sleep(0.3)
    app.key("p")
    e = ev(pid, kind("task_resumed", task="find"), "P resumes", e["seq"])
    for key, marker in (("e", "error"), ("a", "assist")):
        app.key(key)
        e = ev(pid, kind("marker", marker=marker, task="find"), f"{key.upper()} marks {marker}", e["seq"])
    for key, marker, text in (("n", "note", "scrolled past the filter"),
                              ("c", "critical", "lost the cart")):
        app.key(key)
        app.type(text)
        app.key("Return")
        e = ev(pid, kind("marker", marker=marker, text=text), f"{key.upper()} with a text", e["seq"])
    app.key("u")
    app.type("filter hidden below the fold")
    app.key("Return")
    e = ev(pid, kind("problem_observation", text="filter hidden below the fold"), "U with a text", e["seq"])
    app.key("e")
    e = ev(pid, kind("marker", marker="error"), "E again", e["seq"])
    app.key("ctrl+z")
    e = ev(pid, kind("undo"), "Ctrl+Z undoes the last marker", e["seq"])
    app.key("d")
    e = ev(pid, kind("task_stopped", task="find", by="moderator"), "D stops the clock", e["seq"])
    app.key("Escape", "the task goes on")
    e = ev(pid, kind("task_continued", task="find"), "Esc lets the task go on", e["seq"])
    app.key("d")
    e = ev(pid, kind("task_stopped", task="find"), "D again", e["seq"])
    app.key("2", "outcome: partial")
    e = ev(pid, kind("task_ended", task="find", outcome="partial"), "2 answers the outcome question", e["seq"])
    for item, digit in (("seq", "6"), ("exp_success", "5"), ("exp_effort", "4"), ("exp_emotion", "3")):
        app.key(digit)
        e = ev(pid, kind("rating", item=item, value=int(digit)), f"{item} by its digit", e["seq"])
    app.key("2")
    e = ev(pid, kind("rating", item="emotion_word", word=WORDS[1]), "the word by its digit", e["seq"])

    # --- task 2: ended straight with an outcome key; one rating declined
    app.key("s")
    e = ev(pid, kind("task_started", task="pay"), "S starts task 2", e["seq"])
    app.key("1")
    e = ev(pid, kind("task_ended", task="pay", outcome="success"), "1 ends task 2 as a success", e["seq"])
    app.key("7")
    e = ev(pid, kind("rating", item="seq", value=7), "SEQ 7", e["seq"])
    app.key("x")
    e = ev(pid, kind("rating", item="exp_success", declined=True), "X declines", e["seq"])
    for item in ("exp_effort", "exp_emotion"):
        app.key("6")
        e = ev(pid, kind("rating", item=item, value=6), item, e["seq"])
    app.key("3")
    e = ev(pid, kind("rating", item="emotion_word", word=WORDS[2]), "word 3", e["seq"])

    # --- task 3: skipped
    app.key("k")
    e = ev(pid, kind("task_ended", task="track", outcome="skipped"), "K skips task 3", e["seq"])

    # --- questionnaires: NPS 10 as two digits, UMUX-Lite by digits
    app.key("1")
    app.key("0")
    e = ev(pid, kind("answer", item="nps", value=10), "NPS 10 typed as 1, 0", e["seq"])
    app.key("6")
    e = ev(pid, kind("answer", item="umux1", value=6), "umux1", e["seq"])
    app.key("5")
    umux2 = e = ev(pid, kind("answer", item="umux2", value=5), "umux2", e["seq"])

    # --- a correction from the log, reached with Tab: F2 on its last row, type, Enter
    for _ in range(40):  # Tab until the event log has the focus (the app's widget map says)
        if app.widgets(time.time()).get("mainWindow/eventLog", {}).get("focus"):
            break
        app.key("Tab")
    else:
        raise AssertionError("Tab never reached the event log")
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
    return app.journal(pid)


@pytest.mark.parametrize(("pid", "language"), [("P3", "en"), ("P1", "ar")])
def test_a_whole_session_by_keyboard_only(tmp_path: Path, pid: str, language: str) -> None:
    study = make_study(tmp_path / "study")
    with desktop(1280, 800) as display:
        app = KeyboardOnly(display, study, tmp_path / "home", language)
        subprocess.run(["xdotool", "mousemove", "0", "0"], env={**os.environ, "DISPLAY": display}, check=True)
        app.start()
        parked = app.pointer()
        try:
            journal = run_by_keyboard(app, pid, language)
            assert app.pointer() == parked, "the pointer moved"
        finally:
            app.quit()
    kinds = [e["kind"] for e in journal]
    assert kinds[0] == "session_started" and kinds[-1] == "session_ended"
    for needed in ("task_paused", "task_resumed", "task_stopped", "task_continued", "marker",
                   "problem_observation", "undo", "rating", "answer", "edit"):
        assert needed in kinds, needed
    tables = build_tables(open_study(study))
    rows = tables.attempts[tables.attempts["participant"] == pid].set_index("task")
    assert list(rows.loc[["find", "pay", "track"], "outcome"]) == ["partial", "success", "skipped"]
    assert rows.loc["find", "errors"] == 1 and rows.loc["find", "assists"] == 1  # one E undone
    answers = tables.answers[tables.answers["participant"] == pid].set_index("item")
    assert answers.loc["nps", "value"] == 10
    assert list(answers.loc[["umux1", "umux2"], "value"]) == [6, 3]
