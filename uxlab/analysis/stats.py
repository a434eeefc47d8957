"""Small-sample statistics for usability data (Sauro & Lewis, *Quantifying the User
Experience*, 2nd ed. 2016 -- "QtUX" -- and the papers it builds on).

Two layers:

- scalar functions (``adjusted_wald``, ``time_summary``, ``mean_ci``, ``two_proportion_test``,
  ``welch_t`` ...) returning small frozen dataclasses whose fields are plain ``float``/``int``
  or ``None`` -- never NaN: a value that cannot be computed (too few data) is ``None``;
- vectorised ``*_arrays`` helpers working on numpy arrays of group statistics, used by
  :mod:`uxlab.analysis.metrics` so one ``groupby`` feeds every task at once. They return NaN
  where a value cannot be computed; callers turn NaN into ``None`` at the JSON boundary.

The confidence level is any 0 < c < 1 (0.90, 0.95 and 0.99 are the usual ones).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy import special as _sp

from uxlab.core.errors import DataError


class _LazyScipyStats:
    """scipy.stats, imported on first use: it takes about half a second and 60 MiB to import,
    and the everyday metrics need only the normal and t quantiles from scipy.special (the very
    functions scipy.stats calls, so every number is the same)."""

    def __getattr__(self, name: str) -> Any:
        import scipy.stats

        return getattr(scipy.stats, name)


_st = _LazyScipyStats()


# Tail probabilities from scipy.special (the functions scipy.stats evaluates, without its half
# second of import): the everyday analysis, benchmarks and median intervals included, needs no
# scipy.stats. Each agrees with scipy.stats to 1e-12 (tests/test_stats_quantiles.py).
def t_sf(t: ArrayLike, df: ArrayLike) -> Any:
    """P(T > t) for Student's t with ``df`` degrees of freedom (= scipy.stats.t.sf)."""
    return _sp.stdtr(df, -np.asarray(t, float))


def t_cdf(t: ArrayLike, df: ArrayLike) -> Any:
    """P(T <= t) (= scipy.stats.t.cdf)."""
    return _sp.stdtr(df, np.asarray(t, float))


def norm_sf(z: ArrayLike) -> Any:
    """P(Z > z) for the standard normal (= scipy.stats.norm.sf)."""
    return _sp.ndtr(-np.asarray(z, float))


def binom_sf(k: ArrayLike, n: ArrayLike, p: float) -> Any:
    """P(X > k) for X ~ Binomial(n, p) (= scipy.stats.binom.sf); NaN where n < 1."""
    k, n = np.asarray(k, float), np.asarray(n, float)
    ok = n >= 1
    with np.errstate(all="ignore"):
        out = _sp.bdtrc(np.where(ok, k, 0).astype(np.int64), np.where(ok, n, 1).astype(np.int64), p)
    return np.where(ok, out, np.nan)


def binom_pmf(k: ArrayLike, n: ArrayLike, p: float) -> Any:
    """P(X = k) for X ~ Binomial(n, p) (= scipy.stats.binom.pmf), from log-gamma; NaN where n < 1."""
    k, n = np.asarray(k, float), np.asarray(n, float)
    with np.errstate(all="ignore"):
        log = (_sp.gammaln(n + 1) - _sp.gammaln(k + 1) - _sp.gammaln(n - k + 1)
               + _sp.xlogy(k, p) + _sp.xlog1py(n - k, -p))
        return np.where((n >= 1) & (k >= 0) & (k <= n), np.exp(log), np.nan)


def binom_ppf(q: float, n: ArrayLike, p: float) -> Any:
    """The smallest k with P(X <= k) >= q, X ~ Binomial(n, p) (= scipy.stats.binom.ppf, by the
    formula scipy used before its Boost back end); NaN where n < 1."""
    n = np.asarray(n, float)
    ok = n >= 1
    with np.errstate(all="ignore"):
        nn = np.where(ok, n, 1).astype(np.int64)
        vals = np.ceil(_sp.bdtrik(q, nn, p))
        below = np.maximum(vals - 1, 0)
        out = np.where(_sp.bdtr(below.astype(np.int64), nn, p) >= q, below, vals)
    return np.where(ok, out, np.nan)

FloatArray = NDArray[np.float64]

N1_TEST = "N-1 two-proportion test"
FISHER_TEST = "Fisher exact test"
WELCH_TEST = "Welch t-test"
WELCH_LOG_TEST = "Welch t-test on log times"

# Rocks (2016) adjusted-Wald NPS interval: pseudo-observations added to
# (detractors, passives, promoters) before the Wald interval, as Lewis & Sauro describe.
NPS_PSEUDO = (0.75, 1.5, 0.75)

# Campbell (2007): the N-1 test is sound when every expected count is at least 1; below that,
# use Fisher's exact test. We also show Fisher's p as a cross-check whenever a count is < 5.
FISHER_SHOW_BELOW = 5.0
FISHER_PREFER_BELOW = 1.0


def check_confidence(confidence: float) -> float:
    """Return the confidence level as a float, or raise a clear error."""
    try:
        c = float(confidence)
    except (TypeError, ValueError):
        c = math.nan
    if not 0.0 < c < 1.0:
        raise DataError(
            f"confidence level {confidence!r} is not between 0 and 1", field="confidence",
            fix="use a level such as 0.90, 0.95 or 0.99",
        )
    return c


def z_value(confidence: float) -> float:
    """Two-sided critical value of the standard normal: 1.96 for 0.95."""
    c = check_confidence(confidence)
    return float(_sp.ndtri(1.0 - (1.0 - c) / 2.0))  # = scipy.stats.norm.ppf


def clean(value: Any) -> Any:
    """A plain Python number (or ``None`` for NaN/inf/missing), for JSON and dataclasses."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    try:
        f = float(value)
    except (TypeError, ValueError):
        return value
    return f if math.isfinite(f) else None


def _values(data: Iterable[Any] | ArrayLike) -> FloatArray:
    """Finite floats only: None/NaN (not answered, declined) are dropped."""
    src: Any = data if hasattr(data, "__len__") else list(data)  # type: ignore[arg-type]
    a: FloatArray = np.asarray(src, dtype=float).ravel()
    return a[np.isfinite(a)]


def _quiet(fn: Any) -> Any:
    """Masked-out entries (empty groups) may divide by zero before ``np.where`` drops them;
    those warnings are noise, the results there are NaN by construction."""
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with np.errstate(all="ignore"):
            return fn(*args, **kwargs)

    return wrapper


class _Result:
    def to_dict(self) -> dict[str, Any]:
        return {k: clean(v) for k, v in asdict(self).items()}  # type: ignore[call-overload]


# =========================================================================== vectorised
@_quiet
def adjusted_wald_arrays(
    x: ArrayLike, n: ArrayLike, confidence: float = 0.95
) -> tuple[FloatArray, FloatArray]:
    """Adjusted-Wald interval (Agresti & Coull 1998; Sauro & Lewis 2005; QtUX ch. 3):
    n' = n + z^2, p' = (x + z^2/2) / n', p' +/- z sqrt(p'(1 - p') / n'), clipped to [0, 1].
    NaN where n = 0."""
    z = z_value(confidence)
    xa = np.asarray(x, dtype=float)
    na = np.asarray(n, dtype=float)
    n_adj = na + z * z
    p_adj = (xa + z * z / 2.0) / n_adj
    half = z * np.sqrt(p_adj * (1.0 - p_adj) / n_adj)
    ok = na > 0
    lo = np.where(ok, np.clip(p_adj - half, 0.0, 1.0), np.nan)
    hi = np.where(ok, np.clip(p_adj + half, 0.0, 1.0), np.nan)
    return lo, hi


@_quiet
def t_interval_arrays(
    mean: ArrayLike, sd: ArrayLike, n: ArrayLike, confidence: float = 0.95
) -> tuple[FloatArray, FloatArray]:
    """mean +/- t(n-1) x sd / sqrt(n). NaN where n < 2 (no spread to estimate)."""
    c = check_confidence(confidence)
    m = np.asarray(mean, dtype=float)
    s = np.asarray(sd, dtype=float)
    na = np.asarray(n, dtype=float)
    ok = na >= 2
    df = np.where(ok, na - 1.0, 1.0)
    t = _sp.stdtrit(df, 1.0 - (1.0 - c) / 2.0)  # = scipy.stats.t.ppf
    half = t * s / np.sqrt(np.where(ok, na, 1.0))
    lo = np.where(ok, m - half, np.nan)
    hi = np.where(ok, m + half, np.nan)
    return lo, hi


@_quiet
def n1_two_proportion_arrays(
    x1: ArrayLike, n1: ArrayLike, x2: ArrayLike, n2: ArrayLike
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """N-1 two-proportion test (Campbell 2007; QtUX ch. 5):
    z = (p1 - p2) / sqrt(P Q (1/n1 + 1/n2)) x sqrt((N - 1) / N), two-sided p from the normal.

    Returns (z, p, min_expected_count). When both groups have the same rate with everyone
    succeeding (or everyone failing) the test is degenerate: z = 0, p = 1. NaN when a group
    is empty.
    """
    x1a, n1a = np.asarray(x1, dtype=float), np.asarray(n1, dtype=float)
    x2a, n2a = np.asarray(x2, dtype=float), np.asarray(n2, dtype=float)
    ok = (n1a > 0) & (n2a > 0)
    n1s, n2s = np.where(ok, n1a, 1.0), np.where(ok, n2a, 1.0)
    big_n = n1s + n2s
    p1, p2 = x1a / n1s, x2a / n2s
    pooled = (x1a + x2a) / big_n
    pq = pooled * (1.0 - pooled)
    se = np.sqrt(pq * (1.0 / n1s + 1.0 / n2s))
    degenerate = se == 0
    z = np.where(degenerate, 0.0, (p1 - p2) / np.where(degenerate, 1.0, se))
    z = z * np.sqrt((big_n - 1.0) / big_n)
    p = np.where(degenerate, 1.0, 2.0 * _sp.ndtr(-np.abs(z)))
    min_expected = np.minimum(n1s, n2s) * np.minimum(pooled, 1.0 - pooled)
    nan = np.nan
    return np.where(ok, z, nan), np.where(ok, p, nan), np.where(ok, min_expected, nan)


@_quiet
def welch_arrays(
    mean1: ArrayLike, sd1: ArrayLike, n1: ArrayLike,
    mean2: ArrayLike, sd2: ArrayLike, n2: ArrayLike,
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Welch's unequal-variance t-test from group statistics: (t, df, two-sided p).
    NaN where either group has n < 2 or both groups have no spread."""
    m1, s1, k1 = (np.asarray(a, dtype=float) for a in (mean1, sd1, n1))
    m2, s2, k2 = (np.asarray(a, dtype=float) for a in (mean2, sd2, n2))
    ok = (k1 >= 2) & (k2 >= 2)
    k1s, k2s = np.where(ok, k1, 2.0), np.where(ok, k2, 2.0)
    v1, v2 = s1 * s1 / k1s, s2 * s2 / k2s
    se2 = v1 + v2
    ok = ok & (se2 > 0)
    se2s = np.where(ok, se2, 1.0)
    t = (m1 - m2) / np.sqrt(se2s)
    df = se2s**2 / (v1**2 / (k1s - 1.0) + v2**2 / (k2s - 1.0) + np.where(ok, 0.0, 1.0))
    p = 2.0 * _sp.stdtr(np.where(ok, df, 1.0), -np.abs(t))  # = scipy.stats.t.sf
    nan = np.nan
    return np.where(ok, t, nan), np.where(ok, df, nan), np.where(ok, p, nan)


# =========================================================================== completion
@dataclass(frozen=True)
class ProportionCI(_Result):
    successes: int
    n: int
    rate: float | None
    low: float | None
    high: float | None
    confidence: float


def adjusted_wald(successes: int, n: int, confidence: float = 0.95) -> ProportionCI:
    """Completion rate with its adjusted-Wald interval (proportions 0-1)."""
    if n < 0 or successes < 0 or successes > n:
        raise DataError(f"{successes} successes out of {n} attempts is impossible",
                        field="successes", fix="successes must be between 0 and attempts")
    lo, hi = adjusted_wald_arrays([successes], [n], confidence)
    return ProportionCI(successes, n, successes / n if n else None,
                        clean(lo[0]), clean(hi[0]), check_confidence(confidence))


# =========================================================================== times
@dataclass(frozen=True)
class TimeSummary(_Result):
    n: int
    geomean: float | None
    low: float | None
    high: float | None
    median: float | None
    mean: float | None
    sd: float | None
    confidence: float


def time_summary(times: Iterable[Any] | ArrayLike, confidence: float = 0.95) -> TimeSummary:
    """Task times: geometric mean with a t-interval on ln(times) (n - 1 df), exponentiated
    (Sauro & Lewis 2010; QtUX ch. 3), plus median, arithmetic mean, SD and n.

    Missing times are dropped; so are times of 0 s or less, which have no logarithm (a real
    attempt always takes time, so such a value is a data error, not a fast participant).
    """
    c = check_confidence(confidence)
    t = _values(times)
    t = t[t > 0]
    n = int(t.size)
    if n == 0:
        return TimeSummary(0, None, None, None, None, None, None, c)
    logs = np.log(t)
    m = float(logs.mean())
    sd_log = float(logs.std(ddof=1)) if n >= 2 else math.nan
    lo, hi = t_interval_arrays([m], [sd_log], [n], c)
    return TimeSummary(
        n=n, geomean=math.exp(m), low=clean(np.exp(lo[0])), high=clean(np.exp(hi[0])),
        median=float(np.median(t)), mean=float(t.mean()),
        sd=float(t.std(ddof=1)) if n >= 2 else None, confidence=c,
    )


# =========================================================================== ratings
@dataclass(frozen=True)
class MeanSummary(_Result):
    n: int
    mean: float | None
    sd: float | None
    low: float | None
    high: float | None
    confidence: float


def mean_ci(values: Iterable[Any] | ArrayLike, confidence: float = 0.95) -> MeanSummary:
    """Mean with a t-interval (n - 1 df) -- ratings, SUS, UMUX-Lite (QtUX ch. 3).
    Unanswered values (None/NaN) are left out; the interval needs n >= 2."""
    c = check_confidence(confidence)
    v = _values(values)
    n = int(v.size)
    if n == 0:
        return MeanSummary(0, None, None, None, None, c)
    m = float(v.mean())
    sd = float(v.std(ddof=1)) if n >= 2 else math.nan
    lo, hi = t_interval_arrays([m], [sd], [n], c)
    return MeanSummary(n, m, clean(sd), clean(lo[0]), clean(hi[0]), c)


def net_score(values: Iterable[Any] | ArrayLike) -> float | None:
    """Net score of a 7-point item in points (-100...100): % answers 6-7 minus % answers 1-3
    (XM Institute / Temkin experience ratings). ``None`` when nobody answered."""
    v = _values(values)
    if v.size == 0:
        return None
    return float(100.0 * (np.count_nonzero(v >= 6) - np.count_nonzero(v <= 3)) / v.size)


# =========================================================================== comparisons
@dataclass(frozen=True)
class TwoProportionTest(_Result):
    successes_a: int
    n_a: int
    successes_b: int
    n_b: int
    rate_a: float | None
    rate_b: float | None
    z: float | None
    p: float | None
    min_expected: float | None
    fisher_p: float | None  # shown when an expected count is below 5
    recommended: str | None  # N1_TEST, or FISHER_TEST when an expected count is below 1
    test: str = N1_TEST


def fisher_exact_p(x1: int, n1: int, x2: int, n2: int) -> float:
    """Two-sided Fisher exact (Fisher-Irwin) p for successes x1/n1 vs x2/n2."""
    table = np.array([[x1, n1 - x1], [x2, n2 - x2]], dtype=np.int64)
    res = _st.fisher_exact(table, alternative="two-sided")
    return float(res.pvalue)


def two_proportion_test(x1: int, n1: int, x2: int, n2: int) -> TwoProportionTest:
    """Compare two completion rates from different participants (between-subjects).

    N-1 two-proportion test as recommended by Campbell (2007) and QtUX ch. 5; Fisher's exact
    p is added when an expected count is below 5, and recommended when one is below 1.
    """
    for x, n, name in ((x1, n1, "a"), (x2, n2, "b")):
        if n < 0 or x < 0 or x > n:
            raise DataError(f"{x} successes out of {n} attempts is impossible",
                            field=f"group {name}", fix="successes must be between 0 and n")
    z, p, me = (clean(a[0]) for a in n1_two_proportion_arrays([x1], [n1], [x2], [n2]))
    fisher = None
    recommended = None
    if me is not None:
        recommended = FISHER_TEST if me < FISHER_PREFER_BELOW else N1_TEST
        if me < FISHER_SHOW_BELOW:
            fisher = fisher_exact_p(x1, n1, x2, n2)
    return TwoProportionTest(
        x1, n1, x2, n2, x1 / n1 if n1 else None, x2 / n2 if n2 else None,
        z, p, me, fisher, recommended,
    )


@dataclass(frozen=True)
class WelchTest(_Result):
    n_a: int
    n_b: int
    mean_a: float | None
    mean_b: float | None
    t: float | None
    df: float | None
    p: float | None
    test: str = WELCH_TEST


def welch_t_from_stats(
    mean_a: float, sd_a: float, n_a: int, mean_b: float, sd_b: float, n_b: int
) -> WelchTest:
    """Welch t-test from summary statistics (QtUX ch. 5 reports examples this way)."""
    t, df, p = (clean(a[0]) for a in welch_arrays([mean_a], [sd_a], [n_a],
                                                   [mean_b], [sd_b], [n_b]))
    return WelchTest(n_a, n_b, clean(mean_a), clean(mean_b), t, df, p)


def welch_t(a: Iterable[Any] | ArrayLike, b: Iterable[Any] | ArrayLike) -> WelchTest:
    """Welch's unequal-variance t-test on raw values (ratings, SUS); missing values dropped."""
    va, vb = _values(a), _values(b)
    na, nb = int(va.size), int(vb.size)
    ma = float(va.mean()) if na else math.nan
    mb = float(vb.mean()) if nb else math.nan
    sa = float(va.std(ddof=1)) if na >= 2 else math.nan
    sb = float(vb.std(ddof=1)) if nb >= 2 else math.nan
    return welch_t_from_stats(ma, sa, na, mb, sb, nb)


@dataclass(frozen=True)
class LogTimeTest(_Result):
    n_a: int
    n_b: int
    geomean_a: float | None
    geomean_b: float | None
    t: float | None
    df: float | None
    p: float | None
    test: str = WELCH_LOG_TEST


def welch_t_log(a: Iterable[Any] | ArrayLike, b: Iterable[Any] | ArrayLike) -> LogTimeTest:
    """Compare task times: Welch t-test on ln(times) (QtUX ch. 5). Times <= 0 are dropped."""
    va, vb = _values(a), _values(b)
    va, vb = np.log(va[va > 0]), np.log(vb[vb > 0])
    w = welch_t(va, vb)
    return LogTimeTest(
        w.n_a, w.n_b,
        math.exp(w.mean_a) if w.mean_a is not None else None,
        math.exp(w.mean_b) if w.mean_b is not None else None,
        w.t, w.df, w.p,
    )


# =========================================================================== NPS
@dataclass(frozen=True)
class NpsSummary(_Result):
    n: int
    promoters: int
    passives: int
    detractors: int
    score: float | None  # points, -100...100
    low: float | None
    high: float | None
    confidence: float


@_quiet
def nps_arrays(
    promoters: ArrayLike, passives: ArrayLike, detractors: ArrayLike, confidence: float = 0.95
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """NPS in points with the adjusted-Wald interval Rocks (2016) evaluated and Lewis & Sauro
    (MeasuringU 2021) recommend: add 3/4 to promoters and to detractors (3 to n), then
    NPS' +/- z sqrt((p' + d' - NPS'^2) / n'); clipped to [-100, 100]. NaN where n = 0."""
    z = z_value(confidence)
    pro = np.asarray(promoters, dtype=float)
    pas = np.asarray(passives, dtype=float)
    det = np.asarray(detractors, dtype=float)
    n = pro + pas + det
    ok = n > 0
    score = np.where(ok, 100.0 * (pro - det) / np.where(ok, n, 1.0), np.nan)
    d_adj, pas_adj, p_adj = (c + w for c, w in zip((det, pas, pro), NPS_PSEUDO, strict=True))
    n_adj = d_adj + pas_adj + p_adj
    pp, dd = p_adj / n_adj, d_adj / n_adj
    centre = pp - dd
    half = z * np.sqrt((pp + dd - centre**2) / n_adj)
    lo = np.where(ok, 100.0 * np.clip(centre - half, -1.0, 1.0), np.nan)
    hi = np.where(ok, 100.0 * np.clip(centre + half, -1.0, 1.0), np.nan)
    return score, lo, hi


def nps_summary(
    promoters: int, passives: int, detractors: int, confidence: float = 0.95
) -> NpsSummary:
    """NPS (points) with its adjusted-Wald interval from the three counts."""
    s, lo, hi = nps_arrays([promoters], [passives], [detractors], confidence)
    return NpsSummary(
        promoters + passives + detractors, promoters, passives, detractors,
        clean(s[0]), clean(lo[0]), clean(hi[0]), check_confidence(confidence),
    )
