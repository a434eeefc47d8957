"""Side-by-side timing of whole processes: a command and its floor run alternately, so that
whatever else the machine is doing slows both alike; medians with min-max, and the ratio of
each pair. Peak RSS per process from ``os.wait4`` (the kernel's own count, in KiB on Linux).

Shared by the benchmarks that measure a process from start to finish (``bench_analyze.py``,
``bench_startup.py``); not a benchmark itself.

uxlab's modules are byte-compiled before the first run, as ``pip install`` does when it installs
a package: a machine that sets ``PYTHONDONTWRITEBYTECODE`` (some CI images do) would otherwise
compile every uxlab module from source on every run, which no installed copy does, while the
floors' libraries (pandas, PySide6) come byte-compiled from their wheels.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


@dataclass
class Runs:
    name: str
    seconds: list[float] = field(default_factory=list)
    peak_kib: list[int] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # user + system CPU seconds of the process

    def median(self) -> float:
        return statistics.median(self.seconds)

    def describe(self) -> str:
        s = self.seconds
        mib = statistics.median(self.peak_kib) / 1024
        return (f"{1000 * statistics.median(s):7.0f} ms (min {1000 * min(s):.0f}, max {1000 * max(s):.0f}), "
                f"peak RSS {mib:.0f} MiB")


def run_once(argv: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall time from fork to exit, and the child's peak resident memory in KiB."""
    seconds, kib, _cpu = run_timed(argv, env)
    return seconds, kib


def run_timed(argv: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, int, float]:
    """Wall time from fork to exit, the child's peak resident memory in KiB and its CPU time
    (user + system: what it spent itself, not its waits for a core the machine shares)."""
    t = time.perf_counter()
    proc = subprocess.Popen(list(argv), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, **(env or {})}, cwd=ROOT)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}):\n{err.decode(errors='replace')}")
    return seconds, int(usage.ru_maxrss), usage.ru_utime + usage.ru_stime


def alternate(commands: dict[str, Sequence[str]], repeat: int, env: dict[str, str] | None = None,
              warmup: int = 1) -> dict[str, Runs]:
    """Run each command ``repeat`` times, interleaved (a, b, a, b, ...), after ``warmup`` untimed
    rounds that fill the OS file cache."""
    byte_compile()
    for _ in range(warmup):
        for argv in commands.values():
            run_once(argv, env)
    runs = {name: Runs(name) for name in commands}
    for _ in range(repeat):
        for name, argv in commands.items():
            seconds, kib, cpu = run_timed(argv, env)
            runs[name].seconds.append(seconds)
            runs[name].peak_kib.append(kib)
            runs[name].cpu.append(cpu)
    return runs


def byte_compile() -> None:
    """uxlab's ``.pyc`` files, as an installed copy has them (see the module's docstring)."""
    compileall.compile_dir(ROOT / "uxlab", quiet=1)


def ratio(runs: Runs, floor: Runs) -> str:
    """Median of the pairwise ratios (run i against floor run i), with their min-max."""
    pairs = [a / b for a, b in zip(runs.seconds, floor.seconds, strict=True)]
    mem = statistics.median(runs.peak_kib) / statistics.median(floor.peak_kib)
    text = f"{statistics.median(pairs):.2f}x (min {min(pairs):.2f}, max {max(pairs):.2f}); memory {mem:.2f}x"
    if runs.cpu and floor.cpu:
        cpu = [a / b for a, b in zip(runs.cpu, floor.cpu, strict=True)]
        text += f"; CPU time {statistics.median(cpu):.2f}x (min {min(cpu):.2f}, max {max(cpu):.2f})"
    return text


def median_ratio(runs: Runs, floor: Runs) -> float:
    return statistics.median(a / b for a, b in zip(runs.seconds, floor.seconds, strict=True))
