"""Results spreadsheets (CSV / XLSX) for researchers with legacy data.

Three shapes (see docs/import.md): one row per participant x task (``participant, task, outcome,
time_s`` and optional ``errors, assists, seq, exp_success, exp_effort, exp_emotion, group,
notes``); one row per participant with per-task columns (``T1_time``, ``T1_success``, ...); or
one row per participant with questionnaire items only. Participant-level ``sus1 .. sus10, umux1,
umux2, nps, csat, ces`` (and custom ``item:NAME``) sit on one row or on every row of that
participant. Any other column constant per participant becomes a participant attribute.

Columns are found by :mod:`uxlab.analysis.mapping` (given, saved beside the file, or guessed from
names in five languages); values are read as people write them (:mod:`uxlab.analysis.cellvalues`).
Errors name the file, the spreadsheet row (header = row 1), the column as in the file, and the fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from uxlab.analysis.cellvalues import read_number, read_outcome
from uxlab.analysis.codes import factorize_all
from uxlab.analysis.input_guard import check_cells, check_input_file
from uxlab.analysis.mapping import (
    ColumnMapping,
    read_map_file,
    resolve_mapping,
    saved_map_path,
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
from uxlab.analysis.rawread import ROW, RawTable, is_number_dtype, read_raw
from uxlab.analysis.reshape import Prepared, is_numeric_field, prepare
from uxlab.core.errors import DataError

REQUIRED = ("participant", "task", "outcome")
OPTIONAL_ATTEMPT = ("time_s", "time_ms", "errors", "assists", "seq", "exp_success", "exp_effort",
                    "exp_emotion", "notes")
PARTICIPANT_ITEMS: dict[str, tuple[str, int, int]] = {
    **{f"sus{i}": ("sus", 1, 5) for i in range(1, 11)},
    "umux1": ("umux_lite", 1, 7), "umux2": ("umux_lite", 1, 7),
    "nps": ("nps", 0, 10), "csat": ("csat", 1, 5), "ces": ("ces", 1, 7),
    "sus_score": ("sus", 0, 100),  # a SUS score already computed (used where the items are not)
}
WHOLE_ITEMS = frozenset(PARTICIPANT_ITEMS) - {"sus_score"}
RATING_RANGES = {"seq": (1, 7), "exp_success": (1, 7), "exp_effort": (1, 7), "exp_emotion": (1, 7)}
CONDITION_KEYS = ("group", "condition")  # may tell one participant's two rows of a task apart
EXCLUSION = ("excluded", "exclude_reason")  # participant-level, like the study folder's columns
EXCLUDED_WORDS = {"": False, "0": False, "false": False, "no": False, "n": False,
                  "1": True, "true": True, "yes": True, "y": True, "x": True}
MAX_ROWS = 1_000_000


@dataclass
class ImportSummary:
    """How a results file was read: for `uxlab validate` and the import dialog."""

    mapping: ColumnMapping
    layout: str
    raw: RawTable
    notices: list[str] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)
    saved_from: str = ""


def _fail(file: str, problem: str, fix: str, row: int | None = None, column: str | None = None) -> DataError:
    where = file if row is None else f"{file}, row {row}"
    return DataError(problem, file=where, field=column, fix=fix)


class _Ctx:
    """The file being read and the header (as written in it) of each field's column."""

    def __init__(self, file: str, labels: dict[str, str], rows: np.ndarray) -> None:
        self.file, self.labels, self.rows = file, labels, rows

    def label(self, col: str) -> str:
        return self.labels.get(col, col)

    def number(self, df: pd.DataFrame, col: str, **kw: Any) -> pd.Series:
        return read_number(df[col], self.rows, self.label(col), self.file, **kw)


def _exclusions(df: pd.DataFrame, participants: pd.DataFrame, rows_no: pd.Series,
                ctx: _Ctx) -> pd.DataFrame:
    """``excluded`` (yes/no) and ``exclude_reason`` columns: one value per participant."""
    out = participants.copy()
    for col in EXCLUSION:
        if col not in df:
            continue
        per = df.groupby("participant", sort=False)[col].nunique()
        if (per > 1).any():
            pid = per[per > 1].index[0]
            r = rows_no[df["participant"] == pid].tolist()
            raise _fail(ctx.file, f"participant {pid} has different values of {col}",
                        f"give each participant one value of {col}", row=r[1], column=ctx.label(col))
        first = df.drop_duplicates("participant").set_index("participant")[col]
        if col == "excluded":
            words = first.str.lower().map(EXCLUDED_WORDS)
            if words.isna().any():
                pid = words[words.isna()].index[0]
                r = int(rows_no[df["participant"] == pid].iloc[0])
                raise _fail(ctx.file, f"'{first[pid]}' is not yes or no", "write yes or no (or 1 / 0)",
                            row=r, column=ctx.label(col))
            out["excluded"] = out["participant"].map(words).astype(bool).to_numpy()
        else:
            out["exclude_reason"] = out["participant"].map(first).to_numpy()
    return out


def read_long(path: Path, mapping: dict[str, str] | None = None, map_file: Path | None = None,
              sheet: str | None = None, use_saved: bool = True) -> StudyTables:
    """A results file as tidy tables. ``mapping`` ({field: column}, e.g. from ``--map``) and
    ``map_file`` (JSON) say which column is which; a mapping saved beside the file
    (``<file>.uxlab-map.json``) is used unless ``use_saved`` is False; the rest is guessed."""
    tables, _ = read_results(path, mapping, map_file, sheet, use_saved)
    return tables


def inspect_results(path: Path, mapping: dict[str, str] | None = None, map_file: Path | None = None,
                    sheet: str | None = None, use_saved: bool = True) -> tuple[RawTable, ColumnMapping, str]:
    """The cells and the mapping understood (given, saved, guessed), before anything is checked
    beyond the headers; and the saved mapping's path when one was used ('' otherwise)."""
    path = Path(path)
    file = str(path)
    check_input_file(path)  # a regular file within the size limit, before a byte is read
    given = dict(read_map_file(map_file)) if map_file is not None else {}
    given.update(mapping or {})
    saved: dict[str, str] | None = None
    saved_from = ""
    keep = saved_map_path(path)
    if use_saved and map_file is None and keep.is_file():
        saved, saved_from = read_map_file(keep), str(keep)
    found: list[ColumnMapping] = []

    def numeric(header: list[str]) -> list[str]:
        found.append(resolve_mapping(header, file, given, saved, saved_from))
        return [c for f, (c, _) in found[0].entries.items() if is_numeric_field(f)]

    raw = read_raw(path, sheet, numeric)
    m = found[0] if found else resolve_mapping(raw.columns, file, given, saved, saved_from)
    return raw, m, saved_from


def read_results(path: Path, mapping: dict[str, str] | None = None, map_file: Path | None = None,
                 sheet: str | None = None, use_saved: bool = True) -> tuple[StudyTables, ImportSummary]:
    """:func:`read_long` and how the file was read (mapping, layout, rows left out, notices)."""
    raw, m, saved_from = inspect_results(path, mapping, map_file, sheet, use_saved)
    return tables_from_raw(raw, m, saved_from)


def tables_from_raw(raw: RawTable, m: ColumnMapping, saved_from: str = "") -> tuple[StudyTables, ImportSummary]:
    """The tables from cells already read, with a mapping already resolved (the import dialog
    checks each mapping the researcher tries without reading the file again)."""
    file = raw.file
    check_cells(raw.frame, file, raw.cell_chars_at_most)
    if len(raw.frame) > MAX_ROWS:
        raise _fail(file, f"has more than {MAX_ROWS:,} rows", "split the file")
    summary = ImportSummary(m, m.layout, raw, saved_from=saved_from)
    if saved_from:
        summary.notices.append(f"used the column mapping saved in {saved_from}")
    summary.notices.extend(raw.notices)
    if m.layout == "long":
        missing = [c for c in REQUIRED if c not in m.entries]
        if missing:
            raise _fail(file, f"missing required column(s) {', '.join(missing)}; found "
                              f"{', '.join(raw.columns) or 'none'}",
                        "name the header cells participant, task, outcome, time_s, or map them: "
                        + " ".join(f"--map {c}=COLUMN" for c in missing), row=1)
    prepared = prepare(raw, m)
    summary.notices.extend(prepared.notices)
    tables = _build(prepared, file, Path(file).stem, list(raw.warnings), summary)
    tables.warnings = list(tables.warnings)
    return tables, summary


def _build(prep: Prepared, file: str, title: str, warnings: list[str], summary: ImportSummary) -> StudyTables:
    df = prep.frame
    before = len(df)
    df, text = _without_blank_rows(df)
    if before > len(df):
        summary.skipped["empty row"] = before - len(df)
    rows = df[ROW].to_numpy()
    ctx = _Ctx(file, prep.labels, rows)
    rows_no = pd.Series(rows)
    if not len(df):
        raise _fail(file, "has a header but no data rows", "add one row per participant (x task)")
    # Text columns as integer codes, once: every check below hashes integers, not text
    pcodes, pids = _codes_of(df, text, "participant")
    no_id = _where(pcodes, pids, "")
    if no_id.any():
        raise _fail(file, "the participant is empty", "fill in the participant",
                    row=int(rows[np.argmax(no_id)]), column=ctx.label("participant"))
    if prep.numbered:
        summary.notices.append(f"no participant column: each row is one participant, numbered "
                               f"{df['participant'].iloc[0]} to {df['participant'].iloc[-1]} in row order")
    has_tasks = "task" in df
    tcodes, task_ids = _codes_of(df, text, "task") if has_tasks else (np.zeros(len(df), np.intp), [])
    no_task = _where(tcodes, task_ids, "")
    if prep.layout == "long" and no_task.any():
        raise _fail(file, "the task is empty", "fill in the task",
                    row=int(rows[np.argmax(no_task)]), column=ctx.label("task"))
    is_attempt = ~no_task if has_tasks else np.zeros(len(df), dtype=bool)
    att = df if is_attempt.all() else df[is_attempt]  # every row, in the long layout: no copy
    att_rows = rows[is_attempt]
    a_ctx = _Ctx(file, prep.labels, att_rows)
    outcome = read_outcome(att["outcome"], att_rows, ctx.label("outcome"), file) if has_tasks \
        else pd.Series([], dtype=object)
    # The same task twice is allowed when a condition column tells the rows apart (within).
    keys = ["participant", "task", *(c for c in CONDITION_KEYS if c in df)]
    key_codes = {"participant": pcodes[is_attempt], "task": tcodes[is_attempt],
                 **{c: _codes_of(df, text, c)[0][is_attempt] for c in keys[2:]}}
    dup = _duplicated(list(key_codes.values())) if has_tasks else np.zeros(0, bool)
    if dup.any():
        idx = np.flatnonzero(dup)
        first = att.iloc[idx[0]]
        dup_rows = [int(att_rows[r]) for r in idx if tuple(att.iloc[r][keys]) == tuple(first[keys])]
        raise _fail(file, f"participant {first['participant']} has task {first['task']} on rows "
                          f"{' and '.join(map(str, dup_rows[:2]))}",
                    "keep one row per participant x task", row=dup_rows[0], column=ctx.label("task"))
    if "time_s" in att:
        time_s = a_ctx.number(att, "time_s", lo=0, clock=True)
    elif "time_ms" in att:
        time_s = a_ctx.number(att, "time_ms", lo=0, scale=0.001)
    else:
        time_s = pd.Series(np.nan, index=att.index)
        if has_tasks and len(att):
            summary.notices.append("no time column: task times are not analysed")
    attempts = pd.DataFrame({
        "participant": att["participant"] if has_tasks else pd.Series([], dtype=object),
        "task": att["task"] if has_tasks else pd.Series([], dtype=object),
        "outcome": pd.Series(outcome.to_numpy(), index=att.index, dtype=object),
    })
    attempts["group"] = att.get("group", "")
    attempts["success"] = attempts["outcome"] == "success"
    attempts["time_s"] = time_s.to_numpy() if len(att) else np.array([], "float64")
    for col in ("errors", "assists"):
        attempts[col] = a_ctx.number(att, col, lo=0, whole=True) if col in att else np.nan
    for col, (lo, hi) in RATING_RANGES.items():
        attempts[col] = a_ctx.number(att, col, lo=lo, hi=hi, whole=True) if col in att else np.nan
    attempts["note_text"] = att.get("notes", "")
    task_order = [t for t in task_ids if t != ""]  # in order of first appearance
    att_p = key_codes["participant"]
    attempts["position"] = pd.Series(att_p).groupby(att_p, sort=False).cumcount().to_numpy() + 1
    for c in ATTEMPT_COLUMNS:
        if c not in attempts:
            attempts[c] = {"gross_s": np.nan, "paused_s": np.nan, "pauses": 0, "interrupted": False,
                           "notes": 0, "critical": 0, "session_id": "", "emotion_word": "",
                           "started": "", "ended": ""}.get(c, "")
    attempts = attempts[ATTEMPT_COLUMNS]

    answers = _answers(df, ctx, pcodes, pids)

    known = {*REQUIRED, *OPTIONAL_ATTEMPT, *PARTICIPANT_ITEMS, "group", *EXCLUSION, ROW}
    attr_cols: list[str] = []
    for col in df.columns:
        if col in known or str(col).startswith("item:"):
            continue
        if not len(att) or not _varies_within(pcodes, len(pids), _codes_of(df, text, col)[0]).any():
            attr_cols.append(col)
        else:  # kept per attempt: a within-subjects condition for --by
            attempts[col] = att[col].to_numpy()
    first_rows = df.iloc[_first_rows(pcodes)]  # each participant's, in order of first appearance
    participants = pd.DataFrame({"participant": first_rows["participant"].to_numpy()})
    participants["group"] = first_rows["group"].to_numpy() if "group" in df else ""
    # a group that varies within participants is a condition (within)
    if "group" in df and _varies_within(pcodes, len(pids), _codes_of(df, text, "group")[0]).any():
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
        participants = _exclusions(df, participants, rows_no, ctx)

    tasks = pd.DataFrame({"task": task_order, "title": task_order, "stage": "",
                          "target_time_s": np.nan, "time_limit_s": np.nan}, columns=TASK_COLUMNS)
    summary.skipped.update(prep.skipped)
    return StudyTables(
        title=title, tasks=tasks, participants=participants, attempts=attempts.reset_index(drop=True),
        answers=answers, events=empty(EVENT_COLUMNS), source=file, warnings=warnings,
        attribute_columns=attr_cols, notices=list(summary.notices),
    )


def _duplicated(codes: list[np.ndarray]) -> np.ndarray:
    """Rows whose combination of codes (each -1..k-1: -1 an empty number cell) occurs more than
    once: one integer key per row when the combinations fit in 62 bits, else a table of them."""
    widths = [int(c.max(initial=0)) + 2 for c in codes]
    if np.prod(np.array(widths, dtype=float)) >= 2.0**62:
        return pd.DataFrame(dict(enumerate(codes))).duplicated(keep=False).to_numpy()
    key = np.zeros(len(codes[0]) if codes else 0, dtype=np.int64)
    for c, w in zip(codes, widths, strict=True):
        key = key * w + (c + 1)
    return pd.Series(key).duplicated(keep=False).to_numpy()


def _where(codes: np.ndarray, values: Any, value: str) -> np.ndarray:
    """The rows holding ``value``, from a column's factorize codes and values."""
    hits = np.flatnonzero(np.asarray(values, dtype=object) == value)
    return codes == hits[0] if len(hits) else np.zeros(len(codes), dtype=bool)


def _first_rows(codes: np.ndarray) -> np.ndarray:
    """The row of each code's first appearance, in code order (= drop_duplicates' rows): codes
    from factorize are numbered in order of first appearance, so the running maximum rises by
    one exactly at each new code's first row."""
    if not len(codes):
        return np.zeros(0, np.intp)
    top = np.maximum.accumulate(codes)
    return np.flatnonzero(np.concatenate(([True], top[1:] > top[:-1])))


def _codes_of(df: pd.DataFrame, text: dict[str, tuple[np.ndarray, np.ndarray]],
              col: str) -> tuple[np.ndarray, np.ndarray]:
    """A column as (codes, values): a text column's from :func:`_without_blank_rows`, a number
    column's factorized here (an empty cell, NaN, is code -1)."""
    found = text.get(col)
    if found is not None:
        return found
    codes, values = pd.factorize(df[col].to_numpy())
    return codes, np.asarray(values, dtype=object)


def _varies_within(pcodes: np.ndarray, participants: int, codes: np.ndarray) -> np.ndarray:
    """Per participant (by code): whether a column (as ``codes``, -1 for an empty number cell,
    not counted) holds two or more different values there (= ``groupby(participant)[column]
    .nunique() > 1``)."""
    given = codes >= 0
    width = max(int(codes.max(initial=0)) + 1, 1)
    pairs = pd.unique(pcodes[given].astype(np.int64) * width + codes[given])
    return np.bincount(pairs // width, minlength=participants) > 1


def _without_blank_rows(df: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, tuple[np.ndarray, np.ndarray]]]:
    """Text cells stripped; rows with no value in any cell dropped (numbers parsed by pandas are
    NaN exactly where the cell was empty). Also each text column as (codes, values): codes into
    its distinct values in order of first appearance, which the checks that follow use."""
    text: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    changed: dict[str, np.ndarray] = {}
    for c in df.columns:
        if c != ROW and not is_number_dtype(df[c]):
            codes, values, differs = _text_codes(df[c])
            text[c] = (codes, values)
            if differs:
                changed[c] = values[codes] if len(codes) else np.array([], dtype=object)
    df = df.assign(**changed) if changed else df
    if not isinstance(df.index, pd.RangeIndex) or df.index.start != 0:
        df = df.reset_index(drop=True)
    # a row with a participant is not blank: look at the other cells of the others only
    maybe = _where(*text["participant"], "") if "participant" in text else np.zeros(len(df), dtype=bool)
    if not maybe.any():
        return df, text
    filled = np.zeros(int(maybe.sum()), dtype=bool)
    for c in df.columns:
        if c in text:
            filled |= ~_where(*text[c], "")[maybe]
        elif c != ROW:
            filled |= df[c].to_numpy()[maybe] == df[c].to_numpy()[maybe]  # not NaN
    keep = ~maybe
    keep[maybe] = filled
    kept: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for c, (codes, values) in text.items():  # renumbered: codes stay 0..k-1 in order of appearance
        renumbered, used = pd.factorize(codes[keep])
        kept[c] = (renumbered, values[used])
    return df[keep].reset_index(drop=True), kept


def _text_codes(column: pd.Series) -> tuple[np.ndarray, np.ndarray, bool]:
    """(codes, values, changed) of ``column.astype(str).str.strip()``, found by stripping each
    distinct value once rather than every cell; ``changed``: some cell was not already that text."""
    codes, found = factorize_all(column.to_numpy(object))
    original = found.tolist()
    stripped = [(v if type(v) is str else str(v)).strip() for v in original]
    if stripped == original and all(type(v) is str for v in original):
        return codes, np.asarray(found, dtype=object), column.dtype != object
    merged, distinct = pd.factorize(np.array(stripped, dtype=object))  # " P1" and "P1" are one
    return merged[codes], np.asarray(distinct, dtype=object), True




def _answers(df: pd.DataFrame, ctx: _Ctx, codes: np.ndarray, ids: Any) -> pd.DataFrame:
    """Participant-level values (SUS items, NPS, custom items): one value per participant,
    whether written on one row or repeated on all of them. Rows in column order, then in order of
    each participant's first value; two different values for one participant are an error naming
    both rows."""
    # ``codes``, ``ids``: the participant column factorized (integers hash faster than text)
    items: list[tuple[str, str, str, dict[str, Any]]] = [
        (col, qid, col, {"lo": lo, "hi": hi, "whole": col in WHOLE_ITEMS})
        for col, (qid, lo, hi) in PARTICIPANT_ITEMS.items() if col in df]
    items += [(str(col), "custom", str(col)[5:], {}) for col in df.columns if str(col).startswith("item:")]
    if not items:
        answers = empty(ANSWER_COLUMNS)
        answers["value"] = answers["value"].astype("float64")
        return answers
    # every item's given values in one table (item by item, rows in order), checked at once
    blocks: list[tuple[np.ndarray, np.ndarray]] = []
    for col, _qid, _item, limits in items:
        vals = ctx.number(df, col, **limits).to_numpy()
        given = np.flatnonzero(~np.isnan(vals))
        blocks.append((given, vals[given]))
    given_all = np.concatenate([g for g, _ in blocks])
    frame = pd.DataFrame({
        "it": np.repeat(np.arange(len(items)), [len(g) for g, _ in blocks]),
        "p": codes[given_all], "v": np.concatenate([v for _, v in blocks]), "row": ctx.rows[given_all]})
    distinct = frame.drop_duplicates(["it", "p", "v"])  # first row of each distinct value
    second = distinct.duplicated(["it", "p"]).to_numpy()
    if second.any():  # the first item (in column order) with two values for one participant
        it = int(distinct["it"].to_numpy()[second][0])
        one = distinct[distinct["it"] == it]
        first = ~one["p"].duplicated().to_numpy()
        clash = one[one["p"].isin(one["p"].to_numpy()[~first])]
        code = clash["p"].iloc[0]  # the first such participant in row order
        two = clash[clash["p"] == code].iloc[:2]
        r = two["row"].tolist()
        col, _qid, item, _limits = items[it]
        raise _fail(ctx.file, f"rows {r[0]} and {r[1]} (participant {ids[code]}) give {item} = "
                              f"{two['v'].iloc[0]:g} and {two['v'].iloc[1]:g}",
                    f"keep one value of {item} per participant", row=r[1], column=ctx.label(col))
    which = distinct["it"].to_numpy()
    answers = pd.DataFrame({
        "participant": ids.take(distinct["p"].to_numpy()),
        "questionnaire": np.array([qid for _, qid, _, _ in items], dtype=object)[which],
        "item": np.array([item for _, _, item, _ in items], dtype=object)[which],
        "value": distinct["v"].to_numpy(), "declined": False})[ANSWER_COLUMNS]
    answers["value"] = answers["value"].astype("float64")
    return answers
