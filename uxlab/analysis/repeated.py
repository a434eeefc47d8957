"""More than two conditions within participants (the same people under each condition): per task
and measure an omnibus test on the participants with data under every condition, then every pair
of conditions with the paired tests of two conditions (:mod:`uxlab.analysis.paired`), which
:mod:`uxlab.analysis.comparisons` adjusts with Holm's method.

- completion: **Cochran's Q** (Cochran 1950), Q = (k - 1)(k sum C_j^2 - N^2) / (k N - sum R_i^2)
  with C_j the successes under condition j, R_i participant i's successes and N their total;
  chi-square with k - 1 degrees of freedom. Pairs: McNemar's exact test (mid-p).
- time of successful attempts: **Friedman's test** (Friedman 1937) on log times; ties within a
  participant share their mean rank and the statistic is divided by the usual correction for
  ties, 1 - sum(t^3 - t) / (n (k^3 - k)) (Hollander & Wolfe, *Nonparametric Statistical
  Methods*, 2nd ed., 1999, ch. 7). Pairs: paired t on log times.
- SEQ: Friedman's test. Pairs: paired t.

Rank tests: they ask nothing of normality or sphericity, which a repeated-measures ANOVA on a
usability sample could not check. Questionnaires such as SUS are answered once per participant,
not per condition, so they are not compared. scipy is imported inside the functions.
"""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from uxlab.analysis import paired as pr
from uxlab.analysis.stats import FloatArray

COCHRAN_Q = "Cochran's Q test"
FRIEDMAN = "Friedman test"
FRIEDMAN_LOG = "Friedman test on log times"


def cochran_q(x: NDArray[np.bool_]) -> dict[str, Any]:
    """Cochran's Q on a participants x conditions table of successes (every cell filled)."""
    from scipy import stats as sps

    table = np.asarray(x, dtype=float)
    n, k = table.shape if table.ndim == 2 else (0, 0)
    out: dict[str, Any] = {"metric": "completion", "test": COCHRAN_Q, "statistic": None, "df": None,
                           "p": None, "participants": int(n), "across": "conditions"}
    if n < 2 or k < 2:
        return out
    col, row = table.sum(axis=0), table.sum(axis=1)
    total = float(table.sum())
    denominator = k * total - float((row * row).sum())
    if denominator == 0:  # each participant succeeded under every condition or under none
        out.update(no_variation=True)
        return out
    q = (k - 1) * (k * float((col * col).sum()) - total * total) / denominator
    out.update(statistic=q, df=float(k - 1), p=float(sps.chi2.sf(q, k - 1)))
    return out


def friedman(y: FloatArray, metric: str, test: str = FRIEDMAN) -> dict[str, Any]:
    """Friedman's chi-square on a participants x conditions table of values (every cell filled),
    ranks within each participant, mid-ranks for ties and the tie correction."""
    from scipy import stats as sps

    values = np.asarray(y, dtype=float)
    n, k = values.shape if values.ndim == 2 else (0, 0)
    out: dict[str, Any] = {"metric": metric, "test": test, "statistic": None, "df": None, "p": None,
                           "participants": int(n), "across": "conditions"}
    if n < 2 or k < 2:
        return out
    ranks = sps.rankdata(values, axis=1)
    ties = 0.0
    for r in ranks:
        _, counts = np.unique(r, return_counts=True)
        ties += float((counts**3 - counts).sum())
    correction = 1.0 - ties / (n * (k**3 - k))
    if correction <= 0:  # every participant gave the same value under every condition
        out.update(no_variation=True)
        return out
    sums = ranks.sum(axis=0)
    chi2 = (12.0 / (n * k * (k + 1)) * float((sums * sums).sum()) - 3.0 * n * (k + 1)) / correction
    out.update(statistic=chi2, df=float(k - 1), p=float(sps.chi2.sf(chi2, k - 1)))
    return out


def _complete(wide: pd.DataFrame, k: int) -> pd.DataFrame:
    """Rows (participants) with a value under every one of the ``k`` conditions."""
    cols = list(range(k))
    wide = wide.reindex(columns=cols)
    return wide[wide.notna().all(axis=1)]


def _pair(wide: pd.DataFrame, a: int, b: int) -> tuple[FloatArray, FloatArray]:
    """The values under conditions ``a`` and ``b`` of the participants with both."""
    both = wide.reindex(columns=[a, b]).dropna()
    return both[a].to_numpy(float), both[b].to_numpy(float)


def within_tests(frame: pd.DataFrame, tasks: list[str], groups: list[str], alpha: float,
                 confidence: float) -> list[dict[str, Any]]:
    """Per task done under more than one condition: for completion, time and SEQ the omnibus
    test (``pairwise``: each pair of conditions' paired test, not yet adjusted)."""
    k = len(groups)
    pairs = list(itertools.combinations(range(k), 2))
    out: list[dict[str, Any]] = []
    for code, d in frame.groupby("task"):
        d = d.drop_duplicates(["participant", "cond"])
        if d["cond"].nunique() < 2:
            continue
        wide = {key: d.pivot(index="participant", columns="cond", values=key).astype(float)
                for key in ("success", "ts_log", "seq")}

        names = [[groups[a], groups[b]] for a, b in pairs]
        completion = cochran_q(_complete(wide["success"], k).to_numpy() > 0)
        completion["pairwise"] = [
            pr.completion_entry(sa > 0, sb > 0, g, alpha)
            for (sa, sb), g in zip((_pair(wide["success"], a, b) for a, b in pairs), names, strict=True)]
        time = friedman(_complete(wide["ts_log"], k).to_numpy(), "time", FRIEDMAN_LOG)
        time["pairwise"] = [pr.log_entry(la, lb, g, alpha, confidence)
                            for (la, lb), g in zip((_pair(wide["ts_log"], a, b) for a, b in pairs), names, strict=True)]
        seq = friedman(_complete(wide["seq"], k).to_numpy(), "SEQ")
        seq["pairwise"] = [pr.mean_entry(sa, sb, "SEQ", g, alpha, confidence)
                           for (sa, sb), g in zip((_pair(wide["seq"], a, b) for a, b in pairs), names, strict=True)]
        out.append({"task": tasks[int(code)], "design": "paired", "completion": completion,
                    "time_success": time, "seq": seq})
    return out
