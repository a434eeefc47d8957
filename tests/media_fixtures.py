"""Real media files and real journals for the recording review tests.

Videos are made by ffmpeg (the binary of the imageio-ffmpeg wheel, or one on PATH). Every frame
carries its own number twice: as a 16-bit barcode in the top band (white block = 1, read back
exactly from a decoded frame, whatever the compression) and as burnt-in text for a person
looking at a screenshot. Journals are written through uxlab's own recorder and journal writer.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from uxlab.core.clock import FakeClock
from uxlab.core.recorder import Recorder
from uxlab.core.study import Participant, Study, Task
from uxlab.storage.journal import open_recorder
from uxlab.storage.study_files import journal_path, save_study, sessions_dir

BITS = 12
BLOCK = 40  # px per bit
WIDTH, HEIGHT = BITS * BLOCK, 160
BAND = 40  # barcode band height


def ffmpeg_exe() -> str:
    try:
        import imageio_ffmpeg

        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except (ImportError, RuntimeError):
        found = shutil.which("ffmpeg")
        if not found:
            pytest.skip("no ffmpeg: install the imageio-ffmpeg wheel (pip install imageio-ffmpeg)")
        return found


def make_video(path: Path, seconds: float, fps: int = 10, audio: bool = False) -> Path:
    """A ``seconds`` long video at ``fps`` whose frame n shows n as a barcode and as text.
    ``.mkv``: Matroska; ``.mp4``: fragmented MP4 (as a crash-safe recorder writes them)."""
    bar = "+".join(f"255*bitand(floor(N/{2 ** b}),1)*between(X,{b * BLOCK},{(b + 1) * BLOCK - 1})"
                   for b in range(BITS))
    geq = f"geq=lum='if(lt(Y,{BAND}),{bar},40)':cb=128:cr=128"
    text = "drawtext=text='%{frame_num}  %{pts\\:hms}':x=10:y=70:fontsize=28:fontcolor=white"
    cmd = [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y",
           "-f", "lavfi", "-i", f"color=c=black:s={WIDTH}x{HEIGHT}:r={fps}:d={seconds}"]
    if audio:
        cmd += ["-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}"]
    cmd += ["-vf", f"{geq},{text},format=yuv420p", "-c:v", "libx264", "-preset", "ultrafast",
            "-g", str(fps), "-qp", "10"]
    if audio:
        cmd += ["-c:a", "aac" if path.suffix == ".mp4" else "libopus"]
    if path.suffix == ".mp4":
        cmd += ["-movflags", "+frag_keyframe+empty_moov+default_base_moof"]
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([*cmd, str(path)], check=True, capture_output=True, timeout=120)
    return path


def gray_frame(path: Path, position_s: float, size: tuple[int, int] = (WIDTH, HEIGHT)) -> np.ndarray:
    """The frame shown at ``position_s`` (accurate seek), as a gray image (rows x columns)."""
    w, h = size
    out = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-ss", f"{position_s:.3f}", "-i", str(path),
         "-frames:v", "1", "-vf", f"scale={w}:{h}", "-f", "rawvideo", "-pix_fmt", "gray", "-"],
        check=True, capture_output=True, timeout=60).stdout
    return np.frombuffer(out, np.uint8).reshape(h, w)


def frame_number(img: np.ndarray, top: int = 0, left: int = 0, scale: float = 1.0) -> int:
    """Read the barcode (drawn at ``scale``, from ``top``, ``left``): bit b is the mean of its
    block in the band."""
    block, band_h, m = BLOCK * scale, BAND * scale, 5 * scale
    band = img[int(top + m): int(top + band_h - m)]
    n = 0
    for b in range(BITS):
        cell = band[:, int(left + b * block + m): int(left + (b + 1) * block - m)]
        if float(cell.mean()) > 128:
            n |= 1 << b
    return n


def frame_at(path: Path, position_s: float) -> int:
    return frame_number(gray_frame(path, position_s))


def probe(path: Path) -> dict[str, Any]:
    """Streams and duration from ffmpeg's own reading of the file (ffprobe's figures)."""
    from uxlab.analysis.ffmpeg import probe as uxprobe

    return uxprobe(path).__dict__


# ------------------------------------------------------------------ journals
def study(folder: Path, participants: tuple[str, ...] = ("P01",)) -> Path:
    save_study(folder, Study(
        title="Recorded study",
        tasks=[Task("a", {"en": "Find a pizza"}, {"en": "Find"}), Task("b", {"en": "Pay"}, {"en": "Pay"})],
        participants=[Participant(p) for p in participants],
    ))
    return folder


def journal_event(rec: Recorder, kind: str, at_t_ns: int | None = None, **data: Any) -> None:
    """Journal one recording event through the recorder's own method for it (and its fsync'd
    writer), as the capture side does."""
    if kind == "recording_started":
        assert at_t_ns is not None
        rec.recording_started(data["segment"], data["files"], at_t_ns, data.get("offsets_ns"))
    else:
        getattr(rec, kind)(**data)


def recorder(folder: Path, pid: str, clock: FakeClock) -> Recorder:
    return open_recorder(journal_path(folder, pid), participant=pid, clock=clock)


def media_dir(folder: Path, pid: str) -> Path:
    return sessions_dir(folder) / f"{pid}.media"


FPS = 10
S = 1_000_000_000  # ns per second


def recorded_study(folder: Path, *, camera: bool = True) -> dict[str, Any]:
    """A study whose participant P01 was recorded in two segments: uxlab was killed while task
    b ran (segment 1, screen + camera; the camera failed before the kill), then resumed and
    recorded the screen only (segment 2). P02 declined recording. Returns the moments (session
    ns), the files and the journal's sequence numbers the tests check."""
    study(folder, ("P01", "P02"))
    clock = FakeClock()
    rec = recorder(folder, "P01", clock)
    rec.start_session("P01", ["a", "b"])
    journal_event(rec, "recording_consent", given=True, sources=["screen", "camera"])
    clock.advance(1)
    seg1 = {"screen": "P01.media/P01-s01-screen.mkv"}
    if camera:
        seg1["camera"] = "P01.media/P01-s01-camera.mp4"
    journal_event(rec, "recording_started", rec.now_t_ns(), segment=1, files=seg1,
                  offsets_ns={"camera": 200_000_000})
    facts: dict[str, Any] = {"seg1_at": rec.now_t_ns()}
    clock.advance(1)
    rec.start_task("a")  # t = 2 s
    clock.advance(3)
    facts["critical"] = rec.marker("critical", "Could not find the basket").seq  # 5 s
    clock.advance(1)
    facts["camera_failed_at"] = rec.now_t_ns()
    journal_event(rec, "recording_failed", source="camera", text="camera unplugged")  # 6 s
    clock.advance(1)
    facts["note"] = rec.marker("note", "Reads the price twice").seq  # 7 s
    facts["observation"] = rec.observe_problem("Basket icon not recognised").seq  # 7 s
    clock.advance(0.5)
    rec.end_task("fail")  # 7.5 s
    clock.advance(0.5)
    rec.start_task("b")  # 8 s
    clock.advance(1.5)
    facts["before_kill"] = rec.marker("error", "Typed the card number in the name field").seq  # 9.5 s
    facts["kill_at"] = rec.now_t_ns()
    rec.sink.close()  # killed: no stop, no end
    seg1_len = 10.5  # the file holds about a second after the last journaled moment
    clock.advance(30)  # the crash gap: not on the session clock
    rec = recorder(folder, "P01", clock)  # session_resumed, task_paused
    facts["resumed_seq"] = rec.state.last_seq
    clock.advance(0.5)
    seg2 = {"screen": "P01.media/P01-s02-screen.mkv"}
    facts["seg2_at"] = rec.now_t_ns()
    journal_event(rec, "recording_started", rec.now_t_ns(), segment=2, files=seg2)
    clock.advance(0.5)
    rec.resume()
    clock.advance(2)
    facts["after_resume"] = rec.marker("critical", "Gave up on the form").seq
    clock.advance(1)
    rec.end_task("abandoned")
    clock.advance(0.5)
    facts["seg2_stop_at"] = rec.now_t_ns()
    journal_event(rec, "recording_stopped", segment=2)
    clock.advance(0.5)
    rec.end_session()
    rec.sink.close()
    seg2_len = (facts["seg2_stop_at"] - facts["seg2_at"]) / S + 0.3
    base = sessions_dir(folder)
    facts["screen1"] = make_video(base / seg1["screen"], seg1_len, FPS, audio=True)
    if camera:
        # the camera's media zero is 0.2 s later than the screen's: its offset says so
        facts["camera1"] = make_video(base / seg1["camera"], 6.0, FPS)
    facts["screen2"] = make_video(base / seg2["screen"], seg2_len, FPS)
    # P02 said no: nothing is recorded
    rec2 = recorder(folder, "P02", FakeClock())
    rec2.start_session("P02", ["a"])
    journal_event(rec2, "recording_consent", given=False, sources=[])
    rec2.start_task("a")
    rec2.marker("critical", "Lost")
    rec2.end_task("fail")
    rec2.end_session()
    rec2.sink.close()
    return facts


def make_tone(path: Path, seconds: float, frequency: int = 660) -> Path:
    """A sound-only file (Matroska audio, Opus): a steady tone."""
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                    f"sine=frequency={frequency}:duration={seconds}", "-c:a", "libopus", str(path)],
                   check=True, capture_output=True, timeout=120)
    return path


def audio_rms(path: Path) -> float:
    """Root mean square of a file's first sound track (16-bit scale), decoded by ffmpeg."""
    out = subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-i", str(path), "-map", "0:a:0",
                          "-f", "s16le", "-ac", "1", "-ar", "16000", "-"],
                         check=True, capture_output=True, timeout=60).stdout
    samples = np.frombuffer(out, np.int16).astype(np.float64)
    return float(np.sqrt(np.mean(samples ** 2))) if samples.size else 0.0


def voiced_study(folder: Path) -> dict[str, Any]:
    """P01 recorded with the screen in one file (no sound) and the voice in another, whose
    media zero is 0.5 s later (its offset says so); a critical incident 3 s into the task."""
    study(folder)
    clock = FakeClock()
    rec = recorder(folder, "P01", clock)
    rec.start_session("P01", ["a"])
    journal_event(rec, "recording_consent", given=True, sources=["screen", "voice"])
    journal_event(rec, "recording_started", rec.now_t_ns(), segment=1,
                  files={"screen": "P01.media/s.mkv", "voice": "P01.media/v.mka"},
                  offsets_ns={"voice": -500_000_000})
    rec.start_task("a")
    clock.advance(3)
    seq = rec.marker("critical", "Sighs").seq
    clock.advance(3)
    rec.end_task("fail")
    rec.end_session()
    rec.sink.close()
    return {"critical": seq, "screen": make_video(media_dir(folder, "P01") / "s.mkv", 6.5),
            "voice": make_tone(media_dir(folder, "P01") / "v.mka", 6.0)}
