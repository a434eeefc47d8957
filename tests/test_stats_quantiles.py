"""The normal and t quantiles and tail areas come from scipy.special (scipy.stats takes half a
second to import). They must be the very numbers scipy.stats gives: compared here bit for bit
with scipy.stats itself, computed in the test."""

from __future__ import annotations

import numpy as np
from scipy import stats as scipy_stats

from uxlab.analysis import stats as st

LEVELS = (0.5, 0.8, 0.9, 0.95, 0.975, 0.99, 0.999)


def test_z_value_is_scipy_stats_norm_ppf() -> None:
    for c in LEVELS:
        assert st.z_value(c) == float(scipy_stats.norm.ppf(1 - (1 - c) / 2))


def test_t_interval_is_scipy_stats_t_ppf() -> None:
    rng = np.random.default_rng(3)
    n = np.concatenate([[0, 1, 2, 3, 10, 1000, 10**7], rng.integers(2, 5000, 500)]).astype(float)
    mean, sd = rng.normal(60, 20, len(n)), rng.gamma(2, 10, len(n))
    for c in LEVELS:
        lo, hi = st.t_interval_arrays(mean, sd, n, c)
        ok = n >= 2
        t = scipy_stats.t.ppf(1 - (1 - c) / 2, np.where(ok, n - 1, 1.0))
        half = t * sd / np.sqrt(np.where(ok, n, 1.0))
        np.testing.assert_array_equal(lo, np.where(ok, mean - half, np.nan))
        np.testing.assert_array_equal(hi, np.where(ok, mean + half, np.nan))


def test_two_sided_p_values_are_scipy_stats_sf() -> None:
    rng = np.random.default_rng(4)
    k1, k2 = rng.integers(1, 60, 400), rng.integers(1, 60, 400)
    x1, x2 = rng.integers(0, k1 + 1), rng.integers(0, k2 + 1)
    z, p, _ = st.n1_two_proportion_arrays(x1, k1, x2, k2)
    usable = ~np.isnan(z) & (z != 0)
    np.testing.assert_array_equal(p[usable], 2 * scipy_stats.norm.sf(np.abs(z[usable])))
    m1, m2 = rng.normal(4, 1, 400), rng.normal(4.2, 1, 400)
    s1, s2 = rng.gamma(2, 0.3, 400), rng.gamma(2, 0.3, 400)
    t, df, p = st.welch_arrays(m1, s1, k1, m2, s2, k2)
    ok = ~np.isnan(t)
    assert ok.sum() > 300
    np.testing.assert_array_equal(p[ok], 2 * scipy_stats.t.sf(np.abs(t[ok]), df[ok]))


def test_tail_probabilities_from_scipy_special_match_scipy_stats() -> None:
    """The benchmark tests and the median interval use scipy.special (no scipy.stats import at
    analysis time); checked here against scipy.stats itself over the ranges studies use."""
    import numpy as np
    from scipy import stats as sps

    from uxlab.analysis import stats as st

    for n in (1, 2, 5, 12, 25, 40, 100, 300, 1000):
        k = np.arange(0, n + 1)
        for p in (0.5, 0.78, 0.9):
            assert np.allclose(st.binom_sf(k, n, p), sps.binom.sf(k, n, p), rtol=1e-9, atol=1e-12)
            assert np.allclose(st.binom_pmf(k, n, p), sps.binom.pmf(k, n, p), rtol=1e-9, atol=1e-15)
    counts = np.arange(1, 3000)
    for q in (0.005, 0.025, 0.05):
        assert np.array_equal(st.binom_ppf(q, counts, 0.5), sps.binom.ppf(q, counts, 0.5))
    t = np.linspace(-8, 8, 161)
    for df in (1, 2, 4, 11, 24, 100):
        assert np.allclose(st.t_sf(t, df), sps.t.sf(t, df), rtol=1e-12, atol=1e-15)
        assert np.allclose(st.t_cdf(t, df), sps.t.cdf(t, df), rtol=1e-12, atol=1e-15)
    assert np.allclose(st.norm_sf(t), sps.norm.sf(t), rtol=1e-12, atol=1e-300)
    assert np.isnan(st.binom_sf(0, 0, 0.5)) and np.isnan(st.binom_ppf(0.025, 0, 0.5))
