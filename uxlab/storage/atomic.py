"""Snapshots are written to a temp file in the same folder, fsync'd, then atomically renamed:
a crash mid-save leaves the previous good file in place, never a truncated one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO


def write_all_and_fsync(fd: int, data: bytes) -> None:
    """Write every byte of ``data`` to ``fd`` (a write may take only part of it), then fsync."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
    os.fsync(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (no-op where unsupported)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _process_umask() -> int:
    # Read once at import (the umask can only be read by setting it, which is not thread-safe).
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


_UMASK = _process_umask()


def _public_mode(tmp: str, path: Path) -> None:
    """mkstemp creates 0600 files; give the result the mode the replaced file had, else the mode
    a plain new file gets (0666 minus the umask), so colleagues on a shared drive can read it."""
    if os.name == "nt":
        return
    try:
        mode = os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o666 & ~_UMASK
    os.chmod(tmp, mode)


def through_links(path: Path) -> Path:
    """The file a save must replace: a symlink's final target, so the link itself is kept (a
    study folder may link study.json to a file kept elsewhere)."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """``with atomic_output(p) as f: f.write(...)``; the file appears only if the block succeeds.
    A symlink at ``p`` is written through: its target is replaced, the link stays."""
    path = through_links(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    ok = False
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        _public_mode(tmp, path)
        os.replace(tmp, path)
        ok = True
        fsync_dir(path.parent)
    finally:
        if not ok:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    with atomic_output(path) as f:
        f.write(data)


def atomic_write_with(path: Path, writer: Callable[[Path], None]) -> None:
    """For libraries that write to a path themselves (e.g. an xlsx writer): they write a temp
    path in the same folder, which is fsync'd and renamed over ``path`` only on success."""
    path = through_links(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix + ".tmp", dir=path.parent)
    os.close(fd)
    ok = False
    try:
        writer(Path(tmp))
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        _public_mode(tmp, path)
        os.replace(tmp, path)
        ok = True
        fsync_dir(path.parent)
    finally:
        if not ok:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def append_durably(path: Path, data: bytes) -> None:
    """Append ``data`` (whole lines) to an append-only file and fsync it (and its folder when the
    file is new). A torn last line left by a crash mid-append does not glue onto this entry."""
    new = not path.exists()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0), 0o644)
    try:
        if not new and os.fstat(fd).st_size:
            with open(path, "rb") as f:
                f.seek(-1, os.SEEK_END)
                if f.read(1) != b"\n":
                    data = b"\n" + data
        write_all_and_fsync(fd, data)
    finally:
        os.close(fd)
    if new:
        fsync_dir(path.parent)
