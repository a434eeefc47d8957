"""Statistics against published worked examples.

Sources:
- Sauro, J. (2006). Graph and calculator for confidence intervals for task times.
  MeasuringU (measuringu.com/time_intervals.php): "if you entered the raw task times 55, 65,
  75, 62, 45, 135 ... with a 95% confidence level ... Average Time: 68 seconds, 95% CI (46,101)".
- Tullis, T. & Albert, W. (2008). Measuring the User Experience, p. 69 (also
  measuringux.com/adjustedwald.htm): 4 of 5 successes, 95%: p_adj = 0.6696, n_adj = 8.8416,
  0.6696 +/- 0.3100 -> 35.96% to 97.96%.
- Sauro, J. & Lewis, J. R. (2005). Estimating completion rates from small samples using
  binomial confidence intervals. Proc. HFES 49, 2100-2104; QtUX ch. 3 (the adjusted-Wald
  formula). 7 of 10 -> about 39% to 90% is worked step by step from that formula below.
- MeasuringU completion-rate calculator page (measuringu.com/wald.htm): 9 of 10 at 95% uses
  p_adj = (9 + 1.96^2/2) / (10 + 1.96^2), "approx. 11/14".
- Campbell, I. (2007). Chi-squared and Fisher-Irwin tests of two-by-two tables with small
  sample recommendations. Statistics in Medicine 26, 3661-3675; QtUX ch. 5 "N-1
  two-proportion test". Worked example 10/12 vs 4/13 -> z = 2.59, p = 0.00955, as printed in
  the vignette of the uxr R package (CRAN; an implementation of QtUX's methods), section
  "Compare Rates Between Groups".
- R Core Team, stats::t.test help page example: t.test(1:10, c(7:20, 200)) -> Welch
  t = -1.6329, df = 14.165, p-value = 0.1245, 95% CI -47.2429 to 6.3762.
- Two-sample t example from summary statistics (means 51.6 and 49.6, SDs 4.07 and 4.63,
  n = 11 and 12) in the same uxr vignette ("Compare Means Between Groups"): Welch t = 1.1,
  df = 21, p = 0.283.
- Rocks, B. (2016). Interval estimation for the "net promoter score". The American
  Statistician 70(4), 365-372; Lewis & Sauro, MeasuringU (2021) "Confidence intervals for Net
  Promoter Scores": adjusted-Wald = add 3 to n and 3/4 to promoters and to detractors.
"""

from __future__ import annotations

import math

import pytest

from uxlab.analysis import stats as st
from uxlab.core.errors import DataError


def test_geometric_mean_and_ci_sauro_task_times() -> None:
    s = st.time_summary([55, 65, 75, 62, 45, 135])
    assert s.n == 6
    assert round(s.geomean) == 68
    assert round(s.low) == 46  # type: ignore[arg-type]
    assert round(s.high) == 101  # type: ignore[arg-type]
    # "the margin of error is 68 + 33 seconds and 68 - 22 seconds" (asymmetric).
    assert round(s.high - s.geomean) == 33  # type: ignore[operator]
    assert round(s.geomean - s.low) == 22  # type: ignore[operator]
    assert s.median == pytest.approx(63.5)
    assert s.mean == pytest.approx(72.8333, abs=1e-3)
    assert s.mean > s.geomean  # positive skew, as the article notes


def test_time_summary_small_and_bad_samples() -> None:
    one = st.time_summary([40.0])
    assert (one.n, one.geomean, one.low, one.high, one.sd) == (1, 40.0, None, None, None)
    empty = st.time_summary([None, math.nan])
    assert empty.n == 0 and empty.geomean is None and empty.median is None
    # A zero or negative time has no logarithm: it is left out, not turned into -inf.
    assert st.time_summary([0, -3, 50, 50]).n == 2
    assert st.time_summary([50, 50]).low == pytest.approx(50.0)  # no spread: zero-width CI


def test_adjusted_wald_tullis_albert_4_of_5() -> None:
    ci = st.adjusted_wald(4, 5)
    assert ci.rate == pytest.approx(0.8)
    assert ci.low == pytest.approx(0.3596, abs=5e-4)
    assert ci.high == pytest.approx(0.9796, abs=5e-4)


def test_adjusted_wald_7_of_10_step_by_step() -> None:
    # z = 1.96: n' = 13.8416, p' = 8.9208 / 13.8416 = 0.6445, +/- 0.2522.
    ci = st.adjusted_wald(7, 10)
    assert ci.low == pytest.approx(0.392, abs=1e-3)
    assert ci.high == pytest.approx(0.897, abs=1e-3)
    assert (round(100 * ci.low), round(100 * ci.high)) == (39, 90)  # type: ignore[operator]


def test_adjusted_wald_measuringu_9_of_10() -> None:
    # p_adj = (9 + 1.9208) / 13.8416 = 0.789 ("approx. 11/14"); the upper end passes 1.
    ci = st.adjusted_wald(9, 10)
    z = st.z_value(0.95)
    p_adj = (9 + z * z / 2) / (10 + z * z)
    assert p_adj == pytest.approx(11 / 14, abs=0.005)
    assert ci.low == pytest.approx(p_adj - z * math.sqrt(p_adj * (1 - p_adj) / (10 + z * z)))
    assert ci.high == 1.0


def test_adjusted_wald_is_clipped_and_handles_edges() -> None:
    # 10/10: the crude upper bound exceeds 1 and is clipped.
    ci = st.adjusted_wald(10, 10)
    assert ci.high == 1.0 and 0.6 < ci.low < 0.75  # type: ignore[operator]
    zero = st.adjusted_wald(0, 10)
    assert zero.low == 0.0 and zero.high is not None and zero.high > 0
    none = st.adjusted_wald(0, 0)
    assert (none.rate, none.low, none.high) == (None, None, None)
    with pytest.raises(DataError):
        st.adjusted_wald(6, 5)


def test_confidence_levels() -> None:
    assert st.z_value(0.95) == pytest.approx(1.959964, abs=1e-6)
    assert st.z_value(0.90) == pytest.approx(1.644854, abs=1e-6)
    assert st.z_value(0.99) == pytest.approx(2.575829, abs=1e-6)
    w90, w95, w99 = (st.adjusted_wald(7, 10, c) for c in (0.90, 0.95, 0.99))
    assert w90.low > w95.low > w99.low  # type: ignore[operator]
    assert st.adjusted_wald(7, 10, 0.8).low is not None  # any 0 < c < 1
    for bad in (0, 1, 95, -0.5, "high"):
        with pytest.raises(DataError) as err:
            st.z_value(bad)  # type: ignore[arg-type]
        assert err.value.field == "confidence"


def test_mean_ci_uses_t_with_n_minus_1_df() -> None:
    # 1..5: mean 3, SD 1.5811; t(0.975, 4) = 2.776 (t table): 3 +/- 1.963.
    m = st.mean_ci([1, 2, 3, 4, 5, None])
    assert m.n == 5 and m.mean == 3.0
    assert m.sd == pytest.approx(1.5811, abs=1e-4)
    assert m.low == pytest.approx(3 - 2.776 * 1.5811 / math.sqrt(5), abs=1e-3)
    assert m.high == pytest.approx(4.963, abs=1e-3)
    single = st.mean_ci([6])
    assert (single.mean, single.sd, single.low, single.high) == (6.0, None, None, None)


def test_net_score() -> None:
    # 3 answers of 6-7 and 2 of 1-3 among 7 answers: (3 - 2) / 7 = 14.3 points.
    assert st.net_score([7, 7, 6, 5, 4, 3, 1]) == pytest.approx(100 / 7)
    assert st.net_score([1, 2, 3]) == -100.0
    assert st.net_score([None]) is None


def test_n1_two_proportion_test_published_example() -> None:
    r = st.two_proportion_test(10, 12, 4, 13)
    assert r.test == "N-1 two-proportion test"
    assert r.z == pytest.approx(2.59, abs=0.005)
    assert r.p == pytest.approx(0.00955, abs=5e-5)
    assert r.fisher_p is None  # all expected counts are >= 5
    assert r.recommended == "N-1 two-proportion test"


def _fisher_two_sided(x1: int, n1: int, x2: int, n2: int) -> float:
    """Fisher-Irwin two-sided p by hand: sum of hypergeometric tables as or less likely."""
    k, n = x1 + x2, n1 + n2

    def prob(a: int) -> float:
        return math.comb(n1, a) * math.comb(n2, k - a) / math.comb(n, k)

    observed = prob(x1)
    lo, hi = max(0, k - n2), min(k, n1)
    return sum(prob(a) for a in range(lo, hi + 1) if prob(a) <= observed * (1 + 1e-7))


def test_fisher_exact_added_when_expected_counts_are_small() -> None:
    r = st.two_proportion_test(11, 12, 5, 10)
    # N-1 by hand: P = 16/22, z = 0.4167 / sqrt(0.19835 x 0.18333) x sqrt(21/22) = 2.135.
    assert r.z == pytest.approx(2.135, abs=1e-3)
    assert r.min_expected == pytest.approx(10 * 6 / 22)  # 2.73 < 5
    assert r.fisher_p == pytest.approx(_fisher_two_sided(11, 12, 5, 10))
    assert r.recommended == "N-1 two-proportion test"  # Campbell: expected >= 1 is fine
    tiny = st.two_proportion_test(3, 3, 0, 2)
    assert tiny.min_expected is not None and tiny.min_expected < 1
    assert tiny.recommended == "Fisher exact test"
    assert tiny.fisher_p == pytest.approx(_fisher_two_sided(3, 3, 0, 2))


def test_two_proportion_degenerate_and_empty() -> None:
    same = st.two_proportion_test(5, 5, 8, 8)  # everyone succeeded in both groups
    assert (same.z, same.p) == (0.0, 1.0)
    empty = st.two_proportion_test(3, 4, 0, 0)
    assert (empty.z, empty.p, empty.rate_b) == (None, None, None)


def test_welch_t_r_documentation_example() -> None:
    r = st.welch_t(range(1, 11), [*range(7, 21), 200])
    assert r.t == pytest.approx(-1.6329, abs=5e-5)
    assert r.df == pytest.approx(14.165, abs=5e-4)
    assert r.p == pytest.approx(0.1245, abs=5e-5)
    assert r.test == "Welch t-test"


def test_welch_t_from_summary_statistics_published_example() -> None:
    r = st.welch_t_from_stats(51.6, 4.07, 11, 49.6, 4.63, 12)
    assert r.t == pytest.approx(1.10, abs=0.005)
    assert round(r.df) == 21  # type: ignore[arg-type]
    assert r.p == pytest.approx(0.283, abs=5e-4)


def test_welch_on_log_times() -> None:
    a, b = [20, 40, 80], [40, 80, 160]
    r = st.welch_t_log(a, b)
    assert r.test == "Welch t-test on log times"
    assert r.geomean_a == pytest.approx(40.0) and r.geomean_b == pytest.approx(80.0)
    direct = st.welch_t([math.log(v) for v in a], [math.log(v) for v in b])
    assert r.p == pytest.approx(direct.p) and r.t == pytest.approx(direct.t)
    assert st.welch_t_log([10], [20, 30]).p is None  # n < 2 in a group
    assert st.welch_t([5, 5], [5, 5]).p is None  # no spread at all


def test_nps_adjusted_wald_interval_by_hand() -> None:
    s = st.nps_summary(60, 25, 15)
    assert s.score == pytest.approx(45.0)  # the point estimate is the plain NPS
    # n' = 103, p' = 60.75/103, d' = 15.75/103, NPS' = p' - d',
    # SE = sqrt((p' + d' - NPS'^2) / n'), 95%: NPS' +/- 1.96 SE.
    p_, d_ = 60.75 / 103, 15.75 / 103
    centre = p_ - d_
    half = st.z_value(0.95) * math.sqrt((p_ + d_ - centre**2) / 103)
    assert s.low == pytest.approx(100 * (centre - half))
    assert s.high == pytest.approx(100 * (centre + half))
    assert (round(s.low), round(s.high)) == (29, 58)  # type: ignore[arg-type]
    assert st.nps_summary(0, 0, 0).score is None
    all_promoters = st.nps_summary(5, 0, 0)
    assert all_promoters.score == 100.0 and all_promoters.high == 100.0
    assert all_promoters.low is not None and all_promoters.low < 100.0


def test_results_are_json_ready_without_nan() -> None:
    for res in (st.time_summary([]), st.mean_ci([1]), st.two_proportion_test(1, 2, 0, 0),
                st.welch_t([1], [2]), st.nps_summary(0, 0, 0), st.adjusted_wald(0, 0)):
        d = res.to_dict()
        for v in d.values():
            assert v is None or isinstance(v, (int, float, str))
            assert not (isinstance(v, float) and not math.isfinite(v))
