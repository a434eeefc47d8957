"""What the console's status line and order line say, in the interface language: the hint for
the current phase, and the participant's task order with each task's state."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from uxlab.core.study import Study, pick_text
from uxlab.gui.run.controller import (
    BETWEEN,
    FINISHING,
    IDLE,
    QUESTIONNAIRE,
    RATING,
    TASK,
    SessionController,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunView", text)


def phase_hint(c: SessionController, key: Callable[[str], str], task_title: Callable[[str], str]) -> str:
    """What the moderator can do now. ``key`` names the key bound to an action."""
    phase = c.phase
    if phase == IDLE:
        return _tr("No session running. Pick a participant and press Start session (Ctrl+Enter).")
    if phase == TASK and c.current is not None:
        if c.current.stopped:
            return _tr("The clock is stopped: choose the outcome (1–4), or Esc if the task goes on.")
        if c.current.paused:
            return _tr("Paused: press {0} to resume.").format(key("pause"))
        return _tr("Task running: {0} error · {1} assist · {2} note · {3} end (choose outcome) · 1–4 "
                   "end with an outcome.").format(key("error"), key("assist"), key("note"), key("end_task"))
    if phase == RATING:
        return _tr("Waiting for the ratings of the last task: digits answer the first question, "
                   "{0} = declined.").format(key("declined"))
    if phase == BETWEEN:
        nxt = c.upcoming_task()
        return _tr("Next: “{0}”. Press {1} to start it.").format(task_title(nxt or ""), key("start_task"))
    if phase == QUESTIONNAIRE:
        return _tr("End-of-session questionnaires: digits answer the first question, {0} = declined.") \
            .format(key("declined"))
    if phase == FINISHING:
        return _tr("All tasks and questionnaires are done: press End session (Ctrl+Enter).")
    return _tr("Session ended. Pick the next participant to start another session.")


def order_line(c: SessionController, study: Study | None) -> str:
    """Rich text: who, group and language, then each task of the order (done, running, next);
    tasks not done yet are links (``task:<id>``) the moderator can click to run next."""
    if not c.is_open or study is None:
        return html.escape(_tr("No session running. Pick a participant and press Start session."))
    st = c.state
    parts = []
    for i, tid in enumerate(st.order, 1):
        a = st.attempts.get(tid)
        title = html.escape(pick_text(study.task(tid).title, study.language, "en") if tid in study.task_ids else tid)
        mark = ""
        if a is not None and a.running:
            mark = "▶ "
            title = f"<b>{title}</b>"
        elif a is not None:
            mark = "✓ " if a.outcome == "success" else "• "
        else:
            title = f'<a href="task:{html.escape(tid)}">{title}</a>'
            if tid == c.upcoming_task() and c.current is None:
                title = f"<u><b>{title}</b></u>"
        # each task a first-strong isolate: "1. Add to cart" stays one unit, and in a
        # right-to-left line the tasks follow each other from the right
        parts.append(f"\u2068{i}. {mark}{title}\u2069")
    # ids typed in Latin stay next to their label in a right-to-left line: each one is a
    # first-strong isolate (FSI ... PDI), a unit for the bidirectional algorithm
    who = _tr("Participant {0}").format(f"\u2068{st.participant}\u2069")
    lang = f" · \u2068{st.language}\u2069" if st.language else ""
    group = f" · \u2068{st.group}\u2069" if st.group else ""
    return f"<b>{html.escape(who)}</b>{html.escape(group + lang)} — " + " &nbsp; ".join(parts)
