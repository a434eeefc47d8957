"""Per-group medians and their distribution-free intervals, against a plain per-group sort.

The interval is the one in Sauro & Lewis, *Quantifying the User Experience* (2nd ed., 2016),
ch. 3 ("Confidence interval around a median"): the values at ranks l and n - l + 1 of the sorted
sample, l from Binomial(n, 1/2). Here the binomial rank is taken from scipy.stats directly and
the order statistics from numpy's sort, independently of the code under test.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from uxlab.analysis import taskframe
from uxlab.analysis.taskframe import group_median


def _expected(code: np.ndarray, n: int, x: np.ndarray, confidence: float) -> tuple[np.ndarray, ...]:
    med, low, high = np.full(n, np.nan), np.full(n, np.nan), np.full(n, np.nan)
    for g in range(n):
        v = np.sort(x[(code == g) & np.isfinite(x)])
        if not len(v):
            continue
        med[g] = np.median(v)
        rank = int(stats.binom.ppf((1 - confidence) / 2, len(v), 0.5))
        if rank >= 1:
            low[g], high[g] = v[rank - 1], v[len(v) - rank]
    return med, low, high


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 12), st.lists(st.tuples(st.integers(-1, 11), st.sampled_from(
    [1.0, 2.5, 2.5, 3.0, 7.25, 10.0, 60.0, np.nan, np.inf])), max_size=300),
    st.sampled_from([0.90, 0.95, 0.99]))
def test_medians_and_intervals_match_a_sort_of_each_group(n: int, pairs: list[tuple[int, float]],
                                                          confidence: float) -> None:
    code = np.array([min(c, n - 1) for c, _ in pairs], dtype=np.intp)
    x = np.array([v for _, v in pairs], dtype=float)
    got = group_median(code, n, x, confidence)
    for g, e in zip(got, _expected(code, n, x, confidence), strict=True):
        np.testing.assert_array_equal(g, e)
    np.testing.assert_array_equal(group_median(code, n, x), _expected(code, n, x, confidence)[0])


@pytest.mark.parametrize("groups", [3, 5000])  # one partition per group / one sort of all
def test_large_samples_in_many_or_few_groups(groups: int) -> None:
    rng = np.random.default_rng(groups)
    code = rng.integers(0, groups, 60_000)
    x = np.round(rng.lognormal(4.0, 0.6, 60_000), 1)  # ties, as recorded times have
    got = group_median(code, groups, x, 0.95)
    for g, e in zip(got, _expected(code, groups, x, 0.95), strict=True):
        np.testing.assert_array_equal(g, e)


def test_both_ways_agree_when_the_limit_is_moved(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(7)
    code, x = rng.integers(0, 40, 5_000), rng.normal(50, 10, 5_000)
    partitioned = group_median(code, 40, x, 0.9)
    monkeypatch.setattr(taskframe, "_PARTITION_GROUPS", 0)
    sorted_all = group_median(code, 40, x, 0.9)
    for a, b in zip(partitioned, sorted_all, strict=True):
        np.testing.assert_array_equal(a, b)
