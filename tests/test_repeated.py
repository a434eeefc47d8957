"""More than two conditions within participants: Cochran's Q and Friedman's test, then paired
pairs with Holm's adjustment.

Published worked examples (WaveMetrics, *Igor Pro* statistics manual):

- StatsCochranTest, https://www.wavemetrics.com/products/igorpro/dataanalysis/statistics/tests/statistics_pxp10:
  9 blocks x 5 groups, Q = 5.56522, p = 0.234056; the second table, Q = 10.3636, p = 0.0347281;
- StatsFriedmanTest, https://www.wavemetrics.com/products/igorpro/dataanalysis/statistics/tests/statistics_pxp12:
  5 blocks x 4 groups, Friedman's statistic 9.24; the second table, 1.08.

The study-level test recomputes its expectations here from the rows written, with the textbook
formulas and scipy.stats, not from uxlab's output.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from uxlab.analysis.longformat import read_long
from uxlab.analysis.metrics import analyze
from uxlab.analysis.repeated import COCHRAN_Q, FRIEDMAN, FRIEDMAN_LOG, cochran_q, friedman

COCHRAN_1 = [[0, 0, 0, 0, 1], [0, 0, 0, 0, 1], [0, 0, 0, 1, 1], [0, 1, 0, 1, 1], [0, 1, 0, 1, 0],
             [1, 1, 0, 1, 0], [1, 1, 0, 0, 0], [1, 0, 0, 0, 0], [1, 0, 0, 0, 0]]
COCHRAN_2 = [[0, 0, 0, 0, 1], [0, 0, 0, 0, 1], [0, 0, 0, 1, 1], [0, 1, 0, 1, 1], [1, 1, 0, 1, 1],
             [1, 1, 0, 1, 1], [1, 1, 0, 1, 0], [1, 1, 0, 0, 0], [1, 0, 0, 0, 0]]
FRIEDMAN_1 = [[7.34, 10.6, 9.48, 9.15], [7, 9.5, 9, 6.17], [6.5, 12.81, 10.7, 11.35],
              [4.73, 12.55, 13.24, 5.7], [6.51, 10.1, 15.7, 14.22]]
FRIEDMAN_2 = [[5.13, 6.25, 7.28, 14.17], [6.18, 12.93, 7.52, 12.08], [12.93, 9.39, 8.81, 10.88],
              [10.46, 8.88, 13.08, 4.4], [9.21, 13.64, 14.37, 10.69]]


@pytest.mark.parametrize(("table", "q", "p"), [(COCHRAN_1, 5.56522, 0.234056),
                                               (COCHRAN_2, 10.3636, 0.0347281)])
def test_cochran_q_matches_the_published_example(table: list[list[int]], q: float, p: float) -> None:
    r = cochran_q(np.array(table, dtype=bool))
    assert r["test"] == COCHRAN_Q and r["df"] == 4
    assert r["statistic"] == pytest.approx(q, abs=5e-5)
    assert r["p"] == pytest.approx(p, abs=5e-7)


@pytest.mark.parametrize(("table", "chi2"), [(FRIEDMAN_1, 9.24), (FRIEDMAN_2, 1.08)])
def test_friedman_matches_the_published_example(table: list[list[float]], chi2: float) -> None:
    r = friedman(np.array(table), "SEQ")
    assert r["test"] == FRIEDMAN and r["df"] == 3
    assert r["statistic"] == pytest.approx(chi2, abs=1e-9)
    # the published statistic referred to chi-square with k - 1 = 3 degrees of freedom
    assert r["p"] == pytest.approx(stats.chi2.sf(chi2, 3), rel=1e-12)


def test_friedman_corrects_for_ties_like_scipy() -> None:
    """SEQ ratings tie often: mid-ranks and the tie correction, checked against scipy's own
    implementation of the test."""
    seq = np.array([[5, 5, 6], [4, 6, 6], [7, 7, 7], [3, 5, 4], [6, 6, 7], [2, 4, 4], [5, 6, 6]])
    r = friedman(seq, "SEQ")
    ref = stats.friedmanchisquare(*seq.T)
    assert r["statistic"] == pytest.approx(ref.statistic, rel=1e-12)
    assert r["p"] == pytest.approx(ref.pvalue, rel=1e-12)


def test_no_variation_is_said_not_tested() -> None:
    assert cochran_q(np.ones((6, 3), dtype=bool)).get("no_variation")
    assert friedman(np.full((6, 3), 5.0), "SEQ").get("no_variation")
    assert cochran_q(np.ones((1, 3), dtype=bool))["p"] is None  # one participant: no test


def _study(tmp_path: Path) -> tuple[Path, pd.DataFrame]:
    """12 participants, each doing both tasks under three designs (A, B, C); P12 skipped C."""
    rng = np.random.default_rng(11)
    rows = []
    for i in range(1, 13):
        for task in ("search", "checkout"):
            for cond, rate, scale in (("A", 0.9, 40.0), ("B", 0.6, 60.0), ("C", 0.3, 90.0)):
                if i == 12 and cond == "C":
                    continue
                ok = rng.random() < rate
                rows.append({"participant": f"P{i:02d}", "task": task, "condition": cond,
                             "outcome": "success" if ok else "fail",
                             "time_s": round(float(rng.lognormal(np.log(scale), 0.3)), 1),
                             "seq": int(rng.integers(2, 8)), "sus1": 4})
    df = pd.DataFrame(rows)
    path = tmp_path / "three-designs.csv"
    df.to_csv(path, index=False)
    return path, df


def test_three_conditions_within_participants_get_repeated_measures_tests(tmp_path: Path) -> None:
    path, df = _study(tmp_path)
    comp = analyze(read_long(path), by="condition")["comparison"]
    assert comp["groups"] == ["A", "B", "C"] and comp["design"] == "mixed" and comp["pairs"] == 11
    assert "sus" not in comp and "umux_lite" not in comp  # answered once, not per condition
    assert "Cochran's Q" in comp["note"] and "Friedman" in comp["note"]
    by_task = {t["task"]: t for t in comp["tests"]}
    assert set(by_task) == {"search", "checkout"}
    for task, t in by_task.items():
        sub = df[df["task"] == task]
        outcome = sub.pivot(index="participant", columns="condition", values="outcome")
        wide_ok = outcome == "success"
        full = sub.groupby("participant")["condition"].nunique() == 3
        x = wide_ok[full].to_numpy().astype(int)
        k, col, row = 3, x.sum(axis=0), x.sum(axis=1)
        q = (k - 1) * (k * (col**2).sum() - x.sum() ** 2) / (k * x.sum() - (row**2).sum())
        assert t["completion"]["test"] == COCHRAN_Q
        assert t["completion"]["statistic"] == pytest.approx(q, rel=1e-12)
        assert t["completion"]["p"] == pytest.approx(stats.chi2.sf(q, 2), rel=1e-12)
        # SEQ: Friedman on the participants rated under every condition
        seq = sub.pivot(index="participant", columns="condition", values="seq")[full]
        ref = stats.friedmanchisquare(*seq.to_numpy(float).T)
        assert t["seq"]["test"] == FRIEDMAN and t["seq"]["p"] == pytest.approx(ref.pvalue, rel=1e-12)
        # time: Friedman on log times of those who succeeded under every condition
        ok = sub[sub["outcome"] == "success"]
        lt = np.log(ok.pivot(index="participant", columns="condition", values="time_s")).dropna()
        if len(lt) >= 2:
            ref = stats.friedmanchisquare(*lt.to_numpy(float).T)
            assert t["time_success"]["test"] == FRIEDMAN_LOG
            assert t["time_success"]["p"] == pytest.approx(ref.pvalue, rel=1e-12)
        # pairs: McNemar mid-p on each pair's participants, Holm-adjusted within the family
        raw = []
        for a, b in itertools.combinations("ABC", 2):
            both = wide_ok.loc[outcome[[a, b]].notna().all(axis=1), [a, b]]
            disc_b = int((both[a] & ~both[b]).sum())
            disc_c = int((~both[a] & both[b]).sum())
            n, m = disc_b + disc_c, min(disc_b, disc_c)
            mid = 1.0 if n == 0 else min(1.0, 2 * (stats.binom.cdf(m, n, 0.5) - 0.5 * stats.binom.pmf(m, n, 0.5)))
            raw.append(mid)
        order = np.argsort(raw)
        holm = np.empty(3)
        running = 0.0
        for rank, i in enumerate(order):
            running = max(running, min(1.0, (3 - rank) * raw[i]))
            holm[i] = running
        pairs = t["completion"]["pairwise"]
        assert [p["groups"] for p in pairs] == [["A", "B"], ["A", "C"], ["B", "C"]]
        assert [p["p_unadjusted"] for p in pairs] == pytest.approx(raw, rel=1e-12)
        assert [p["p"] for p in pairs] == pytest.approx(list(holm), rel=1e-12)
        assert all("Holm-adjusted" in p["test"] for p in pairs)
        assert "between the 3 conditions" in t["completion"]["reading"] or \
            "across the 3 conditions" in t["completion"]["reading"]
