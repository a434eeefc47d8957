"""Which participants the review shows: a filter on a participant column ("group = prototype",
"experience = novice") and the two groups picked for a side-by-side comparison.

This only selects rows of the tidy tables (like ``StudyTables.included``); every number is then
computed by :func:`uxlab.analysis.metrics.analyze` on the selection.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from uxlab.analysis.model import StudyTables


def split_columns(tables: StudyTables) -> list[str]:
    """Participant columns one can filter or compare by: group first, then the attributes."""
    p = tables.participants
    out: list[str] = []
    if "group" in p.columns and _values(p["group"]):
        out.append("group")
    for name in tables.attribute_columns:
        if name in p.columns and name not in out and _values(p[name]):
            out.append(name)
    return out


MAX_CONDITIONS = 8


def within_columns(tables: StudyTables) -> list[str]:
    """Attempt columns that vary within participants (a within-subjects condition, e.g. the
    tasks' ``condition``): they can be compared by, not filtered on."""
    from uxlab.analysis.comparisons import varies_within
    from uxlab.analysis.model import ATTEMPT_COLUMNS

    a = tables.attempts
    extra = [str(c) for c in a.columns if c not in ATTEMPT_COLUMNS or c == "group"]
    out = []
    for c in extra:
        values = a[c].dropna().astype(str).str.strip()
        values = values[values != ""].unique()
        numeric = pd.to_numeric(pd.Series(values), errors="coerce").notna().all()
        # a condition has a few named values; a per-attempt measure (a rating) is not one
        if 2 <= len(values) <= MAX_CONDITIONS and not numeric and varies_within(a, c):
            out.append(c)
    return out


def _values(column: pd.Series) -> list[str]:
    seen: list[str] = []
    for v in column.tolist():
        if v is None or (isinstance(v, float) and v != v) or str(v) == "":
            continue
        if str(v) not in seen:
            seen.append(str(v))
    return seen


def column_values(tables: StudyTables, column: str, included_only: bool = True) -> list[str]:
    """Distinct non-empty values of a participant column, in first-seen order."""
    p = tables.included().participants if included_only else tables.participants
    return _values(p[column]) if column in p.columns else []


def participants_where(tables: StudyTables, column: str, values: Iterable[str]) -> set[str]:
    p = tables.participants
    if column not in p.columns:
        return set()
    wanted = set(values)
    keep = p[column].map(lambda v: v is not None and not (isinstance(v, float) and v != v)
                         and str(v) in wanted)
    return set(p.loc[keep.astype(bool), "participant"].astype(str))


def subset(tables: StudyTables, participants: set[str]) -> StudyTables:
    """The same tables restricted to some participants (nothing is changed or lost)."""
    def rows(df: pd.DataFrame) -> pd.DataFrame:
        if df.empty or "participant" not in df.columns:
            return df
        return df[df["participant"].astype(str).isin(participants)].reset_index(drop=True)

    return StudyTables(
        title=tables.title, tasks=tables.tasks, participants=rows(tables.participants),
        attempts=rows(tables.attempts), answers=rows(tables.answers), events=rows(tables.events),
        source=tables.source, warnings=tables.warnings,
        attribute_columns=tables.attribute_columns,
    )


def filtered(tables: StudyTables, column: str | None, value: str | None) -> StudyTables:
    if not column or value is None:
        return tables
    return subset(tables, participants_where(tables, column, [value]))
