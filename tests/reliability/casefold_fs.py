"""A case-insensitive, case-preserving file system for tests, like NTFS, APFS or exFAT.

``python casefold_fs.py BACKING MOUNTPOINT`` serves BACKING at MOUNTPOINT through FUSE (mfusepy on
libfuse 3): a name finds an existing entry that differs only by case or Unicode normalisation
(``p01.jsonl`` opens ``P01.jsonl``); new names are stored as given. Used where the kernel cannot
mount a vfat image; runs in the foreground until unmounted.
"""

from __future__ import annotations

import errno
import os
import sys
import unicodedata
from typing import Any

import mfusepy as fuse


def _fold(name: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


class CaseFolding(fuse.Operations):
    use_ns = True

    def __init__(self, root: str) -> None:
        self.root = root

    def _real(self, path: str) -> str:
        cur = self.root
        for part in (p for p in path.split("/") if p):
            candidate = os.path.join(cur, part)
            if not os.path.lexists(candidate):
                try:
                    match = next((n for n in os.listdir(cur) if _fold(n) == _fold(part)), None)
                except OSError:
                    match = None
                if match is not None:
                    candidate = os.path.join(cur, match)
            cur = candidate
        return cur

    def getattr(self, path: str, fh: int | None = None) -> dict[str, Any]:
        try:
            st = os.fstat(fh) if fh is not None else os.lstat(self._real(path))
        except OSError as exc:
            raise fuse.FuseOSError(exc.errno) from exc
        keys = ("st_mode", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime")
        return {k: getattr(st, k) for k in keys}

    def readdir(self, path: str, fh: int) -> list[str]:
        return [".", "..", *os.listdir(self._real(path))]

    def access(self, path: str, amode: int) -> int:
        if not os.access(self._real(path), amode):
            raise fuse.FuseOSError(errno.EACCES)
        return 0

    def open(self, path: str, flags: int) -> int:
        return os.open(self._real(path), flags)

    def create(self, path: str, mode: int, fi: Any = None) -> int:
        flags = fi if isinstance(fi, int) else os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        return os.open(self._real(path), flags | os.O_CREAT, mode)

    def read(self, path: str, size: int, offset: int, fh: int) -> bytes:
        return os.pread(fh, size, offset)

    def write(self, path: str, data: bytes, offset: int, fh: int) -> int:
        return os.pwrite(fh, data, offset)

    def truncate(self, path: str, length: int, fh: int | None = None) -> int:
        os.truncate(fh if fh is not None else self._real(path), length)
        return 0

    def fsync(self, path: str, datasync: int, fh: int) -> int:
        os.fsync(fh)
        return 0

    def flush(self, path: str, fh: int) -> int:
        return 0

    def release(self, path: str, fh: int) -> int:
        os.close(fh)
        return 0

    def unlink(self, path: str) -> int:
        os.unlink(self._real(path))
        return 0

    def rename(self, old: str, new: str) -> int:
        os.rename(self._real(old), self._real(new))
        return 0

    def link(self, target: str, source: str) -> int:
        os.link(self._real(source), self._real(target))
        return 0

    def symlink(self, target: str, source: str) -> int:
        os.symlink(source, self._real(target))
        return 0

    def readlink(self, path: str) -> str:
        return os.readlink(self._real(path))

    def mkdir(self, path: str, mode: int) -> int:
        os.mkdir(self._real(path), mode)
        return 0

    def rmdir(self, path: str) -> int:
        os.rmdir(self._real(path))
        return 0

    def chmod(self, path: str, mode: int) -> int:
        os.chmod(self._real(path), mode)
        return 0

    def utimens(self, path: str, times: tuple[int, int] | None = None) -> int:
        os.utime(self._real(path), ns=times)
        return 0

    def statfs(self, path: str) -> dict[str, int]:
        st = os.statvfs(self._real(path))
        keys = ("f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_namemax")
        return {k: getattr(st, k) for k in keys}


if __name__ == "__main__":
    backing, mountpoint = sys.argv[1], sys.argv[2]
    fuse.FUSE(CaseFolding(backing), mountpoint, foreground=True, nothreads=True,
              attr_timeout=0, entry_timeout=0, negative_timeout=0)
