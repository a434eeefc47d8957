"""Fast, column-wise XML for the big data sheets of the workbook.

XlsxWriter costs ~5-8 microseconds of Python per cell, which makes a 1,000-participant workbook
(~3 million cells, mostly the Events sheet) take over a minute. The big sheets are therefore laid
out by XlsxWriter (columns, frozen header, autofilter, styles) with their header row only, and
their ``<sheetData>`` is generated here with vectorised pandas string operations and spliced into
the package. The rules stay the same: numbers are numeric cells, missing values are no cell, and
every string is an inline string (``t="inlineStr"``), which Excel never evaluates as a formula.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

CHUNK = 20_000
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ESCAPE_X = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def col_letter(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _escape(s: pd.Series) -> pd.Series:
    s = (s.str.replace("&", "&amp;", regex=False).str.replace("<", "&lt;", regex=False)
         .str.replace(">", "&gt;", regex=False))
    # Excel reads _xHHHH_ as an escaped character: protect a literal one, encode control chars
    if s.str.contains("_x", regex=False).any():
        s = s.str.replace(_ESCAPE_X, r"_x005F_\1", regex=True)
    if s.str.contains(_ILLEGAL, regex=True).any():
        s = s.str.replace(_ILLEGAL, lambda m: f"_x{ord(m.group(0)):04X}_", regex=True)
    return s


def _kind(s: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(s):
        return "bool"
    if pd.api.types.is_numeric_dtype(s):
        return "number"
    values = s.dropna()
    if len(values) and values.map(lambda v: isinstance(v, int | float | np.number) and not isinstance(v, bool)).all():
        return "number"
    return "text"


def _cells(s: pd.Series, kind: str, refs: pd.Series, style: int = 0) -> pd.Series:
    if kind == "bool":
        return '<c r="' + refs + '" t="b"><v>' + s.astype(bool).astype(int).astype(str) + "</v></c>"
    if kind == "number":
        num = pd.to_numeric(s, errors="coerce").astype("float64")
        ok = np.isfinite(num.to_numpy())
        shown: pd.Series = pd.Series(np.where(ok, num.map(repr), ""), index=s.index, dtype=object)
        shown = shown.astype(str).str.replace(r"\.0$", "", regex=True)
        attr = f'" s="{style}' if style else ""
        return pd.Series(np.where(ok, '<c r="' + refs + attr + '"><v>' + shown + "</v></c>", ""),
                         index=s.index)
    missing = s.isna().to_numpy()
    text = s.astype(object).where(~missing, "").map(str)
    empty = missing | (text == "").to_numpy()
    xml = '<c r="' + refs + '" t="inlineStr"><is><t xml:space="preserve">' + _escape(text) + "</t></is></c>"
    return pd.Series(np.where(empty, "", xml), index=s.index)


def _header_row(number: int, names: Sequence[str], letters: Sequence[str], style: int) -> str:
    cells = "".join(
        f'<c r="{letters[i]}{number}" s="{style}" t="inlineStr"><is><t xml:space="preserve">'
        f'{_escape(pd.Series([c])).iloc[0]}</t></is></c>'
        for i, c in enumerate(names))
    return f'<row r="{number}">{cells}</row>'


def rows_xml(df: pd.DataFrame, columns: Sequence[str], header_style: int,
             tick: Callable[[int], None] | None = None, *, labels: Sequence[str] | None = None,
             machine_style: int = 0, styles: Sequence[int] | None = None) -> Iterator[str]:
    """``<row>`` elements: the header then the data, in chunks.

    Without ``labels`` the header is one row of machine column names (row 1). With ``labels``
    (a translated export) row 1 holds the human headers and row 2 the machine names; the data
    then start on row 3."""
    letters = [col_letter(i) for i in range(len(columns))]
    first = 2
    if labels is None:
        yield _header_row(1, columns, letters, header_style)
    else:
        yield _header_row(1, labels, letters, header_style)
        yield _header_row(2, columns, letters, machine_style)
        first = 3
    kinds = {c: _kind(df[c]) if c in df.columns else "text" for c in columns}
    for start in range(0, len(df), CHUNK):
        part = df.iloc[start:start + CHUNK]
        rownum = pd.Series(np.arange(start + first, start + first + len(part)).astype(str),
                           index=part.index)
        out = '<row r="' + rownum + '">'
        for i, c in enumerate(columns):
            col = part[c] if c in part.columns else pd.Series([None] * len(part), index=part.index)
            out = out + _cells(col, kinds[c], letters[i] + rownum, styles[i] if styles else 0)
        yield "".join((out + "</row>").tolist())
        if tick is not None:
            tick(len(part) * len(columns))


@dataclass
class BigSheet:
    index: int  # 1-based position among the workbook's worksheets (XlsxWriter names sheetN.xml)
    frame: pd.DataFrame
    columns: Sequence[str]
    labels: Sequence[str] | None = None  # translated headers (row 1); machine names go to row 2
    machine_style: int = 0
    styles: Sequence[int] | None = None  # per-column number format (xf index) of numbers


_SHEETDATA = re.compile(rb"<sheetData>.*?</sheetData>|<sheetData/>", re.S)
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"/>')


def splice(path: Path, sheets: list[BigSheet], header_style: int,
           tick: Callable[[int], None] | None = None) -> None:
    """Rewrite the package at ``path`` with the big sheets' data generated column-wise."""
    by_name = {f"xl/worksheets/sheet{s.index}.xml": s for s in sheets}
    tmp = path.with_name(path.name + ".splice")
    try:
        _splice(path, tmp, by_name, header_style, tick)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(path)


def _splice(path: Path, tmp: Path, by_name: dict[str, BigSheet], header_style: int,
            tick: Callable[[int], None] | None) -> None:
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            sheet = by_name.get(info.filename)
            if sheet is None:
                dst.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
                continue
            m = _SHEETDATA.search(data)
            if m is None:
                raise ValueError(f"no sheetData in {info.filename}")
            head = 1 if sheet.labels is None else 2
            last = f"{col_letter(max(0, len(sheet.columns) - 1))}{len(sheet.frame) + head}"
            before = _DIMENSION.sub(f'<dimension ref="A1:{last}"/>'.encode(), data[:m.start()])
            with dst.open(info.filename, "w") as out:
                out.write(before + b"<sheetData>")
                for chunk in rows_xml(sheet.frame, sheet.columns, header_style, tick,
                                      labels=sheet.labels, machine_style=sheet.machine_style,
                                      styles=sheet.styles):
                    out.write(chunk.encode("utf-8"))
                out.write(b"</sheetData>" + data[m.end():])
