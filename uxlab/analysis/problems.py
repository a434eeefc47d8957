"""Formative findings as tidy tables: observations replayed from the journals, the problem x
participant matrix, each problem's frequency with its adjusted-Wald interval, problems per task
and per tag, and the discovery estimates (:mod:`uxlab.analysis.discovery`).

Which problem an observation belongs to: the problem list (``problems.json``) decides when it
lists the observation; otherwise the link typed live in the session counts, unless the list
detached it; otherwise the observation is unassigned.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from uxlab.analysis.discovery import DiscoveryEstimate, discovery
from uxlab.analysis.stats import adjusted_wald_arrays
from uxlab.core.problems import ProblemList
from uxlab.core.session import SessionState
from uxlab.storage.problems_file import load_problems
from uxlab.storage.study_files import LoadedStudy, open_study

OBSERVATION_COLUMNS = [
    "observation", "participant", "session_id", "seq", "source", "task", "t_s", "wall", "text",
    "live_problem", "problem",
]
TAG_COUNT_COLUMNS = ["tag", "task", "problems", "notes"]
SUMMARY_COLUMNS = [
    "problem", "title", "severity", "severity_label", "tags", "participants", "frequency",
    "ci_low", "ci_high", "observations", "tasks", "impact", "recommendation", "description",
]


def observation_id(session_id: str, seq: int) -> str:
    return f"{session_id}:{seq}"


def _session_rows(st: SessionState, pid: str, rows: dict[str, list[Any]], notes: bool) -> None:
    sid = st.session_id or pid
    for e in st.events:
        if e.kind != "problem_observation":
            continue
        at = e.data.get("at_t_ns")
        t = at if isinstance(at, int) and not isinstance(at, bool) and at >= 0 else e.t_ns
        live = e.data.get("problem")
        _add(rows, observation_id(sid, e.seq), pid, sid, e.seq, "observation", e.data.get("task") or "",
             t / 1e9, e.wall, str(e.data.get("text", "")), live if isinstance(live, str) else "")
    if notes:
        for m in st.all_markers():
            if m.kind in ("note", "critical") and not m.undone and m.text:
                _add(rows, observation_id(sid, m.seq), pid, sid, m.seq, m.kind, m.task or "",
                     m.t_ns / 1e9, m.wall, m.text, "")


_OBS_FIELDS = OBSERVATION_COLUMNS[:-1]


def _add(rows: dict[str, list[Any]], *values: Any) -> None:
    for c, v in zip(_OBS_FIELDS, values, strict=True):
        rows[c].append(v)


def observations_table(loaded: LoadedStudy, *, notes: bool = True) -> pd.DataFrame:
    """One row per problem observation (and, with ``notes``, per note or critical-incident
    marker, which the Problems view can turn into observations). ``problem`` is left empty:
    :func:`link` fills it from the problem list."""
    rows: dict[str, list[Any]] = {c: [] for c in OBSERVATION_COLUMNS[:-1]}
    seen: set[str] = set()
    for s in loaded.sessions:
        pid = s.state.participant or s.read.session_id
        if pid in seen:  # as in build_tables: only a participant's first session is analysed
            continue
        seen.add(pid)
        _session_rows(s.state, pid, rows, notes)
    df = pd.DataFrame(rows, columns=OBSERVATION_COLUMNS[:-1])
    df["seq"] = df["seq"].astype("int64")
    df["t_s"] = df["t_s"].astype("float64")
    df["problem"] = ""
    return df.sort_values(["participant", "seq"], kind="stable").reset_index(drop=True)


def link(observations: pd.DataFrame, pl: ProblemList) -> pd.DataFrame:
    """``observations`` with ``problem`` set: the list's link, else the live link (if that problem
    exists and the list did not detach it), else ''."""
    owner = {o: p.id for p in pl.problems for o in p.observations}
    known = {p.id for p in pl.problems}
    out = observations.copy()
    problem = []
    for oid, live in zip(out["observation"].tolist(), out["live_problem"].tolist(), strict=True):
        if oid in owner:
            problem.append(owner[oid])
        elif live and live in known and oid not in pl.detached:
            problem.append(live)
        else:
            problem.append("")
    out["problem"] = problem
    out["tags"] = ["; ".join(pl.note_tags.get(o, ())) for o in out["observation"].tolist()]
    return out


def problem_matrix(linked: pd.DataFrame, problems: list[str], participants: list[str]) -> pd.DataFrame:
    """1 where a participant met a problem at least once, else 0: problems as rows (in the
    order given), participants as columns. Participants without observations are columns of 0:
    they were tested and met none."""
    m = np.zeros((len(problems), len(participants)), dtype=np.int64)
    prow = {p: i for i, p in enumerate(problems)}
    pcol = {p: j for j, p in enumerate(participants)}
    hit = linked[linked["problem"] != ""]
    for prob, part in zip(hit["problem"].tolist(), hit["participant"].tolist(), strict=True):
        i, j = prow.get(prob), pcol.get(part)
        if i is not None and j is not None:
            m[i, j] = 1
    return pd.DataFrame(m, index=pd.Index(problems, name="problem"), columns=pd.Index(participants, name="participant"))


def problem_summary(matrix: pd.DataFrame, linked: pd.DataFrame, pl: ProblemList,
                    confidence: float = 0.95) -> pd.DataFrame:
    """One row per problem: how many participants met it, the share with its adjusted-Wald
    interval, observations, tasks, severity and the impact used for sorting (share x severity
    weight, worst first; see docs/metrics.md)."""
    n = matrix.shape[1]
    counts = matrix.sum(axis=1).to_numpy(dtype=float) if len(matrix) else np.zeros(0)
    lo, hi = adjusted_wald_arrays(counts, np.full(len(counts), n), confidence) if len(counts) else ([], [])
    scale = pl.severity_scale
    hit = linked[linked["problem"] != ""]
    by_problem = {k: g for k, g in hit.groupby("problem", sort=False)}
    rows: list[dict[str, Any]] = []
    for i, pid in enumerate(matrix.index):
        p = pl.get(pid)
        g = by_problem.get(pid)
        freq = counts[i] / n if n else float("nan")
        weight = scale.weight(p.severity if p else None)
        tasks = sorted({t for t in g["task"].tolist() if t}) if g is not None else []
        rows.append({
            "problem": pid,
            "title": p.title if p else pid,
            "severity": p.severity if p and p.severity is not None else None,
            "severity_label": scale.label(p.severity) if p else "",
            "tags": "; ".join(p.tags) if p else "",
            "participants": int(counts[i]),
            "frequency": freq,
            "ci_low": float(lo[i]),
            "ci_high": float(hi[i]),
            "observations": 0 if g is None else len(g),
            "tasks": "; ".join(tasks),
            # a problem without a severity still sorts by frequency, after rated ones of equal share
            "impact": freq * (weight if p and p.severity is not None else 0.0),
            "recommendation": p.recommendation if p else "",
            "description": p.description if p else "",
        })
    df = pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
    df["severity"] = pd.Series([r["severity"] for r in rows], dtype=object)  # whole numbers or None
    if len(df):
        df = df.sort_values(["impact", "frequency", "problem"], ascending=[False, False, True],
                            kind="stable").reset_index(drop=True)
    return df


def problems_per_task(linked: pd.DataFrame, tasks: list[str] | None = None) -> pd.DataFrame:
    """Per task: distinct problems, observations linked to a problem, and unassigned ones."""
    obs = linked[linked["source"] == "observation"]
    order = list(tasks or []) + sorted({t for t in linked["task"] if t and t not in set(tasks or [])})
    if (obs["task"] == "").any() or (linked.loc[linked["problem"] != "", "task"] == "").any():
        order.append("")
    linked_only = linked[linked["problem"] != ""]
    stats = linked_only.groupby("task").agg(problems=("problem", "nunique"), observations=("problem", "size"),
                                           participants=("participant", "nunique"))
    unassigned = obs[obs["problem"] == ""].groupby("task").size()
    rows = []
    for t in order:
        st = stats.loc[t] if t in stats.index else None
        rows.append({"task": t, "problems": int(st["problems"]) if st is not None else 0,
                     "observations": int(st["observations"]) if st is not None else 0,
                     "participants": int(st["participants"]) if st is not None else 0,
                     "unassigned": int(unassigned.get(t, 0))})
    return pd.DataFrame(rows, columns=["task", "problems", "observations", "participants", "unassigned"])


def problems_per_tag(summary: pd.DataFrame) -> pd.DataFrame:
    """Per tag: how many problems carry it and their observations."""
    counts: dict[str, list[int]] = {}
    for tags, nobs in zip(summary["tags"], summary["observations"], strict=True):
        for t in [x.strip() for x in str(tags).split(";") if x.strip()]:
            c = counts.setdefault(t, [0, 0])
            c[0] += 1
            c[1] += int(nobs)
    rows = sorted(((t, c[0], c[1]) for t, c in counts.items()), key=lambda r: (-r[1], r[0]))
    return pd.DataFrame(rows, columns=["tag", "problems", "observations"])


def _split(tags: Any) -> list[str]:
    return [t.strip() for t in str(tags).split(";") if t.strip()]


def tag_counts(linked: pd.DataFrame, summary: pd.DataFrame, tasks: list[str] | None = None) -> pd.DataFrame:
    """Per tag, for all tasks (``task`` '') and then per task: ``problems`` = problems carrying
    the tag (on a task: those met on it), ``notes`` = notes and observations tagged with it (on a
    task: recorded during it). Tags sorted by how often they are used, then by name."""
    problem_tasks: dict[str, set[str]] = {}
    hit = linked[linked["problem"] != ""]
    for prob, task in zip(hit["problem"].tolist(), hit["task"].tolist(), strict=True):
        problem_tasks.setdefault(prob, set()).add(task)
    counts: dict[tuple[str, str], list[int]] = {}

    def bump(tag: str, task: str, col: int) -> None:
        counts.setdefault((tag, task), [0, 0])[col] += 1

    for prob, tags in zip(summary["problem"].tolist(), summary["tags"].tolist(), strict=True):
        for tag in _split(tags):
            bump(tag, "", 0)
            for task in problem_tasks.get(prob, ()):
                bump(tag, task, 0)
    tagged = linked[linked["tags"] != ""] if "tags" in linked else linked.iloc[0:0]
    for task, tags in zip(tagged["task"].tolist(), tagged["tags"].tolist(), strict=True):
        for tag in _split(tags):
            bump(tag, "", 1)
            bump(tag, task, 1)
    order = list(tasks or [])
    rank = {t: i for i, t in enumerate(order)}
    tags = sorted({t for t, _ in counts}, key=lambda t: (-sum(counts[(t, "")]), t))
    rows = []
    for tag in tags:
        rows.append([tag, "", *counts[(tag, "")]])
        per_task = sorted((k for t, k in counts if t == tag and k), key=lambda k: (rank.get(k, len(rank)), k))
        rows += [[tag, k, *counts[(tag, k)]] for k in per_task]
    return pd.DataFrame(rows, columns=TAG_COUNT_COLUMNS)


@dataclass
class Findings:
    """Everything the Problems view, the exports and `analyze --json` show."""

    problem_list: ProblemList
    observations: pd.DataFrame  # linked
    participants: list[str]
    matrix: pd.DataFrame
    summary: pd.DataFrame
    per_task: pd.DataFrame
    per_tag: pd.DataFrame
    discovery: DiscoveryEstimate
    warnings: list[str] = field(default_factory=list)
    tags: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=TAG_COUNT_COLUMNS))

    def to_dict(self, goals: tuple[float, ...] = (0.8, 0.85, 0.9, 0.95)) -> dict[str, Any]:
        d = self.discovery
        needed = {f"{g:g}": {"adjusted": d.needed(g), "observed": d.needed(g, adjusted=False)} for g in goals}
        return {
            "severity_scale": self.problem_list.scale,
            "participants": self.participants,
            "problems": [{k: _plain(v) for k, v in r.items()} for r in self.summary.to_dict("records")],
            "matrix": {str(k): [int(x) for x in row] for k, row in zip(self.matrix.index, self.matrix.to_numpy(), strict=True)},
            "per_task": self.per_task.to_dict("records"),
            "tags": [{k: _plain(v) for k, v in r.items()} for r in self.tags.to_dict("records")],
            "discovery": {**d.to_dict(), "participants_needed": needed},
            "unassigned_observations": int(((self.observations["problem"] == "")
                                             & (self.observations["source"] == "observation")).sum()),
        }


def _plain(v: Any) -> Any:
    if isinstance(v, float) and not np.isfinite(v):
        return None
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.floating):
        return float(v) if np.isfinite(v) else None
    return v


def tested_participants(loaded: LoadedStudy) -> list[str]:
    """Participants with a session who are not excluded, in the study's order."""
    excluded = {p.id for p in loaded.study.participants if p.excluded}
    listed = list(dict.fromkeys(p.id for p in loaded.study.participants))  # one column per id
    have: list[str] = []
    for s in loaded.sessions:
        pid = s.state.participant or s.read.session_id
        if pid not in have:
            have.append(pid)
    ordered = [p for p in listed if p in have] + [p for p in have if p not in set(listed)]
    return [p for p in ordered if p not in excluded]


def build_findings(loaded: LoadedStudy, pl: ProblemList | None = None, confidence: float = 0.95) -> Findings:
    pl = pl if pl is not None else load_problems(loaded.folder)
    participants = tested_participants(loaded)
    linked = link(observations_table(loaded), pl)
    linked = linked[linked["participant"].isin(participants)].reset_index(drop=True)
    matrix = problem_matrix(linked, [p.id for p in pl.problems], participants)
    summary = problem_summary(matrix, linked, pl, confidence)
    tasks = [t.id for t in loaded.study.tasks]
    return Findings(pl, linked, participants, matrix, summary, problems_per_task(linked, tasks),
                    problems_per_tag(summary), discovery(matrix.to_numpy()), list(loaded.warnings),
                    tag_counts(linked, summary, tasks))


def load_findings(folder: Path, confidence: float = 0.95) -> Findings:
    return build_findings(open_study(folder), confidence=confidence)
