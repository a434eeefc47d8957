"""A results file's cells, mapped (see :mod:`uxlab.analysis.mapping`), as the one shape the
long-format builder reads: a row per participant x task with columns named by uxlab's fields
(``participant, task, outcome, time_s, ...``), a row per participant with no ``task`` column for a
questionnaire-only study, and ``_row`` the spreadsheet row of each.

A wide table (one row per participant, ``T1_Time``, ``T1_Success``, ...) is turned into that
long shape here: its per-task cells are read first, so a bad cell is named by its own column.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from uxlab.analysis.cellvalues import read_number, read_outcome
from uxlab.analysis.headers import column_key
from uxlab.analysis.mapping import GUESSED, PLAIN_FIELDS, ColumnMapping
from uxlab.analysis.rawread import ROW, RawTable, is_number_dtype
from uxlab.core.errors import DataError

NUMERIC_FIELDS = frozenset({
    "time_s", "time_ms", "errors", "assists", "seq", "exp_success", "exp_effort", "exp_emotion",
    *(f"sus{i}" for i in range(1, 11)), "sus_score", "umux1", "umux2", "nps", "csat", "ces",
})
TASK_READERS: dict[str, dict[str, object]] = {  # how a wide table's per-task numbers are read
    "time_s": {"lo": 0, "clock": True},
    "time_ms": {"lo": 0, "scale": 0.001},
    "errors": {"lo": 0, "whole": True},
    "assists": {"lo": 0, "whole": True},
    "seq": {"lo": 1, "hi": 7, "whole": True},
}


def is_numeric_field(name: str) -> bool:
    return (name in NUMERIC_FIELDS or name.startswith("item:")
            or ("." in name and name.rpartition(".")[2] in NUMERIC_FIELDS))


@dataclass
class Prepared:
    frame: pd.DataFrame  # columns named by field (attributes by their header's key), and _row
    layout: str  # long, wide or questionnaire
    labels: dict[str, str] = field(default_factory=dict)  # frame column -> header in the file
    notices: list[str] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)  # why -> rows (or cells) left out
    numbered: bool = False  # participants numbered by row (no participant column)


def prepare(raw: RawTable, m: ColumnMapping) -> Prepared:
    df = raw.frame
    layout = m.layout
    out = Prepared(df, layout)
    rows_per_participant = layout != "long"
    if rows_per_participant and m.entries.get("participant", ("", ""))[1] == GUESSED:
        col = m.entries["participant"][0]
        ids = df[col].astype(str).str.strip()
        if ids[ids != ""].duplicated().any():
            del m.entries["participant"]
            m.notices.append(f"column '{col}' repeats values, so it does not identify participants "
                             "(one row per participant): it is kept as an attribute; if it is the "
                             f"participant, map it: --map participant=\"{col}\"")
    plain = {f: c for f, (c, _) in m.entries.items() if "." not in f or f.startswith("item:")}
    rename: dict[str, str] = {}
    taken = set(PLAIN_FIELDS) | set(plain)
    for f, c in plain.items():
        rename[c] = f
        out.labels[f] = c
    per_task = {c for f, (c, _) in m.entries.items() if f not in plain}
    seen: dict[str, str] = {}
    for c in raw.columns:
        if c in rename or c in per_task:
            continue
        key = column_key(c)
        if not key:
            continue
        if key in seen:
            raise DataError(f"the column '{key}' appears twice", file=f"{raw.file}, row 1", field=key,
                            fix="keep one of them, or rename one")
        seen[key] = c
        if key in taken:
            key = f"{key}_unmapped"
        rename[c] = key
        out.labels[key] = c
    frame = df[[c for c in df.columns if c in rename or c == ROW]].rename(columns=rename)
    if "participant" not in frame and rows_per_participant:
        width = len(str(len(frame)))
        frame.insert(0, "participant", [f"P{i:0{width}d}" for i in range(1, len(frame) + 1)])
        out.numbered = True
    if layout == "wide":
        frame = _melt(frame, df, m, raw.file, out)
    out.frame = frame
    if m.notices:
        out.notices.extend(m.notices)
    return out


def _melt(base: pd.DataFrame, df: pd.DataFrame, m: ColumnMapping, file: str, out: Prepared) -> pd.DataFrame:
    """One row per participant x task from a wide table; a participant whose task cells are all
    empty keeps one row with no task (their questionnaire answers and attributes still count)."""
    rows = df[ROW].to_numpy()
    parts: list[pd.DataFrame] = []
    empty_cells = 0
    for k, task in enumerate(m.tasks):
        cols = {f.rpartition(".")[2]: c for f, (c, _) in m.entries.items()
                if "." in f and not f.startswith("item:") and f.rpartition(".")[0] == task}
        if "outcome" not in cols:
            some = next(iter(cols.values()))
            raise DataError(f"task {task} has no outcome column (only '{some}')", file=file,
                            fix=f"map one: --map \"{task}.outcome=COLUMN\" (or leave out the task's "
                                "columns with --map)")
        part = pd.DataFrame({"participant": base["participant"].to_numpy(), ROW: rows,
                             "task": task, "_order": k})
        filled = np.zeros(len(df), dtype=bool)
        for sub, col in cols.items():
            text = df[col]
            given = text.notna().to_numpy() if is_number_dtype(text) \
                else (text.astype(str).str.strip() != "").to_numpy()
            filled |= given
            if sub == "outcome":
                part["outcome"] = read_outcome(text, rows, col, file, allow_empty=True).to_numpy()
            elif sub == "notes":
                part["notes"] = text.astype(str).str.strip().to_numpy()
            else:
                target = "time_s" if sub == "time_ms" else sub
                part[target] = read_number(text, rows, col, file, **TASK_READERS[sub]).to_numpy()
        no_outcome = filled & (part["outcome"] == "").to_numpy()
        if no_outcome.any():
            i = int(np.flatnonzero(no_outcome)[0])
            raise DataError(f"task {task} has values but no outcome", file=f"{file}, row {rows[i]}",
                            field=cols["outcome"], fix="write the outcome (success, fail, ...) or "
                            "clear the task's other cells")
        empty_cells += int((~filled).sum())
        parts.append(part[filled])
    long = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    has_task = set(long[ROW]) if len(long) else set()
    alone = base[~base[ROW].isin(has_task)]  # no task cell filled: answers only
    if len(alone):
        long = pd.concat([long, pd.DataFrame({"participant": alone["participant"].to_numpy(),
                                              ROW: alone[ROW].to_numpy(), "task": "", "_order": -1})],
                         ignore_index=True)
    long = long.sort_values([ROW, "_order"], kind="mergesort").drop(columns="_order")
    if empty_cells:
        out.skipped["task with no value (not attempted)"] = empty_cells
    extra = base.drop(columns=["participant"]).set_index(ROW)
    joined = long.join(extra, on=ROW)
    for c in ("outcome", "notes"):
        if c in joined:
            joined[c] = joined[c].fillna("")
    return joined.reset_index(drop=True)
