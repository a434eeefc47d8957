"""Drive the real uxlab app with OS-level input: an X server (Xvfb), a click-to-focus window
manager (openbox) and xdotool, which types and clicks through the X server exactly as a keyboard
and a mouse do. The app runs as its own process (``python -m uxlab STUDY``) and writes where its
named controls are (UXLAB_WIDGET_MAP); the test reads the journal afterwards.

Nothing here talks to a widget directly: a key goes to whatever window the window manager
focused, a click lands wherever the pointer is.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

TOOLS = ("Xvfb", "xdotool", "openbox")


def missing_tools() -> list[str]:
    return [t for t in TOOLS if shutil.which(t) is None]


@contextmanager
def desktop(width: int = 1280, height: int = 800) -> Iterator[str]:
    """An X display with a window manager; yields the DISPLAY value."""
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    deadline = time.monotonic() + 20
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    display = f":{number.decode().strip()}"
    env = {**os.environ, "DISPLAY": display}
    wm = subprocess.Popen(["openbox", "--sm-disable"], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    try:
        yield display
    finally:
        for p in (wm, xvfb):
            p.terminate()
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()


def wall_of(event: dict[str, Any]) -> float:
    """The wall-clock moment of a journal event: when it was written, minus the gap between the
    key (at_t_ns) and the write (t_ns)."""
    written = datetime.fromisoformat(event["wall"].replace("Z", "+00:00")).timestamp()
    at = event.get("at_t_ns", event["t_ns"])
    return written - (event["t_ns"] - at) / 1e9


@dataclass
class Sent:
    """What the robot did and when (wall clock, the midpoint of the xdotool call)."""

    what: str
    wall: float


@dataclass
class App:
    display: str
    study: Path
    home: Path
    language: str = "en"
    proc: subprocess.Popen[bytes] | None = None
    sent: list[Sent] = field(default_factory=list)

    @property
    def map_file(self) -> Path:
        return self.home / "widgets.json"

    def env(self) -> dict[str, str]:
        config = self.home / "config"
        (config / "uxlab").mkdir(parents=True, exist_ok=True)
        conf = config / "uxlab" / "uxlab.conf"
        if not conf.exists():
            conf.write_text(f"[General]\nlanguage={self.language}\n", encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
        env.update({
            "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(config),
            "XDG_DATA_HOME": str(self.home / "data"), "XDG_RUNTIME_DIR": str(self.home / "run"),
            "UXLAB_WIDGET_MAP": str(self.map_file), "UXLAB_CHECKPOINT_MS": "1500",
            "QT_ACCESSIBILITY": "0", "NO_AT_BRIDGE": "1",
        })
        (self.home / "run").mkdir(mode=0o700, exist_ok=True)
        return env

    def start(self) -> App:
        self.home.mkdir(parents=True, exist_ok=True)
        self.map_file.unlink(missing_ok=True)
        log = (self.home / "app.log").open("ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "uxlab", str(self.study)], env=self.env(),
                                     stdout=log, stderr=log)
        self.wait_for("mainWindow/mainWindow", timeout=60)
        time.sleep(0.3)
        return self

    def show_console(self) -> None:
        """Ctrl+2, as the moderator switches to the Run session view."""
        self.key("ctrl+2", "show the console")
        self.wait_for("mainWindow/runView")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def quit(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    # -------------------------------------------------------------- what is on screen
    def widgets(self, newer_than: float = 0.0) -> dict[str, dict[str, Any]]:
        """The app's map of its visible controls, written after ``newer_than`` (wall clock)."""
        for _ in range(100):
            try:
                data = json.loads(self.map_file.read_text(encoding="utf-8"))
                if isinstance(data, dict) and data.pop("_written", 0) > newer_than:
                    return data
            except (OSError, ValueError):
                pass
            time.sleep(0.05)
        return {}

    def wait_for(self, name: str, *, enabled: bool = False, timeout: float = 10) -> dict[str, Any]:
        """Where ``name`` is now: from a map written after this call (the layout may just have
        changed: the rating rows are rebuilt after each answer)."""
        asked = time.time()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise AssertionError(f"uxlab exited ({self.proc.returncode}); see {self.home / 'app.log'}")
            w = self.widgets(asked).get(name)
            if w is not None and (not enabled or w["enabled"]):
                return w
            time.sleep(0.1)
        raise AssertionError(f"{name} did not appear{' enabled' if enabled else ''} within {timeout} s; "
                             f"visible: {sorted(self.widgets())[:80]}")

    # -------------------------------------------------------------- input, through the X server
    def _xdotool(self, *args: str) -> float:
        before = time.time()
        subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": self.display}, check=True)
        return (before + time.time()) / 2

    def click(self, name: str, what: str = "") -> float:
        w = self.wait_for(name, enabled=True)
        x, y = w["x"] + w["w"] // 2, w["y"] + w["h"] // 2
        wall = self._xdotool("mousemove", "--sync", str(x), str(y), "click", "1")
        self.sent.append(Sent(what or f"click {name}", wall))
        return wall

    def key(self, keysym: str, what: str = "") -> float:
        wall = self._xdotool("key", "--delay", "0", keysym)
        self.sent.append(Sent(what or f"key {keysym}", wall))
        return wall

    def type(self, text: str) -> None:
        self._xdotool("type", "--delay", "20", text)

    # -------------------------------------------------------------- the journal
    def journal(self, pid: str) -> list[dict[str, Any]]:
        return journal_events(self.study / "sessions" / f"{pid}.jsonl")

    def wait_event(self, pid: str, test: Callable[[dict[str, Any]], bool], what: str,
                   after: int = 0, timeout: float = 10) -> dict[str, Any]:
        """The first journal event after seq ``after`` that passes ``test``; fails, naming what
        the robot did, when it does not arrive (a key the app dropped)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for e in self.journal(pid):
                if e["seq"] > after and test(e):
                    return e
            time.sleep(0.05)
        kinds = [(e["seq"], e["kind"], e.get("marker") or e.get("item") or "") for e in self.journal(pid)[-8:]]
        raise AssertionError(f"no journal event for: {what} (last events: {kinds}); see {self.home / 'app.log'}")


def journal_events(path: Path) -> list[dict[str, Any]]:
    """The events of a journal the app may be writing as the robot reads: as the app's own reader
    does, only complete lines (ending in a line feed) count."""
    if not path.exists():
        return []
    data = path.read_bytes()
    lines = data[: data.rfind(b"\n") + 1].decode("utf-8").splitlines()
    return [json.loads(line) for line in lines[1:] if line.strip()]


def kind(name: str, **fields: Any) -> Callable[[dict[str, Any]], bool]:
    return lambda e: e["kind"] == name and all(e.get(k) == v for k, v in fields.items())
