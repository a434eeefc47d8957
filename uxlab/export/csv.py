"""The study's tidy tables as CSV files, one per table, that Excel and scripts both read right.

Each file is UTF-8 with a byte-order mark (Excel then reads any script: é, ا, ж, ی, 😀), comma
separated, with a dot as decimal mark (a machine format, the same in every language), booleans
TRUE / FALSE, and missing values as empty fields. Each file is written atomically (temp file,
fsync, rename): a crash leaves the previous file in place.

Spreadsheet formulas are never let through: a text cell starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return gets a leading apostrophe (``'=SUM(A1)``), the usual defence
against CSV injection; the xlsx export gets the same protection by writing every text as a
string cell. Numbers (e.g. -2) are numbers and are not touched. Outside English, row 1 holds the
translated headers and row 2 the machine column names, like the workbook (docs/export.md).
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path
from typing import Any

import pandas as pd

from uxlab.analysis.model import StudyTables
from uxlab.core.errors import UxlabError
from uxlab.export import labels
from uxlab.storage.atomic import atomic_write_bytes

CSV_TABLES: tuple[str, ...] = ("attempts", "participants", "events", "answers", "tasks")
_SHEET_KEY = {"answers": "questionnaires"}  # header translations are shared with the workbook
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def protect(text: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _cell(v: Any) -> Any:
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, str):
        return protect(v)
    if hasattr(v, "item") and not isinstance(v, str):  # numpy scalar
        return _cell(v.item())
    if isinstance(v, float):
        return None if not math.isfinite(v) else v
    if isinstance(v, int):
        return v
    return protect(str(v))


def _column(s: pd.Series) -> pd.Series:
    if pd.api.types.is_bool_dtype(s):
        return s.map(lambda v: None if pd.isna(v) else ("TRUE" if v else "FALSE")).astype(object)
    if pd.api.types.is_numeric_dtype(s):
        return s.where(s.map(lambda v: not (isinstance(v, float) and math.isinf(v))))
    return s.astype(object).map(_cell)


def table_csv(frame: pd.DataFrame, language: str = "en", key: str = "") -> str:
    """One table as CSV text (with the BOM); ``key`` (attempts, events ...) picks the headers."""
    language = labels.check_language(language)
    columns = [str(c) for c in frame.columns]
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    sheet = _SHEET_KEY.get(key, key)
    if language != "en":
        writer.writerow([protect(labels.column_header(c, language, sheet)) for c in columns])
    writer.writerow([protect(c) for c in columns])
    body = pd.DataFrame({c: _column(frame[c]) for c in frame.columns}) if len(columns) else frame
    body.to_csv(out, header=False, index=False, na_rep="", lineterminator="\r\n")
    return out.getvalue()


def export_csv(tables: StudyTables, folder: Path, language: str = "en") -> list[Path]:
    """Write attempts.csv, participants.csv, events.csv, answers.csv and tasks.csv into
    ``folder`` (created if missing; its parent must exist). Returns the paths written."""
    language = labels.check_language(language)
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise UxlabError(f"{folder} is a file, not a folder", field="csv",
                         fix="give a folder for the CSV files")
    if not folder.parent.exists():
        raise UxlabError(f"{folder.parent} does not exist", field="csv",
                         fix="create the folder or choose another path")
    folder.mkdir(exist_ok=True)
    written: list[Path] = []
    for key in CSV_TABLES:
        frame: pd.DataFrame = getattr(tables, key)
        path = folder / f"{key}.csv"
        atomic_write_bytes(path, table_csv(frame, language, key).encode("utf-8"))
        written.append(path)
    return written
