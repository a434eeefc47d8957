"""Comparing two groups: differences with intervals and effect sizes, against published worked
examples and the real public datasets (expected values computed here with scipy directly).

Sources:
- R Core Team, stats::t.test help page, ``t.test(extra ~ group, data = sleep)`` (Student's
  sleep data, Cushny & Peebles 1905): Welch t = -1.8608, df = 17.776, p = 0.07939, 95% CI of
  the difference -3.3654832 to 0.2054832.
- Lakens, D. (2013). Calculating and reporting effect sizes to facilitate cumulative science.
  Frontiers in Psychology 4:863, table 1 and eq. 1 and 4: movie ratings, means 8.7 and 7.7,
  SDs 0.82 and 0.95, n = 10 each -> Cohen's d_s = 1.13, Hedges' g_s = 1.08.
- Agresti, A. & Caffo, B. (2000). Simple and effective confidence intervals for proportions
  and differences of proportions result from adding two successes and two failures. The
  American Statistician 54(4), 280-288: (x + 1)/(n + 2) in each group, then the Wald interval.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from scipy import stats as sps

from uxlab.analysis import effects as ef
from uxlab.analysis.longformat import read_long
from uxlab.analysis.metrics import analyze

SLEEP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
SLEEP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]


def _stats(v: list[float]) -> tuple[float, float, int]:
    a = np.asarray(v, float)
    return float(a.mean()), float(a.std(ddof=1)), a.size


def test_welch_difference_r_sleep_example() -> None:
    w = ef.first(ef.welch_difference_arrays(*_stats(SLEEP_1), *_stats(SLEEP_2)))
    assert w["difference"] == pytest.approx(0.75 - 2.33)
    assert w["t"] == pytest.approx(-1.8608, abs=1e-4)
    assert w["df"] == pytest.approx(17.776, abs=1e-3)
    assert w["p"] == pytest.approx(0.07939, abs=1e-5)
    assert (w["low"], w["high"]) == (pytest.approx(-3.3654832, abs=1e-6),
                                     pytest.approx(0.2054832, abs=1e-6))
    assert w["no_variation"] == 0.0


def test_hedges_g_lakens_movie_example() -> None:
    g = ef.hedges_g_arrays(8.7, 0.82, 10, 7.7, 0.95, 10)
    assert round(float(g[0]), 2) == 1.08
    # and d_s itself (before the correction) is Lakens' 1.13
    assert round(float(g[0]) / (1 - 3 / (4 * 20 - 9)), 2) == 1.13


def test_agresti_caffo_by_hand_and_edges() -> None:
    # 10/12 vs 4/13: p' = 11/14 and 5/15.
    d, lo, hi = ef.agresti_caffo_arrays(10, 12, 4, 13)
    p1, p2 = 11 / 14, 5 / 15
    half = 1.959963984540054 * math.sqrt(p1 * (1 - p1) / 14 + p2 * (1 - p2) / 15)
    assert d[0] == pytest.approx(10 / 12 - 4 / 13)
    assert (lo[0], hi[0]) == (pytest.approx(p1 - p2 - half), pytest.approx(p1 - p2 + half))
    # all vs none: clipped to [-1, 1]; an empty group gives nothing (NaN), never 0.
    d, lo, hi = ef.agresti_caffo_arrays([5, 1], [5, 0], [0, 1], [5, 2])
    assert d[0] == 1.0 and -1.0 <= lo[0] < hi[0] <= 1.0
    assert math.isnan(d[1]) and math.isnan(lo[1])


def _write(tmp_path: Path, rows: list[dict[str, Any]], name: str = "study.csv") -> Path:
    path = tmp_path / name
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def test_zero_variance_says_what_is_true(tmp_path: Path) -> None:
    # The case: SEQ all 7 (n = 12) vs all 5 (n = 13).
    rows = [{"participant": f"A{i}", "task": "t1", "outcome": "success", "time_s": 30 + i,
             "seq": 7, "group": "A"} for i in range(12)]
    rows += [{"participant": f"B{i}", "task": "t1", "outcome": "success", "time_s": 40 + i,
              "seq": 5, "group": "B"} for i in range(13)]
    r = analyze(read_long(_write(tmp_path, rows)), by="group")
    seq = r["comparison"]["seq"][0]
    assert (seq["n_a"], seq["n_b"], seq["no_variation"]) == (12, 13, True)
    assert seq["difference"] == 2.0 and seq["difference_ci"] == [2.0, 2.0]
    assert seq["p"] is None
    assert "not enough data" not in seq["reading"]
    assert "no variation" in seq["reading"] and "7.0" in seq["reading"]
    whole = analyze(read_long(_write(tmp_path, rows[:12], "a.csv")))
    assert whole["tasks"][0]["seq"]["no_variation"] is True


def test_blank_by_cells_are_left_out_and_counted(tmp_path: Path) -> None:
    rows = [{"participant": f"P{i}", "task": "t1", "outcome": "success", "time_s": 30 + i,
             "site": ["north", "south", "", " "][i % 4]} for i in range(12)]
    comp = analyze(read_long(_write(tmp_path, rows)), by="site")["comparison"]
    assert comp["groups"] == ["north", "south"]
    assert comp["left_out"] == 6
    assert "6 participant(s)" in comp["left_out_note"]
    assert comp["tasks"][0]["completion"]["n_a"] == 3


def test_excluded_columns_in_long_format(tmp_path: Path) -> None:
    rows = [{"participant": p, "task": t, "outcome": "success", "time_s": 10,
             "excluded": "yes" if p == "P2" else "", "exclude_reason": "no show" if p == "P2"
             else ""} for p in ("P1", "P2", "P3") for t in ("t1", "t2")]
    r = analyze(read_long(_write(tmp_path, rows)))
    assert r["excluded"] == [{"participant": "P2", "reason": "no show"}]
    assert r["tasks"][0]["attempts"] == 2


# ----------------------------------------------------------------------------- public data
def test_openshift_between_subjects_against_scipy(public_data: Path) -> None:
    """Red Hat OpenShift benchmark (2 versions, different people): every difference, interval
    and effect size recomputed from the raw file with numpy/scipy."""
    path = public_data / "openshift_sum" / "long.csv"
    raw = pd.read_csv(path)
    comp = analyze(read_long(path), by="group")["comparison"]
    assert comp["design"] == "between"
    a, b = comp["groups"]
    z = sps.norm.ppf(0.975)
    for entry in comp["tasks"]:
        d = raw[raw["task"] == entry["task"]]
        ga, gb = d[d["group"] == a], d[d["group"] == b]
        xa, na = int((ga["outcome"] == "success").sum()), len(ga)
        xb, nb = int((gb["outcome"] == "success").sum()), len(gb)
        c = entry["completion"]
        pa, pb = (xa + 1) / (na + 2), (xb + 1) / (nb + 2)
        half = z * math.sqrt(pa * (1 - pa) / (na + 2) + pb * (1 - pb) / (nb + 2))
        assert c["difference"] == pytest.approx(xa / na - xb / nb, abs=1e-12)
        assert c["difference_ci"] == pytest.approx(
            [max(-1, pa - pb - half), min(1, pa - pb + half)], abs=1e-12)
        ta = np.log(ga.loc[ga["outcome"] == "success", "time_s"].to_numpy(float))
        tb = np.log(gb.loc[gb["outcome"] == "success", "time_s"].to_numpy(float))
        tm = entry["time_success"]
        if len(ta) >= 2 and len(tb) >= 2:
            res = sps.ttest_ind(ta, tb, equal_var=False)
            ci = res.confidence_interval(0.95)
            assert tm["t"] == pytest.approx(res.statistic, abs=1e-10)
            assert tm["df"] == pytest.approx(res.df, abs=1e-9)
            assert tm["p"] == pytest.approx(res.pvalue, abs=1e-12)
            assert tm["ratio"] == pytest.approx(math.exp(ta.mean() - tb.mean()), rel=1e-12)
            assert tm["ratio_ci"] == pytest.approx([math.exp(ci.low), math.exp(ci.high)],
                                                   rel=1e-10)
    assert [t["task"] for t in comp["tasks"]] == list(pd.unique(raw["task"]))


def _sus_long(public_data: Path, tmp_path: Path, systems: list[str]) -> Path:
    """The SUS toolkit's answers (German headers, ';') as a long file with one dummy task."""
    raw = pd.read_csv(public_data / "sus-analysis-toolkit" / "studyData.csv", sep=";")
    raw = raw[raw["System"].isin(systems)].reset_index(drop=True)
    out = pd.DataFrame({"participant": [f"R{i}" for i in range(len(raw))], "task": "sus only",
                        "outcome": "skipped", "time_s": "", "group": raw["System"]})
    for i in range(1, 11):
        out[f"sus{i}"] = raw[f"Frage {i}"]
    path = tmp_path / "sus.csv"
    out.to_csv(path, index=False)
    return path


def _sus_scores(public_data: Path, system: str) -> np.ndarray:
    raw = pd.read_csv(public_data / "sus-analysis-toolkit" / "studyData.csv", sep=";")
    items = raw.loc[raw["System"] == system, [f"Frage {i}" for i in range(1, 11)]].to_numpy(float)
    odd = items[:, 0::2] - 1
    even = 5 - items[:, 1::2]
    return (odd.sum(axis=1) + even.sum(axis=1)) * 2.5


def test_sus_toolkit_two_systems_against_scipy(public_data: Path, tmp_path: Path) -> None:
    """SUS of two of the toolkit's four systems (different respondents): difference, Welch
    interval, t, df, p and Hedges' g recomputed from the raw answers with scipy."""
    comp = analyze(read_long(_sus_long(public_data, tmp_path, ["System A", "System B"])),
                   by="group")["comparison"]
    sus = comp["sus"]
    va, vb = _sus_scores(public_data, "System A"), _sus_scores(public_data, "System B")
    res = sps.ttest_ind(va, vb, equal_var=False)
    ci = res.confidence_interval(0.95)
    assert (sus["n_a"], sus["n_b"]) == (va.size, vb.size)
    assert sus["difference"] == pytest.approx(va.mean() - vb.mean(), abs=1e-12)
    assert (sus["t"], sus["df"], sus["p"]) == (pytest.approx(res.statistic, abs=1e-10),
                                               pytest.approx(res.df, abs=1e-9),
                                               pytest.approx(res.pvalue, abs=1e-12))
    assert sus["difference_ci"] == pytest.approx([ci.low, ci.high], abs=1e-10)
    sp = math.sqrt(((va.size - 1) * va.var(ddof=1) + (vb.size - 1) * vb.var(ddof=1))
                   / (va.size + vb.size - 2))
    g = (va.mean() - vb.mean()) / sp * (1 - 3 / (4 * (va.size + vb.size) - 9))
    assert sus["hedges_g"] == pytest.approx(g, rel=1e-12)
