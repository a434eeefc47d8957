"""More than two independent groups: an omnibus test, then pairwise comparisons with Holm's
step-down correction (QtUX ch. 5 and 10; docs/metrics.md, "More than two groups").

- completion: Pearson's chi-square test of independence on the k x 2 table; when an expected
  count is below 5, the exact (Fisher-Freeman-Halton) test by full enumeration instead;
- times (ln), SEQ, SUS, UMUX-Lite: Welch's heteroscedastic one-way ANOVA (Welch 1951);
- pairwise: the two-group tests of :mod:`uxlab.analysis.comparisons` (N-1 two-proportion or
  Fisher exact, Welch t), p adjusted with Holm (1979) within each family (one task x metric).

scipy is imported inside the functions.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from uxlab.analysis.stats import clean

CHI_SQUARE = "chi-square test of independence"
EXACT_RXC = "Fisher-Freeman-Halton exact test"
WELCH_ANOVA = "Welch's ANOVA"
WELCH_ANOVA_LOG = "Welch's ANOVA on log times"
HOLM = "Holm"
MAX_TABLES = 2_000_000  # exact test enumeration limit; beyond it the chi-square is used


def holm(p: ArrayLike) -> list[float | None]:
    """Holm's step-down adjusted p-values (None stays None): sort ascending, p_(i) x (m - i + 1),
    running maximum, capped at 1 (Holm 1979)."""
    values = [None if v is None else float(v) for v in np.atleast_1d(np.asarray(p, object))]
    idx = [i for i, v in enumerate(values) if v is not None and math.isfinite(v)]
    m = len(idx)
    order = sorted(idx, key=lambda i: values[i])  # type: ignore[arg-type, return-value]
    out: list[float | None] = [None] * len(values)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * float(values[i])))  # type: ignore[arg-type]
        out[i] = running
    return out


def exact_rx2_p(successes: list[int], n: list[int]) -> float | None:
    """Exact test of a k x 2 table (Freeman & Halton 1951): the probability, given the margins,
    of every table no more likely than the observed one (R's fisher.test rule, relative
    tolerance 1e-7). ``None`` when there are too many tables to enumerate."""
    from scipy.special import gammaln

    total = sum(successes)
    sizes = [int(k) for k in n]
    if math.prod(k + 1 for k in sizes[:-1]) > MAX_TABLES:
        return None

    def log_p(xs: tuple[int, ...]) -> float:
        lc = sum(gammaln(k + 1) - gammaln(x + 1) - gammaln(k - x + 1) for x, k in zip(xs, sizes,
                                                                                      strict=True))
        big = sum(sizes)
        return float(lc - (gammaln(big + 1) - gammaln(total + 1) - gammaln(big - total + 1)))

    observed = log_p(tuple(successes))
    p = 0.0
    for head in itertools.product(*(range(k + 1) for k in sizes[:-1])):
        last = total - sum(head)
        if 0 <= last <= sizes[-1]:
            lp = log_p((*head, last))
            if lp <= observed + 1e-7:
                p += math.exp(lp)
    return min(1.0, p)


def completion_omnibus(successes: list[int], n: list[int]) -> dict[str, Any]:
    """Chi-square on the k x 2 table, or the exact test when an expected count is < 5."""
    from scipy import stats as sps

    keep = [i for i, k in enumerate(n) if k > 0]
    x = [successes[i] for i in keep]
    m = [n[i] for i in keep]
    out: dict[str, Any] = {"metric": "completion", "groups_tested": len(keep), "test": None,
                           "statistic": None, "df": None, "p": None, "min_expected": None}
    if len(keep) < 2:
        return out
    table = np.array([x, [k - s for k, s in zip(m, x, strict=True)]], dtype=float).T
    col = table.sum(axis=0)
    if (col == 0).any():  # everyone succeeded (or failed) in every group: no difference
        out.update(test=CHI_SQUARE, statistic=0.0, df=float(len(keep) - 1), p=1.0,
                   min_expected=0.0)
        return out
    expected = table.sum(axis=1, keepdims=True) * col / table.sum()
    chi2, p, df, _ = sps.chi2_contingency(table, correction=False)
    out.update(test=CHI_SQUARE, statistic=float(chi2), df=float(df), p=float(p),
               min_expected=float(expected.min()))
    if expected.min() < 5:
        exact = exact_rx2_p(x, m)
        if exact is not None:
            out.update(test=EXACT_RXC, statistic=None, df=None, p=exact, chi_square_p=float(p))
    return out


def welch_anova(means: ArrayLike, sds: ArrayLike, ns: ArrayLike) -> dict[str, Any]:
    """Welch's one-way ANOVA from group statistics (Welch 1951): F, df1, df2, p. Groups with
    n < 2 are left out; needs two groups with spread."""
    from scipy import stats as sps

    m, s, n = (np.atleast_1d(np.asarray(v, float)) for v in (means, sds, ns))
    ok = (n >= 2) & np.isfinite(m) & np.isfinite(s)
    out: dict[str, Any] = {"statistic": None, "df": None, "df2": None, "p": None,
                           "groups_tested": int(ok.sum()), "no_variation": False}
    m, s, n = m[ok], s[ok], n[ok]
    k = m.size
    if k < 2:
        return out
    if (s == 0).any():
        out["no_variation"] = bool((s == 0).all())
        return out
    w = n / (s * s)
    mw = float((w * m).sum() / w.sum())
    a = float((w * (m - mw) ** 2).sum() / (k - 1))
    tmp = float(((1 - w / w.sum()) ** 2 / (n - 1)).sum())
    b = 1 + 2 * (k - 2) / (k * k - 1) * tmp
    f = a / b
    df2 = (k * k - 1) / (3 * tmp)
    out.update(statistic=f, df=float(k - 1), df2=df2, p=float(sps.f.sf(f, k - 1, df2)))
    return {key: clean(v) if not isinstance(v, bool) else v for key, v in out.items()}
