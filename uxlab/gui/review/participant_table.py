"""The participant matrix: group, attributes, each task's outcome and time, questionnaire
scores, and whether the participant is excluded (greyed, with the reason)."""

from __future__ import annotations

from typing import Any

import pandas as pd
from PySide6.QtCore import QCoreApplication

from uxlab.analysis.model import StudyTables
from uxlab.gui.review import fmt
from uxlab.gui.review.outcomes import (
    EXCLUDED_GREY,
    OUTCOME_SYMBOLS,
    outcome_tint,
    outcome_word,
)
from uxlab.gui.review.rows_model import Cell


def _tr(text: str) -> str:
    return QCoreApplication.translate("ParticipantTable", text)


def _text(v: Any) -> str:
    if v is None or (isinstance(v, float) and v != v) or v is pd.NA:
        return ""
    return str(v)


def is_excluded(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"true", "yes", "1", "x"}
    return bool(value) if value is not None and value == value else False


def layout(tables: StudyTables, tasks: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """Headers and header tooltips; ``tasks`` = (id, title) in study order."""
    names = [_tr("Participant"), _tr("Group"), _tr("Exclusion"),
             *list(tables.attribute_columns)]
    tips = [_tr("Participant id"), _tr("Group (condition) of the participant"),
            _tr("Excluded participants are left out of every number; their data is kept")]
    tips += [_tr("Participant attribute") for _ in tables.attribute_columns]
    for _task, title in tasks:
        names.append(title)
        tips.append(_tr("Outcome and net time (pauses excluded) of this task:\n"
                        "✓ success, ◐ partial, ✗ failure, ⊘ abandoned, – skipped"))
    names += [_tr("SUS"), _tr("UMUX-Lite"), _tr("NPS (0–10)")]
    tips += [fmt.method("SUS"), fmt.method("UMUX-Lite"),
             _tr("Likelihood to recommend, 0–10 (9–10 promoter, 0–6 detractor)")]
    return names, tips


def rows(tables: StudyTables, scores: pd.DataFrame, tasks: list[tuple[str, str]]
         ) -> tuple[list[list[Cell]], list[str]]:
    """One row per participant (excluded ones too); keys are participant ids.

    ``scores`` is ``participant_scores(tables, include_excluded=True)``."""
    a = tables.attempts
    cells: dict[tuple[str, str], tuple[str, Any]] = {}
    if not a.empty:
        times = (pd.to_numeric(a["time_s"], errors="coerce").tolist() if "time_s" in a
                 else [None] * len(a))
        for pid, task, outcome, t in zip(a["participant"].astype(str).tolist(),
                                         a["task"].astype(str).tolist(), a["outcome"].tolist(),
                                         times, strict=True):
            cells[(pid, task)] = (_text(outcome).strip().lower(), t)
    by_pid = {str(p): r for p, r in zip(scores["participant"], scores.to_dict("records"),
                                        strict=True)}
    out: list[list[Cell]] = []
    keys: list[str] = []
    p = tables.participants
    reasons = p["exclude_reason"].tolist() if "exclude_reason" in p else [None] * len(p)
    flags = p["excluded"].tolist() if "excluded" in p else [False] * len(p)
    groups = p["group"].tolist() if "group" in p else [None] * len(p)
    attrs = [p[c].tolist() if c in p else [None] * len(p) for c in tables.attribute_columns]
    for k, pid in enumerate(p["participant"].astype(str).tolist()):
        excluded = is_excluded(flags[k])
        grey = EXCLUDED_GREY if excluded else None
        row = [Cell(pid, tooltip=_tr("Excluded: {0}").format(_text(reasons[k]))
                    if excluded else "", foreground=grey),
               Cell(_text(groups[k]), foreground=grey),
               Cell(_tr("excluded: {0}").format(_text(reasons[k])) if excluded else "",
                    1 if excluded else 0, _text(reasons[k]) if excluded else "",
                    foreground=grey)]
        row += [Cell(_text(col[k]), foreground=grey) for col in attrs]
        for task, title in tasks:
            outcome, t = cells.get((pid, task), ("", None))
            if not outcome and (pid, task) not in cells:
                row.append(Cell("", None, _tr("{0}: not done").format(title), foreground=grey))
                continue
            symbol = OUTCOME_SYMBOLS.get(outcome, "…")
            time_text = "" if fmt.is_missing(t) else " " + fmt.seconds(t)
            tip = f"{title}: {outcome_word(outcome)}"
            if time_text:
                tip += ", " + fmt.seconds(t)
            row.append(Cell(symbol + time_text, t if not fmt.is_missing(t) else None, tip,
                            background=None if excluded else outcome_tint(outcome),
                            foreground=grey))
        s = by_pid.get(pid, {})
        nps_cat = s.get("nps_category")
        row += [
            Cell(fmt.number(s.get("sus"), 1), s.get("sus"), numeric=True, foreground=grey),
            Cell(fmt.number(s.get("umux_lite"), 1), s.get("umux_lite"), numeric=True,
                 foreground=grey),
            Cell(fmt.number(s.get("nps"), 0), s.get("nps"), _text(nps_cat), numeric=True,
                 foreground=grey),
        ]
        out.append(row)
        keys.append(pid)
    return out, keys
