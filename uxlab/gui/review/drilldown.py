"""Drill-down: the attempts of one task, and the events and notes of one attempt."""

from __future__ import annotations

from typing import Any

import pandas as pd
from PySide6.QtCore import QCoreApplication

from uxlab.analysis.model import StudyTables
from uxlab.gui.review import fmt
from uxlab.gui.review.outcomes import EXCLUDED_GREY, outcome_label, outcome_tint
from uxlab.gui.review.participant_table import is_excluded
from uxlab.gui.review.rows_model import Cell

ATTEMPT_RATINGS = ("seq", "exp_success", "exp_effort", "exp_emotion")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DrillDown", text)


def _text(v: Any) -> str:
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return ""
    return str(v)


def _num(v: Any) -> float | None:
    try:
        x = float(v)
    except (TypeError, ValueError):
        return None
    return None if x != x else x


def attempt_headers() -> tuple[list[str], list[str]]:
    names = [_tr("Participant"), _tr("Group"), _tr("Outcome"), _tr("Net time"), _tr("Errors"),
             _tr("Assists"), _tr("SEQ"), _tr("Success"), _tr("Effort"), _tr("Emotion"),
             _tr("Emotion word"), _tr("Notes")]
    tips = [_tr("Participant id (greyed: excluded from the analysis)"), "",
            _tr("How the task ended"),
            _tr("Time on task without pauses"), _tr("Errors marked during the attempt"),
            _tr("Assists given during the attempt"), _tr("Single Ease Question, 1–7"),
            _tr("Experience rating: success, 1–7"), _tr("Experience rating: effort, 1–7"),
            _tr("Experience rating: emotion, 1–7"), _tr("Word chosen for the emotion"),
            _tr("The moderator's notes on the attempt")]
    return names, tips


def attempt_key(participant: str, session: str, task: str) -> str:
    return "\x1f".join((participant, session, task))


def split_key(key: str) -> tuple[str, str, str]:
    participant, session, task = key.split("\x1f")
    return participant, session, task


def attempt_rows(tables: StudyTables, task: str) -> tuple[list[list[Cell]], list[str]]:
    """Every attempt at ``task``; excluded participants greyed. Keys: see :func:`attempt_key`."""
    a = tables.attempts
    if a.empty:
        return [], []
    sel = a[a["task"].astype(str) == task]
    p = tables.participants
    excluded = {str(pid) for pid, flag in zip(p["participant"], p.get("excluded", []),
                                                strict=False) if is_excluded(flag)}
    out: list[list[Cell]] = []
    keys: list[str] = []
    for r in sel.to_dict("records"):
        pid = str(r["participant"])
        grey = EXCLUDED_GREY if pid in excluded else None
        outcome = _text(r.get("outcome")).strip().lower()
        time = _num(r.get("time_s"))
        gross, paused = _num(r.get("gross_s")), _num(r.get("paused_s"))
        time_tip = _tr("gross {0}, paused {1}").format(fmt.seconds(gross), fmt.seconds(paused))
        row = [
            Cell(pid, tooltip=_tr("excluded from the analysis") if grey else "",
                 foreground=grey),
            Cell(_text(r.get("group")), foreground=grey),
            Cell(outcome_label(outcome), outcome,
                 background=None if grey else outcome_tint(outcome), foreground=grey),
            Cell(fmt.seconds(time), time, time_tip, numeric=True, foreground=grey),
        ]
        for name in ("errors", "assists"):
            v = _num(r.get(name))
            row.append(Cell(fmt.number(v, 0), v, numeric=True, foreground=grey))
        for name in ATTEMPT_RATINGS:
            v = _num(r.get(name))
            row.append(Cell(fmt.number(v, 0), v, numeric=True, foreground=grey))
        row.append(Cell(_text(r.get("emotion_word")), foreground=grey))
        note = _text(r.get("note_text"))
        row.append(Cell(note.replace("\n", " · "), tooltip=note, foreground=grey))
        out.append(row)
        keys.append(attempt_key(pid, _text(r.get("session_id")), task))
    return out, keys


def event_headers() -> list[str]:
    return [_tr("Time"), _tr("Event"), _tr("Detail")]


def _clock(t: float | None) -> str:
    if t is None:
        return fmt.MISSING
    whole = int(t)
    return f"{whole // 3600:d}:{whole // 60 % 60:02d}:{whole % 60:02d}"


def _kind(kind: str) -> str:
    names = {
        "task_started": _tr("task started"), "task_ended": _tr("task ended"),
        "task_paused": _tr("paused"), "task_resumed": _tr("resumed"),
        "marker": _tr("marker"), "rating": _tr("rating"), "answer": _tr("answer"),
        "session_started": _tr("session started"), "session_ended": _tr("session ended"),
    }
    return names.get(kind, kind)


def _marker(marker: str) -> str:
    names = {"error": _tr("error"), "assist": _tr("assist"), "note": _tr("note"),
             "critical": _tr("critical incident")}
    return names.get(marker, marker)


def _item(item: str) -> str:
    names = {"seq": _tr("SEQ"), "exp_success": _tr("Success"), "exp_effort": _tr("Effort"),
             "exp_emotion": _tr("Emotion"), "emotion_word": _tr("Emotion word")}
    return names.get(item, item)


def event_rows(tables: StudyTables, participant: str, session: str, task: str
               ) -> tuple[list[list[Cell]], list[str]]:
    """The events of one attempt in recorded order (time = since the session started)."""
    e = tables.events
    if e.empty:
        return [], []
    mask = (e["participant"].astype(str) == participant) & (e["task"].astype(str) == task)
    if session and "session_id" in e.columns:
        mask &= e["session_id"].astype(str) == session
    out: list[list[Cell]] = []
    keys: list[str] = []
    for r in e[mask].to_dict("records"):
        kind = _text(r.get("kind"))
        parts: list[str] = []
        if kind == "marker":
            parts = [_marker(_text(r.get("marker"))), _text(r.get("text"))]
        elif kind == "task_ended":
            parts = [outcome_label(_text(r.get("outcome")))]
        elif kind in ("rating", "answer"):
            value = _num(r.get("value"))
            shown = _tr("declined") if r.get("declined") is True else (
                fmt.number(value, 0) if value is not None else _text(r.get("text")))
            parts = [_item(_text(r.get("item"))), shown]
        else:
            parts = [_text(r.get("text"))]
        if r.get("undone") is True:
            parts.append(_tr("(undone)"))
        detail = " — ".join(p for p in parts if p)
        t = _num(r.get("t_s"))
        out.append([Cell(_clock(t), t, _text(r.get("wall"))), Cell(_kind(kind)),
                    Cell(detail, tooltip=detail)])
        keys.append(str(r.get("seq")))
    return out, keys
