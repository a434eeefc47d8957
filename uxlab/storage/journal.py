"""Session journals: JSON Lines, append-only, one event per line, fsync'd per event.

Line 1 is a header ``{"format": "uxlab-journal", "schema_version": 1, ...}``; every further line
is one event. Reading tolerates the damage a crash can do: a torn last line is reported and
dropped, every complete event before it kept. One writer per journal, enforced with an OS lock
that dies with its process, so a crashed session can be resumed at once.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from uxlab import __version__
from uxlab.core.clock import Clock, SystemClock, wall_iso
from uxlab.core.errors import JournalError, SchemaVersionError, SessionLockedError
from uxlab.core.events import JOURNAL_SCHEMA_VERSION, Event, event_from_dict, valid_event
from uxlab.core.notices import WarningCollector
from uxlab.core.recorder import Recorder
from uxlab.core.session import SessionState, replay
from uxlab.storage.atomic import atomic_write_bytes, fsync_dir, write_all_and_fsync

FORMAT = "uxlab-journal"
SUFFIX = ".jsonl"
MAX_LINE = 1_000_000  # bytes; longer lines are refused as damage, never loaded whole

# Migrations of journal lines from schema N to N+1: {N: fn(header, events) -> (header, events)}.
Migration = Callable[[dict[str, Any], list[dict[str, Any]]], tuple[dict[str, Any], list[dict[str, Any]]]]
MIGRATIONS: dict[int, Migration] = {}

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
else:
    import fcntl

    def _lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False


def _encode(d: dict[str, Any]) -> bytes:
    return (json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


@dataclass
class JournalRead:
    path: Path
    header: dict[str, Any]
    events: list[Event]
    warnings: list[str] = field(default_factory=list)
    torn_bytes: int = 0  # size of an incomplete last line (a crash mid-write)
    good_size: int = 0  # bytes up to and including the last complete line
    migrated_from: int | None = None
    # each event's line number in the file, in the order of ``events``
    line_numbers: list[int] = field(default_factory=list)
    # the file holds a \ud800-\udfff escape (a lone surrogate, perhaps): see study_files
    surrogate_escapes: bool = True
    _lines: dict[int, int] | None = field(default=None, repr=False, compare=False)

    @property
    def lines(self) -> dict[int, int]:
        """Event seq -> its line number in the file (built when first asked for: warnings need
        it, a journal read without a problem never does)."""
        if self._lines is None:
            self._lines = {e.seq: n for e, n in zip(self.events, self.line_numbers, strict=True)}
        return self._lines

    @property
    def session_id(self) -> str:
        return str(self.header.get("session_id", self.path.stem))

    def state(self) -> SessionState:
        s = replay(self.events, self.session_id)
        s.warnings[:0] = self.warnings
        return s


SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89abcdefABCDEF]")


def read_journal(path: Path) -> JournalRead:
    """Read a journal, tolerating crash damage. Raises JournalError only when nothing usable is
    there (no header, not a journal) and SchemaVersionError for a newer schema."""
    path = Path(path)
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise JournalError(f"cannot read the journal ({exc.strerror or exc})", file=name,
                           fix="check the file exists and can be read") from exc
    bom = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    raw = raw[bom:]
    warnings = WarningCollector()  # 2 million damaged lines: 3 examples and a count, not 2 million
    good_size = raw.rfind(b"\n") + 1
    torn = len(raw) - good_size
    body = raw[:good_size]
    if torn:
        warnings.append(f"{name}: the last line was incomplete ({torn} bytes, a crash mid-write); it was dropped")
    lines = body.split(b"\n")[:-1] if body else []
    if not lines:
        raise JournalError("the journal is empty or has no complete header line", file=name,
                           fix="this file holds no recorded events")
    try:
        header = json.loads(lines[0].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise JournalError("line 1 is not a journal header", file=name, fix="not a uxlab journal?") from exc
    except ValueError as exc:  # Python refuses integers of more than 4,300 digits
        raise JournalError("line 1 (the header) holds a number too long to read", file=name,
                           fix="the header is damaged; compare it with another session's first line") from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise JournalError("line 1 is not a uxlab journal header", file=name, field="format",
                           fix="open a .jsonl journal written by uxlab")
    version = header.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise JournalError(f"bad schema_version {version!r}", file=name, field="schema_version",
                           fix="the header is damaged")
    if version > JOURNAL_SCHEMA_VERSION:
        raise SchemaVersionError(
            f"written by a newer uxlab (journal schema {version}; this uxlab reads up to {JOURNAL_SCHEMA_VERSION})",
            file=name, field="schema_version", fix="update uxlab to open this session; the file is left untouched",
        )
    dicts: list[tuple[int, dict[str, Any]]] = []
    body_lines = lines[1:]
    if max(map(len, body_lines), default=0) <= MAX_LINE:
        # fast path: one JSON parse for the whole journal (blank lines looked for at C speed)
        blank = b"" in body_lines or any(map(bytes.isspace, body_lines))
        try:
            kept = [x for x in body_lines if x.strip()] if blank else body_lines
            decoded = json.loads(b"[" + b",".join(kept) + b"]")
        except (UnicodeDecodeError, ValueError, RecursionError):  # JSONDecodeError is a ValueError
            decoded = None
        numbers: Sequence[int] = ([n for n, x in enumerate(body_lines, start=2) if x.strip()] if blank
                                  else range(2, len(body_lines) + 2))
        # a line holding "{...},{...}" would parse here but is damage: then read line by line
        if (isinstance(decoded, list) and len(decoded) == len(numbers)
                and all(isinstance(d, dict) for d in decoded)):
            dicts = list(zip(numbers, decoded, strict=True))
            body_lines = []
    for lineno, line in enumerate(body_lines, start=2):
        if not line.strip():
            continue
        if len(line) > MAX_LINE:
            warnings.append(f"{name}:{lineno}: line of {len(line)} bytes is too long; skipped as damaged")
            continue
        try:
            d = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            warnings.append(f"{name}:{lineno}: damaged line skipped")
            continue
        if not isinstance(d, dict):
            warnings.append(f"{name}:{lineno}: not an event; skipped")
            continue
        dicts.append((lineno, d))
    migrated_from = None
    if version < JOURNAL_SCHEMA_VERSION:
        migrated_from = version
        header, ev = _migrate(header, [d for _, d in dicts], name)
        dicts = list(zip([n for n, _ in dicts] + [0] * max(0, len(ev) - len(dicts)), ev, strict=False))
    events: list[Event] = []
    line_numbers: list[int] = []
    last_seq = 0
    seen: dict[int, Event] | None = None  # built only when a sequence number does not rise
    for lineno, d in dicts:
        e = valid_event(d)  # the common case, without building the line's name
        if e is None:
            try:
                e = event_from_dict(d, f"{name}:{lineno}")
            except JournalError as exc:
                warnings.append(f"{exc.message}; skipped")
                continue
        if e.seq <= last_seq:  # kept events rise strictly: a repeat or a step back
            if seen is None:
                seen = {k.seq: k for k in events}
            if e.seq in seen:
                same = seen[e.seq] == e
                warnings.append(f"{name}:{lineno}: event {e.seq} appears twice{' (identical)' if same else ' with different content'}; the first is kept")
            else:
                warnings.append(f"{name}:{lineno}: event {e.seq} is out of order (after {last_seq}); skipped")
            continue
        last_seq = e.seq
        events.append(e)
        line_numbers.append(lineno)
        if seen is not None:
            seen[e.seq] = e
    return JournalRead(path, header, events, warnings.summary(), torn, bom + good_size, migrated_from, line_numbers,
                       SURROGATE_ESCAPE.search(raw) is not None)


def _migrate(header: dict[str, Any], events: list[dict[str, Any]], name: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    version = int(header["schema_version"])
    while version < JOURNAL_SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise JournalError(f"no migration from journal schema {version}", file=name, field="schema_version",
                               fix="open it with the uxlab version that wrote it and export it")
        header, events = step(dict(header), [dict(e) for e in events])
        version += 1
        header["schema_version"] = version
    return header, events


class JournalWriter:
    """Appends events durably. Implements the recorder's EventSink."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd = fd
        self._good = os.fstat(fd).st_size  # bytes holding complete, read-back lines

    def reset_to(self, size: int) -> None:
        """Cut the journal back to ``size`` bytes (a torn tail removed on resume) and fsync."""
        os.ftruncate(self._fd, size)
        os.fsync(self._fd)
        self._good = size

    @classmethod
    def open(cls, path: Path, header: dict[str, Any] | None = None) -> JournalWriter:
        """Open for appending, taking the session's lock. Creates the file with ``header`` if new."""
        path = Path(path)
        new = not path.exists()
        if new and header is None:
            raise JournalError("the journal does not exist", file=str(path), fix="start a new session")
        if new:
            assert header is not None
            _create_with_header(path, _encode(header))
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0), 0o644)
        if not _lock(fd):
            os.close(fd)
            raise SessionLockedError(
                "this session is already open in another uxlab window or process",
                file=str(path), fix="close it there first; only one station may record a session",
            )
        w = cls(path, fd)
        try:
            if os.fstat(fd).st_size == 0:  # an empty file left by an older uxlab
                if header is None:
                    raise JournalError("the journal is empty", file=str(path), fix="start a new session")
                w._write(_encode(header))
                fsync_dir(path.parent)
        except BaseException:
            os.close(fd)
            raise
        return w

    def _write(self, data: bytes) -> None:
        """Append ``data`` durably, or leave the journal exactly as it was and raise.

        A full disk can accept part of a line: left there, the retry would append the whole line
        after the fragment and the reader would drop the merged line as damage. So a failed
        append is cut back to the last good length (and fsync'd) before the error goes up, and a
        line only counts as written once it has been read back from the file."""
        start = self._good
        if os.fstat(self._fd).st_size != start:  # an earlier failure could not be undone then
            self.reset_to(start)
        try:
            view = memoryview(data)
            while view:
                n = os.write(self._fd, view)
                view = view[n:]
            if hasattr(os, "fdatasync"):
                os.fdatasync(self._fd)
            else:  # pragma: no cover
                os.fsync(self._fd)
            if _read_at(self._fd, len(data), start) != data:
                raise OSError(errno.EIO, "the event could not be read back after writing", str(self.path))
        except BaseException:
            with contextlib.suppress(OSError):
                self.reset_to(start)
            raise
        self._good = start + len(data)

    def append(self, event: Event) -> None:
        if self._fd < 0:
            raise JournalError("the journal is closed", file=str(self.path), fix="reopen the session")
        self._check_still_there()
        self._write(_encode(event.to_dict()))

    def _check_still_there(self) -> None:
        """Refuse to write into a file that was deleted or replaced under us: the events would
        land in an inode nobody can open. One stat per event (~2 us)."""
        mine = os.fstat(self._fd)
        try:
            there = os.stat(self.path)
        except FileNotFoundError:
            there = None
        if there is None or (there.st_ino, there.st_dev) != (mine.st_ino, mine.st_dev):
            raise FileNotFoundError(
                errno.ENOENT, "the session journal was deleted or replaced while recording", str(self.path)
            )

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> JournalWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _read_at(fd: int, size: int, offset: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(fd, size, offset)
    os.lseek(fd, offset, os.SEEK_SET)  # pragma: no cover - Windows; appends still go to the end
    return os.read(fd, size)  # pragma: no cover


def _create_with_header(path: Path, header: bytes) -> None:
    """Bring a new journal into existence already holding its complete, fsync'd header, so a crash
    at any instant leaves either no journal or a readable one, never an empty file. The header is
    written to a temporary file and hard-linked into place (which fails if the name was taken
    meanwhile; the existing journal then wins)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o644)
    try:
        try:
            write_all_and_fsync(fd, header)
        finally:
            os.close(fd)
    except BaseException:  # e.g. a full disk: leave no temp file behind
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    try:
        os.link(tmp, path)
    except FileExistsError:
        pass
    except OSError:  # pragma: no cover - file systems without hard links
        if not path.exists():
            os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    fsync_dir(path.parent)


def new_header(session_id: str, participant: str, clock: Clock | None = None) -> dict[str, Any]:
    c = clock or SystemClock()
    return {
        "format": FORMAT,
        "schema_version": JOURNAL_SCHEMA_VERSION,
        "session_id": session_id,
        "participant": participant,
        "created": wall_iso(c.wall_ns()),
        "uxlab": __version__,
    }


def open_recorder(path: Path, *, participant: str = "", clock: Clock | None = None) -> Recorder:
    """A recorder on ``path``: a new journal, or the existing one replayed and resumed.

    Before appending to an existing journal, crash damage is cleaned up without losing anything:
    a torn last line is moved to ``<name>.torn-<n>`` beside it; an older schema is migrated with
    the original kept as ``<name>.v<old>.bak``.
    """
    path = Path(path)
    if not path.exists():
        writer = JournalWriter.open(path, new_header(path.stem, participant, clock))
        return Recorder(writer, clock)
    writer = JournalWriter.open(path)  # lock first: nobody else may touch it while we repair
    try:
        if b"\n" not in path.read_bytes()[:MAX_LINE]:
            # Crashed while writing the header: nothing was recorded yet. Start it afresh.
            writer.reset_to(0)
            writer._write(_encode(new_header(path.stem, participant, clock)))
        read = read_journal(path)
        if read.migrated_from is not None:
            backup = path.with_name(f"{path.name}.v{read.migrated_from}.bak")
            if not backup.exists():
                atomic_write_bytes(backup, path.read_bytes())
            data = _encode(read.header) + b"".join(_encode(e.to_dict()) for e in read.events)
            writer.close()
            atomic_write_bytes(path, data)
            writer = JournalWriter.open(path)
        elif read.torn_bytes:
            raw = path.read_bytes()
            n = 1
            while path.with_name(f"{path.name}.torn-{n}").exists():
                n += 1
            atomic_write_bytes(path.with_name(f"{path.name}.torn-{n}"), raw[read.good_size:])
            writer.reset_to(read.good_size)
        state = read.state()
        return Recorder(writer, clock, state)
    except BaseException:
        writer.close()
        raise


def rescue_session(recorder: Recorder, path: Path) -> Path:
    """Write everything the recorder holds (saved and unsaved events) to a new journal at
    ``path``, atomically, and switch the recorder to it. For a full disk, a read-only folder or a
    journal deleted under the app: the moderator saves elsewhere and carries on recording."""
    path = Path(path)
    if path.exists():
        raise JournalError("a file with this name already exists", file=str(path), fix="choose a new file name")
    old = getattr(recorder.sink, "path", None)
    header = new_header(recorder.state.session_id or path.stem, recorder.state.participant)
    if isinstance(old, Path):
        with contextlib.suppress(JournalError, SchemaVersionError):
            header = read_journal(old).header
    events = [*recorder.state.events, *recorder.unsaved]
    atomic_write_bytes(path, _encode(header) + b"".join(_encode(e.to_dict()) for e in events))
    writer = JournalWriter.open(path)
    close = getattr(recorder.sink, "close", None)
    if callable(close):
        close()
    recorder.sink = writer
    for e in recorder.unsaved:
        recorder.state.apply(e)
    recorder.unsaved.clear()
    return path
