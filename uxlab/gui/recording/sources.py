"""Which FFmpeg input records each source on this machine.

- screen: ``x11grab`` of the chosen monitor (X11; the monitor's rectangle on the X screen);
- camera: ``v4l2`` (``UXLAB_CAMERA``, default /dev/video0);
- voice: ``alsa`` (``UXLAB_MICROPHONE``, default "default": PulseAudio / PipeWire route it).

``UXLAB_RECORDING_SYNTHETIC=camera,voice`` (or ``screen``) swaps a source for FFmpeg's
synthetic test pattern / tone: how the tests and CI, which have no camera or microphone, run
every recording path except the device itself.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from PySide6.QtGui import QGuiApplication, QScreen

SYNTHETIC = {
    "screen": "testsrc2=size=1280x720:rate={fps}",
    "camera": "testsrc=size=640x480:rate={fps}",
    "voice": "sine=frequency=440:sample_rate=48000",
}


class Unavailable(Exception):
    """This source cannot be recorded here; the text says why."""


def synthetic_sources() -> set[str]:
    return {s.strip() for s in os.environ.get("UXLAB_RECORDING_SYNTHETIC", "").split(",") if s.strip()}


def input_spec(source: str, screen: QScreen | None, fps: int) -> dict[str, Any]:
    if source in synthetic_sources():
        return {"format": "lavfi", "file": SYNTHETIC[source].format(fps=fps), "clock": "pace"}
    if source == "screen":
        display = os.environ.get("DISPLAY", "")
        if not sys.platform.startswith("linux") or QGuiApplication.platformName() != "xcb" or not display:
            raise Unavailable("screen capture runs on Linux with X11 only for now")
        screen = screen or QGuiApplication.primaryScreen()
        geo, ratio = screen.geometry(), screen.devicePixelRatio()
        x, y = round(geo.x() * ratio), round(geo.y() * ratio)
        w, h = round(geo.width() * ratio), round(geo.height() * ratio)
        return {"format": "x11grab", "file": f"{display}+{x},{y}",
                "options": {"framerate": str(fps), "video_size": f"{w - w % 2}x{h - h % 2}",
                            "draw_mouse": "1"}}
    if not sys.platform.startswith("linux"):
        raise Unavailable(f"{source} capture runs on Linux only for now")
    if source == "camera":
        return {"format": "v4l2", "file": os.environ.get("UXLAB_CAMERA", "/dev/video0"),
                "options": {"framerate": str(fps)}}
    return {"format": "alsa", "file": os.environ.get("UXLAB_MICROPHONE", "default")}
