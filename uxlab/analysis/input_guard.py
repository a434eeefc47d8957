"""Checks on a long-format results file (CSV / XLSX) before and just after it is read, so a
hostile or mistaken file ends in a clear error instead of a hang or an exhausted memory:

- the path must be a regular file (a FIFO named ``x.csv`` would block the reader forever, a
  device would never end) within a size limit, checked with ``stat`` before a byte is read;
- an .xlsx is a zip: its unpacked size and compression ratio are bounded (zip bombs) and its
  shared strings are scanned, streaming, before any cell is built: one 30 MB string used by
  1,000 cells costs 30 MB in the file but 30 GB once every cell is a copy (on export, in CSV);
- CSV and XLSX keep the same row limit, and no cell holds more than :data:`MAX_CELL_CHARS`
  characters; errors say which row and column, and by how much.

Memory then stays proportional to the data that is really there.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element, ParseError, iterparse

import numpy as np
import pandas as pd

from uxlab.core.errors import DataError

MAX_ROWS = 1_000_000  # data rows, the same for CSV and XLSX
MAX_CSV_BYTES = 200_000_000  # a results table this big is not a usability study
# The same table as .xlsx: compressed it is smaller than the CSV, unpacked its XML is ~10 times
# larger (every cell is an element), so the unpacked limit is 10x the CSV's.
MAX_XLSX_BYTES = MAX_CSV_BYTES
MAX_XLSX_UNPACKED = 10 * MAX_CSV_BYTES
MAX_XLSX_RATIO = 200  # unpacked / packed beyond this (and 50 MB) is a zip bomb
MAX_CELL_CHARS = 100_000  # a note longer than ~30 pages is not a cell of a results table

XLSX_SUFFIXES = (".xlsx", ".xlsm")
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_SHEET = re.compile(r"^xl/worksheets/[^/]+\.xml$")


def _fail(file: str, problem: str, fix: str, row: int | None = None, column: str | None = None) -> DataError:
    where = file if row is None else f"{file}, row {row}"
    return DataError(problem, file=where, field=column, fix=fix)


def check_input_file(path: Path) -> int:
    """Refuse what is not a regular file of a sensible size; returns the size in bytes."""
    file = str(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise DataError(f"{path} does not exist", fix="check the path") from None
    except OSError as exc:
        raise _fail(file, f"cannot be read ({exc.strerror or exc})", "check the path and its permissions") from exc
    if stat.S_ISDIR(st.st_mode):
        raise _fail(file, "is a folder", "give a .csv or .xlsx file, or a study folder holding study.json")
    if not stat.S_ISREG(st.st_mode):
        kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(st.st_mode) else
                "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else
                "a socket" if stat.S_ISSOCK(st.st_mode) else "not a regular file")
        raise _fail(file, f"is {kind}, not a regular file", "save the results as a .csv or .xlsx file and give its path")
    limit = MAX_XLSX_BYTES if path.suffix.lower() in XLSX_SUFFIXES else MAX_CSV_BYTES
    if st.st_size > limit:
        raise _fail(file, f"is {st.st_size:,} bytes, over the limit of {limit:,} bytes",
                    f"split the file (at most {MAX_ROWS:,} rows) or remove columns uxlab does not use")
    return st.st_size


def check_xlsx_package(path: Path) -> None:
    """Bound the unpacked size and each shared string of an .xlsx before openpyxl reads it."""
    file = str(path)
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            total = sum(i.file_size for i in infos)
            size = max(1, path.stat().st_size)
            if total > MAX_XLSX_UNPACKED or (total / size > MAX_XLSX_RATIO and total > 50_000_000):
                raise _fail(file, f"unpacks to {total:,} bytes from {size:,} (limit {MAX_XLSX_UNPACKED:,} bytes, "
                                  f"ratio {MAX_XLSX_RATIO}): refused as unsafe", "export the data sheet as CSV")
            names = {i.filename for i in infos}
            if "xl/sharedStrings.xml" in names:
                _check_shared_strings(z, file, sorted(n for n in names if _SHEET.match(n)))
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise _fail(file, "is not a valid .xlsx file", "save it from Excel as .xlsx or as CSV") from exc


def _stream(f: IO[bytes], tag: str) -> Iterator[Element]:
    """Each complete ``tag`` element of an XML stream; each is dropped from its parent once
    used, so memory holds one element at a time however long the file."""
    open_elems: list[Element] = []
    for event, elem in iterparse(f, events=("start", "end")):
        if event == "start":
            open_elems.append(elem)
            continue
        open_elems.pop()
        if elem.tag == tag:
            yield elem
            if open_elems:
                open_elems[-1].clear()


def _check_shared_strings(z: zipfile.ZipFile, file: str, sheets: list[str]) -> None:
    try:
        with z.open("xl/sharedStrings.xml") as f:
            for index, elem in enumerate(_stream(f, f"{_MAIN}si")):
                n = sum(len(t) for t in elem.itertext())
                if n > MAX_CELL_CHARS:
                    where = _first_use(z, sheets, index)
                    raise _fail(file, f"{where}: a text of {n:,} characters, {n - MAX_CELL_CHARS:,} over the "
                                      f"limit of {MAX_CELL_CHARS:,}", "shorten that cell (keep long notes elsewhere)")
    except ParseError as exc:
        raise _fail(file, f"has damaged shared strings ({exc})", "save it again from Excel, or as CSV") from exc


def _first_use(z: zipfile.ZipFile, sheets: list[str], wanted: int) -> str:
    """'cell D2 (sheet1)': the first cell that shows shared string number ``wanted``."""
    for sheet in sheets:
        with z.open(sheet) as f:
            for row in _stream(f, f"{_MAIN}row"):
                for c in row.iter(f"{_MAIN}c"):
                    v = c.find(f"{_MAIN}v")
                    if c.get("t") == "s" and v is not None and v.text == str(wanted):
                        ref = c.get("r", "?")
                        m = re.match(r"([A-Z]+)(\d+)", ref)
                        where = f"row {m.group(2)}, column {m.group(1)}" if m else f"cell {ref}"
                        return f"{where} ({Path(sheet).stem})"
    return f"shared string {wanted + 1}"


def check_cells(df: pd.DataFrame, file: str, at_most: int | None = None) -> None:
    """No cell of the table just read holds more than MAX_CELL_CHARS characters (header = row 1).
    ``at_most``: a bound already known for every cell (a CSV's longest line when no cell is
    quoted), which spares looking at each cell when it is within the limit."""
    if len(df) > MAX_ROWS:
        raise _fail(file, f"has more than {MAX_ROWS:,} rows", "split the file")
    for col in df.columns:
        if len(str(col)) > MAX_CELL_CHARS:
            raise _fail(file, f"a header of {len(str(col)):,} characters, {len(str(col)) - MAX_CELL_CHARS:,} "
                              f"over the limit of {MAX_CELL_CHARS:,}", "shorten the header", row=1)
        values = df[col].to_numpy()
        if values.dtype != object or not len(values) or (at_most is not None and at_most <= MAX_CELL_CHARS):
            continue
        try:  # map(len, ...) runs in C: ~25 ms per million cells
            longest = max(map(len, values))
        except TypeError:  # not all text (e.g. NaN): measure the text of each
            values = np.array([len(v) if isinstance(v, str) else 0 for v in values])
            longest = int(values.max())
        if longest > MAX_CELL_CHARS:
            lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values)) \
                if values.dtype == object else values
            i = int(np.argmax(lengths > MAX_CELL_CHARS))
            n = int(lengths[i])
            raise _fail(file, f"a text of {n:,} characters, {n - MAX_CELL_CHARS:,} over the limit of "
                              f"{MAX_CELL_CHARS:,}", "shorten that cell (keep long notes elsewhere)",
                        row=i + 2, column=str(col))
