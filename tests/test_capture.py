"""The capture process (uxlab/storage/capture.py) on real files, file systems and an X server:
a kill -9 leaves a playable file, a full disk and a missing camera or codec are reported as one
line (the console journals it), a clean stop finishes the file."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import av
import pytest


def _start(spec: dict[str, Any], env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "uxlab.storage.capture", json.dumps(spec)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, **(env or {})})


def _line(p: subprocess.Popen[bytes]) -> dict[str, Any]:
    assert p.stdout is not None
    return dict(json.loads(p.stdout.readline()))


def _last_pts_s(path: Path) -> tuple[float, int]:
    """The playable length: the last packet that demuxes, and how many frames decode."""
    with av.open(str(path)) as c:
        stream = c.streams.video[0]
        last = float(max(p.pts for p in c.demux(stream) if p.pts is not None) * stream.time_base)
    with av.open(str(path)) as c:
        decoded = sum(1 for _ in c.decode(video=0))
    return last, decoded


SYNTHETIC_SCREEN = {"source": "screen", "format": "lavfi", "file": "testsrc2=size=640x360:rate=15",
                    "clock": "pace", "fps": 15}


@pytest.fixture
def xvfb() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (Debian: xvfb)")
    r, w = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", "1280x720x24", "-nolisten", "tcp"],
                            pass_fds=(w,), stderr=subprocess.DEVNULL)
    os.close(w)
    with os.fdopen(r) as f:
        display = ":" + f.readline().strip()
    try:
        yield display
    finally:
        proc.terminate()
        proc.wait(5)


@pytest.mark.slow
def test_kill_9_leaves_a_playable_screen_recording(xvfb: str, tmp_path: Path) -> None:
    out = tmp_path / "P01-s01-screen.mkv"
    spec = {"source": "screen", "format": "x11grab", "file": f"{xvfb}+0,0", "fps": 30, "out": str(out),
            "options": {"framerate": "30", "video_size": "1280x720", "draw_mouse": "0"}}
    p = _start(spec)
    started = _line(p)
    assert started["event"] == "started" and started["width"] == 1280
    time.sleep(4.0)
    os.kill(p.pid, signal.SIGKILL)
    killed_at_s = (time.monotonic_ns() - started["mono_ns"]) / 1e9
    p.wait(5)
    last_s, decoded = _last_pts_s(out)
    # playable up to a few seconds before the kill (clusters close every second)
    assert killed_at_s - 3.0 <= last_s <= killed_at_s, (last_s, killed_at_s)
    assert decoded >= 30 * (last_s - 1)


def test_clean_stop_finishes_the_file(tmp_path: Path) -> None:
    out = tmp_path / "screen.mkv"
    p = _start({**SYNTHETIC_SCREEN, "out": str(out)})
    assert _line(p)["event"] == "started"
    time.sleep(1.5)
    assert p.stdin is not None
    p.stdin.write(b"stop\n")
    p.stdin.flush()
    stopped = _line(p)
    assert p.wait(10) == 0
    assert stopped["event"] == "stopped" and stopped["frames"] >= 15
    with av.open(str(out)) as c:  # the index is written: the length is in the header
        assert c.duration is not None and c.duration / 1e6 == pytest.approx(stopped["seconds"], abs=0.3)


def test_the_app_going_away_stops_the_capture(tmp_path: Path) -> None:
    """stdin closing (the console quit or was killed) ends the recording with a finished file."""
    out = tmp_path / "screen.mkv"
    p = _start({**SYNTHETIC_SCREEN, "out": str(out)})
    assert _line(p)["event"] == "started"
    assert p.stdin is not None
    p.stdin.close()
    assert _line(p)["event"] == "stopped"
    assert p.wait(10) == 0


def test_full_disk_is_reported(tmp_path: Path) -> None:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    disk = tmp_path / "small"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(disk)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        spec = {**SYNTHETIC_SCREEN, "file": "testsrc2=size=1280x720:rate=30", "fps": 30, "crf": 10,
                "out": str(disk / "screen.mkv")}
        p = _start(spec)
        lines = []
        assert p.stdout is not None
        for raw in p.stdout:
            lines.append(json.loads(raw))
        assert p.wait(30) == 1
        assert lines[-1] == {"event": "failed", "text": "the disk is full"}
    finally:
        subprocess.run(["umount", str(disk)], check=False)


def test_missing_camera_is_reported(tmp_path: Path) -> None:
    p = _start({"source": "camera", "format": "v4l2", "file": str(tmp_path / "video9"), "fps": 15,
                "out": str(tmp_path / "camera.mkv")})
    line = _line(p)
    assert p.wait(10) == 1
    assert line["event"] == "failed" and line["text"].startswith("no such device or file")
    assert not (tmp_path / "camera.mkv").exists()


def test_missing_codec_is_reported(tmp_path: Path) -> None:
    p = _start({**SYNTHETIC_SCREEN, "codec": "no-such-encoder", "out": str(tmp_path / "s.mkv")})
    line = _line(p)
    assert p.wait(10) == 1
    assert line["event"] == "failed" and "no-such-encoder" in line["text"]


def test_synthetic_microphone_records_aac(tmp_path: Path) -> None:
    out = tmp_path / "voice.mka"
    p = _start({"source": "voice", "format": "lavfi", "file": "sine=frequency=440:sample_rate=48000",
                "clock": "pace", "out": str(out)})
    assert _line(p)["event"] == "started"
    time.sleep(1.5)
    assert p.stdin is not None
    p.stdin.close()
    assert _line(p)["event"] == "stopped"
    p.wait(10)
    with av.open(str(out)) as c:
        a = c.streams.audio[0]
        assert a.codec_context.name == "aac" and a.sample_rate == 48000
        samples = sum(f.samples for f in c.decode(audio=0))
    assert 1.3 * 48000 <= samples <= 2.5 * 48000


def test_flash_codes_read_back_through_the_encoder(tmp_path: Path) -> None:
    """Each selftest code survives H.264 at the recorder's quality and is read back exactly;
    the neutral grey screen reads as no code."""
    import numpy as np

    from uxlab.gui.recording.sync_selftest import GRID, code_colors, read_code

    out = tmp_path / "codes.mkv"
    codes = [1, 2, 1234, 4095, 2730]
    with av.open(str(out), "w") as c:
        s = c.add_stream("libx264", rate=10, options={"preset": "ultrafast", "crf": "30"})
        s.width, s.height, s.pix_fmt = 640, 400, "yuv420p"
        for i, code in enumerate([*codes, None]):
            img = np.full((400, 640, 3), 128, np.uint8)
            if code is not None:
                for cell, rgb in enumerate(code_colors(code)):
                    r, col = divmod(cell, GRID)
                    img[r * 100:(r + 1) * 100, col * 160:(col + 1) * 160] = rgb
            frame = av.VideoFrame.from_ndarray(img, format="rgb24")
            frame.pts = i
            for p in s.encode(frame):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)
    with av.open(str(out)) as c:
        read = [read_code(f.reformat(width=160, height=100, format="rgb24").to_ndarray()) for f in c.decode(video=0)]
    assert read == [*codes, None]
