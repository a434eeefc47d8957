"""Highlight clips cut with ffmpeg: one MP4 per highlight, with its note burnt in as a caption,
or one reel per problem (a title card, then every observation of the problem).

Every clip has the same shape (H.264 + AAC in MP4, one frame size, 30 fps, silent sound where
nothing was recorded), so clips play everywhere and reels join without surprises. An index
(``clips.csv``) lists each clip with where it came from, and each highlight that has no clip
with the reason.
"""

from __future__ import annotations

import csv
import functools
import subprocess
import tempfile
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from uxlab.analysis.ffmpeg import MediaError, ffmpeg_exe, probe
from uxlab.analysis.highlights import Highlight, media_files
from uxlab.core.problems import Problem
from uxlab.export.clip_labels import clip_label
from uxlab.storage.paths import safe_name

FPS = 30
CARD_S = 3.0
MIN_CLIP_S = 0.2  # a window shorter than this is no clip
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  # Debian, Ubuntu (Latin, Cyrillic, Arabic)
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",  # Fedora
    "/usr/share/fonts/TTF/DejaVuSans.ttf",  # Arch
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/arial.ttf",
)


@dataclass(frozen=True)
class ClipSize:
    width: int = 1280
    height: int = 720


@dataclass(frozen=True)
class ClipResult:
    highlight: Highlight | None
    path: Path | None
    note: str = ""  # why there is no clip


def _font() -> str:
    """drawtext's font option: a font file that covers Latin, Cyrillic and Arabic when one is
    found, else the system's sans-serif through fontconfig."""
    for f in FONT_CANDIDATES:
        if Path(f).is_file():
            return f"fontfile='{_esc(f)}'"
    return "font='Sans'"


def _esc(value: str) -> str:
    """A value inside a quoted filter option: backslash and quote escaped, colons as \\:."""
    return value.replace("\\", "/").replace("'", "\\'").replace(":", "\\:")


def _caption_lines(h: Highlight, language: str, width: int) -> list[str]:
    mm, ss = divmod(int(h.moment_s), 60)
    head = " · ".join(x for x in (h.participant, h.task_title or h.task, f"{mm:02d}:{ss:02d}",
                                   clip_label(h.kind, language)) if x)
    chars = max(20, width // 22)
    body = textwrap.wrap(h.text, chars)[:4] if h.text else []
    return [head, *body]


@functools.cache
def _can_centre_lines(exe: str) -> bool:
    """drawtext centres each line with ``text_align`` from ffmpeg 7 on; older ones left-align."""
    res = subprocess.run([exe, "-hide_banner", "-h", "filter=drawtext"], capture_output=True, text=True,
                         errors="replace", timeout=30)
    return "text_align" in res.stdout


def _drawtext(textfile: Path, size: ClipSize, *, y: str, fontsize: int, box: bool = True) -> str:
    opts = [_font(), f"textfile='{_esc(str(textfile))}'", "fontcolor=white", f"fontsize={fontsize}",
            "line_spacing=6", "x=(w-text_w)/2", f"y={y}"]
    if _can_centre_lines(ffmpeg_exe()):
        opts.append("text_align=C")
    if box:
        opts += ["box=1", "boxcolor=black@0.6", "boxborderw=12"]
    return "drawtext=" + ":".join(opts)


def _fit(size: ClipSize) -> str:
    return (f"scale={size.width}:{size.height}:force_original_aspect_ratio=decrease,"
            f"pad={size.width}:{size.height}:(ow-iw)/2:(oh-ih)/2,fps={FPS},format=yuv420p,setsar=1")


_ENCODE = ["-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p",
           "-c:a", "aac", "-b:a", "128k", "-ar", "48000", "-ac", "2", "-movflags", "+faststart"]


def _run(cmd: list[str], out: Path) -> None:
    res = subprocess.run(cmd, capture_output=True, text=True, errors="replace", timeout=1800)
    if res.returncode != 0 or not out.is_file():
        out.unlink(missing_ok=True)  # never leave half a clip that looks like one
        tail = " ".join(res.stderr.strip().splitlines()[-3:])
        raise MediaError(f"ffmpeg could not write the clip ({tail})", file=str(out),
                         fix="check the disk has space and the media files play")


def cut_clip(h: Highlight, out: Path, tmp: Path, *, size: ClipSize, language: str = "en",
             duration_s: float | None = None) -> Path:
    """Write one highlight's clip to ``out``."""
    assert h.video is not None
    start = h.start_s
    end = h.end_s if duration_s is None else min(h.end_s, duration_s)
    if end <= start:
        raise MediaError(f"the recording ends before this moment ({start:.1f} s)", file=str(h.video.file),
                         fix="the file is shorter than the journal says: it may have been cut by a crash")
    text = tmp / f"caption-{h.session_id and safe_name(h.session_id)}-{h.seq}.txt"
    text.write_text("\n".join(_caption_lines(h, language, size.width)), encoding="utf-8")
    exe = ffmpeg_exe()
    cmd = [exe, "-hide_banner", "-loglevel", "error", "-y",
           "-ss", f"{start:.3f}", "-t", f"{end - start:.3f}", "-i", str(h.video.file)]
    info = probe(h.video.file)
    if h.audio is not None:
        a_start = h.audio.position_s - (h.video.position_s - start)
        cmd += ["-ss", f"{max(0.0, a_start):.3f}", "-t", f"{end - start:.3f}", "-i", str(h.audio.file)]
        audio = "1:a:0"
    elif info.audio:
        audio = "0:a:0"
    else:
        cmd += ["-f", "lavfi", "-t", f"{end - start:.3f}", "-i", "anullsrc=r=48000:cl=stereo"]
        audio = "1:a:0"
    fontsize = max(14, size.height // 26)
    vf = f"{_fit(size)},{_drawtext(text, size, y='h-text_h-30', fontsize=fontsize)}"
    cmd += ["-filter_complex", f"[0:v:0]{vf}[v]", "-map", "[v]", "-map", audio, *_ENCODE,
            "-shortest", str(out)]
    _run(cmd, out)
    return out


def title_card(lines: list[str], out: Path, tmp: Path, *, size: ClipSize) -> Path:
    """A few seconds of dark screen with the lines centred (a reel's opening)."""
    text = tmp / f"card-{out.stem}.txt"
    text.write_text("\n".join(lines), encoding="utf-8")
    fontsize = max(16, size.height // 20)
    cmd = [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y",
           "-f", "lavfi", "-i", f"color=c=0x202830:s={size.width}x{size.height}:r={FPS}:d={CARD_S}",
           "-f", "lavfi", "-t", str(CARD_S), "-i", "anullsrc=r=48000:cl=stereo",
           "-filter_complex",
           f"[0:v]{_drawtext(text, size, y='(h-text_h)/2', fontsize=fontsize, box=False)},format=yuv420p[v]",
           "-map", "[v]", "-map", "1:a", *_ENCODE, "-shortest", str(out)]
    _run(cmd, out)
    return out


def join(parts: list[Path], out: Path) -> Path:
    """Concatenate clips of the same shape into one file (re-encoded: exact cuts, any source)."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y"]
    for p in parts:
        cmd += ["-i", str(p)]
    streams = "".join(f"[{i}:v:0][{i}:a:0]" for i in range(len(parts)))
    cmd += ["-filter_complex", f"{streams}concat=n={len(parts)}:v=1:a=1[v][a]", "-map", "[v]", "-map", "[a]",
            *_ENCODE, str(out)]
    _run(cmd, out)
    return out


def check_media(highlights: list[Highlight]) -> dict[Path, float | None]:
    """Every file the clips need exists and ffmpeg can read it; their durations. Raises a
    MediaError naming the first missing or unreadable file (before anything is cut)."""
    ffmpeg_exe()
    durations: dict[Path, float | None] = {}
    for f in media_files([h for h in highlights if h.recorded]):
        if not f.is_file():
            raise MediaError("the recording the journal names is missing", file=str(f),
                             fix="put the file back (from a backup) or cut clips without that "
                                 "participant (--participant)")
        durations[f] = probe(f).duration_s
    return durations


def clip_name(h: Highlight) -> str:
    return f"{safe_name(h.participant)}_{safe_name(h.task or 'session')}_{h.kind}_{h.seq}.mp4"


def write_clips(highlights: list[Highlight], folder: Path, *, size: ClipSize = ClipSize(),
                language: str = "en", progress: Callable[[str], None] | None = None) -> list[ClipResult]:
    """One clip per recorded highlight in ``folder``; an index ``clips.csv`` beside them."""
    durations = check_media(highlights)
    folder.mkdir(parents=True, exist_ok=True)
    results: list[ClipResult] = []
    with tempfile.TemporaryDirectory(prefix="uxlab-clips-") as t:
        tmp = Path(t)
        for h in highlights:
            if not h.recorded:
                results.append(ClipResult(h, None, h.missing or "not recorded"))
                continue
            assert h.video is not None
            duration = durations.get(h.video.file)
            if duration is not None and duration <= h.start_s + MIN_CLIP_S:
                results.append(ClipResult(h, None, f"the recording ends at {duration:.1f} s, before this "
                                                   f"moment ({h.video.position_s:.1f} s): cut short by a crash?"))
                continue
            out = folder / clip_name(h)
            if progress:
                progress(f"{out.name}")
            cut_clip(h, out, tmp, size=size, language=language, duration_s=duration)
            results.append(ClipResult(h, out))
    _index(results, folder / "clips.csv")
    return results


def write_reel(problem: Problem, highlights: list[Highlight], folder: Path, *, size: ClipSize = ClipSize(),
               language: str = "en", progress: Callable[[str], None] | None = None) -> ClipResult:
    """One MP4 for a problem: a title card (title, how many participants met it, the
    description), then each recorded observation of it with its caption."""
    recorded = [h for h in highlights if h.recorded]
    out = folder / f"problem-{safe_name(problem.id)}.mp4"
    if not recorded:
        return ClipResult(None, None, f"problem {problem.id}: none of its observations was recorded")
    durations = check_media(recorded)
    folder.mkdir(parents=True, exist_ok=True)
    people = len({h.participant for h in highlights})
    card = [problem.title,
            clip_label("reel_people", language).format(n=people, clips=len(recorded)),
            *textwrap.wrap(problem.description, max(20, size.width // 26))[:4]]
    with tempfile.TemporaryDirectory(prefix="uxlab-reel-") as t:
        tmp = Path(t)
        if progress:
            progress(out.name)
        parts = [title_card(card, tmp / "card.mp4", tmp, size=size)]
        for i, h in enumerate(recorded):
            assert h.video is not None
            duration = durations.get(h.video.file)
            if duration is not None and duration <= h.start_s + MIN_CLIP_S:
                continue  # the file ends before it (cut short by a crash)
            parts.append(cut_clip(h, tmp / f"part-{i}.mp4", tmp, size=size, language=language,
                                  duration_s=duration))
        join(parts, out)
    return ClipResult(None, out)


def _index(results: list[ClipResult], path: Path) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["clip", "participant", "task", "kind", "text", "moment_s", "recording",
                    "start_s", "end_s", "problem", "note"])
        for r in results:
            h = r.highlight
            if h is None:
                continue
            w.writerow([r.path.name if r.path else "", h.participant, h.task, h.kind, h.text,
                        f"{h.moment_s:.3f}", str(h.video.file) if h.video else "",
                        f"{h.start_s:.3f}" if h.video else "", f"{h.end_s:.3f}" if h.video else "",
                        h.problem, r.note])
