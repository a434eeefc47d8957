"""Cells as people write them, read into uxlab's values:

- numbers with a decimal point or a decimal comma (``12,5``); ``na``, ``n/a``, ``nan``, ``-`` and
  an empty cell are missing;
- times in seconds, ``mm:ss`` or ``h:mm:ss`` (fractions allowed: ``1:05,5``), or milliseconds when
  the column is declared so (field ``time_ms``);
- outcomes in any of the words of :data:`uxlab.analysis.vocabulary.OUTCOME_NAMES`.

Each reader works on the distinct spellings of a column (a few, however many rows), and names
the first cell it cannot read: its spreadsheet row, its column, its value and the fix.
:func:`cell_problems` lists every such cell instead, for a preview before loading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from uxlab.analysis.codes import factorize_all
from uxlab.analysis.rawread import ROW, is_number_dtype
from uxlab.analysis.vocabulary import outcome_of
from uxlab.core.errors import DataError

MISSING = frozenset({"", "na", "n/a", "nan", "-", "none", "null"})
_CLOCK = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d*)?)$")
OUTCOME_FIX = ("write success, partial, fail, abandoned or skipped (or completed / failed / "
               "gave up / n/a, 1 / 0, yes / no; see docs/import.md for the words in each language)")


@dataclass(frozen=True)
class CellProblem:
    row: int  # spreadsheet row (header = row 1)
    column: str  # the header as in the file
    value: str
    why: str
    fix: str
    kind: str = ""  # not_number, not_time, unknown_outcome, empty_outcome, out_of_range

    @property
    def problem(self) -> str:
        if self.why.startswith("unknown"):
            return f"{self.why} '{self.value}'"
        return f"'{self.value}' {self.why}"

    def error(self, file: str) -> DataError:
        return DataError(self.problem, file=f"{file}, row {self.row}", field=self.column, fix=self.fix)


def rows_of(df: pd.DataFrame) -> np.ndarray:
    return df[ROW].to_numpy() if ROW in df else np.arange(len(df)) + 2


def _clock_seconds(text: str) -> float | None:
    m = _CLOCK.match(text)
    if m is None:
        return None
    h, mm, ss = m.groups()
    if h is None:
        return int(mm) * 60 + float(ss)
    if int(mm) >= 60:
        return None
    return int(h) * 3600 + int(mm) * 60 + float(ss)


def _parse(text: str, clock: bool) -> float | None:
    """One distinct spelling as a number (NaN when missing), or None when unreadable."""
    t = text.strip()
    if t.lower() in MISSING:
        return np.nan
    t = t.replace("\u2212", "-").replace(" ", "").replace("\u00a0", "")
    if "," in t and "." not in t:
        t = t.replace(",", ".")  # a decimal comma
    if clock and ":" in t:
        return _clock_seconds(t)
    try:
        value = float(t)
    except ValueError:
        return None
    return value if np.isfinite(value) else None


def number_problems(column: pd.Series, rows: np.ndarray, label: str, *, lo: float | None = None,
                    hi: float | None = None, whole: bool = False, clock: bool = False,
                    scale: float = 1.0, limit: int | None = 1) -> tuple[pd.Series, list[CellProblem]]:
    """The column as float64 (times in seconds), and the cells it cannot read or that are out of
    range (at most ``limit``; None = all)."""
    problems: list[CellProblem] = []
    if is_number_dtype(column):
        values = column.astype("float64")
    else:
        codes, spellings = factorize_all(column.astype(str))
        parsed = np.array([_parse(s, clock) for s in spellings], dtype=object)
        bad_spelling = np.array([p is None for p in parsed], dtype=bool)
        numbers = np.array([np.nan if p is None else p for p in parsed], dtype="float64")
        values = pd.Series(numbers[codes] if len(codes) else np.array([], "float64"), index=column.index)
        if bad_spelling.any():
            why = "is not a number of seconds nor a time (mm:ss, h:mm:ss)" if clock else "is not a number"
            fix = ("write the time in seconds, as mm:ss or as h:mm:ss, or leave the cell empty" if clock
                   else "write a number (12.5 or 12,5) or leave the cell empty")
            kind = "not_time" if clock else "not_number"
            for i in np.flatnonzero(bad_spelling[codes])[:limit]:
                problems.append(CellProblem(int(rows[i]), label, str(column.iloc[i]), why, fix, kind))
    values = values * scale if scale != 1.0 else values
    v = values.to_numpy("float64")  # NaN (an empty cell) is never out of range
    out = np.zeros(len(v), dtype=bool)
    with np.errstate(invalid="ignore"):
        if lo is not None:
            out |= v < lo
        if hi is not None:
            out |= v > hi
        if whole:
            out |= ~np.isnan(v) & (v != np.round(v))
    if out.any() and (limit is None or len(problems) < limit):
        rng = f"{lo:g} to {hi:g}" if lo is not None and hi is not None else f"at least {lo:g}"
        why = f"is outside the allowed range ({rng}{', whole numbers' if whole else ''})"
        for i in np.flatnonzero(out)[: None if limit is None else limit - len(problems)]:
            problems.append(CellProblem(int(rows[i]), label, f"{values.iloc[i] / scale:g}"
                                        if is_number_dtype(column) else str(column.iloc[i]), why,
                                        "correct the value or leave the cell empty", "out_of_range"))
        problems.sort(key=lambda p: p.row)
    return values.astype("float64"), problems


def read_number(column: pd.Series, rows: np.ndarray, label: str, file: str, **kw: object) -> pd.Series:
    """:func:`number_problems`, raising the first problem."""
    values, problems = number_problems(column, rows, label, **kw)  # type: ignore[arg-type]
    if problems:
        raise problems[0].error(file)
    return values


def outcome_problems(column: pd.Series, rows: np.ndarray, label: str, *, allow_empty: bool = False,
                     limit: int | None = 1) -> tuple[pd.Series, list[CellProblem]]:
    """The column as uxlab outcomes ('' where empty and allowed), and the words it cannot read."""
    codes, spellings = factorize_all(column)  # a few spellings, however many rows
    texts = ["" if s is None or s != s else str(s).strip() for s in spellings]
    words = np.array([("" if allow_empty and not s else outcome_of(s) or None) if s or allow_empty
                      else None for s in texts], dtype=object)
    bad = np.array([w is None for w in words], dtype=bool)
    problems = [CellProblem(int(rows[i]), label, str(column.iloc[i]),
                            "unknown outcome" if str(column.iloc[i]).strip()
                            else "is empty: the outcome is needed", OUTCOME_FIX,
                            "unknown_outcome" if str(column.iloc[i]).strip() else "empty_outcome")
                for i in np.flatnonzero(bad[codes])[:limit]] if bad.any() else []
    return pd.Series(words[codes] if len(codes) else [], index=column.index, dtype=object), problems


def read_outcome(column: pd.Series, rows: np.ndarray, label: str, file: str,
                 allow_empty: bool = False) -> pd.Series:
    values, problems = outcome_problems(column, rows, label, allow_empty=allow_empty)
    if problems:
        raise problems[0].error(file)
    return values
