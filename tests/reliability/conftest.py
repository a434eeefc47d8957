"""Real file systems for failure tests: a tmpfs of a few KiB makes a genuinely full disk; a vfat
image (or a FUSE case-folding passthrough) is a disk that ignores case, like NTFS or APFS.

Mounting needs root (CI runs as root); elsewhere the tests that need it skip, saying why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
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


def _mount_vfat(where: Path) -> tuple[Path | None, str]:
    image, target = where / "vfat.img", where / "vfat"
    if not shutil.which("mkfs.vfat"):
        return None, "mkfs.vfat is missing (Debian package dosfstools)"
    with open(image, "wb") as f:
        f.truncate(8 * 1024 * 1024)
    made = subprocess.run(["mkfs.vfat", str(image)], capture_output=True, text=True)
    if made.returncode != 0:
        return None, f"mkfs.vfat failed: {made.stderr.strip()}"
    target.mkdir()
    done = subprocess.run(["mount", "-o", "loop,utf8", str(image), str(target)], capture_output=True, text=True)
    if done.returncode != 0:
        return None, f"this kernel cannot mount a vfat image: {done.stderr.strip().splitlines()[0]}"
    return target, ""


def _mount_casefold_fuse(where: Path) -> tuple[Path | None, str, subprocess.Popen[bytes] | None]:
    if not Path("/dev/fuse").exists():
        return None, "no /dev/fuse for a FUSE case-folding file system", None
    backing, target = where / "backing", where / "fuse"
    backing.mkdir()
    target.mkdir()
    proc = subprocess.Popen([sys.executable, str(Path(__file__).with_name("casefold_fs.py")), str(backing),
                             str(target)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if os.path.ismount(target):
            return target, "", proc
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace").strip() if proc.stderr else ""
            return None, f"the FUSE case-folding file system did not start: {err.splitlines()[-1] if err else '?'}", None
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    return None, "the FUSE case-folding file system did not mount within 10 s", None


@pytest.fixture
def case_insensitive_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder on a real case-insensitive, case-preserving file system: a loop-mounted vfat
    image where the kernel has vfat, else a FUSE case-folding passthrough (casefold_fs.py)."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("needs root on Linux to mount a case-insensitive file system")
    target, why_not_vfat = _mount_vfat(tmp_path)
    proc = None
    if target is None:
        target, why_not_fuse, proc = _mount_casefold_fuse(tmp_path)
        if target is None:
            pytest.skip(f"no case-insensitive file system: {why_not_vfat}; {why_not_fuse}")
    try:
        yield target
    finally:
        _umount(target)
        if proc is not None:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
