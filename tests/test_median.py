"""The median headline from 25 successful times, with its distribution-free interval from
binomial order statistics (QtUX ch. 3; Conover, W. J. (1999). Practical Nonparametric
Statistics, 3rd ed., section 3.2, confidence interval for a quantile), checked against
scipy.stats.quantile_test on the RobotReviewer study and against the binomial by hand."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats as sps

from uxlab.analysis.longformat import read_long
from uxlab.analysis.metrics import analyze


def _write(tmp_path: Path, times: list[float]) -> Path:
    rows = ["participant,task,outcome,time_s"]
    rows += [f"P{i},t1,success,{t}" for i, t in enumerate(times)]
    path = tmp_path / "t.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_n25_uses_ranks_8_and_18_by_hand(tmp_path: Path) -> None:
    # P(B <= 7) for B ~ Bin(25, 1/2) is below 2.5 %, P(B <= 8) is not: ranks 8 and 25 - 8 + 1.
    cdf = [sum(math.comb(25, k) for k in range(j + 1)) / 2**25 for j in range(10)]
    assert cdf[7] < 0.025 <= cdf[8]
    times = [float(10 + 3 * i) for i in range(25)]  # already sorted, all distinct
    ts = analyze(read_long(_write(tmp_path, times)))["tasks"][0]["time_success"]
    assert ts["headline"] == "median" and ts["median"] == times[12]
    assert ts["median_ci"] == [times[7], times[17]]
    few = analyze(read_long(_write(tmp_path, times[:24])))["tasks"][0]["time_success"]
    assert few["headline"] == "geomean"  # below 25: the geometric mean stays the headline
    assert few["median"] is not None  # and the median is still reported


def test_too_few_times_for_a_median_interval(tmp_path: Path) -> None:
    ts = analyze(read_long(_write(tmp_path, [10, 20, 30, 40, 50])))["tasks"][0]["time_success"]
    assert ts["median_ci"] == [None, None]  # n = 5 cannot reach 95 % coverage


def test_robotreviewer_median_intervals_against_scipy(public_data: Path) -> None:
    path = public_data / "rrux" / "rr_group.csv"
    raw = pd.read_csv(path)
    for t in analyze(read_long(path))["tasks"]:
        x = raw.loc[(raw["task"] == t["task"]) & (raw["outcome"] == "success"),
                    "time_s"].to_numpy(float)
        ts = t["time_success"]
        assert ts["headline"] == "median" and ts["n"] == x.size == 41
        assert ts["median"] == np.median(x)
        ci = sps.quantile_test(x, q=float(np.median(x)), p=0.5).confidence_interval(0.95)
        assert ts["median_ci"] == [ci.low, ci.high]


def test_report_shows_the_headline_time(public_data: Path, tmp_path: Path) -> None:
    from uxlab.export.html import write_report

    path = public_data / "rrux" / "rr_group.csv"
    tables = read_long(path)
    result = analyze(tables)
    html = tmp_path / "r.html"
    write_report(tables, html)
    text = html.read_text(encoding="utf-8")
    ts = result["tasks"][0]["time_success"]
    lo, hi = ts["median_ci"]
    assert f'data-lo="{lo!r}" data-hi="{hi!r}"' in text and 'class="headline"' in text
