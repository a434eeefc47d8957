"""A results spreadsheet's cells as a DataFrame, as Excel and other tools write them:

- CSV in UTF-8 (with or without the byte-order mark Excel adds), UTF-16 (Excel's "Unicode
  text", with its BOM), or Windows-1252 / Latin-1 (Excel's "CSV" on Western Windows), said in a
  notice; separators ``,`` ``;`` or tab, sniffed; LF, CRLF or old Mac CR line endings;
- XLSX: the sheet named with ``sheet``, else one named data / results / attempts, else the first
  sheet that holds a table (a header row and data under it); which one is said when the workbook
  has several.

Every frame has a ``_row`` column: each row's number in the spreadsheet (the header is row 1
unless rows above it were empty), so errors name the row a person sees.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from uxlab.analysis.headers import normalise
from uxlab.analysis.input_guard import MAX_CELL_CHARS, check_xlsx_package
from uxlab.analysis.vocabulary import field_of, numbered_item, task_column
from uxlab.core.errors import DataError

MAX_ROWS = 1_000_000
MAX_BYTES = 200_000_000  # a results table this big is not a usability study
ROW = "_row"
PREFERRED_SHEETS = ("data", "results", "attempts")


@dataclass
class RawTable:
    """What was read: the cells (``_row`` = spreadsheet row number), and how."""

    frame: pd.DataFrame
    file: str
    encoding: str = ""
    separator: str = ""
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # no cell is longer than this (known for a CSV without quotes: no cell spans lines), or None
    cell_chars_at_most: int | None = None

    @property
    def columns(self) -> list[str]:
        return [str(c) for c in self.frame.columns if c != ROW]


def _fail(file: str, problem: str, fix: str) -> DataError:
    return DataError(problem, file=file, fix=fix)


def decode(raw: bytes, file: str) -> tuple[bytes | str, str, str, list[str]]:
    """(data for pandas, text sample, encoding name, warnings): UTF-8 stays bytes (pandas parses
    bytes faster); UTF-16 and Windows-1252 are decoded."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
        return text, text[:20_000], "UTF-16", []
    head = raw[:4000]
    if len(head) > 3 and head[1::2].count(0) > len(head) // 4:  # UTF-16 LE without a BOM
        text = raw.decode("utf-16-le", errors="replace")
        return text, text[:20_000], "UTF-16", []
    if len(head) > 3 and head[0::2].count(0) > len(head) // 4:
        text = raw.decode("utf-16-be", errors="replace")
        return text, text[:20_000], "UTF-16", []
    try:
        text = raw.decode("utf-8")
        return raw, text[:20_000], "UTF-8", []
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
        return text, text[:20_000], "Windows-1252", [
            f"{file}: not UTF-8; read as Windows-1252 / Latin-1 (save as UTF-8 to be sure)"]


def _separator(sample: str) -> str:
    first = sample.replace("\r\n", "\n").replace("\r", "\n").split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:  # one column, or rows of different lengths: count in the header line
        counts = {s: first.count(s) for s in (",", ";", "\t")}
        best = max(counts, key=lambda s: counts[s])
        return best if counts[best] else ","


def _buffer(data: bytes | str) -> io.BytesIO | io.StringIO:
    return io.BytesIO(data) if isinstance(data, bytes) else io.StringIO(data)


def _longest_line(data: bytes | str) -> int:
    """Characters (or bytes) in the longest line: no cell is longer unless it spans lines."""
    if isinstance(data, str):  # split at line feeds only: splitlines() also splits at U+2028 etc.
        return max(map(len, data.split("\n")), default=0)
    ends = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 10)
    bounds = np.concatenate(([-1], ends, [len(data)]))
    return int(np.diff(bounds).max()) - 1


def is_number_dtype(s: pd.Series) -> bool:
    """Parsed by pandas as numbers (an infinite value goes the text way)."""
    return s.dtype.kind in "if"


def read_csv(path: Path, numeric: Callable[[list[str]], list[str]] = lambda h: []) -> RawTable:
    """The file as a DataFrame: the columns ``numeric(header)`` names are parsed by pandas
    straight to float (an empty cell is NaN) when every cell is a plain number; every other
    column is text ('' for an empty cell)."""
    file = str(path)
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        raise _fail(file, f"is {len(raw):,} bytes, too large", "split the file")
    data, sample, encoding, warnings = decode(raw, file)
    sep = _separator(sample)
    options: dict[str, Any] = {"sep": sep, "keep_default_na": False, "skipinitialspace": True,
                               "skip_blank_lines": False}
    try:
        header = [str(c) for c in pd.read_csv(_buffer(data), nrows=0, **options).columns]
        wanted = [c for c in numeric(header) if c in header]
        # text as plain Python strings (object), as the XLSX reader gives: pandas' own string
        # type reads and hashes (groupby, duplicates) at half the speed
        df = pd.read_csv(_buffer(data), dtype={c: object for c in header if c not in wanted},
                         na_values={c: [""] for c in wanted}, nrows=MAX_ROWS + 1, **options)
        quoted = (b'"' if isinstance(data, bytes) else '"') in data
        longest = None if quoted else _longest_line(data)
        long_cells = wanted and (longest if longest is not None else _longest_line(data)) > MAX_CELL_CHARS
        unparsed = [c for c in wanted if long_cells or not is_number_dtype(df[c])
                    or np.isinf(df[c].to_numpy(float)).any()]
        if unparsed or list(df.columns) != header:
            text_df = pd.read_csv(_buffer(data), dtype=object, nrows=MAX_ROWS + 1, **options)
            if list(df.columns) != header:  # more cells than header names: all as text
                df = text_df
            else:
                for c in unparsed:  # by position: rows longer than the header make a non-unique index
                    df[c] = text_df[c].to_numpy()
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise _fail(file, f"cannot be read as CSV ({str(exc).splitlines()[0]})",
                    "save it as comma-separated UTF-8 text with a header row") from exc
    # Blank lines and short rows leave missing text cells: ''. A short row lacks its last fields,
    # so the last column shows whether any row is short (a number column's NaN may also be an
    # empty cell: then every column is looked at)
    if len(df.columns) and df[df.columns[-1]].hasnans:
        for c in df.columns:
            if not is_number_dtype(df[c]) and df[c].hasnans:
                df[c] = df[c].fillna("")
    df[ROW] = np.arange(len(df)) + 2
    return RawTable(df, file, encoding=encoding, separator={"\t": "tab"}.get(sep, sep), warnings=warnings,
                    cell_chars_at_most=longest)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return repr(v) if v != int(v) else str(int(v))
    return str(v)


def _looks_like_table(rows: list[list[str]]) -> tuple[int, int] | None:
    """(header row index, score) of the first row that heads a table: at least two filled cells
    and a row of data under it; the score counts the header cells uxlab recognises."""
    for i, r in enumerate(rows[:30]):
        filled = [c for c in r if c.strip()]
        if not filled:
            continue
        score = sum(1 for c in filled if field_of(c) or numbered_item(c) or task_column(c))
        under = [sum(bool(c.strip()) for c in x) for x in rows[i + 1:i + 6]]
        if score and any(under):
            return i, score
        if len(filled) < 2 or not any(n >= 2 for n in under):
            return None  # a notes sheet: text in one column, or a header with nothing under it
        return i, 0
    return None


def read_xlsx(path: Path, sheet: str | None = None) -> RawTable:
    file = str(path)
    check_xlsx_package(path)  # unpacked size, zip bombs, shared strings: before openpyxl reads
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise _fail(file, f"cannot be opened ({type(exc).__name__})",
                    "save it again from Excel as .xlsx, or as CSV") from exc
    notices: list[str] = []
    try:
        names = list(wb.sheetnames)
        if sheet is not None:
            found = [n for n in names if n == sheet] or [n for n in names if normalise(n) == normalise(sheet)]
            if not found:
                raise _fail(file, f"has no sheet '{sheet}'", f"use --sheet with one of: {', '.join(names)}")
            order = found[:1]
        else:
            preferred = [n for p in PREFERRED_SHEETS for n in names if normalise(n) == p]
            order = preferred[:1] + [n for n in names if n not in preferred[:1]]
        chosen: tuple[str, list[list[str]], int] | None = None
        fallback: tuple[str, list[list[str]], int] | None = None
        for name in order:
            rows = _sheet_rows(wb[name], file)
            found_table = _looks_like_table(rows)
            if sheet is not None:
                chosen = (name, rows, found_table[0] if found_table else _first_filled(rows))
                break
            if found_table is None:
                continue
            if found_table[1] > 0:
                chosen = (name, rows, found_table[0])
                break
            if fallback is None:
                fallback = (name, rows, found_table[0])
        chosen = chosen or fallback
    finally:
        wb.close()
    if chosen is None:
        raise _fail(file, "no sheet holds a table (a header row with data under it)",
                    "put a header row and one row per participant (x task) on a sheet")
    name, rows, top = chosen
    if len(names) > 1:
        skipped = [n for n in names if n != name]
        notices.append(f"read sheet '{name}'" + ("" if sheet else " (the first that holds data)") +
                       f"; the workbook's other sheets ({', '.join(skipped)}) are not read: "
                       "use --sheet NAME to read another")
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()
    if len(rows) <= top:
        raise _fail(file, f"the sheet '{name}' is empty", "put a header row and one row per participant x task")
    width = max(len(r) for r in rows[top:])
    header = [str(h) for h in rows[top]] + [""] * (width - len(rows[top]))
    body = [r + [""] * (width - len(r)) for r in rows[top + 1:]]
    df = pd.DataFrame(body, columns=header, dtype=object)
    df[ROW] = np.arange(len(df)) + top + 2
    return RawTable(df, file, sheet=name, sheets=names, notices=notices)


def _first_filled(rows: list[list[str]]) -> int:
    return next((i for i, r in enumerate(rows) if any(c.strip() for c in r)), 0)


def _sheet_rows(ws: Any, file: str) -> list[list[str]]:
    rows: list[list[str]] = []
    for r in ws.iter_rows(values_only=True):
        if len(rows) > MAX_ROWS:
            raise _fail(file, f"has more than {MAX_ROWS:,} rows", "split the file")
        rows.append([_cell(v) for v in r])
    return rows


def read_raw(path: Path, sheet: str | None = None,
             numeric: Callable[[list[str]], list[str]] = lambda h: []) -> RawTable:
    """A CSV / TSV / XLSX results file's cells."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx(path, sheet)
    if sheet is not None:
        raise _fail(str(path), f"is a text file: it has no sheet '{sheet}'", "leave out --sheet for a CSV file")
    return read_csv(path, numeric)
