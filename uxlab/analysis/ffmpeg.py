"""The ffmpeg program: where it is, and what it says about a media file.

uxlab uses the ffmpeg binary shipped in the imageio-ffmpeg wheel (no system package needed);
``UXLAB_FFMPEG`` names another one, and an ``ffmpeg`` on PATH is the last resort.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from uxlab.core.errors import UxlabError


class MediaError(UxlabError):
    """A media file or the ffmpeg program is missing or unusable."""


_FIX_FFMPEG = ("install uxlab's media dependency (pip install imageio-ffmpeg), or install ffmpeg "
               "(e.g. apt install ffmpeg), or set UXLAB_FFMPEG to an ffmpeg program")


def ffmpeg_exe() -> str:
    """The ffmpeg program to run; a MediaError saying how to get one when there is none."""
    named = os.environ.get("UXLAB_FFMPEG")
    if named:
        if Path(named).is_file() and os.access(named, os.X_OK):
            return named
        raise MediaError("UXLAB_FFMPEG does not name a program that can run", file=named,
                         fix=_FIX_FFMPEG)
    try:
        import imageio_ffmpeg

        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except (ImportError, RuntimeError):
        pass
    found = shutil.which("ffmpeg")
    if found:
        return found
    raise MediaError("ffmpeg was not found; it is needed to cut clips", fix=_FIX_FFMPEG)


@dataclass(frozen=True)
class Probe:
    duration_s: float | None
    video: str  # codec of the first video stream, "" when none
    width: int
    height: int
    fps: float | None
    audio: str  # codec of the first audio stream, "" when none


_DURATION = re.compile(r"Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)")
_VIDEO = re.compile(r"Stream #\d+:\d+.*?: Video: (\w+)[^\n]*?, (\d{2,5})x(\d{2,5})")
_FPS = re.compile(r"Stream #\d+:\d+.*?: Video: [^\n]*?(\d+(?:\.\d+)?) fps")
_AUDIO = re.compile(r"Stream #\d+:\d+.*?: Audio: (\w+)")
_TIME = re.compile(r"time=(\d+):(\d\d):(\d\d(?:\.\d+)?)")


def _seconds(m: re.Match[str]) -> float:
    return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + float(m.group(3))


def probe(path: Path) -> Probe:
    """Streams and duration of a media file, from ffmpeg's reading of it. The duration is what
    the file holds, measured by reading its packets through."""
    path = Path(path)
    if not path.is_file():
        raise MediaError("the media file is missing", file=str(path),
                         fix="restore it from a backup, or review without it")
    exe = ffmpeg_exe()
    res = subprocess.run([exe, "-hide_banner", "-i", str(path)], capture_output=True, text=True,
                         errors="replace", timeout=60)
    err = res.stderr
    if "Invalid data found" in err or "Stream #" not in err:
        raise MediaError("the file is not a media file ffmpeg can read", file=str(path),
                         fix="check it is a recording (Matroska .mkv or MP4)")
    d = _DURATION.search(err)
    duration = _seconds(d) if d else None
    v, f, a = _VIDEO.search(err), _FPS.search(err), _AUDIO.search(err)
    # The header's duration is not trusted: a file cut short by a kill or a full disk may hold
    # less than it says (or say nothing). The packets are read through (no decoding: fast).
    scan = subprocess.run([exe, "-hide_banner", "-i", str(path), "-map", "0", "-c", "copy", "-f", "null", "-"],
                          capture_output=True, text=True, errors="replace", timeout=600)
    times = _TIME.findall(scan.stderr)
    if times:
        h, mi, s = times[-1]
        held = int(h) * 3600 + int(mi) * 60 + float(s)
        duration = held if duration is None or duration == 0 else min(duration, held)
    return Probe(duration, v.group(1) if v else "", int(v.group(2)) if v else 0,
                 int(v.group(3)) if v else 0, float(f.group(1)) if f else None,
                 a.group(1) if a else "")
