"""`uxlab analyze` of a long-format results CSV, as a whole process, next to a pandas floor.

Run: ``.venv/bin/python benchmarks/bench_analyze.py [--sizes 1000 10000] [--repeat 7]``

For 1,000 and 10,000 participants x 20 tasks (20,000 and 200,000 rows: outcome, time, errors,
SEQ, group, the ten SUS items and NPS on each participant's first row, an age column), the
command and its floor run alternately (``sidebyside.py``):

- floor: ``python -c`` that imports pandas, ``read_csv`` the same file, and groups log times and
  success by task (count, success rate, mean and SD of log time): the least any analysis of this
  file has to do;
- ``python -m uxlab analyze FILE``: start, read and check every cell, tidy tables, all metrics
  with confidence intervals, the printed report.

Target: <= 2x the floor at both sizes (so it grows linearly, like the floor), memory
proportional to the data. Files are cached in benchmarks/out/.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sidebyside import PYTHON, alternate, median_ratio, ratio

OUT = Path(__file__).resolve().parent / "out"
TASKS = 20
TARGET = 2.0

FLOOR = """
import sys
import numpy as np
import pandas as pd
df = pd.read_csv(sys.argv[1])
df["log_t"] = np.log(df["time_s"])
df["success"] = df["outcome"] == "success"
print(df.groupby("task").agg(n=("success", "size"), rate=("success", "mean"),
                             mean=("log_t", "mean"), sd=("log_t", "std")))
"""


def long_csv(participants: int) -> Path:
    """A realistic long-format results file (written once, then cached)."""
    path = OUT / f"long-{participants}x{TASKS}.csv"
    if path.exists():
        return path
    rng = np.random.default_rng(participants)
    n = participants * TASKS
    pids = np.array([f"P{i:05d}" for i in range(participants)])
    outcome = rng.choice(["success", "partial", "fail", "abandoned", "skipped"], n,
                         p=[0.7, 0.1, 0.1, 0.05, 0.05])
    df = pd.DataFrame({
        "participant": np.repeat(pids, TASKS),
        "task": np.tile([f"task {j + 1:02d}" for j in range(TASKS)], participants),
        "outcome": outcome,
        "time_s": np.round(rng.lognormal(4.0, 0.5, n), 1),
        "errors": rng.integers(0, 3, n),
        "seq": np.where(rng.random(n) < 0.1, np.nan, rng.integers(1, 8, n)),
        "group": np.repeat(np.where(np.arange(participants) % 2 == 0, "current", "prototype"), TASKS),
    })
    first = np.arange(n) % TASKS == 0
    for item in [f"sus{i}" for i in range(1, 11)] + ["nps"]:
        hi = 10 if item == "nps" else 5
        df[item] = np.where(first, np.repeat(rng.integers(0 if item == "nps" else 1, hi + 1, participants), TASKS),
                            np.nan)
    df["age"] = np.repeat(rng.integers(18, 80, participants), TASKS)
    OUT.mkdir(exist_ok=True)
    tmp = path.with_suffix(".tmp")
    df.to_csv(tmp, index=False, float_format="%g")
    tmp.replace(path)
    return path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    ok = True
    print(f"uxlab analyze vs pandas floor, whole processes, {args.repeat} alternate runs each, "
          f"Python {sys.version.split()[0]}")
    for participants in args.sizes:
        path = long_csv(participants)
        runs = alternate({
            "floor": [PYTHON, "-c", FLOOR, str(path)],
            "uxlab": [PYTHON, "-m", "uxlab", "analyze", str(path)],
        }, args.repeat)
        r = median_ratio(runs["uxlab"], runs["floor"])
        ok &= r <= TARGET
        print(f"  {participants:,} participants x {TASKS} tasks ({participants * TASKS:,} rows, "
              f"{path.stat().st_size / 2**20:.1f} MiB)")
        print(f"    floor (read_csv + groupby)  {runs['floor'].describe()}")
        print(f"    uxlab analyze               {runs['uxlab'].describe()}")
        print(f"    ratio                       {ratio(runs['uxlab'], runs['floor'])} "
              f"(target <= {TARGET:g}x)")
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
