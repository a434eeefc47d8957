"""Real small file systems for failure tests: a tmpfs of a few KiB makes a genuinely full disk.

Mounting needs root (CI runs as root); elsewhere the tests that need it skip, saying why.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _umount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], check=False, capture_output=True)


@pytest.fixture
def small_tmpfs(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """``small_tmpfs("64k")`` mounts a tmpfs of that size on a fresh folder and returns it;
    every mount is undone when the test ends."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("needs root on Linux to mount a small tmpfs (a real full disk)")
    mounted: list[Path] = []

    def mount(size: str) -> Path:
        target = tmp_path / f"tmpfs{len(mounted)}"
        target.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(target)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounted.append(target)
        return target

    yield mount
    for target in reversed(mounted):
        _umount(target)


def fill_disk(folder: Path) -> Path:
    """Fill the file system holding ``folder`` to the last byte. Returns the filler file:
    truncate or delete it to give space back."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        chunk = b"\0" * 4096
        while True:
            try:
                if os.write(fd, chunk) < len(chunk):
                    continue  # a partial write: the next one raises ENOSPC
            except OSError:
                break
        try:
            while os.write(fd, b"\0"):  # the last bytes of the last page
                pass
        except OSError:
            pass
    finally:
        os.close(fd)
    return filler


@pytest.fixture
def fill() -> Callable[[Path], Path]:
    return fill_disk
