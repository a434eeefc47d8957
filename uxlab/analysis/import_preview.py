"""The import dialog's model, free of Qt: a results file's first rows, the mapping guessed (or
saved beside it), and for any mapping the researcher tries, every cell that cannot be read (row,
column, value, why) and what would load, before anything is loaded."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path

from uxlab.analysis.cellvalues import CellProblem, number_problems, outcome_problems
from uxlab.analysis.longformat import (
    PARTICIPANT_ITEMS,
    RATING_RANGES,
    ImportSummary,
    inspect_results,
    tables_from_raw,
)
from uxlab.analysis.mapping import PLAIN_FIELDS, ColumnMapping, resolve_mapping, save_mapping
from uxlab.analysis.model import StudyTables
from uxlab.analysis.rawread import ROW, RawTable
from uxlab.core.errors import DataError

MAX_PROBLEMS = 500
# Fields the dialog always offers (wide tables' TASK.field and custom items come on top).
OFFERED = tuple(f for f in PLAIN_FIELDS if f not in ("excluded", "exclude_reason"))


def _limits(name: str) -> dict[str, object] | None:
    """How a field's cells are read as numbers; None for text fields and outcomes."""
    sub = name.rpartition(".")[2] if "." in name and not name.startswith("item:") else name
    if sub == "time_s":
        return {"lo": 0, "clock": True}
    if sub == "time_ms":
        return {"lo": 0, "scale": 0.001}
    if sub in ("errors", "assists"):
        return {"lo": 0, "whole": True}
    if sub in RATING_RANGES:
        lo, hi = RATING_RANGES[sub]
        return {"lo": lo, "hi": hi, "whole": True}
    if sub in PARTICIPANT_ITEMS:
        _, lo, hi = PARTICIPANT_ITEMS[sub]
        return {"lo": lo, "hi": hi, "whole": sub != "sus_score"}
    if sub.startswith("item:"):
        return {}
    return None


@dataclass
class Check:
    """One mapping tried: the cells that cannot be read, else the first other problem, else the
    tables that would load."""

    problems: list[CellProblem] = field(default_factory=list)
    error: str = ""
    tables: StudyTables | None = None
    summary: ImportSummary | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and not self.error and self.tables is not None


@dataclass
class ImportPreview:
    path: Path
    raw: RawTable
    mapping: ColumnMapping  # as guessed, or saved beside the file
    saved_from: str = ""

    @property
    def columns(self) -> list[str]:
        return self.raw.columns

    def head(self, n: int = 20) -> list[list[str]]:
        """The first ``n`` rows as text, in the file's column order."""
        frame = self.raw.frame.drop(columns=[ROW]).head(n)
        return [[_text(v) for v in row] for row in frame.itertuples(index=False)]

    def fields(self) -> list[str]:
        """The fields to show: those of the current mapping first (in the file's column order),
        then every other field uxlab reads."""
        order = {c: i for i, c in enumerate(self.columns)}
        mapped = sorted(self.mapping.entries, key=lambda f: order.get(self.mapping.entries[f][0], 0))
        return [*mapped, *(f for f in OFFERED if f not in self.mapping.entries)]

    def check(self, chosen: dict[str, str]) -> Check:
        """Every cell the mapping ``chosen`` ({field: column or ''}) cannot read; when there is
        none, the tables it would load (or the one problem that stops it)."""
        out = Check()
        try:
            m = resolve_mapping(self.columns, str(self.path), given=chosen)
        except DataError as exc:
            out.error = exc.message
            return out
        out.problems = cell_problems(self.raw, m)
        if out.problems:
            return out
        try:
            out.tables, out.summary = tables_from_raw(self.raw, copy.deepcopy(m))
        except DataError as exc:
            out.error = exc.message
        return out

    def save(self, chosen: dict[str, str]) -> Path:
        """Save ``chosen`` beside the file; a field set to nothing that would be guessed is
        saved as "" so that it stays unset next time."""
        guessed = resolve_mapping(self.columns, str(self.path))
        keep = {f: c for f, c in chosen.items() if c}
        keep.update({f: "" for f in guessed.entries if not chosen.get(f)})
        return save_mapping(self.path, keep)


def open_preview(path: Path, sheet: str | None = None) -> ImportPreview:
    """The file's cells (as text: the dialog reads them its own way) and its mapping."""
    raw, m, saved_from = inspect_results(Path(path), sheet=sheet)
    return ImportPreview(Path(path), raw, m, saved_from)


def cell_problems(raw: RawTable, m: ColumnMapping, limit: int = MAX_PROBLEMS) -> list[CellProblem]:
    """Every cell of a mapped column that cannot be read, in row order (at most ``limit``)."""
    rows = raw.frame[ROW].to_numpy()
    problems: list[CellProblem] = []
    wide = m.layout == "wide"
    for f, (col, _) in m.entries.items():
        column = raw.frame[col]
        if f == "outcome" or f.endswith(".outcome"):
            _, found = outcome_problems(column, rows, col, allow_empty=wide, limit=limit)
            if m.layout == "long":  # an empty outcome on a row with no participant is a blank row
                found = [p for p in found if p.value.strip() or _filled(raw, p.row, m)]
            problems += found
            continue
        limits = _limits(f)
        if limits is not None:
            problems += number_problems(column, rows, col, limit=limit, **limits)[1]  # type: ignore[arg-type]
    problems.sort(key=lambda p: (p.row, raw.columns.index(p.column) if p.column in raw.columns else 0))
    return problems[:limit]


def _text(v: object) -> str:
    if v is None or v != v:
        return ""
    return f"{v:g}" if isinstance(v, float) else str(v)


def _filled(raw: RawTable, row: int, m: ColumnMapping) -> bool:
    cells = raw.frame.loc[raw.frame[ROW] == row].drop(columns=[ROW])
    return bool(len(cells)) and any(str(v).strip() and v == v for v in cells.iloc[0].tolist())


__all__ = ["Check", "ImportPreview", "cell_problems", "open_preview"]
