"""Benchmarks: is a result better than a target? One-sided, one-sample tests (QtUX ch. 4).

- completion vs p0 (default 0.78): exact binomial, one-sided, with the mid-p headline
  P(X > x) + 1/2 P(X = x) under p0 (QtUX recommends mid-p for small samples);
- SUS vs 68, UMUX-Lite vs the UMUX-Lite score whose SUS-equivalent is 68, SEQ vs 5.5 (and any
  rating): one-sample t, one-sided "above";
- each task's time vs its target: t on ln(times of successful attempts) against ln(target),
  one-sided "faster";
- NPS vs a benchmark in points (no default): one-sided z with the adjusted-Wald standard error.

Each entry says how confident we can be that the result beats the benchmark (1 - p) in a
plain reading ("above 78% with 94% confidence"). Tail probabilities come from scipy.special (see
uxlab.analysis.stats), so no test here imports scipy.stats.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from uxlab.analysis import stats as st
from uxlab.analysis.stats import NPS_PSEUDO, clean
from uxlab.core import scoring as sc
from uxlab.core.errors import DataError

# Documented defaults (docs/metrics.md, "Benchmarks"): QtUX ch. 4 quotes 78% as the average
# task completion rate, 68 as the average SUS, and about 5.5 as the average SEQ.
DEFAULTS: dict[str, float] = {"completion": 0.78, "sus": 68.0, "umux_lite": 68.0, "seq": 5.5}
RANGES: dict[str, tuple[float, float]] = {
    "completion": (0.0, 1.0), "sus": (0.0, 100.0), "umux_lite": (0.0, 100.0), "seq": (1.0, 7.0),
    "nps": (-100.0, 100.0),
}
BINOMIAL_TEST = "exact binomial test, one-sided (mid-p)"
ONE_SAMPLE_T = "one-sample t-test, one-sided"
LOG_TIME_T = "one-sample t-test on log times, one-sided"
NPS_Z = "one-sample z-test (adjusted-Wald SE), one-sided"


def check_benchmarks(values: Mapping[str, Any], where: str = "benchmark") -> dict[str, float]:
    """Validate ``{name: value}``; a completion given as a percentage (78) becomes 0.78."""
    out: dict[str, float] = {}
    for name, raw in values.items():
        key = str(name).strip().lower().replace("-", "_")
        if key not in RANGES:
            raise DataError(f"unknown benchmark '{name}'", field=where,
                            fix=f"use one of {', '.join(RANGES)}")
        try:
            value = float(raw)
        except (TypeError, ValueError):
            value = math.nan
        if key == "completion" and 1.0 < value <= 100.0:
            value /= 100.0
        low, high = RANGES[key]
        if not (math.isfinite(value) and low <= value <= high):
            raise DataError(f"benchmark {name} = {raw!r} is outside {low:g} to {high:g}",
                            field=where, fix=f"give {key} a number from {low:g} to {high:g}")
        out[key] = value
    return out


def parse_benchmark_args(items: Iterable[str]) -> dict[str, float]:
    """``["completion=0.78", "sus=70"]`` (the CLI's repeatable ``--benchmark``) to a dict."""
    pairs: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise DataError(f"--benchmark {item!r} is not NAME=VALUE", field="--benchmark",
                            fix="e.g. --benchmark completion=0.78 --benchmark sus=68")
        pairs[name.strip()] = value.strip()
    return check_benchmarks(pairs, "--benchmark")


def _pct(v: float) -> str:
    return f"{100 * v:.0f}%"


def _confidence_text(p: float) -> str:
    c = 100.0 * (1.0 - p)
    if c > 99.9:
        return "more than 99.9% confidence"
    if c >= 99.0:
        return f"{c:.1f}% confidence"
    return f"{c:.0f}% confidence" if c >= 1 else "less than 1% confidence"


def _entry(metric: str, benchmark: float, n: int, observed: float | None, test: str,
           p: float | None, alpha: float, what: str, shown: str, target: str, better: str,
           worse: str, flat: bool = False, **extra: Any) -> dict[str, Any]:
    e: dict[str, Any] = {"metric": metric, "benchmark": benchmark, "n": n,
                         "observed": clean(observed), "test": test, "p": clean(p),
                         "confidence_better": None if p is None else clean(1.0 - p),
                         "no_variation": bool(flat), **extra}
    if observed is None or n == 0:
        e["reading"] = f"{what}: no data to compare with the {target} benchmark"
    elif flat:
        bench = extra.get("benchmark_raw", benchmark)  # UMUX-Lite: on its own scale
        wins = observed < bench if better == "faster than" else observed > bench
        e["reading"] = (f"{what}: every value is the same ({shown}; no variation), so no test "
                        f"applies; it is {better if wins else worse} {target} in these data")
    elif p is None:
        e["reading"] = f"{what}: not enough data to test against {target} (n = {n})"
    elif p < alpha:
        e["reading"] = f"{what} {shown} is {better} {target} with {_confidence_text(p)} ({test})"
    else:
        e["reading"] = (f"{what} {shown}: not shown to be {better} {target} (only "
                        f"{_confidence_text(p)}; {test})")
    return e


def _t_greater(mean: float, sd: float, n: int, mu0: float) -> tuple[float | None, bool]:
    """One-sided p for mean > mu0 and whether the sample had no variation."""
    if n < 2 or not math.isfinite(sd):
        return None, False
    if sd == 0:
        return None, True
    t = (mean - mu0) / (sd / math.sqrt(n))
    return float(st.t_sf(t, n - 1)), False


def completion_benchmark(successes: int, n: int, p0: float) -> tuple[float | None, float | None]:
    """(mid-p, exact p) that the completion rate exceeds p0: P(X > x) + 1/2 P(X = x) and
    P(X >= x) under Binomial(n, p0). ``None`` when n = 0."""
    if n == 0:
        return None, None
    above = float(st.binom_sf(successes, n, p0))
    at = float(st.binom_pmf(successes, n, p0))
    return above + 0.5 * at, above + at


def nps_benchmark(promoters: int, passives: int, detractors: int,
                  benchmark: float) -> float | None:
    """One-sided p that NPS exceeds ``benchmark`` (points), z with the adjusted-Wald SE."""
    if promoters + passives + detractors == 0:
        return None
    d, _pa, p = (c + w for c, w in zip((detractors, passives, promoters), NPS_PSEUDO,
                                       strict=True))
    n = promoters + passives + detractors + sum(NPS_PSEUDO)
    pp, dd = p / n, d / n
    se = math.sqrt((pp + dd - (pp - dd) ** 2) / n)
    return float(st.norm_sf((pp - dd - benchmark / 100.0) / se))


def benchmark_section(rows: pd.DataFrame, scores: pd.DataFrame, benchmarks: Mapping[str, float],
                      confidence: float) -> list[dict[str, Any]]:
    """Every benchmark test of a study: per task completion, SEQ and time (against the task's
    target), then SUS, UMUX-Lite and NPS."""
    alpha = round(1.0 - confidence, 12)
    b = {**DEFAULTS, **benchmarks}
    out: list[dict[str, Any]] = []
    # every task at once (one scipy call per test), then one entry per task
    x = rows["successes"].to_numpy(float)
    n = rows["attempts"].to_numpy(float)
    with np.errstate(all="ignore"):
        above = st.binom_sf(x, n, b["completion"])
        at = st.binom_pmf(x, n, b["completion"])
        k_seq = rows["seq_n"].to_numpy(float)
        m_seq, s_seq = rows["seq_mean"].to_numpy(float), rows["seq_sd"].to_numpy(float)
        p_seq = st.t_sf((m_seq - b["seq"]) / (s_seq / np.sqrt(k_seq)), k_seq - 1)
        target = pd.to_numeric(rows.get("target_time_s", pd.Series(np.nan, index=rows.index)),
                               errors="coerce").to_numpy(float)
        k_t = rows["time_success_n"].to_numpy(float)
        lm = rows["time_success_log_mean"].to_numpy(float)
        ls = rows["time_success_log_sd"].to_numpy(float)
        p_time = st.t_cdf((lm - np.log(target)) / (ls / np.sqrt(k_t)), k_t - 1)
    for i, task in enumerate(rows["task"].astype(str).tolist()):
        ni, xi = int(n[i]), int(x[i])
        mid, exact = (above[i] + 0.5 * at[i], above[i] + at[i]) if ni else (None, None)
        out.append({"task": task, **_entry(
            "completion", b["completion"], ni, xi / ni if ni else None, BINOMIAL_TEST, mid,
            alpha, f"{task}: completion", f"{_pct(xi / ni) if ni else ''} ({xi}/{ni})",
            _pct(b["completion"]), "above", "below", p_exact=clean(exact), successes=xi)})
        k = int(k_seq[i])
        if k:
            flat = k >= 2 and s_seq[i] == 0
            p = clean(p_seq[i]) if k >= 2 and s_seq[i] > 0 else None
            out.append({"task": task, **_entry(
                "seq", b["seq"], k, clean(m_seq[i]), ONE_SAMPLE_T, p, alpha,
                f"{task}: SEQ", f"mean {m_seq[i]:.1f}", f"{b['seq']:g}", "above", "below",
                flat)})
        k = int(k_t[i])
        if math.isfinite(target[i]) and target[i] > 0 and k:
            flat = k >= 2 and ls[i] == 0
            p = clean(p_time[i]) if k >= 2 and ls[i] > 0 else None
            gm = math.exp(lm[i])
            out.append({"task": task, **_entry(
                "time", float(target[i]), k, gm, LOG_TIME_T, p, alpha, f"{task}: time",
                f"geometric mean {gm:.0f} s", f"the {target[i]:g} s target", "faster than",
                "slower than", flat)})
    for key, label in (("sus", "SUS"), ("umux_lite", "UMUX-Lite")):
        v = scores[key].dropna().to_numpy(float)
        if not v.size:
            continue
        target = b[key]
        raw = target if key == "sus" else (target - sc.UMUX_SUS_INTERCEPT) / sc.UMUX_SUS_SLOPE
        sd = float(v.std(ddof=1)) if v.size >= 2 else math.nan
        p, flat = _t_greater(float(v.mean()), sd, int(v.size), raw)
        extra = {} if key == "sus" else {"benchmark_raw": raw,
                                         "benchmark_scale": "SUS-equivalent"}
        out.append(_entry(key, target, int(v.size), float(v.mean()), ONE_SAMPLE_T, p, alpha,
                          label, f"mean {v.mean():.1f}",
                          f"{target:g}" + ("" if key == "sus" else
                                           f" (SUS-equivalent; UMUX-Lite {raw:.1f})"),
                          "above", "below", flat, **extra))
    if "nps" in b:
        cat = scores["nps_category"]
        pro, pas, det = (int((cat == c).sum()) for c in ("promoter", "passive", "detractor"))
        n = pro + pas + det
        score = 100.0 * (pro - det) / n if n else None
        p = nps_benchmark(pro, pas, det, b["nps"])
        out.append(_entry("nps", b["nps"], n, score, NPS_Z, p, alpha, "NPS",
                          f"{score:+.0f}" if score is not None else "", f"{b['nps']:+g}",
                          "above", "below"))
    return out


def benchmarks_used(benchmarks: Mapping[str, float] | None) -> dict[str, float]:
    """The benchmarks in force: the defaults, overridden by the study's or the caller's."""
    return {**DEFAULTS, **(benchmarks or {})}


__all__ = ["DEFAULTS", "benchmark_section", "benchmarks_used", "check_benchmarks",
           "completion_benchmark", "nps_benchmark", "parse_benchmark_args"]
