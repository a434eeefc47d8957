"""Where a session's recordings live: beside its journal, ``sessions/P01.media/``, one file per
source and segment (``P01-s01-screen.mkv``, ``P01-s01-camera.mkv``, ``P01-s01-voice.mka``).
The journal names them relative to the ``sessions`` folder (see docs/recording.md)."""

from __future__ import annotations

from pathlib import Path

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
