"""The study's problem list on disk: ``problems.json`` (an atomic snapshot, versioned) beside
``problems.audit.jsonl`` (append-only, fsync'd: every change with its time and old value).

A save first appends the changes to the audit trail (so they are durable even if the snapshot
cannot be written), then replaces the snapshot atomically. Each save bumps ``revision``; a save
from a list read at an older revision (another window saved meanwhile) is refused rather than
overwriting the other window's work.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from uxlab.core.clock import Clock, SystemClock, wall_iso
from uxlab.core.errors import SchemaVersionError, StudyError
from uxlab.core.problems import (
    PROBLEMS_SCHEMA_VERSION,
    Change,
    ProblemList,
    problems_from_dict,
    problems_to_dict,
)
from uxlab.storage.atomic import append_durably, atomic_write_bytes

PROBLEMS_FILE = "problems.json"
AUDIT_FILE = "problems.audit.jsonl"
MAX_PROBLEMS_BYTES = 50_000_000


def problems_path(folder: Path) -> Path:
    return Path(folder) / PROBLEMS_FILE


def audit_path(folder: Path) -> Path:
    return Path(folder) / AUDIT_FILE


def parse_problems_bytes(raw: bytes, name: str) -> ProblemList:
    if len(raw) > MAX_PROBLEMS_BYTES:
        raise StudyError(f"the file is {len(raw):,} bytes, too large for a problem list", file=name,
                         fix="check you opened the right file")
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise StudyError(f"is not UTF-8 text (byte {exc.start})", file=name, fix="save the file as UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise StudyError(f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}", file=name,
                         fix="correct the JSON there, or restore it from problems.audit.jsonl") from exc
    except RecursionError as exc:
        raise StudyError("is nested too deeply", file=name, fix="check the file") from exc
    version = data.get("schema_version") if isinstance(data, dict) else None
    if not isinstance(version, int) or isinstance(version, bool):
        raise StudyError(f"expected a whole number, got {version!r}", file=name, field="schema_version",
                         fix=f"add \"schema_version\": {PROBLEMS_SCHEMA_VERSION}")
    if version > PROBLEMS_SCHEMA_VERSION:
        raise SchemaVersionError(
            f"written by a newer uxlab (problems schema {version}; this uxlab reads up to "
            f"{PROBLEMS_SCHEMA_VERSION})", file=name, field="schema_version",
            fix="update uxlab to open this study's problems; the file is left untouched")
    return problems_from_dict(data, name)


def load_problems(folder: Path) -> ProblemList:
    """The study's problem list; an empty one (default scale) when there is none yet."""
    path = problems_path(folder)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return ProblemList()
    except OSError as exc:
        raise StudyError(f"cannot read it ({exc.strerror or exc})", file=str(path), fix="check permissions") from exc
    return parse_problems_bytes(raw, str(path))


def _disk_revision(folder: Path) -> int:
    path = problems_path(folder)
    if not path.exists():
        return 0
    return load_problems(folder).revision


def save_problems(folder: Path, pl: ProblemList, changes: list[Change], clock: Clock | None = None) -> int:
    """Record ``changes`` (already applied to ``pl``) in the audit trail, then write the snapshot.
    Returns the new revision. Nothing to do when ``changes`` is empty."""
    if not changes:
        return pl.revision
    folder = Path(folder)
    on_disk = _disk_revision(folder)
    if on_disk != pl.revision:
        raise StudyError(
            f"the problem list was changed elsewhere (revision {on_disk}, this window has {pl.revision})",
            file=str(problems_path(folder)), fix="reload the Problems view and redo the change")
    wall = wall_iso((clock or SystemClock()).wall_ns())
    revision = pl.revision + 1
    lines = b"".join(
        (json.dumps({"revision": revision, "wall": wall, **c.to_dict()}, ensure_ascii=False,
                    separators=(",", ":")) + "\n").encode("utf-8")
        for c in changes
    )
    _append(audit_path(folder), lines)
    pl.revision = revision
    data = (json.dumps(problems_to_dict(pl), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    try:
        atomic_write_bytes(problems_path(folder), data)
    except BaseException:
        pl.revision = revision - 1
        raise
    return revision


def _append(path: Path, data: bytes) -> None:
    append_durably(path, data)


def read_audit(folder: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Every audited change, oldest first, and warnings for damaged lines (skipped)."""
    path = audit_path(folder)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return [], []
    entries: list[dict[str, Any]] = []
    warnings: list[str] = []
    for n, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            d = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            warnings.append(f"{path}:{n}: damaged line skipped")
            continue
        if isinstance(d, dict):
            entries.append(d)
        else:
            warnings.append(f"{path}:{n}: not an audit entry; skipped")
    return entries, warnings
