"""More than two groups: omnibus tests and Holm-corrected pairwise comparisons.

Sources:
- Crypto-wallet usability tutorial (Kassab, "Data Science for Human-Centered Product Design",
  ch. 6; ../shared/public-data/crypto_wallets_tutorial/SOURCE.md): R ``fisher.test`` on the
  3 x 2 completion tables, published p = 0.1067, 1, 0.166, 0.004543, 0.04445 for tasks 1-5.
- R Core Team, stats::oneway.test help page, ``oneway.test(extra ~ group, data = sleep)``:
  F = 3.4626, num df = 1, denom df = 17.776, p = 0.07939 (Welch 1951).
- Holm, S. (1979). A simple sequentially rejective multiple test procedure. Scandinavian
  Journal of Statistics 6, 65-70 (the step-down rule, worked by hand below).
"""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import stats as sps

from uxlab.analysis import groups as gr
from uxlab.analysis.longformat import read_long
from uxlab.analysis.metrics import analyze

SLEEP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
SLEEP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]
PUBLISHED_FISHER = [0.1067, 1.0, 0.166, 0.004543, 0.04445]


def test_holm_by_hand() -> None:
    # sorted 0.01, 0.03, 0.04 -> 3 x 0.01, 2 x 0.03, max(0.06, 1 x 0.04)
    assert gr.holm([0.01, 0.04, 0.03]) == pytest.approx([0.03, 0.06, 0.06])
    assert gr.holm([0.5, None, 0.9]) == [pytest.approx(1.0), None, pytest.approx(1.0)]


def test_welch_anova_r_oneway_example() -> None:
    stats = [(np.mean(v), np.std(v, ddof=1), len(v)) for v in (SLEEP_1, SLEEP_2)]
    r = gr.welch_anova(*zip(*stats, strict=True))
    assert r["statistic"] == pytest.approx(3.4626, abs=1e-4)
    assert (r["df"], r["df2"]) == (1.0, pytest.approx(17.776, abs=1e-3))
    assert r["p"] == pytest.approx(0.07939, abs=1e-5)


def _counts(raw: pd.DataFrame, task: str) -> tuple[list[int], list[int]]:
    d = raw[raw["task"] == task]
    groups = list(pd.unique(raw["group"]))
    x = [int((d.loc[d["group"] == g, "outcome"] == "success").sum()) for g in groups]
    n = [int((d["group"] == g).sum()) for g in groups]
    return x, n


def test_exact_rx2_matches_the_published_fisher_tests(public_data: Path) -> None:
    raw = pd.read_csv(public_data / "crypto_wallets_tutorial" / "long.csv")
    for task, published in zip(pd.unique(raw["task"]), PUBLISHED_FISHER, strict=True):
        x, n = _counts(raw, task)
        p = gr.exact_rx2_p(x, n)
        assert p == pytest.approx(published, rel=5e-3, abs=5e-5), task


def test_crypto_three_groups_against_scipy(public_data: Path) -> None:
    path = public_data / "crypto_wallets_tutorial" / "long.csv"
    raw = pd.read_csv(path)
    comp = analyze(read_long(path), by="group")["comparison"]
    groups = comp["groups"]
    assert len(groups) == 3 and comp["design"] == "between"
    for t in comp["tests"]:
        x, n = _counts(raw, t["task"])
        table = np.array([x, [k - s for k, s in zip(n, x, strict=True)]]).T
        chi = sps.chi2_contingency(table, correction=False)
        c = t["completion"]
        if chi.expected_freq.min() < 5:
            assert c["test"] == gr.EXACT_RXC
            assert c["p"] == pytest.approx(gr.exact_rx2_p(x, n))
        else:
            assert c["test"] == gr.CHI_SQUARE
            assert (c["statistic"], c["df"], c["p"]) == (
                pytest.approx(chi.statistic), chi.dof, pytest.approx(chi.pvalue))
        # time: Welch's ANOVA on log times (written out independently) and Holm pairs
        d = raw[(raw["task"] == t["task"]) & (raw["outcome"] == "success")]
        logs = [np.log(d.loc[d["group"] == g, "time_s"].to_numpy(float)) for g in groups]
        w = np.array([v.size / v.var(ddof=1) for v in logs])
        means = np.array([v.mean() for v in logs])
        grand = (w * means).sum() / w.sum()
        lam = sum((1 - wi / w.sum()) ** 2 / (v.size - 1) for wi, v in zip(w, logs, strict=True))
        f = ((w * (means - grand) ** 2).sum() / 2) / (1 + 2 * 1 / 8 * lam)
        df2 = 8 / (3 * lam)
        tm = t["time_success"]
        assert tm["statistic"] == pytest.approx(f, rel=1e-10)
        assert tm["p"] == pytest.approx(sps.f.sf(f, 2, df2), rel=1e-8)
        raw_p = [sps.ttest_ind(logs[a], logs[b], equal_var=False).pvalue
                 for a, b in itertools.combinations(range(3), 2)]
        m = len(raw_p)
        order = np.argsort(raw_p)
        expected = np.empty(m)
        running = 0.0
        for rank, i in enumerate(order):
            running = max(running, min(1.0, (m - rank) * raw_p[i]))
            expected[i] = running
        got = [pair["p"] for pair in tm["pairwise"]]
        assert got == pytest.approx(expected.tolist(), rel=1e-9)
        assert all(pair["adjustment"] == "Holm" for pair in tm["pairwise"])
    assert math.isfinite(comp["tests"][3]["completion"]["p"])
