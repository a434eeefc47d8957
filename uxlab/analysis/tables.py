"""Journals -> tidy tables (docs/data-model.md). One pass over each session's replayed state;
columns are built as lists and turned into DataFrames once, so 1,000 sessions stay fast."""

from __future__ import annotations

from itertools import repeat
from operator import attrgetter
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from uxlab.analysis.model import (
    ANSWER_COLUMNS,
    ATTEMPT_COLUMNS,
    EVENT_COLUMNS,
    PARTICIPANT_COLUMNS,
    RATING_ITEMS,
    TASK_COLUMNS,
    StudyTables,
)
from uxlab.core.errors import DataError
from uxlab.core.events import MARKER_KINDS
from uxlab.core.gcpause import paused_gc
from uxlab.core.notices import summarise_warnings
from uxlab.core.scales import ItemScales, value_problem
from uxlab.core.session import Answer, SessionState
from uxlab.core.study import Study
from uxlab.storage.study_files import LoadedSession, LoadedStudy, open_study, study_item_scales

NAN = float("nan")
LONG_FORMAT_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm")


def _columns(rows: dict[str, list[Any]], columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: rows.get(c, []) for c in columns}, columns=columns)


def task_table(study: Study) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "task": [t.id for t in study.tasks],
            "title": [t.title.get(study.language) or next(iter(t.title.values()), t.id) for t in study.tasks],
            "stage": [t.stage for t in study.tasks],
            "target_time_s": [t.target_time_s if t.target_time_s is not None else NAN for t in study.tasks],
            "time_limit_s": [t.time_limit_s if t.time_limit_s is not None else NAN for t in study.tasks],
        },
        columns=TASK_COLUMNS,
    )


class _ValueCheck:
    """Checks the answers of one journal against their items' scales. A value off its scale, NaN,
    Infinity or a fraction on a whole-number scale is left out (NaN) with a warning naming the
    file, the line, the item and the value: one bad answer never hides the others."""

    def __init__(self, session: LoadedSession | None, scales: ItemScales, warnings: list[str]) -> None:
        self.warnings = warnings
        self.problems: dict[int, tuple[int, str]] = {}  # answer's seq -> (line, problem)
        self.path = "" if session is None else str(session.path)
        if session is None:
            return
        raw: dict[int, tuple[Any, int, str]] = {}  # answer's seq -> (value, seq that set it, item)
        scale_of: dict[int, Any] = {}
        rating_scale, answer_scale = scales.ratings.get, scales.answers.get
        for e in session.state.events:
            kind = e.kind
            if kind == "rating" or kind == "answer":
                d = e.data
                item = str(d.get("item", ""))
                if item == "emotion_word":
                    continue
                raw[e.seq] = (d.get("value"), e.seq, item)
                scale_of[e.seq] = (rating_scale(item) if kind == "rating"
                                   else answer_scale((str(d.get("questionnaire", "")), item)))
            elif kind == "edit":
                d = e.data
                if isinstance(d.get("changes"), dict) and "value" in d["changes"]:
                    target = d.get("target")
                    if isinstance(target, int) and target in raw:
                        raw[target] = (d["changes"]["value"], e.seq, raw[target][2])
        for seq, (value, at, item) in raw.items():
            if value is None:
                continue
            scale = scale_of[seq]
            if type(value) is int and (scale is None or scale[0] <= value <= scale[1]):
                continue  # a whole number on its scale: what value_problem finds right, at once
            problem = value_problem(value, scale)
            if problem:
                self.problems[seq] = (session.read.lines.get(at, 0), f"item {item}: {problem}")

    def value(self, ans: Answer | None, pid: str = "", what: str = "") -> float:
        """The answer's value, NaN when declined or left out; a left-out value's warning names
        the participant and ``what`` was asked (built only then: this runs 100,000 times)."""
        if ans is None or ans.declined:
            return NAN
        if self.problems:
            bad = self.problems.get(ans.seq)
            if bad is not None:
                line, problem = bad
                where = f" (participant {pid}, {what})" if pid else ""
                self.warnings.append(f"{self.path}:{line}: {problem}{where}; the value is left out")
                return NAN
        return NAN if ans.value is None else float(ans.value)


def build_tables(loaded: LoadedStudy) -> StudyTables:
    """Tidy tables from a study folder's journals. In-progress sessions contribute the tasks
    that have ended; a task that never ran is not an attempt row."""
    with paused_gc():
        return _build_tables(loaded)


def _build_tables(loaded: LoadedStudy) -> StudyTables:
    study = loaded.study
    attr_names = [f.name for f in study.participant_fields if f.name != "group"]

    prow: dict[str, list[Any]] = {c: [] for c in PARTICIPANT_COLUMNS + attr_names}
    arow: dict[str, list[Any]] = {c: [] for c in ATTEMPT_COLUMNS}
    qrow: dict[str, list[Any]] = {c: [] for c in ANSWER_COLUMNS}
    erow: dict[str, list[Any]] = {c: [] for c in EVENT_COLUMNS}

    scales = study_item_scales(study)
    value_warnings: list[str] = []
    by_pid: dict[str, SessionState] = {}
    loaded_by_pid: dict[str, LoadedSession] = {}
    for s in loaded.sessions:
        pid = s.state.participant or s.read.session_id
        if pid in by_pid:
            loaded.problems.append(
                f"{s.path}: a second session for participant '{pid}'; only the first is analysed"
            )
            continue
        by_pid[pid] = s.state
        loaded_by_pid[pid] = s

    listed = [p.id for p in study.participants]
    planned: dict[str, Any] = {}
    for p in study.participants:
        planned.setdefault(p.id, p)  # = study.participant(pid): the first with that id
    ordered = listed + [pid for pid in by_pid if pid not in planned]
    for pid in ordered:
        sp = planned.get(pid)
        st = by_pid.get(pid)
        if st is None and sp is None:
            continue
        group = (st.group if st and st.group else "") or (sp.group if sp else "")
        attrs = dict(sp.attributes) if sp else {}
        if st:
            attrs.update({k: v for k, v in st.attributes.items() if v != ""})
        prow["participant"].append(pid)
        prow["group"].append(group)
        prow["language"].append((st.language if st and st.language else "") or (sp.language if sp else ""))
        prow["excluded"].append(bool(sp.excluded) if sp else False)
        prow["exclude_reason"].append(sp.exclude_reason if sp else "")
        prow["session_id"].append(st.session_id if st else "")
        prow["status"].append("" if st is None else ("complete" if st.ended else "in_progress"))
        prow["started"].append(st.started_wall if st else "")
        prow["ended"].append(st.ended_wall if st else "")
        for name in attr_names:
            prow[name].append(attrs.get(name, ""))
        if st is None:
            continue
        check = _ValueCheck(loaded_by_pid.get(pid), scales, value_warnings)
        _attempt_rows(st, pid, group, arow, check)
        for q, items in st.answers.items():
            for item, ans in items.items():
                qrow["participant"].append(pid)
                qrow["questionnaire"].append(q)
                qrow["item"].append(item)
                qrow["value"].append(check.value(ans, pid, q))
                qrow["declined"].append(bool(ans.declined))
        _event_rows(st, pid, erow)

    attempts = _columns(arow, ATTEMPT_COLUMNS)
    for c in ("time_s", "gross_s", "paused_s", *RATING_ITEMS):
        attempts[c] = attempts[c].astype("float64")
    for c in ("position", "pauses", "errors", "assists", "notes", "critical"):
        attempts[c] = attempts[c].astype("int64")
    for c in ("success", "interrupted"):
        attempts[c] = attempts[c].astype(bool)
    conditions = {t.id: t.condition for t in study.tasks if t.condition}
    if conditions:  # within-subjects: each attempt's condition from its task (--by condition)
        attempts["condition"] = attempts["task"].map(conditions).fillna("")
    answers = _columns(qrow, ANSWER_COLUMNS)
    answers["value"] = answers["value"].astype("float64")
    answers["declined"] = answers["declined"].astype(bool)
    if erow["seq"]:  # numbers straight to arrays (an empty table keeps pandas' own dtypes)
        for c, dtype in (("seq", np.int64), ("t_s", np.float64), ("declined", np.bool_),
                         ("undone", np.bool_)):
            erow[c] = np.array(erow[c], dtype=dtype)  # type: ignore[assignment]
    events = _columns(erow, EVENT_COLUMNS)
    events["t_s"] = events["t_s"].astype("float64")
    participants = _columns(prow, PARTICIPANT_COLUMNS + attr_names)
    participants["excluded"] = participants["excluded"].astype(bool)
    return StudyTables(
        title=study.title,
        tasks=task_table(study),
        participants=participants,
        attempts=attempts,
        answers=answers,
        events=events,
        source=str(loaded.folder),
        warnings=summarise_warnings(loaded.warnings + value_warnings),
        attribute_columns=attr_names,
        benchmarks=dict(study.benchmarks),
        design=study.design,
    )


def _attempt_rows(st: SessionState, pid: str, group: str, arow: dict[str, list[Any]], check: _ValueCheck) -> None:
    for a in sorted(st.attempts.values(), key=lambda x: x.position):
        if a.running or a.outcome is None:
            continue
        skipped = a.outcome == "skipped"
        counts = dict.fromkeys(MARKER_KINDS, 0)  # = a.count(kind), in one pass
        notes: list[str] = []
        for m in a.markers:
            if not m.undone:
                counts[m.kind] = counts.get(m.kind, 0) + 1
                if m.text and (m.kind == "note" or m.kind == "critical"):
                    notes.append(m.text)
        gross, net = a.gross_ns(), a.net_ns()
        arow["participant"].append(pid)
        arow["group"].append(group)
        arow["session_id"].append(st.session_id)
        arow["task"].append(a.task)
        arow["position"].append(a.position)
        arow["outcome"].append(a.outcome)
        arow["success"].append(a.outcome == "success")
        arow["time_s"].append(NAN if skipped else net / 1e9)
        arow["gross_s"].append(NAN if skipped else gross / 1e9)
        arow["paused_s"].append(NAN if skipped else (gross - net) / 1e9)
        arow["pauses"].append(a.pauses)
        arow["interrupted"].append(a.interrupted)
        arow["errors"].append(counts["error"])
        arow["assists"].append(counts["assist"])
        arow["notes"].append(counts["note"])
        arow["critical"].append(counts["critical"])
        ratings, what = a.ratings, f"task {a.task}"
        for item in RATING_ITEMS:
            arow[item].append(check.value(ratings.get(item), pid, what))
        word = a.ratings.get("emotion_word")
        arow["emotion_word"].append(word.word if word is not None and not word.declined else "")
        arow["note_text"].append(" | ".join(notes))
        arow["started"].append(a.started_wall)
        arow["ended"].append(a.ended_wall)


def _event_rows(st: SessionState, pid: str, erow: dict[str, list[Any]]) -> None:
    """Every event of one session, column by column (one pass per column at C speed rather than
    fifteen appends per event)."""
    undone = {m.seq for m in st.all_markers() if m.undone}
    events = st.events
    n = len(events)
    data = [e.data for e in events]
    erow["participant"] += [pid] * n
    erow["session_id"] += [st.session_id] * n
    erow["seq"] += [e.seq for e in events]
    erow["kind"] += [e.kind for e in events]
    erow["t_s"] += [  # = e.moment_ns / 1e9, inline: the property costs a call per event
        # (type() is int: a JSON parser's whole numbers, never true/false)
        (at if type(at := d.get("at_t_ns")) is int and 0 <= at <= e.t_ns else e.t_ns) / 1e9
        for e, d in zip(events, data, strict=True)]
    erow["wall"] += [e.wall for e in events]
    # task, marker, outcome, item are text and declined true/false wherever present (every event
    # was checked when read): a C-level dict.get per event instead of a Python expression
    get = dict.get
    for key in ("task", "marker", "outcome", "item"):
        erow[key] += map(get, data, repeat(key), repeat(""))
    # a rating's text is its emotion word when it has one (inline: 80,000 ratings per study)
    erow["text"] += [("" if (t := (d.get("word") or d.get("text")) if k == "rating" else d.get("text")) is None
                      else str(t)) if k != "edit" else _event_text(k, d)
                     for k, d in zip(map(_KIND, events), data, strict=True)]
    # a number (not true/false, not NaN, under 1e15 in size) or None
    erow["value"] += [v if ((tv := type(v)) is int or tv is float) and -1e15 < v < 1e15 else None
                      for v in map(get, data, repeat("value"))]
    erow["declined"] += map(get, data, repeat("declined"), repeat(False))
    erow["target"] += map(get, data, repeat("target"))
    erow["undone"] += [e.seq in undone for e in events]


_KIND = attrgetter("kind")


def _event_text(kind: str, d: dict[str, Any]) -> str:
    text = d.get("text")
    if kind == "edit" and isinstance(d.get("changes"), dict):
        text = ", ".join(f"{k}={v}" for k, v in d["changes"].items())
    elif kind == "rating" and d.get("word"):
        text = d.get("word")
    return "" if text is None else str(text)


def is_long_format(path: Path) -> bool:
    return Path(path).suffix.lower() in LONG_FORMAT_SUFFIXES


def load_tables(path: Path, mapping: dict[str, str] | None = None, map_file: Path | None = None,
                sheet: str | None = None) -> StudyTables:
    """A study folder (study.json + sessions/) or a results file (CSV / XLSX); ``mapping``,
    ``map_file`` and ``sheet`` say how to read a results file (see uxlab.analysis.longformat)."""
    path = Path(path)
    options = mapping or map_file is not None or sheet is not None
    if options and (path.is_dir() or path.name == "study.json"):
        raise DataError("--map, --map-file and --sheet are for results spreadsheets", file=str(path),
                        fix="leave them out for a study folder")
    if path.is_dir() or path.name == "study.json":
        with paused_gc():  # a million small objects, no cycles: see uxlab.core.gcpause
            return build_tables(open_study(path if path.is_dir() else path.parent))
    if is_long_format(path):
        from uxlab.analysis.longformat import read_long

        tables = read_long(path, mapping, map_file, sheet)
        tables.warnings = summarise_warnings(tables.warnings)
        return tables
    if not path.exists():
        raise DataError(f"{path} does not exist", fix="give a study folder or a .csv / .xlsx results file")
    raise DataError(
        "is neither a study folder nor a results spreadsheet", file=str(path),
        fix="give a study folder (with study.json) or a long-format .csv / .xlsx file",
    )


__all__ = ["build_tables", "is_long_format", "load_tables", "task_table"]
