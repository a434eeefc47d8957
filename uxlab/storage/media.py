"""Where a session's recordings live: beside its journal, ``sessions/P01.media/``, one file per
source and segment (``P01-s01-screen.mkv``, ``P01-s01-camera.mkv``, ``P01-s01-voice.mka``).
The journal names them relative to the ``sessions`` folder (see docs/recording.md)."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from uxlab.storage.atomic import atomic_output

EXTENSIONS = {"screen": ".mkv", "camera": ".mkv", "voice": ".mka"}


def media_dir(journal: Path) -> Path:
    """``sessions/P01.jsonl`` -> ``sessions/P01.media``."""
    return journal.with_suffix(".media")


def segment_file(journal: Path, segment: int, source: str) -> Path:
    return media_dir(journal) / f"{journal.stem}-s{segment:02d}-{source}{EXTENSIONS[source]}"


def next_segment(journal: Path, last_journaled: int, sources: tuple[str, ...]) -> int:
    """The segment after ``last_journaled`` whose files do not exist yet: a crash between the
    first frame and the journal line leaves files no segment names; they are never overwritten."""
    seg = last_journaled + 1
    while any(segment_file(journal, seg, s).exists() for s in sources):
        seg += 1
    return seg


def relative_name(journal: Path, path: Path) -> str:
    """The file as the journal names it: relative to the sessions folder, with '/'."""
    return path.relative_to(journal.parent).as_posix()


def resolve(sessions_dir: Path, name: str) -> Path:
    """A journaled file name back to a path (refusing names that leave the sessions folder)."""
    path = (sessions_dir / name).resolve()
    if not path.is_relative_to(sessions_dir.resolve()):
        raise ValueError(f"{name!r} is outside the sessions folder")
    return path


def copy_media(old_journal: Path, new_journal: Path, names: Iterable[str]) -> list[str]:
    """Copy the media files a journal names (relative to its folder) from beside ``old_journal``
    to the same names beside ``new_journal``, each written whole or not at all (a temporary file,
    fsync'd, renamed), the originals left as they are. For "Save elsewhere": the journal's names
    then resolve beside its new file. Returns one line per file not copied, saying why."""
    old_dir, new_dir = old_journal.parent, new_journal.parent
    left: list[str] = []
    for name in dict.fromkeys(names):
        try:
            source, target = resolve(old_dir, name), resolve(new_dir, name)
        except ValueError as exc:
            left.append(str(exc))
            continue
        if source == target or target.exists():
            continue
        if not source.is_file():
            left.append(f"{source}: not found")
            continue
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with source.open("rb") as src, atomic_output(target) as out:
                shutil.copyfileobj(src, out, 1 << 20)
        except OSError as exc:
            left.append(f"{source}: {exc.strerror or exc}")
    return left
