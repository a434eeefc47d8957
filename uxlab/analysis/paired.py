"""Within-subjects (paired) comparisons: the same participants under two conditions (QtUX ch. 5).

The condition is any attempts column named with ``by`` whose value varies within participants
(e.g. ``condition`` or ``group`` in a long-format file: "ml" for some articles, "manual" for
others). Then:

- per task done by the same participant under both conditions: **McNemar exact** test on the
  discordant pairs with its **mid-p** (completion), **paired t on log times** with the ratio of
  geometric means and its interval (successful attempts under both), **paired t** on SEQ;
- a task done under only one condition by each participant (counterbalanced materials) is
  compared between the two sets of participants (independent tests, as in
  :mod:`uxlab.analysis.comparisons`);
- **per participant** across all tasks of each condition (tasks may differ between
  conditions): mean log time of successful attempts per condition, paired t, ratio of
  geometric means with its interval, and the Wilcoxon signed-rank p as a check.

``design`` is ``within`` when every participant has data under both conditions, ``mixed`` when
only some do. scipy is imported inside the functions.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from uxlab.analysis.stats import FloatArray, check_confidence, clean

MCNEMAR = "McNemar exact test (mid-p)"
PAIRED_LOG_T = "paired t-test on log times"
PAIRED_T = "paired t-test"
WILCOXON = "Wilcoxon signed-rank test"
PARTICIPANT_LOG_T = "paired t-test on each participant's mean log time"


def mcnemar(b: int, c: int) -> tuple[float, float]:
    """(exact p, mid-p) of McNemar's test on the discordant pairs b and c:
    exact = min(1, 2 P(X <= min(b, c))), X ~ Binomial(b + c, 1/2); mid-p = exact - P(X = min)
    (two-sided; Fagerland, Lydersen & Laake 2013). No discordant pairs: both are 1."""
    from scipy import stats as sps

    n, k = b + c, min(b, c)
    if n == 0:
        return 1.0, 1.0
    exact = min(1.0, 2.0 * float(sps.binom.cdf(k, n, 0.5)))
    mid = min(1.0, 2.0 * (float(sps.binom.cdf(k, n, 0.5)) - 0.5 * float(sps.binom.pmf(k, n, 0.5))))
    return exact, mid


def paired_t(d: FloatArray, confidence: float = 0.95) -> dict[str, Any]:
    """Paired t on differences ``d``: mean, interval, t, df, two-sided p, n. No spread:
    ``no_variation`` and a degenerate interval, no test. n < 2: no interval, no test."""
    from scipy import stats as sps

    c = check_confidence(confidence)
    d = np.asarray(d, dtype=float)
    d = d[np.isfinite(d)]
    n = int(d.size)
    out: dict[str, Any] = {"pairs": n, "mean": float(d.mean()) if n else None, "low": None,
                           "high": None, "t": None, "df": None, "p": None,
                           "no_variation": False}
    if n < 2:
        return out
    sd = float(d.std(ddof=1))
    m = float(d.mean())
    if sd == 0:
        out.update(low=m, high=m, no_variation=True)
        return out
    se = sd / math.sqrt(n)
    t = m / se
    half = float(sps.t.ppf(1.0 - (1.0 - c) / 2.0, n - 1)) * se
    out.update(low=m - half, high=m + half, t=t, df=float(n - 1),
               p=float(2.0 * sps.t.sf(abs(t), n - 1)))
    return out


def wilcoxon_p(d: FloatArray) -> float | None:
    """Two-sided Wilcoxon signed-rank p (scipy's default: exact for small n without ties or
    zeros, normal approximation otherwise); ``None`` with fewer than 2 non-zero differences."""
    from scipy import stats as sps

    d = np.asarray(d, dtype=float)
    d = d[np.isfinite(d)]
    if np.count_nonzero(d) < 2:
        return None
    return float(sps.wilcoxon(d).pvalue)


def log_entry(la: FloatArray, lb: FloatArray, groups: list[str], alpha: float,
               confidence: float, test: str = PAIRED_LOG_T) -> dict[str, Any]:
    """Paired t on log times ``la - lb``: the comparison entry with the ratio of geometric means."""
    r = paired_t(la - lb, confidence)
    n = r["pairs"]

    def ex(v: float | None) -> float | None:
        return None if v is None else math.exp(v)

    return {"metric": "time", "groups": groups, "design": "paired", "pairs": n,
            "n_a": n, "n_b": n,
            "geomean_a": ex(float(la.mean())) if n else None,
            "geomean_b": ex(float(lb.mean())) if n else None,
            "ratio": ex(r["mean"]), "ratio_ci": [ex(r["low"]), ex(r["high"])], "test": test,
            "statistic": "t", "t": r["t"], "df": r["df"], "p": r["p"],
            "no_variation": r["no_variation"], "alpha": alpha}


def mean_entry(a: FloatArray, b: FloatArray, metric: str, groups: list[str], alpha: float,
                confidence: float) -> dict[str, Any]:
    """Paired t on ``a - b`` (a rating such as SEQ): the comparison entry with the difference."""
    r = paired_t(a - b, confidence)
    n = r["pairs"]
    return {"metric": metric, "groups": groups, "design": "paired", "pairs": n,
            "n_a": n, "n_b": n,
            "mean_a": float(a.mean()) if n else None, "mean_b": float(b.mean()) if n else None,
            "difference": r["mean"], "difference_ci": [r["low"], r["high"]], "hedges_g": None,
            "test": PAIRED_T, "statistic": "t", "t": r["t"], "df": r["df"], "p": r["p"],
            "no_variation": r["no_variation"], "alpha": alpha}


def completion_entry(sa: NDArray[np.bool_], sb: NDArray[np.bool_], groups: list[str],
                      alpha: float) -> dict[str, Any]:
    """McNemar's exact test (mid-p) on paired successes: the comparison entry."""
    n = int(sa.size)
    b = int(np.count_nonzero(sa & ~sb))
    c = int(np.count_nonzero(~sa & sb))
    exact, mid = mcnemar(b, c)
    return {"metric": "completion", "groups": groups, "design": "paired", "pairs": n,
            "n_a": n, "n_b": n, "rate_a": float(sa.mean()) if n else None,
            "rate_b": float(sb.mean()) if n else None,
            "successes_a": int(sa.sum()), "successes_b": int(sb.sum()),
            "discordant": [b, c], "difference": (b - c) / n if n else None,
            "difference_ci": [None, None], "test": MCNEMAR, "statistic": None, "df": None,
            "p": mid if n else None, "p_exact": exact if n else None, "alpha": alpha}


def attempt_frame(participant: NDArray[np.object_], task_code: NDArray[np.intp],
                  condition: NDArray[np.intp], cols: dict[str, FloatArray]) -> pd.DataFrame:
    """Attempted tasks with a known condition, as a small frame for pairing."""
    keep = (cols["attempted"] > 0) & (condition >= 0)
    return pd.DataFrame({
        "participant": pd.Series(participant[keep]).astype(str).to_numpy(),
        "task": task_code[keep], "cond": condition[keep],
        "success": cols["success"][keep] > 0, "ts_log": cols["ts_log"][keep],
        "seq": cols["seq"][keep],
    })


def design_of(frame: pd.DataFrame, n_groups: int) -> tuple[str, int]:
    """("within" | "mixed" | "between", participants with data under every condition)."""
    per = frame.groupby("participant")["cond"].nunique()
    full = int((per >= n_groups).sum())
    if (per <= 1).all():
        return "between", 0
    return ("within" if full == len(per) else "mixed"), full


def paired_tasks(frame: pd.DataFrame, tasks: list[str], groups: list[str], alpha: float,
                 confidence: float) -> dict[str, dict[str, Any]]:
    """Paired entries per task id for tasks some participant did under both conditions."""
    out: dict[str, dict[str, Any]] = {}
    for code, d in frame.groupby("task"):
        wide = d.drop_duplicates(["participant", "cond"]).pivot(
            index="participant", columns="cond", values=["success", "ts_log", "seq"])
        if 0 not in wide["success"].columns or 1 not in wide["success"].columns:
            continue
        both = wide["success"][[0, 1]].notna().all(axis=1)
        if not both.any():
            continue
        w = wide[both.to_numpy()]
        entry: dict[str, Any] = {"task": tasks[int(code)], "design": "paired",
                                 "pairs": int(both.sum())}
        entry["completion"] = completion_entry(w["success"][0].astype(bool).to_numpy(),
                                                w["success"][1].astype(bool).to_numpy(),
                                                groups, alpha)
        lt = w["ts_log"][[0, 1]].astype(float).dropna()
        entry["time_success"] = log_entry(lt[0].to_numpy(), lt[1].to_numpy(), groups, alpha,
                                           confidence)
        sq = w["seq"][[0, 1]].astype(float).dropna()
        entry["seq"] = mean_entry(sq[0].to_numpy(), sq[1].to_numpy(), "SEQ", groups, alpha,
                                   confidence)
        out[entry["task"]] = entry
    return out


def participant_time(frame: pd.DataFrame, groups: list[str], alpha: float,
                     confidence: float) -> dict[str, Any]:
    """Per participant: mean log time of successful attempts under each condition, then a
    paired t (ratio of geometric means with its interval) and Wilcoxon signed-rank p."""
    ok = frame[np.isfinite(frame["ts_log"].to_numpy(float))]
    means = ok.groupby(["participant", "cond"])["ts_log"].mean().unstack()
    if 0 not in means.columns or 1 not in means.columns:
        means = pd.DataFrame({0: [], 1: []})
    both = means[[0, 1]].dropna()
    la, lb = both[0].to_numpy(float), both[1].to_numpy(float)
    e = log_entry(la, lb, groups, alpha, confidence,
                   test=PARTICIPANT_LOG_T)
    e["wilcoxon_p"] = wilcoxon_p(la - lb)
    e["wilcoxon_test"] = WILCOXON
    e["level"] = "participant"
    return {k: clean(v) if not isinstance(v, (list, dict)) else v for k, v in e.items()}
