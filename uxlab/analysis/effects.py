"""Differences between two independent groups, with intervals and effect sizes (QtUX ch. 5).

- :func:`agresti_caffo_arrays` -- difference of two proportions with the adjusted-Wald
  interval of Agresti & Caffo (2000): add one success and one failure to each group;
- :func:`welch_difference_arrays` -- difference of two means with Welch's interval, t, df
  and p (on ln(times) it gives the ratio of geometric means once exponentiated);
- :func:`hedges_g_arrays` -- standardised mean difference with the small-sample correction.

Vectorised over tasks like :mod:`uxlab.analysis.stats`: NaN where a value cannot be computed.
scipy is imported inside the functions (it is slow to import and the GUI starts without it).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from uxlab.analysis.stats import FloatArray, check_confidence, z_value


def _arr(*values: ArrayLike) -> tuple[FloatArray, ...]:
    return tuple(np.atleast_1d(np.asarray(v, dtype=float)) for v in values)


def agresti_caffo_arrays(
    x1: ArrayLike, n1: ArrayLike, x2: ArrayLike, n2: ArrayLike, confidence: float = 0.95
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """(p1 - p2, low, high): the observed difference of two completion rates and the
    Agresti-Caffo interval p1' - p2' +/- z sqrt(p1'(1-p1')/(n1+2) + p2'(1-p2')/(n2+2)) with
    pi' = (xi + 1) / (ni + 2), clipped to [-1, 1]. NaN where a group has no attempts."""
    z = z_value(confidence)
    a1, m1, a2, m2 = _arr(x1, n1, x2, n2)
    ok = (m1 > 0) & (m2 > 0)
    with np.errstate(all="ignore"):
        diff = a1 / m1 - a2 / m2
        p1, p2 = (a1 + 1.0) / (m1 + 2.0), (a2 + 1.0) / (m2 + 2.0)
        half = z * np.sqrt(p1 * (1.0 - p1) / (m1 + 2.0) + p2 * (1.0 - p2) / (m2 + 2.0))
    nan = np.nan
    lo = np.where(ok, np.clip(p1 - p2 - half, -1.0, 1.0), nan)
    hi = np.where(ok, np.clip(p1 - p2 + half, -1.0, 1.0), nan)
    return np.where(ok, diff, nan), lo, hi


def welch_difference_arrays(
    mean1: ArrayLike, sd1: ArrayLike, n1: ArrayLike,
    mean2: ArrayLike, sd2: ArrayLike, n2: ArrayLike, confidence: float = 0.95,
) -> dict[str, FloatArray]:
    """Mean 1 - mean 2 with Welch's interval (Welch 1947; QtUX ch. 5).

    Returns arrays ``difference, low, high, t, df, p`` and ``no_variation`` (1.0 where both
    groups have n >= 2 and no spread at all: the difference is exact for these data, the
    interval degenerates to that point and no test can be computed -- t, df, p are NaN).
    NaN where a group has n < 2.
    """
    from scipy import stats as sps

    c = check_confidence(confidence)
    m1, s1, k1, m2, s2, k2 = _arr(mean1, sd1, n1, mean2, sd2, n2)
    enough = (k1 >= 2) & (k2 >= 2)
    k1s, k2s = np.where(enough, k1, 2.0), np.where(enough, k2, 2.0)
    with np.errstate(all="ignore"):
        v1, v2 = s1 * s1 / k1s, s2 * s2 / k2s
        se2 = v1 + v2
        spread = enough & (se2 > 0)
        se = np.sqrt(np.where(spread, se2, 1.0))
        df = se2**2 / (v1**2 / (k1s - 1.0) + v2**2 / (k2s - 1.0))
        df = np.where(spread, df, 1.0)
        t = (m1 - m2) / se
        p = 2.0 * sps.t.sf(np.abs(t), df)
        half = sps.t.ppf(1.0 - (1.0 - c) / 2.0, df) * se
    diff = m1 - m2
    flat = enough & (se2 == 0)
    nan = np.nan
    return {
        "difference": np.where(enough, diff, nan),
        "low": np.where(spread, diff - half, np.where(flat, diff, nan)),
        "high": np.where(spread, diff + half, np.where(flat, diff, nan)),
        "t": np.where(spread, t, nan), "df": np.where(spread, df, nan),
        "p": np.where(spread, p, nan), "no_variation": flat.astype(float),
    }


def hedges_g_arrays(
    mean1: ArrayLike, sd1: ArrayLike, n1: ArrayLike,
    mean2: ArrayLike, sd2: ArrayLike, n2: ArrayLike,
) -> FloatArray:
    """Hedges' g: d = (m1 - m2) / pooled SD, times J = 1 - 3 / (4(n1 + n2) - 9)
    (Hedges 1981; Lakens 2013, eq. 4). NaN when a group has n < 2 or the pooled SD is 0."""
    m1, s1, k1, m2, s2, k2 = _arr(mean1, sd1, n1, mean2, sd2, n2)
    ok = (k1 >= 2) & (k2 >= 2)
    with np.errstate(all="ignore"):
        pooled = np.sqrt(((k1 - 1.0) * s1 * s1 + (k2 - 1.0) * s2 * s2) / (k1 + k2 - 2.0))
        ok = ok & (pooled > 0)
        d = (m1 - m2) / np.where(ok, pooled, 1.0)
        g = d * (1.0 - 3.0 / (4.0 * (k1 + k2) - 9.0))
    return np.where(ok, g, np.nan)


def first(arrays: dict[str, FloatArray], i: int = 0) -> dict[str, Any]:
    """Entry ``i`` of every array as plain Python values (NaN -> None)."""
    from uxlab.analysis.stats import clean

    return {k: clean(v[i]) for k, v in arrays.items()}
