"""Crash logs: the traceback of a bug, written where only this user writes, never through a link.

A fixed name in the shared temp folder let another local user plant a symlink there and have
uxlab overwrite any file uxlab could write. Logs now go to the per-user log folder
(``platformdirs.user_log_dir``, e.g. ``~/.local/state/uxlab/log`` on Linux), each in a new file
created exclusively (``O_CREAT | O_EXCL`` with ``O_NOFOLLOW``): an existing name, a symlink
included, is never opened, and the folder itself must be a real folder owned by this user.
"""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

from platformdirs import user_log_dir

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def log_folder() -> Path:
    return Path(user_log_dir("uxlab", appauthor=False))


def _check_folder(folder: Path) -> None:
    """Refuse a log folder that is a link or belongs to someone else (it could be redirected)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.path.islink(folder):
        raise OSError(errno.ELOOP, "the log folder is a link, not a folder; not writing through it", str(folder))
    if hasattr(os, "getuid") and os.lstat(folder).st_uid != os.getuid():
        raise OSError(errno.EPERM, "the log folder belongs to another user", str(folder))


def write_crash_log(text: str, folder: Path | None = None, when: float | None = None) -> Path:
    """Write ``text`` to a new file ``crash-<date>-<time>-<pid>[-n].log`` in ``folder`` (the
    per-user log folder by default) and return its path. Raises OSError when it cannot."""
    folder = log_folder() if folder is None else Path(folder)
    _check_folder(folder)
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(when))
    for n in range(100):
        path = folder / f"crash-{stamp}-{os.getpid()}{f'-{n}' if n else ''}.log"
        try:
            fd = os.open(path, _FLAGS, 0o600)
        except FileExistsError:
            continue  # that name is taken (perhaps by a planted link): never open it
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        return path
    raise OSError(errno.EEXIST, "no free crash log name", str(folder))
