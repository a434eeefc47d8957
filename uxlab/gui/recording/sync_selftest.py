"""``uxlab selftest --recording``: how far the screen recording is from the journal, measured.

A scratch study that records the screen is opened in the real main window and a session starts
(consent given, recording at 30 fps through the same capture process as a lab session). A full
screen window then flashes numbered code patterns: each flash is painted, the window system is
synced (the picture is in the X server), and the moment is journaled as a marker, like any key.
After the session the video is decoded; for each flash the first frame showing its code gives
its video time. The offset is video time - (journaled moment - the segment's ``at_t_ns``): what a
reviewer jumping to the event would be off by. A perfect recorder at 30 fps is 0-33 ms late
(the next frame grabbed after the flash). Linux/X11 only.
"""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TARGET_P95_MS = 34.0
MAX_PAINT_MS = 10.0  # a flash whose painting took longer is shown again (its moment is vague)
GRID = 4  # 4 x 4 cells: 4 corner sentinels, 12 bits of code
SENTINELS = {0: (220, 30, 30), GRID - 1: (220, 30, 30), GRID * (GRID - 1): (30, 200, 30),
             GRID * GRID - 1: (30, 200, 30)}
CODE_CELLS = [i for i in range(GRID * GRID) if i not in SENTINELS]


def code_colors(code: int) -> list[tuple[int, int, int]]:
    """The colour of each cell (row by row) for ``code`` (1..4095)."""
    colors: list[tuple[int, int, int]] = [(128, 128, 128)] * (GRID * GRID)
    for i, rgb in SENTINELS.items():
        colors[i] = rgb
    for bit, cell in enumerate(CODE_CELLS):
        colors[cell] = (255, 255, 255) if code >> bit & 1 else (0, 0, 0)
    return colors


def read_code(rgb: Any) -> int | None:
    """The code shown in an RGB image (numpy H x W x 3), or None (no flash, or a torn one)."""
    h, w = rgb.shape[:2]

    def cell(i: int) -> tuple[int, int, int]:
        r, c = divmod(i, GRID)
        y, x = int((r + 0.5) * h / GRID), int((c + 0.5) * w / GRID)
        px = rgb[y - 2:y + 3, x - 2:x + 3].reshape(-1, 3).mean(axis=0)
        return int(px[0]), int(px[1]), int(px[2])

    for i, (r, g, _b) in SENTINELS.items():
        pr, pg, pb = cell(i)
        if (r > g and not (pr > 150 and pg < 100 and pb < 100)) or (g > r and not (pg > 140 and pr < 100 and pb < 100)):
            return None
    code = 0
    for bit, i in enumerate(CODE_CELLS):
        v = sum(cell(i)) / 3
        if v > 190:
            code |= 1 << bit
        elif v > 65:
            return None  # grey: not a clean code
    return code or None


@dataclass
class SyncResult:
    flashes: int
    found: int
    offsets_ms: list[float]  # video - journal, per flash found
    paint_ms: list[float]  # how long painting and syncing each flash took (its uncertainty)
    fps: int
    size: str
    redone: int = 0  # flashes shown again because painting them was stalled

    def summary(self) -> dict[str, Any]:
        a = sorted(abs(v) for v in self.offsets_ms)
        s = sorted(self.offsets_ms)

        def q(values: list[float], p: float) -> float | None:
            return round(values[min(len(values) - 1, int(p * len(values)))], 1) if values else None

        ok = bool(a) and self.found == self.flashes and (q(a, 0.95) or 0) <= TARGET_P95_MS
        return {"flashes": self.flashes, "found": self.found, "fps": self.fps, "size": self.size,
                "offset_p50_ms": q(s, 0.5), "abs_offset_p95_ms": q(a, 0.95),
                "abs_offset_max_ms": round(a[-1], 1) if a else None,
                "offset_min_ms": round(s[0], 1) if s else None,
                "paint_p95_ms": q(sorted(self.paint_ms), 0.95), "flashes_redone": self.redone,
                "target_p95_ms": TARGET_P95_MS, "pass": ok}

    def verdict(self) -> str:
        s = self.summary()
        return (f"{'PASS' if s['pass'] else 'FAIL'}: {s['found']}/{s['flashes']} flashes found in the "
                f"recording ({s['size']} at {s['fps']} fps); video time - journal time: p50 "
                f"{s['offset_p50_ms']} ms, |offset| p95 {s['abs_offset_p95_ms']} ms, max "
                f"{s['abs_offset_max_ms']} ms (target p95 <= {TARGET_P95_MS:g} ms)")


def run_recording_selftest(flashes: int = 40, fps: int = 30, progress: Any = None) -> SyncResult:
    import os

    from uxlab.gui.selftest import SelftestError

    if not os.environ.get("DISPLAY"):
        raise SelftestError("no X display: run it under Xvfb: xvfb-run -a uxlab selftest --recording")
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ.pop("UXLAB_RECORDING_SYNTHETIC", None)  # the real screen, grabbed from the X server
    from PySide6.QtGui import QColor, QGuiApplication, QPainter
    from PySide6.QtWidgets import QWidget

    from uxlab.core.study import Participant
    from uxlab.demo import write_demo
    from uxlab.gui.app import make_app
    from uxlab.gui.main_window import MainWindow
    from uxlab.gui.recording.session_recording import FAILED, RECORDING
    from uxlab.storage.journal import read_journal
    from uxlab.storage.study_files import journal_path, load_study, save_study

    say = progress or (lambda _text: None)
    scratch = Path(tempfile.mkdtemp(prefix="uxlab-selftest-rec-"))
    try:
        folder = scratch / "study"
        write_demo(folder, participants=2)
        study = load_study(folder)
        study.recording = "screen"
        save_study(folder, study)
        app = make_app(["uxlab-selftest"])
        app.setOrganizationName("uxlab-selftest")
        window = MainWindow()
        window.resize(1280, 800)
        window.show()
        window.open_study(folder)
        window.tabs.setCurrentWidget(window.run)
        run = window.run
        run.recording.fps = fps
        run.recording.ask_consent = lambda _sources: True
        screen = QGuiApplication.primaryScreen()
        run.bar.screen_box.setCurrentIndex(max(0, run.bar.screen_box.findData(0)))
        pid = "SELFTEST"
        run.open_session(pid, Participant(pid))
        deadline = time.monotonic() + 20
        while run.recording.state not in (RECORDING, FAILED) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        if run.recording.state != RECORDING:
            raise SelftestError("the screen recording did not start: "
                                + "; ".join(f"{s}: {why}" for s, why in run.recording.failures))

        class Flash(QWidget):
            colors: list[tuple[int, int, int]] | None = None

            def paintEvent(self, _event: Any) -> None:
                p = QPainter(self)
                w, h = self.width(), self.height()
                for i, rgb in enumerate(self.colors or [(128, 128, 128)] * (GRID * GRID)):
                    r, c = divmod(i, GRID)
                    p.fillRect(c * w // GRID, r * h // GRID, w // GRID + 1, h // GRID + 1, QColor(*rgb))
                p.end()

        flash = Flash()
        flash.setScreen(screen)
        flash.setGeometry(screen.geometry())
        flash.show()
        flash.raise_()
        _wait(app, 0.5)
        say(f"flashing {flashes} codes on the recorded screen ...")
        rng = random.Random(7)
        codes = rng.sample(range(1, 1 << len(CODE_CELLS)), flashes * 3)
        moments: dict[int, int] = {}
        paint_ms: list[float] = []
        redone = 0
        for code in codes:
            if len(moments) == flashes:
                break
            _wait(app, rng.uniform(0.15, 0.35))  # a random phase against the frame grid
            flash.colors = code_colors(code)
            before = run.controller.now()
            flash.repaint()
            QGuiApplication.sync()  # the picture is in the X server now
            after = run.controller.now()
            _wait(app, 0.2)
            flash.colors = None
            flash.repaint()
            QGuiApplication.sync()
            # The picture reached the screen between before and after. A busy machine can stall
            # this process in between: then the moment is not known to MAX_PAINT_MS, and the
            # flash is shown again under another code (counted in the result).
            if (after - before) / 1e6 > MAX_PAINT_MS:
                redone += 1
                continue
            paint_ms.append((after - before) / 1e6)
            run.controller.marker("note", f"flash {code}", after)
            moments[code] = after
        _wait(app, 0.5)
        flash.close()
        run.controller.close()
        window.close()
        events = read_journal(journal_path(folder, pid)).events
        started = next(e for e in events if e.kind == "recording_started")
        video = folder / "sessions" / started.data["files"]["screen"]
        say("finding the codes in the recording ...")
        seen, size = _first_frames(video)
        offsets = [(seen[c] - (m - started.data["at_t_ns"])) / 1e6 for c, m in moments.items() if c in seen]
        return SyncResult(len(moments), len(offsets), offsets, paint_ms, fps, size, redone)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _first_frames(video: Path) -> tuple[dict[int, int], str]:
    """code -> position (ns) of the first frame showing it."""
    import av

    seen: dict[int, int] = {}
    with av.open(str(video)) as c:
        stream = c.streams.video[0]
        size = f"{stream.codec_context.width}x{stream.codec_context.height}"
        for frame in c.decode(stream):
            small = frame.reformat(width=160, height=100, format="rgb24").to_ndarray()
            code = read_code(small)
            if code is not None and code not in seen and frame.pts is not None:
                seen[code] = int(frame.pts * frame.time_base * 1_000_000_000)
    return seen, size


def _wait(app: Any, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.002)
