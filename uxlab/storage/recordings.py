"""A participant's recordings on disk, and deleting them on request (privacy).

The journal names each segment's files relative to the study's ``sessions/`` folder; the
recorder keeps them in ``sessions/<participant>.media/``. Deleting a participant's recordings
removes those files and keeps a record of it in ``sessions/recordings.audit.jsonl``
(append-only, fsync'd): what was asked, when, by whom and why, then each file removed with its
size. The journal itself is never rewritten: the session's events, times and notes stay; only
the pictures and sound go.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from uxlab.core.clock import Clock, SystemClock, wall_iso
from uxlab.core.errors import StudyError
from uxlab.storage.atomic import append_durably, fsync_dir
from uxlab.storage.journal import JournalWriter, read_journal
from uxlab.storage.media import media_dir
from uxlab.storage.study_files import journal_path, sessions_dir

AUDIT_FILE = "recordings.audit.jsonl"


def media_file(base: Path, rel: object) -> Path | None:
    """A file named in the journal, inside ``base`` (the sessions folder); None for anything
    that is not a plain relative name (an absolute path, a climb out with '..')."""
    if not isinstance(rel, str) or not rel:
        return None
    p = PurePosixPath(rel.replace("\\", "/"))
    if p.is_absolute() or ".." in p.parts or (p.parts and ":" in p.parts[0]):
        return None
    return base.joinpath(*p.parts)


def media_folder(folder: Path, participant: str) -> Path:
    """``sessions/P07.media/``, where the recorder keeps the participant's files."""
    return media_dir(journal_path(folder, participant))


def audit_path(folder: Path) -> Path:
    return sessions_dir(folder) / AUDIT_FILE


def journaled_files(journal: Path) -> list[Path]:
    """Every media file the journal's ``recording_started`` events name, once each."""
    read = read_journal(journal)
    base = journal.parent
    out: list[Path] = []
    for e in read.events:
        if e.kind != "recording_started" or not isinstance(e.data.get("files"), dict):
            continue
        for rel in e.data["files"].values():
            p = media_file(base, rel)
            if p is not None and p not in out:
                out.append(p)
    return out


def participant_files(folder: Path, participant: str) -> list[Path]:
    """The participant's recordings that exist: the journaled files and whatever else is in
    their media folder (a file begun just before a crash, before its event was journaled)."""
    journal = journal_path(folder, participant)
    files = [p for p in journaled_files(journal) if p.is_file()] if journal.exists() else []
    mf = media_folder(folder, participant)
    if mf.is_dir():
        for p in sorted(mf.rglob("*")):
            if p.is_file() and p not in files:
                files.append(p)
    return files


@dataclass
class Deletion:
    participant: str
    wall: str
    removed: list[tuple[Path, int]] = field(default_factory=list)  # file, bytes
    failed: list[tuple[Path, str]] = field(default_factory=list)  # file, why


def _append(path: Path, entry: dict[str, Any]) -> None:
    data = json.dumps(entry, ensure_ascii=False).encode("utf-8") + b"\n"
    append_durably(path, data)


def delete_recordings(folder: Path, participant: str, *, reason: str = "", by: str = "",
                      clock: Clock | None = None) -> Deletion:
    """Delete every recording of ``participant`` and record it in the audit file.

    Refused while the session is open in a console (its journal is locked: it may be recording
    right now). The request is made durable before the first file goes, so a crash midway still
    leaves a record; the files removed are recorded after."""
    folder = Path(folder)
    journal = journal_path(folder, participant)
    mf = media_folder(folder, participant)
    if not journal.exists() and not mf.exists():
        raise StudyError(f"there is no session of participant '{participant}' in this study",
                         file=str(sessions_dir(folder)), fix="check the participant id (e.g. P07)")
    writer = JournalWriter.open(journal) if journal.exists() else None  # SessionLockedError if open
    try:
        files = participant_files(folder, participant)
        wall = wall_iso((clock or SystemClock()).wall_ns())
        audit = audit_path(folder)
        _append(audit, {"action": "delete_requested", "wall": wall, "participant": participant,
                        "by": by, "reason": reason,
                        "files": [p.relative_to(sessions_dir(folder)).as_posix() for p in files]})
        result = Deletion(participant, wall)
        for p in files:
            try:
                size = p.stat().st_size
                p.unlink()
                result.removed.append((p, size))
            except OSError as exc:
                result.failed.append((p, exc.strerror or str(exc)))
        if mf.is_dir():
            shutil.rmtree(mf, ignore_errors=True)
            if mf.exists():
                result.failed.append((mf, "the folder could not be removed"))
        fsync_dir(sessions_dir(folder))
        _append(audit, {"action": "deleted", "wall": wall, "participant": participant,
                        "removed": [{"file": p.relative_to(sessions_dir(folder)).as_posix(), "bytes": n}
                                    for p, n in result.removed],
                        "failed": [{"file": str(p), "error": why} for p, why in result.failed]})
        return result
    finally:
        if writer is not None:
            writer.close()


def deletions(folder: Path) -> dict[str, str]:
    """Participant -> when their recordings were deleted on request (the last time), from the
    audit file (a request counts: a crash midway leaves the rest to delete, not to show);
    damaged lines are skipped."""
    try:
        raw = audit_path(folder).read_bytes()
    except OSError:
        return {}
    out: dict[str, str] = {}
    for line in raw.split(b"\n"):
        try:
            d = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            continue
        if isinstance(d, dict) and d.get("action") in ("delete_requested", "deleted") \
                and isinstance(d.get("participant"), str):
            out[d["participant"]] = str(d.get("wall", ""))
    return out
