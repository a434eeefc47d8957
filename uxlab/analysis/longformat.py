"""Long-format results spreadsheets (CSV / XLSX) for researchers with legacy data.

One row per participant x task: ``participant, task, outcome, time_s`` and optional ``errors,
assists, seq, exp_success, exp_effort, exp_emotion, group, notes``; participant-level ``sus1 ..
sus10, umux1, umux2, nps, csat, ces`` on one row or on every row of that participant. Any other
column that is constant per participant becomes a participant attribute. Header names are
case-insensitive. Errors name the file, the spreadsheet row (header = row 1) and the column.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from uxlab.analysis.input_guard import (
    MAX_CELL_CHARS,
    check_cells,
    check_input_file,
    check_xlsx_package,
)
from uxlab.analysis.model import (
    ANSWER_COLUMNS,
    ATTEMPT_COLUMNS,
    EVENT_COLUMNS,
    PARTICIPANT_COLUMNS,
    TASK_COLUMNS,
    StudyTables,
    empty,
)
from uxlab.core.errors import DataError

REQUIRED = ("participant", "task", "outcome", "time_s")
OPTIONAL_ATTEMPT = ("errors", "assists", "seq", "exp_success", "exp_effort", "exp_emotion", "notes")
PARTICIPANT_ITEMS: dict[str, tuple[str, int, int]] = {
    **{f"sus{i}": ("sus", 1, 5) for i in range(1, 11)},
    "umux1": ("umux_lite", 1, 7), "umux2": ("umux_lite", 1, 7),
    "nps": ("nps", 0, 10), "csat": ("csat", 1, 5), "ces": ("ces", 1, 7),
}
RATING_RANGES = {"seq": (1, 7), "exp_success": (1, 7), "exp_effort": (1, 7), "exp_emotion": (1, 7)}
OUTCOME_WORDS = {
    "success": "success", "partial": "partial", "fail": "fail", "failure": "fail",
    "abandoned": "abandoned", "skipped": "skipped", "1": "success", "0": "fail",
    "true": "success", "false": "fail", "yes": "success", "no": "fail",
    "1.0": "success", "0.0": "fail",
}
CONDITION_KEYS = ("group", "condition")  # may tell one participant's two rows of a task apart
EXCLUSION = ("excluded", "exclude_reason")  # participant-level, like the study folder's columns
EXCLUDED_WORDS = {"": False, "0": False, "false": False, "no": False, "n": False,
                  "1": True, "true": True, "yes": True, "y": True, "x": True}
NUMERIC_COLUMNS = frozenset(
    {"time_s", "errors", "assists", *RATING_RANGES, *PARTICIPANT_ITEMS}
)  # read straight to numbers; every other column is text
MAX_ROWS = 1_000_000
MAX_BYTES = 200_000_000  # a results table this big is not a usability study


def _fail(file: str, problem: str, fix: str, row: int | None = None, column: str | None = None) -> DataError:
    where = file if row is None else f"{file}, row {row}"
    return DataError(problem, file=where, field=column, fix=fix)


def _key(name: Any) -> str:
    """A header cell as the reader matches it: case-insensitive, spaces as underscores."""
    return str(name).strip().lower().replace(" ", "_")


def _read_csv(path: Path) -> tuple[pd.DataFrame, list[str]]:
    """The file as a DataFrame: the columns uxlab reads as numbers are parsed by pandas straight
    to float (an empty cell is NaN); every other column is text. A number column pandas cannot
    parse whole (a decimal comma, 'n/a', a typo) is read again as text, so that `_number` reads
    it or names the bad cell exactly as for a text column."""
    warnings: list[str] = []
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        raise _fail(str(path), f"is {len(raw):,} bytes, too large", "split the file")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
        data: bytes | str = raw  # pandas parses UTF-8 bytes faster than text
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
        data = text
        warnings.append(f"{path}: not UTF-8; read as Windows-1252 (save as UTF-8 to be sure)")
    sample = text[:20_000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        sep = dialect.delimiter
    except csv.Error:
        sep = ","
    options: dict[str, Any] = {"sep": sep, "keep_default_na": False, "skipinitialspace": True}
    try:
        header = pd.read_csv(_buffer(data), nrows=0, **options).columns
        numeric = [c for c in header if _key(c) in NUMERIC_COLUMNS]
        df = pd.read_csv(_buffer(data), dtype={c: str for c in header if c not in numeric},
                         na_values={c: [""] for c in numeric}, nrows=MAX_ROWS + 1, **options)
        long_cells = numeric and _longest_line(raw if isinstance(data, bytes) else data) > MAX_CELL_CHARS
        unparsed = [c for c in numeric if long_cells or not _is_number_dtype(df[c])
                    or np.isinf(df[c].to_numpy(float)).any()]  # these as text, as every cell was
        if unparsed or list(df.columns) != list(header):
            text_df = pd.read_csv(_buffer(data), dtype=str, nrows=MAX_ROWS + 1, **options)
            if list(df.columns) != list(header):  # more cells than header names: all as text
                return text_df, warnings
            for c in unparsed:  # by position: rows longer than the header make a non-unique index
                df[c] = text_df[c].to_numpy()
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise _fail(str(path), f"cannot be read as CSV ({str(exc).splitlines()[0]})",
                    "save it as comma-separated UTF-8 text with a header row") from exc
    return df, warnings


def _longest_line(data: bytes | str) -> int:
    """Characters (or bytes) in the longest line: no cell is longer unless it spans lines."""
    if isinstance(data, str):
        return max(map(len, data.splitlines()), default=0)
    ends = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 10)
    bounds = np.concatenate(([-1], ends, [len(data)]))
    return int(np.diff(bounds).max()) - 1


def _buffer(data: bytes | str) -> io.BytesIO | io.StringIO:
    return io.BytesIO(data) if isinstance(data, bytes) else io.StringIO(data)


def _is_number_dtype(s: pd.Series) -> bool:
    """Parsed by pandas as numbers (an infinite value goes the text way: it was a typo or an
    overlong cell there, or a literal 'inf' that the text path reads the same)."""
    return s.dtype.kind in "if"


def _read_xlsx(path: Path) -> tuple[pd.DataFrame, list[str]]:
    check_xlsx_package(path)  # unpacked size, zip bombs, shared strings: before openpyxl reads
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise _fail(str(path), f"cannot be opened ({type(exc).__name__})",
                    "save it again from Excel as .xlsx, or as CSV") from exc
    try:
        names = {n.lower(): n for n in wb.sheetnames}
        sheet = wb[names.get("data") or names.get("attempts") or wb.sheetnames[0]]
        rows: list[list[str]] = []
        for r in sheet.iter_rows(values_only=True):
            if len(rows) > MAX_ROWS:
                raise _fail(str(path), f"has more than {MAX_ROWS:,} rows", "split the file")
            rows.append(["" if v is None else (repr(v) if isinstance(v, float) and v != int(v) else
                                                 str(int(v)) if isinstance(v, float) else str(v))
                         for v in r])
    finally:
        wb.close()
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()
    if not rows:
        raise _fail(str(path), "the sheet is empty", "put a header row and one row per participant x task")
    width = max(len(r) for r in rows)
    header = [str(h) for h in rows[0]] + [""] * (width - len(rows[0]))
    body = [r + [""] * (width - len(r)) for r in rows[1:]]
    return pd.DataFrame(body, columns=header, dtype=object), []


def _number(df: pd.DataFrame, col: str, file: str, *, lo: float | None = None,
            hi: float | None = None, whole: bool = False) -> pd.Series:
    """A column as float64 (empty, na, n/a, nan, - are missing; a decimal comma is read), or an
    error naming the first cell that is not a number or is out of range."""
    if _is_number_dtype(df[col]):  # parsed by pandas already: an empty cell is NaN
        values = df[col].astype("float64")
    else:
        text = df[col].astype(str).str.strip().str.replace(",", ".", regex=False)
        values = pd.to_numeric(text.where(text != "", None), errors="coerce")
        bad = values.isna() & (text != "") & ~text.str.lower().isin(["na", "n/a", "nan", "-"])
        if bad.any():
            i = int(np.flatnonzero(bad.to_numpy())[0])
            raise _fail(file, f"'{df[col].iloc[i]}' is not a number", "write a number or leave the cell empty",
                        row=i + 2, column=col)
    out_of_range = pd.Series(False, index=values.index)
    if lo is not None:
        out_of_range |= values < lo
    if hi is not None:
        out_of_range |= values > hi
    if whole:
        out_of_range |= values.notna() & (values != values.round())
    if out_of_range.any():
        i = int(np.flatnonzero(out_of_range.to_numpy())[0])
        rng = f"{lo:g} to {hi:g}" if lo is not None and hi is not None else f"at least {lo:g}"
        raise _fail(file, f"{values.iloc[i]:g} is outside the allowed range ({rng}{', whole numbers' if whole else ''})",
                    "correct the value or leave the cell empty", row=i + 2, column=col)
    return values.astype("float64")


def _exclusions(df: pd.DataFrame, participants: pd.DataFrame, rows_no: pd.Series,
                file: str) -> pd.DataFrame:
    """``excluded`` (yes/no) and ``exclude_reason`` columns: one value per participant."""
    out = participants.copy()
    for col in EXCLUSION:
        if col not in df:
            continue
        per = df.groupby("participant", sort=False)[col].nunique()
        if (per > 1).any():
            pid = per[per > 1].index[0]
            r = rows_no[df["participant"] == pid].tolist()
            raise _fail(file, f"participant {pid} has different values of {col}",
                        f"give each participant one value of {col}", row=r[1], column=col)
        first = df.drop_duplicates("participant").set_index("participant")[col]
        if col == "excluded":
            words = first.str.lower().map(EXCLUDED_WORDS)
            if words.isna().any():
                pid = words[words.isna()].index[0]
                r = int(rows_no[df["participant"] == pid].iloc[0])
                raise _fail(file, f"'{first[pid]}' is not yes or no", "write yes or no (or 1 / 0)",
                            row=r, column=col)
            out["excluded"] = out["participant"].map(words).astype(bool).to_numpy()
        else:
            out["exclude_reason"] = out["participant"].map(first).to_numpy()
    return out


def read_long(path: Path) -> StudyTables:
    path = Path(path)
    file = str(path)
    check_input_file(path)  # a regular file within the size limit, before a byte is read
    suffix = path.suffix.lower()
    df, warnings = _read_xlsx(path) if suffix in (".xlsx", ".xlsm") else _read_csv(path)
    check_cells(df, file)
    if len(df) > MAX_ROWS:
        raise _fail(file, f"has more than {MAX_ROWS:,} rows", "split the file")
    rename: dict[Any, str] = {}
    seen: dict[str, Any] = {}
    for c in df.columns:
        key = str(c).strip().lower().replace(" ", "_")
        if key in seen and key:
            raise _fail(file, f"the column '{key}' appears twice", "keep one of them", row=1, column=key)
        seen[key] = c
        rename[c] = key
    df = df.rename(columns=rename)
    df = df.loc[:, [c for c in df.columns if c]]
    missing = [c for c in REQUIRED if c not in df.columns]
    if missing:
        raise _fail(file, f"missing required column(s) {', '.join(missing)}; found {', '.join(map(str, df.columns)) or 'none'}",
                    "name the header cells participant, task, outcome, time_s", row=1)
    df = _without_blank_rows(df)
    rows_no = pd.Series(np.arange(len(df)) + 2)  # spreadsheet row numbers
    if not len(df):
        raise _fail(file, "has a header but no data rows", "add one row per participant x task")
    for col in ("participant", "task"):
        blank = df[col] == ""
        if blank.any():
            raise _fail(file, f"the {col} is empty", f"fill in the {col}", row=int(rows_no[blank].iloc[0]), column=col)
    codes, spellings = pd.factorize(df["outcome"])  # a handful of spellings, however many rows
    words = pd.Series(spellings).str.lower().map(OUTCOME_WORDS).to_numpy(dtype=object)
    if pd.isna(words).any():
        i = int(np.flatnonzero(pd.isna(words[codes]))[0])
        raise _fail(file, f"unknown outcome '{df['outcome'].iloc[i]}'",
                    "use success, partial, fail, abandoned, skipped, or 1 / 0", row=i + 2, column="outcome")
    outcome = pd.Series(words[codes], index=df.index, dtype=str)
    # The same task twice is allowed when a condition column tells the rows apart (within).
    keys = ["participant", "task", *(c for c in CONDITION_KEYS if c in df)]
    dup = df.duplicated(keys, keep=False)
    if dup.any():
        idx = np.flatnonzero(dup.to_numpy())
        first = df.iloc[idx[0]]
        rows = [int(r) + 2 for r in idx if tuple(df.iloc[r][keys]) == tuple(first[keys])]
        raise _fail(file, f"participant {first['participant']} has task {first['task']} on rows {' and '.join(map(str, rows[:2]))}",
                    "keep one row per participant x task", row=rows[0], column="task")
    time_s = _number(df, "time_s", file, lo=0)
    attempts = pd.DataFrame({
        "participant": df["participant"], "task": df["task"], "outcome": outcome,
    })
    attempts["group"] = df.get("group", "")
    attempts["success"] = attempts["outcome"] == "success"
    attempts["time_s"] = time_s
    for col in ("errors", "assists"):
        attempts[col] = _number(df, col, file, lo=0, whole=True) if col in df else np.nan
    for col, (lo, hi) in RATING_RANGES.items():
        attempts[col] = _number(df, col, file, lo=lo, hi=hi, whole=True) if col in df else np.nan
    attempts["note_text"] = df.get("notes", "")
    task_order = list(pd.unique(attempts["task"]))
    attempts["position"] = attempts.groupby("participant").cumcount() + 1
    for c in ATTEMPT_COLUMNS:
        if c not in attempts:
            attempts[c] = {"gross_s": np.nan, "paused_s": np.nan, "pauses": 0, "interrupted": False,
                           "notes": 0, "critical": 0, "session_id": "", "emotion_word": "",
                           "started": "", "ended": ""}.get(c, "")
    attempts = attempts[ATTEMPT_COLUMNS]

    answers = _answers(df, file)

    known = set(REQUIRED) | set(OPTIONAL_ATTEMPT) | set(PARTICIPANT_ITEMS) | {"group"} | set(EXCLUSION)
    attr_cols: list[str] = []
    for col in df.columns:
        if col in known:
            continue
        per = df.groupby("participant", sort=False)[col].nunique()
        if (per <= 1).all():
            attr_cols.append(col)
        else:  # kept per attempt: a within-subjects condition for --by
            attempts[col] = df[col].to_numpy()
    first_rows = df.drop_duplicates("participant")  # in order of first appearance
    participants = pd.DataFrame({"participant": first_rows["participant"].to_numpy()})
    participants["group"] = first_rows["group"].to_numpy() if "group" in df else ""
    if "group" in df:  # a group that varies within participants is a condition (within)
        per = df.groupby("participant", sort=False)["group"].nunique()
        if (per > 1).any():
            participants["group"] = ""
            warnings.append(f"{file}: 'group' varies within participants: it is read as a "
                            "within-subjects condition (compare with --by group)")
    for c in PARTICIPANT_COLUMNS:
        if c not in participants:
            participants[c] = {"excluded": False, "status": "complete"}.get(c, "")
    for c in attr_cols:
        participants[c] = first_rows[c].to_numpy()
    participants = participants[PARTICIPANT_COLUMNS + attr_cols]
    participants["excluded"] = participants["excluded"].astype(bool)
    if any(c in df for c in EXCLUSION):
        participants = _exclusions(df, participants, rows_no, file)

    tasks = pd.DataFrame({"task": task_order, "title": task_order, "stage": "",
                          "target_time_s": np.nan, "time_limit_s": np.nan}, columns=TASK_COLUMNS)
    return StudyTables(
        title=path.stem, tasks=tasks, participants=participants, attempts=attempts.reset_index(drop=True),
        answers=answers, events=empty(EVENT_COLUMNS), source=file, warnings=warnings,
        attribute_columns=attr_cols,
    )


def _without_blank_rows(df: pd.DataFrame) -> pd.DataFrame:
    """Text cells stripped; rows with no value in any cell dropped (numbers parsed by pandas are
    NaN exactly where the cell was empty)."""
    text_cols = [c for c in df.columns if not _is_number_dtype(df[c])]
    text = {c: _stripped(df[c]) for c in text_cols}
    df = df.assign(**text) if text else df
    # a row with a participant is not blank: look at the other cells of the others only
    maybe = (df["participant"] == "").to_numpy()
    if maybe.any():
        rest = df[maybe]
        filled = np.zeros(len(rest), dtype=bool)
        for c in df.columns:
            filled |= (rest[c] != "").to_numpy() if c in text else rest[c].notna().to_numpy()
        keep = ~maybe
        keep[maybe] = filled
        df = df[keep]
    return df.reset_index(drop=True)


def _stripped(column: pd.Series) -> pd.Series:
    """``column.astype(str).str.strip()``, without building a new column when no cell has
    surrounding spaces (the common case, checked at C speed)."""
    column = column.astype(str)
    values = column.to_numpy()
    try:
        stripped = [v.strip() for v in values]
    except AttributeError:  # a missing cell
        return column.str.strip()
    return column if stripped == values.tolist() else column.str.strip()


def _answers(df: pd.DataFrame, file: str) -> pd.DataFrame:
    """Participant-level values (SUS items, NPS, ...): one value per participant, whether written
    on one row or repeated on all of them. Rows in column order, then in order of each
    participant's first value; two different values for one participant are an error naming
    both rows."""
    parts: list[pd.DataFrame] = []
    codes, ids = pd.factorize(df["participant"])  # integers hash faster than text
    for col, (qid, lo, hi) in PARTICIPANT_ITEMS.items():
        if col not in df:
            continue
        vals = _number(df, col, file, lo=lo, hi=hi, whole=True).to_numpy()
        given = np.flatnonzero(~np.isnan(vals))
        frame = pd.DataFrame({"p": codes[given], "v": vals[given], "row": given + 2})
        distinct = frame.drop_duplicates(["p", "v"])  # first row of each distinct value
        first = ~distinct["p"].duplicated().to_numpy()
        if not first.all():
            clash = distinct[distinct["p"].isin(distinct["p"].to_numpy()[~first])]
            code = clash["p"].iloc[0]  # the first such participant in row order
            two = clash[clash["p"] == code].iloc[:2]
            r = two["row"].tolist()
            raise _fail(file, f"rows {r[0]} and {r[1]} (participant {ids[code]}) give {col} = "
                              f"{two['v'].iloc[0]:g} and {two['v'].iloc[1]:g}",
                        f"keep one value of {col} per participant", row=r[1], column=col)
        parts.append(pd.DataFrame({"participant": ids.take(distinct["p"].to_numpy()), "questionnaire": qid,
                                   "item": col, "value": distinct["v"].to_numpy(), "declined": False}))
    answers = pd.concat(parts, ignore_index=True)[ANSWER_COLUMNS] if parts else empty(ANSWER_COLUMNS)
    answers["value"] = answers["value"].astype("float64")
    return answers
