"""Findings benchmark: how long the Problems view's numbers take on a large formative study.

Run: ``.venv/bin/python benchmarks/bench_findings.py [--participants 500] [--problems 150]
[--repeat 7]``

A study is recorded through the real recorder (fsync skipped while generating: speed of the
analysis only): each participant meets each problem with chance 0.16 (the MACERR matrix's mean,
Lewis 2001) and logs one problem observation per problem met, linked live; problems.json lists
the problems. Cached in ``benchmarks/out/findings-<participants>x<problems>``.

Figures (median, min-max over ``repeat`` alternating runs, so machine load hits both alike):
- floor: ``build_tables`` on the loaded study (what the review view already pays);
- ``build_findings``: observations replayed, linked, matrix, summary, discovery;
- one audited save of an edit (``update_problem`` + ``save_problems``), against the floor of an
  atomic write of the same snapshot bytes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from uxlab.analysis.problems import build_findings
from uxlab.analysis.tables import build_tables
from uxlab.core import problems as pm
from uxlab.core.clock import FakeClock
from uxlab.core.study import Participant, Study, Task
from uxlab.storage.atomic import atomic_write_bytes
from uxlab.storage.journal import open_recorder
from uxlab.storage.problems_file import load_problems, problems_path, save_problems
from uxlab.storage.study_files import journal_path, open_study, save_study

OUT = Path(__file__).resolve().parent / "out"


def make_study(participants: int, problems: int) -> Path:
    folder = OUT / f"findings-{participants}x{problems}"
    if (folder / "problems.json").exists():
        return folder
    tmp = OUT / f".tmp-findings-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    rng = np.random.default_rng(1)
    ids = [f"P{i:04d}" for i in range(1, participants + 1)]
    tasks = [f"t{i}" for i in range(1, 6)]
    save_study(tmp, Study(title="bench", tasks=[Task(t, {"en": t}, {"en": t}) for t in tasks],
                          participants=[Participant(p) for p in ids]))
    pl = pm.ProblemList()
    changes = []
    for i in range(problems):
        changes += pm.create_problem(pl, f"Problem {i + 1}", severity=int(rng.integers(1, 5)))[1]
    save_problems(tmp, pl, changes)
    real_fsync, real_fdatasync = os.fsync, getattr(os, "fdatasync", None)
    os.fsync = lambda _fd: None  # type: ignore[assignment]
    os.fdatasync = lambda _fd: None  # type: ignore[assignment]
    try:
        for pid in ids:
            clock = FakeClock()
            rec = open_recorder(journal_path(tmp, pid), participant=pid, clock=clock)
            rec.start_session(pid, tasks)
            met = np.flatnonzero(rng.random(problems) < 0.16)
            for k, task in enumerate(tasks):
                rec.start_task(task)
                for i in met[k::len(tasks)]:
                    clock.advance(3)
                    rec.observe_problem(f"met problem {i + 1}", f"PR{i + 1}")
                rec.end_task("success")
            rec.end_session()
            rec.sink.close()  # type: ignore[attr-defined]
    finally:
        os.fsync = real_fsync  # type: ignore[assignment]
        if real_fdatasync is not None:
            os.fdatasync = real_fdatasync  # type: ignore[assignment]
    shutil.rmtree(folder, ignore_errors=True)
    os.replace(tmp, folder)
    return folder


def alternate(fns: dict[str, Callable[[], object]], repeat: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {k: [] for k in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            t = time.perf_counter()
            fn()
            out[name].append(1000 * (time.perf_counter() - t))
    return out


def show(name: str, ms: list[float], floor: list[float] | None = None) -> None:
    med = statistics.median(ms)
    line = f"{name:<28} median {med:8.1f} ms  (min {min(ms):.1f}, max {max(ms):.1f})"
    if floor:
        ratios = [a / b for a, b in zip(ms, floor, strict=True)]
        line += (f"  ratio to floor: median {statistics.median(ratios):.2f} "
                 f"(min {min(ratios):.2f}, max {max(ratios):.2f})")
    print(line)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--participants", type=int, default=500)
    ap.add_argument("--problems", type=int, default=150)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    folder = make_study(args.participants, args.problems)
    loaded = open_study(folder)
    pl = load_problems(folder)
    f = build_findings(loaded, pl)
    print(f"{len(f.participants)} participants, {len(f.observations)} observations, "
          f"{len(pl.problems)} problems; p = {f.discovery.p:.3f}, p_adj = {f.discovery.p_adjusted:.3f}")
    res = alternate({"floor: build_tables": lambda: build_tables(loaded),
                     "build_findings": lambda: build_findings(loaded, pl)}, args.repeat)
    show("floor: build_tables", res["floor: build_tables"])
    show("build_findings", res["build_findings"], res["floor: build_tables"])

    snapshot = problems_path(folder).read_bytes()
    scratch = folder / "bench-snapshot.json"
    counter = iter(range(10**9))

    def edit() -> None:
        current = load_problems(folder)
        ch = pm.update_problem(current, "PR1", description=f"edit {next(counter)}")
        save_problems(folder, current, ch)

    res = alternate({"floor: atomic write": lambda: atomic_write_bytes(scratch, snapshot),
                     "audited edit (load+save)": edit}, args.repeat)
    show("floor: atomic write", res["floor: atomic write"])
    show("audited edit (load+save)", res["audited edit (load+save)"], res["floor: atomic write"])
    scratch.unlink(missing_ok=True)
    print(json.dumps({"observations": len(f.observations)}))


if __name__ == "__main__":
    main()
