"""How long does ``metrics.analyze`` take on a big study, next to reading the data?

Builds a synthetic study of 1,000 participants x 20 tasks (20,000 attempt rows, ~14,000
questionnaire answers), writes the attempts to CSV, then times (best of several runs):

- baseline: ``pd.read_csv`` of the 20,000 attempt rows + one ``groupby("task")`` aggregation;
- ``analyze(tables)`` and ``analyze(tables, by="group")`` on the same data;
- ``task_summary`` and ``participant_scores`` alone.

The target is analyze() within 3x of the baseline. Run: ``python benchmarks/bench_metrics.py``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from uxlab.analysis import metrics
from uxlab.analysis.model import StudyTables

PARTICIPANTS = 1000
TASKS = 20
REPEAT = 7


def build(rng: np.random.Generator) -> StudyTables:
    pids = [f"P{i:04d}" for i in range(PARTICIPANTS)]
    groups = np.where(np.arange(PARTICIPANTS) % 2 == 0, "current", "prototype")
    tasks = pd.DataFrame({
        "task": [f"t{j:02d}" for j in range(TASKS)], "title": [f"Task {j}" for j in range(TASKS)],
        "stage": "main", "target_time_s": 90.0, "time_limit_s": np.nan,
    })
    participants = pd.DataFrame({
        "participant": pids, "group": groups, "language": "en",
        "excluded": np.arange(PARTICIPANTS) % 50 == 0, "exclude_reason": "",
        "session_id": pids, "status": "complete", "started": "", "ended": "",
    })
    n = PARTICIPANTS * TASKS
    outcome = rng.choice(["success", "partial", "fail", "abandoned", "skipped"], n,
                         p=[0.7, 0.1, 0.1, 0.05, 0.05])
    time_s = np.where(outcome == "skipped", np.nan, rng.lognormal(4.0, 0.5, n))
    rating = lambda: np.where(rng.random(n) < 0.1, np.nan, rng.integers(1, 8, n))  # noqa: E731
    attempts = pd.DataFrame({
        "participant": np.repeat(pids, TASKS), "group": np.repeat(groups, TASKS),
        "session_id": np.repeat(pids, TASKS), "task": np.tile(tasks["task"], PARTICIPANTS),
        "position": np.tile(np.arange(TASKS), PARTICIPANTS), "outcome": outcome,
        "success": outcome == "success", "time_s": time_s, "gross_s": time_s, "paused_s": 0.0,
        "pauses": 0, "interrupted": rng.random(n) < 0.01, "errors": rng.integers(0, 3, n),
        "assists": rng.integers(0, 2, n), "notes": 0, "critical": False,
        "seq": rating(), "exp_success": rating(), "exp_effort": rating(),
        "exp_emotion": rating(), "emotion_word": "", "note_text": "", "started": "", "ended": "",
    })
    items = [("sus", f"sus{i}", 1, 5) for i in range(1, 11)] + [
        ("umux_lite", "umux1", 1, 7), ("umux_lite", "umux2", 1, 7), ("nps", "nps", 0, 10),
        ("csat", "csat", 1, 5)]
    answers = pd.DataFrame([
        {"participant": p, "questionnaire": q, "item": i, "value": float(v), "declined": False}
        for p in pids for (q, i, lo, hi), v in zip(
            items, [rng.integers(lo, hi + 1) for _q, _i, lo, hi in items], strict=True)
    ])
    return StudyTables("bench", tasks, participants, attempts, answers)


def best(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    tables = build(np.random.default_rng(1))
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "attempts.csv"
        tables.attempts.to_csv(csv, index=False)

        def baseline() -> object:
            df = pd.read_csv(csv)
            return df.groupby("task")["time_s"].agg(["count", "mean", "std"])

        base = best(baseline)
    results = {
        "read_csv + groupby (baseline)": base,
        "analyze(tables)": best(lambda: metrics.analyze(tables)),
        "analyze(tables, by='group')": best(lambda: metrics.analyze(tables, by="group")),
        "task_summary(tables)": best(lambda: metrics.task_summary(tables)),
        "participant_scores(tables)": best(lambda: metrics.participant_scores(tables)),
    }
    print(f"metrics benchmark: {len(tables.attempts):,} attempt rows, "
          f"{len(tables.answers):,} answers, best of {REPEAT}")
    for name, secs in results.items():
        print(f"  {name:32s} {1000 * secs:8.1f} ms   {secs / base:5.2f} x baseline")
    ratio = results["analyze(tables)"] / base
    print(f"analyze / baseline = {ratio:.2f} (target <= 3)")
    return 0 if ratio <= 3 else 1


if __name__ == "__main__":
    sys.exit(main())
