"""Recording the screen must not slow the moderator's keys: console key latency p99 while the
participant's 1080p screen is recorded at 15 and 30 fps, against the same run without recording,
and the recording's size per hour.

Run: ``.venv/bin/python benchmarks/bench_recording.py [--rounds 3] [--keys 400]``

Each run is ``uxlab selftest``'s measure (keys sent through the X server's XTEST extension; from
the key event's own timestamp to journaled + fsync'd + the log row repainted) in a fresh process
on a private 1920x1080 Xvfb, the study recording that screen (x11grab -> H.264 in Matroska, the
capture in its own process at a lower priority) or not. Conditions alternate within each round so
the machine's other load falls on all of them; printed: the median over rounds with min-max, and
each condition's p99 as a ratio to the no-recording floor of the same round. Target: p99 <= 16 ms
while recording.

Size per hour is measured twice: the console screen of the runs above (mostly still, the event
log scrolling) and FFmpeg's moving test pattern at 1080p (every pixel changing: an upper bound).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CONDITIONS = (0, 15, 30)  # fps; 0 = not recording


def child(fps: int, keys: int) -> int:
    from uxlab.gui.selftest import run_selftest

    result = run_selftest(keys, participants=0, record_fps=fps)
    s = result.summary()
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"p50": s["p50_ms"], "p99": s["p99_ms"], "in_app_p99": s["in_uxlab_p99_ms"],
                      "journaled": s["keys_journaled"],
                      "sent": s["keys_sent"], "recording": result.recording,
                      "capture_cpu_s": cpu.ru_utime + cpu.ru_stime}))
    return 0


def _xvfb() -> tuple[subprocess.Popen[bytes], str]:
    r, w = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                            pass_fds=(w,), stderr=subprocess.DEVNULL)
    os.close(w)
    with os.fdopen(r) as f:
        return proc, ":" + f.readline().strip()


def _run(display: str, fps: int, keys: int) -> dict[str, Any]:
    env = {**os.environ, "DISPLAY": display}
    env.pop("QT_QPA_PLATFORM", None)
    out = subprocess.run([sys.executable, __file__, "--child", str(fps), "--keys", str(keys)],
                         capture_output=True, text=True, env=env, timeout=300)
    if out.returncode != 0:
        raise SystemExit(f"run at {fps} fps failed:\n{out.stderr[-2000:]}")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _pattern_mb_per_hour(seconds: float = 20.0, fps: int = 15) -> float:
    """FFmpeg's moving 1080p test pattern through the capture process: an upper bound."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "pattern.mkv"
        spec = {"source": "screen", "format": "lavfi", "file": f"testsrc2=size=1920x1080:rate={fps}",
                "clock": "pace", "fps": fps, "out": str(out)}
        p = subprocess.Popen([sys.executable, "-m", "uxlab.storage.capture", json.dumps(spec)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert p.stdout is not None and p.stdin is not None
        started = json.loads(p.stdout.readline())
        time.sleep(seconds)
        p.stdin.close()
        stopped = json.loads(p.stdout.readline())
        p.wait(30)
        if started.get("event") != "started" or stopped.get("event") != "stopped":
            raise SystemExit(f"pattern capture failed: {started} {stopped}")
        return out.stat().st_size / 1e6 * 3600 / stopped["seconds"]


def _med(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} (min {min(values):.2f}, max {max(values):.2f})"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keys", type=int, default=400)
    parser.add_argument("--child", type=int, default=None)
    args = parser.parse_args()
    if args.child is not None:
        return child(args.child, args.keys)

    xvfb, display = _xvfb()
    runs: dict[int, list[dict[str, Any]]] = {fps: [] for fps in CONDITIONS}
    try:
        for r in range(args.rounds):
            for fps in CONDITIONS if r % 2 == 0 else reversed(CONDITIONS):
                res = _run(display, fps, args.keys)
                runs[fps].append(res)
                print(f"round {r + 1}: {'no recording' if not fps else f'{fps} fps'}: p99 {res['p99']} ms "
                      f"({res['journaled']}/{res['sent']} keys journaled)", file=sys.stderr)
    finally:
        xvfb.terminate()
        xvfb.wait(5)

    print(f"Console key latency, {args.keys} keys per run, {args.rounds} rounds, 1920x1080 screen "
          f"(median over rounds, min-max):")
    floor = [r["p99"] for r in runs[0]]
    for fps in CONDITIONS:
        p99 = [r["p99"] for r in runs[fps]]
        p50 = [r["p50"] for r in runs[fps]]
        in_app = [r["in_app_p99"] for r in runs[fps]]
        line = (f"  {'not recording' if not fps else f'recording {fps} fps':16s} p50 {_med(p50)} ms, "
                f"p99 {_med(p99)} ms (in uxlab: p99 {_med(in_app)} ms)")
        if fps:
            ratios = [a / b for a, b in zip(p99, floor, strict=True)]
            rec = runs[fps]
            mb_h = [r["recording"]["bytes"] / 1e6 * 3600 / r["recording"]["seconds"] for r in rec]
            cpu = [r["capture_cpu_s"] / r["recording"]["seconds"] * 100 for r in rec]
            line += (f"; p99 / floor {_med(ratios)}; console screen {_med(mb_h)} MB/hour; "
                     f"capture CPU {_med(cpu)} % of one core")
        print(line)
    for fps in CONDITIONS[1:]:
        print(f"  moving 1080p test pattern at {fps} fps: {_pattern_mb_per_hour(fps=fps):.0f} MB/hour (upper bound)")
    worst = max(statistics.median([r["p99"] for r in runs[fps]]) for fps in CONDITIONS[1:])
    print(f"{'PASS' if worst <= 16 else 'FAIL'}: key latency p99 while recording {worst:.2f} ms (target <= 16 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
