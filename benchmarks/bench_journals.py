"""Loading a study's journals into tidy tables, next to a floor of JSON parsing + DataFrame.

Run: ``.venv/bin/python benchmarks/bench_journals.py [--participants 1000] [--tasks 20] [--repeat 7]``

The study is ``uxlab.demo.generate_large`` (real journals written by the real recorder, ~166
events per session), cached in ``benchmarks/out/study-<participants>x<tasks>`` like the other
benchmarks'. In one process, alternately:

- floor: read every journal, parse its header and its events with the standard library's
  ``json`` (the parser uxlab uses; one parse per journal), and build one DataFrame of all events
  (``pd.DataFrame(records)``);
- uxlab: ``load_tables(folder)``: the same reading and parsing, every event checked, each
  session replayed (times net of pauses, undone markers, edits), the attempts, answers,
  participants and events tables built.

Target: <= 2x the floor. Peak memory of each, measured once with tracemalloc afterwards (tracing
slows Python several-fold, so it is not timed).
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from uxlab.analysis.tables import load_tables

OUT = Path(__file__).resolve().parent / "out"
TARGET = 2.0


def floor(folder: Path) -> pd.DataFrame:
    loads = json.loads
    records: list[dict[str, Any]] = []
    for path in sorted((folder / "sessions").glob("*.jsonl")):
        lines = path.read_bytes().split(b"\n")
        header = loads(lines[0])
        events = loads(b"[" + b",".join(x for x in lines[1:] if x) + b"]")
        for e in events:
            e["participant"] = header["participant"]
        records.extend(events)
    return pd.DataFrame(records)


def study_folder(participants: int, tasks: int) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_review import study_folder as cached

    return cached(participants, tasks)


def peak_mib(fn: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--participants", type=int, default=1000)
    ap.add_argument("--tasks", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    folder = study_folder(args.participants, args.tasks)
    tables = load_tables(folder)
    n_events = len(tables.events)
    floor(folder)  # warm the file cache
    times: dict[str, list[float]] = {"floor": [], "uxlab": []}
    cpu: dict[str, list[float]] = {"floor": [], "uxlab": []}
    for _ in range(args.repeat):
        for name, fn in (("floor", floor), ("uxlab", load_tables)):
            gc.collect()
            t, c = time.perf_counter(), time.process_time()
            fn(folder)
            times[name].append(time.perf_counter() - t)
            cpu[name].append(time.process_time() - c)
    pairs = [u / f for u, f in zip(times["uxlab"], times["floor"], strict=True)]
    ratio = statistics.median(pairs)
    cpu_pairs = [u / f for u, f in zip(cpu["uxlab"], cpu["floor"], strict=True)]
    mem = {name: peak_mib(lambda fn=fn: fn(folder)) for name, fn in (("floor", floor), ("uxlab", load_tables))}

    def describe(s: list[float]) -> str:
        return f"{1000 * statistics.median(s):6.0f} ms (min {1000 * min(s):.0f}, max {1000 * max(s):.0f})"

    print(f"journals -> tables: {len(tables.participants):,} journals, {n_events:,} events, "
          f"{len(tables.attempts):,} attempts; "
          f"{args.repeat} alternate runs, Python {sys.version.split()[0]}")
    print(f"    floor (parse + DataFrame)     {describe(times['floor'])}, peak {mem['floor']:.0f} MiB")
    print(f"    uxlab load_tables             {describe(times['uxlab'])}, peak {mem['uxlab']:.0f} MiB")
    print(f"    ratio                         {ratio:.2f}x (min {min(pairs):.2f}, max {max(pairs):.2f}); "
          f"memory {mem['uxlab'] / mem['floor']:.2f}x (target <= {TARGET:g}x)")
    # CPU time: what the process itself spent; waiting for a core shared with other work is
    # not in it, so on a busy machine it swings less than the elapsed time
    print(f"    CPU time ratio                {statistics.median(cpu_pairs):.2f}x (min {min(cpu_pairs):.2f}, "
          f"max {max(cpu_pairs):.2f}); floor {1000 * statistics.median(cpu['floor']):.0f} ms, "
          f"uxlab {1000 * statistics.median(cpu['uxlab']):.0f} ms")
    ok = ratio <= TARGET
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
