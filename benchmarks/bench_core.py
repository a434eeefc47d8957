"""Core benchmarks: load + analyze, Excel export, recorder command latency.

Run: ``.venv/bin/python benchmarks/bench_core.py [--participants 1000] [--tasks 20]``

Figures, each against a floor measured in the same run on the same machine:

1. load + tables + analyze of a study folder of real journals, vs ``pd.read_csv`` of the same
   long attempts table + ``groupby('task').agg`` (target: within 3x);
2. the whole analysed workbook (8 sheets, ~all events) vs ``DataFrame.to_excel(engine="openpyxl")``
   of the raw attempts table alone (target: no slower), with cells/second and peak memory;
3. one recorder command including append + fdatasync, p50 / p99 over 1,000 commands
   (target: p99 <= 5 ms).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import pandas as pd

from uxlab.analysis.metrics import analyze
from uxlab.analysis.tables import load_tables
from uxlab.core.clock import SystemClock
from uxlab.demo import generate_large
from uxlab.export.xlsx import export_xlsx
from uxlab.storage.journal import open_recorder

OUT = Path(__file__).resolve().parent / "out"


def best(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def study_folder(participants: int, tasks: int) -> Path:
    folder = OUT / f"study-{participants}x{tasks}"
    if not (folder / "study.json").exists():
        shutil.rmtree(folder, ignore_errors=True)
        t = time.perf_counter()
        generate_large(folder, participants=participants, tasks=tasks, seed=1)
        print(f"generated {participants} sessions x {tasks} tasks in {time.perf_counter() - t:.1f} s")
    return folder


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--participants", type=int, default=1000)
    ap.add_argument("--tasks", type=int, default=20)
    args = ap.parse_args()
    folder = study_folder(args.participants, args.tasks)
    rows: list[tuple[str, str, str, bool | None]] = []

    # 1. load + analyze vs a pandas floor
    tables = load_tables(folder)
    n_events = len(tables.events)
    t_load = best(lambda: load_tables(folder), 2)
    t_analyze = best(lambda: analyze(tables, by="group"))
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "attempts.csv"
        tables.attempts.to_csv(csv, index=False)
        t_floor = best(lambda: pd.read_csv(csv).groupby("task").agg(
            n=("success", "size"), rate=("success", "mean"), t=("time_s", "median"),
            seq=("seq", "mean")))
    ratio = t_analyze / t_floor
    rows.append(("journals -> tables (load)", f"{t_load * 1000:.0f} ms",
                 f"{len(tables.attempts):,} attempts, {n_events:,} events from {len(tables.participants):,} journals", None))
    rows.append(("analyze(by=group)", f"{t_analyze * 1000:.0f} ms", f"floor read_csv+groupby {t_floor * 1000:.0f} ms; ratio {ratio:.2f}x (target <= 3x)", ratio <= 3))

    # 2. Excel export vs to_excel(openpyxl) of the raw attempts alone
    results = analyze(tables, by="group")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "r.xlsx"
        t = time.perf_counter()
        export_xlsx(tables, results, out)
        t_export = time.perf_counter() - t
        tracemalloc.start()  # a second run for memory: tracing slows Python several-fold
        export_xlsx(tables, results, out)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        cells = (tables.attempts.size + tables.events.size + tables.answers.size
                 + tables.participants.size * 2 + len(results["tasks"]) * 37)
        t = time.perf_counter()
        tables.attempts.to_excel(Path(tmp) / "raw.xlsx", index=False, engine="openpyxl")
        t_raw = time.perf_counter() - t
        raw_cells = tables.attempts.size
    rows.append(("xlsx export (whole workbook)", f"{t_export:.1f} s",
                 f"~{cells:,} cells, {cells / t_export:,.0f} cells/s, peak Python memory {peak / 2**20:.0f} MiB", None))
    rows.append(("floor: attempts.to_excel(openpyxl)", f"{t_raw:.1f} s",
                 f"{raw_cells:,} cells, {raw_cells / t_raw:,.0f} cells/s; whole workbook is "
                 f"{t_raw / t_export:.1f}x faster (target >= 1x)", t_export <= t_raw))

    # 3. recorder latency including fsync
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        rec = open_recorder(Path(tmp) / "P.jsonl", participant="P", clock=SystemClock())
        rec.start_session("P", ["t1"])
        rec.start_task("t1")
        lat = []
        for i in range(1000):
            t = time.perf_counter_ns()
            rec.marker("note" if i % 3 else "error", f"marker {i}")
            lat.append((time.perf_counter_ns() - t) / 1e6)
        rec.sink.close()  # type: ignore[attr-defined]
    lat.sort()
    p50, p99 = statistics.median(lat), lat[int(len(lat) * 0.99) - 1]
    rows.append(("recorder command incl. fdatasync", f"p50 {p50:.2f} ms", f"p99 {p99:.2f} ms, max {lat[-1]:.2f} ms (target p99 <= 5 ms)", p99 <= 5))

    width = max(len(r[0]) for r in rows)
    print(f"\nuxlab core benchmark: {args.participants} participants x {args.tasks} tasks, Python {sys.version.split()[0]}")
    for name, value, detail, ok in rows:
        flag = "" if ok is None else ("PASS " if ok else "FAIL ")
        print(f"{flag:5}{name:<{width}}  {value:>12}  {detail}")
    return 0 if all(r[3] is not False for r in rows) else 1


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    sys.exit(main())
