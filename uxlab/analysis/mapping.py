"""Which column of a results file holds which uxlab field: given (``--map field=Column``, a map
file), saved beside the data (``results.csv.uxlab-map.json``) or guessed from the headers.

Fields: ``participant, task, outcome, time_s`` (or ``time_ms``), ``errors, assists, seq,
exp_success, exp_effort, exp_emotion, group, notes, excluded, exclude_reason``; participant
items ``sus1 .. sus10, umux1, umux2, nps, csat, ces`` and custom items ``item:NAME``; in a wide
table (one row per participant) per-task fields ``TASK.outcome``, ``TASK.time_s``, ...
A field mapped to nothing (``--map group=``) is not in the file: nothing is guessed for it.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from uxlab.analysis.headers import match_column, normalise
from uxlab.analysis.vocabulary import SUS_FIELDS, TASK_FIELDS, field_of, numbered_item, task_column
from uxlab.core.errors import DataError

PLAIN_FIELDS = (
    "participant", "task", "outcome", "time_s", "time_ms", "errors", "assists", "seq",
    "exp_success", "exp_effort", "exp_emotion", "group", "notes", "excluded", "exclude_reason",
    *SUS_FIELDS, "sus_score", "umux1", "umux2", "nps", "csat", "ces",
)
MAP_SUFFIX = ".uxlab-map.json"
GIVEN, SAVED, GUESSED = "given", "saved", "guessed"
FIX_FIELDS = ("use participant, task, outcome, time_s or time_ms, errors, assists, seq, group, "
              "notes, sus1..sus10, sus_score, umux1, umux2, nps, csat, ces, item:NAME, or TASK.outcome / "
              "TASK.time_s for one row per participant (see docs/import.md)")


def canonical_field(name: str, where: str = "--map") -> str:
    """A field as the mapping spells it ("SUS 1" -> "sus1", "Find.Time" -> "Find.time_s"), or
    an error naming it and listing the fields."""
    text = name.strip()
    if text.lower().startswith("item:") and text[5:].strip():
        return "item:" + text[5:].strip()
    if "." in text:
        task, _, sub = text.rpartition(".")
        sub_field = canonical_field(sub, where) if sub.strip() else ""
        if task.strip() and sub_field in TASK_FIELDS:
            return f"{task.strip()}.{sub_field}"
    key = normalise(text).replace(" ", "_")
    if key in PLAIN_FIELDS:
        return key
    compact = key.replace("_", "")
    for f in PLAIN_FIELDS:
        if f.replace("_", "") == compact:
            return f
    guessed = field_of(text)
    if guessed is not None:
        return guessed
    raise DataError(f"'{name}' is not a uxlab field", file=where, fix=FIX_FIELDS)


def parse_map_args(items: Sequence[str]) -> dict[str, str]:
    """``["participant=ID", "sus1=Frage 1"]`` -> {"participant": "ID", "sus1": "Frage 1"}."""
    out: dict[str, str] = {}
    for item in items:
        name, eq, column = item.partition("=")
        if not eq or not name.strip():
            raise DataError(f"'{item}' is not FIELD=COLUMN", file="--map",
                            fix='write e.g. --map participant=ID --map "sus1=Frage 1"')
        out[canonical_field(name)] = column.strip()
    return out


def read_map_file(path: Path) -> dict[str, str]:
    """A JSON object {"uxlab field": "column name"} (null or "" = not in this file)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise DataError(f"{path} does not exist", file="--map-file", fix="check the path") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(f"is not a JSON object ({exc})", file=str(path),
                        fix='write e.g. {"participant": "ID", "sus1": "Frage 1"}') from None
    if not isinstance(data, dict) or not all(isinstance(v, str | None) for v in data.values()):
        raise DataError("is not a JSON object of field names to column names", file=str(path),
                        fix='write e.g. {"participant": "ID", "sus1": "Frage 1"}')
    return {canonical_field(str(k), str(path)): (v or "") for k, v in data.items()}


def saved_map_path(data: Path) -> Path:
    return Path(data).with_name(Path(data).name + MAP_SUFFIX)


def save_mapping(data: Path, mapping: dict[str, str]) -> Path:
    """Write the mapping beside the data file (temp file + rename: never half written)."""
    target = saved_map_path(data)
    text = json.dumps(mapping, ensure_ascii=False, indent=2) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=".uxlab-map-", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


@dataclass
class ColumnMapping:
    """field -> (column header as in the file, how it was found: given, saved or guessed)."""

    entries: dict[str, tuple[str, str]] = field(default_factory=dict)
    absent: set[str] = field(default_factory=set)  # fields said not to be in the file
    notices: list[str] = field(default_factory=list)

    def column(self, name: str) -> str | None:
        entry = self.entries.get(name)
        return entry[0] if entry else None

    @property
    def tasks(self) -> list[str]:
        """A wide table's tasks, in the order of their first column."""
        out: list[str] = []
        for f in self.entries:
            if "." in f and not f.startswith("item:"):
                task = f.rpartition(".")[0]
                if task not in out:
                    out.append(task)
        return out

    @property
    def layout(self) -> str:
        """long (one row per participant x task), wide (one row per participant, per-task
        columns) or questionnaire (one row per participant, no tasks)."""
        if "task" in self.entries:
            return "long"
        return "wide" if self.tasks else "questionnaire"

    def as_json(self) -> dict[str, str]:
        return {f: c for f, (c, _) in self.entries.items()}


def resolve_mapping(columns: Iterable[object], file: str, given: dict[str, str] | None = None,
                    saved: dict[str, str] | None = None, saved_from: str = "") -> ColumnMapping:
    """The mapping for a file with these headers: given fields, then saved ones, then guesses
    for the columns left. A given column that is not in the file is an error naming it."""
    cols = [str(c) for c in columns if str(c).strip()]
    m = ColumnMapping()
    used: dict[str, str] = {}

    def take(f: str, column: str, how: str, source: str) -> None:
        if not column:
            m.absent.add(f)
            return
        found = match_column(column, cols)
        if found is None:
            if how == SAVED:
                m.notices.append(f"the saved mapping {saved_from} names column '{column}' for "
                                 f"{f}, which is not in the file: ignored")
                return
            raise DataError(f"column '{column}' (for {f}) is not in the file", file=f"{file}: {source}",
                            fix=f"use one of the file's columns: {', '.join(cols) or 'none'}")
        col = str(found)
        if col in used and used[col] != f:
            raise DataError(f"column '{col}' is mapped to both {used[col]} and {f}", file=f"{file}: {source}",
                            fix="map each column to one field")
        used[col] = f
        m.entries[f] = (col, how)

    for f, column in (given or {}).items():
        take(f, column, GIVEN, "--map")
    for f, column in (saved or {}).items():
        if f not in m.entries and f not in m.absent:
            take(f, column, SAVED, saved_from)
    _guess(m, cols, used)
    if m.layout != "long":
        stray = [f for f in ("outcome", "time_s", "time_ms") if f in m.entries]
        if stray and m.layout == "questionnaire" and "task" not in m.absent:
            f = stray[0]
            raise DataError(f"there is a column for {f} ('{m.entries[f][0]}') but none for task",
                            file=file, fix="map the task column (--map task=COLUMN); for one row "
                            "per participant, map per-task columns (--map TASK.outcome=COLUMN)")
    return m


def _guess(m: ColumnMapping, cols: list[str], used: dict[str, str]) -> None:
    for col in cols:  # a header that is the field's own name comes first ("participant" over "id")
        own = normalise(col).replace(" ", "_")
        if col not in used and own in PLAIN_FIELDS and own not in m.entries and own not in m.absent:
            m.entries[own] = (col, GUESSED)
            used[col] = own
    numbered: dict[int, str] = {}
    for col in cols:
        n = numbered_item(col)
        if n is not None and n not in numbered:
            numbered[n] = col
        if col in used:
            continue
        f = field_of(col)
        if f is not None and f not in m.entries and f not in m.absent:
            m.entries[f] = (col, GUESSED)
            used[col] = f
    if set(range(1, 11)) <= set(numbered):  # q1..q10 / Item 1..10 / Frage 1..10: a SUS
        for n in range(1, 11):
            f = f"sus{n}"
            if f not in m.entries and f not in m.absent and numbered[n] not in used:
                m.entries[f] = (numbered[n], GUESSED)
                used[numbered[n]] = f
    if "task" in m.entries or "task" in m.absent:
        return
    for col in cols:
        if col in used:
            continue
        found = task_column(col)
        if found is not None:
            f = f"{found[0]}.{found[1]}"
            if f not in m.entries and f not in m.absent:
                m.entries[f] = (col, GUESSED)
                used[col] = f


__all__ = ["ColumnMapping", "canonical_field", "parse_map_args", "read_map_file", "resolve_mapping",
           "save_mapping", "saved_map_path"]
