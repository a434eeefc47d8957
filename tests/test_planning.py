"""The sample-size planner (`uxlab plan`), against the formulas of Sauro & Lewis (2016),
*Quantifying the User Experience* 2nd ed. ("QtUX"), ch. 6 (table 6.10 lists them) and ch. 7, and
against the power each planned n really gives, computed here independently with scipy (noncentral
t, exact binomial enumeration) rather than from uxlab's own output."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from scipy import stats

from uxlab.analysis import planning as pl
from uxlab.cli import main
from uxlab.core.errors import DataError

Z95 = stats.norm.ppf(0.975)


# ------------------------------------------------------------------ formative (QtUX ch. 7)
def test_discovery_plan_matches_qtux_table_7_1() -> None:
    # QtUX table 7.1: p = .15 needs 12 participants for 85 %; p = .01 needs 459 for 99 %
    assert pl.plan_discovery(0.15, 0.85).n == 12
    assert pl.plan_discovery(0.01, 0.99).n == 459
    # Nielsen & Landauer (1993): 5 users with p = .31 find 84 %, so 85 % needs a sixth
    plan = pl.plan_discovery(0.31, 0.85)
    assert plan.n == 6 and plan.notes["expected_share_at_n"] == pytest.approx(1 - 0.69**6)


# ------------------------------------------------------------------ completion-rate margin
def _aw_half(n: int, p: float, z: float = Z95) -> float:
    pa = (n * p + z * z / 2) / (n + z * z)
    return z * math.sqrt(pa * (1 - pa) / (n + z * z))


@pytest.mark.parametrize(("margin", "p", "conf"), [(0.10, 0.5, 0.95), (0.05, 0.5, 0.95), (0.15, 0.5, 0.90),
                                                    (0.10, 0.8, 0.95), (0.20, 0.9, 0.99)])
def test_margin_is_the_smallest_n_whose_adjusted_wald_half_width_fits(margin: float, p: float, conf: float) -> None:
    z = stats.norm.ppf(1 - (1 - conf) / 2)
    n = pl.plan_margin(margin, conf, p).n
    assert _aw_half(n, p, z) <= margin < _aw_half(n - 1, p, z)


def test_margin_at_half_is_qtux_closed_form() -> None:
    # QtUX ch. 6, adjusted-Wald sample size: n = z^2 p(1 - p)/d^2 - z^2 (exact at p = .5, where p' = p)
    for d, expected in ((0.10, math.ceil(Z95**2 * 0.25 / 0.01 - Z95**2)), (0.05, math.ceil(Z95**2 * 0.25 / 0.0025 - Z95**2))):
        assert pl.plan_margin(d).n == expected
    assert pl.plan_margin(0.10).n == 93 and pl.plan_margin(0.05).n == 381


# ------------------------------------------------------------------ continuous (QtUX table 6.10)
def _power_t(n: int, sd: float, d: float, design: str, conf: float = 0.95) -> float:
    """Exact power of the t-test from the noncentral t distribution."""
    if design == "between":
        df, ncp = 2 * n - 2, d / (sd * math.sqrt(2 / n))
    else:
        df, ncp = n - 1, d / (sd / math.sqrt(n))
    if design == "benchmark":
        return float(stats.nct.sf(stats.t.ppf(conf, df), df, ncp))
    t = stats.t.ppf(1 - (1 - conf) / 2, df)
    return float(stats.nct.sf(t, df, ncp) + stats.nct.cdf(-t, df, ncp))


@pytest.mark.parametrize(("design", "sd", "d"), [
    ("benchmark", 17.7, 5.0), ("benchmark", 1.0, 0.5), ("benchmark", 10.0, 3.0),
    ("between", 17.7, 10.0), ("between", 0.5, abs(math.log(0.8))),
    ("within", 10.0, 5.0), ("within", 1.0, 0.3),
])
def test_iterated_t_formula_reaches_the_power_it_promises(design: str, sd: float, d: float) -> None:
    plan = pl.plan_mean(sd, d, 0.8, 0.95, design=design)
    # QtUX's iteration (t with df of the current n) lands on an n with real power >= 80 %,
    # at most one participant above the smallest such n
    assert _power_t(plan.n, sd, d, design) >= 0.8
    assert _power_t(plan.n - 2, sd, d, design) < 0.8
    z_a = stats.norm.ppf(0.95 if design == "benchmark" else 0.975)
    z_start = (2 if design == "between" else 1) * ((z_a + stats.norm.ppf(0.8)) * sd / d) ** 2
    assert plan.notes["iterations"][0] == math.ceil(z_start)  # starts from the z formula


def test_time_is_planned_on_the_log_scale() -> None:
    a = pl.plan_time(0.5, 0.8, design="between")
    b = pl.plan_mean(0.5, abs(math.log(0.8)), design="between")
    assert a.n == b.n and a.unit == "participants per group" and a.total == 2 * a.n
    assert pl.plan_time(0.5, 1.25, design="between").n == a.n  # 20 % slower is as far as 20 % faster on ln


# ------------------------------------------------------------------ binary comparisons
def _power_n1(n: int, a: float, b: float, conf: float = 0.95) -> float:
    """Exact power of the N-1 two-proportion test (two-sided) by enumerating both groups."""
    z = stats.norm.ppf(1 - (1 - conf) / 2)
    x = np.arange(n + 1)
    x1, x2 = np.meshgrid(x, x, indexing="ij")
    big = 2 * n
    pp = (x1 + x2) / big
    with np.errstate(all="ignore"):
        stat = (x1 / n - x2 / n) / np.sqrt(pp * (1 - pp) * (2 / n)) * math.sqrt((big - 1) / big)
    reject = np.abs(np.nan_to_num(stat)) >= z
    return float((np.outer(stats.binom.pmf(x, n, a), stats.binom.pmf(x, n, b)) * reject).sum())


@pytest.mark.parametrize(("a", "b"), [(0.5, 0.7), (0.7, 0.9), (0.3, 0.6)])
def test_between_subjects_completion_n_gives_about_the_planned_power(a: float, b: float) -> None:
    plan = pl.plan_compare_completion(a, b)
    pm = (a + b) / 2
    z = Z95 + stats.norm.ppf(0.8)
    # QtUX ch. 6: n = 2 z^2 p(1 - p)/d^2 + 1/2 (the 1/2 is the N-1 correction solved for n)
    assert plan.n == math.ceil(2 * z * z * pm * (1 - pm) / (b - a) ** 2 + 0.5)
    assert 0.78 <= _power_n1(plan.n, a, b) <= 0.86  # discrete test: power zig-zags near 0.8


def _power_mcnemar(n: int, a: float, b: float, disc: float, conf: float = 0.95) -> float:
    z = stats.norm.ppf(1 - (1 - conf) / 2)
    q = (disc + (b - a)) / 2 / disc
    total = 0.0
    for k in range(1, n + 1):
        bb = np.arange(k + 1)
        reject = np.abs((2 * bb - k) / math.sqrt(k)) >= z
        total += stats.binom.pmf(k, n, disc) * float((stats.binom.pmf(bb, k, q) * reject).sum())
    return total


@pytest.mark.parametrize(("a", "b", "disc"), [(0.5, 0.7, 0.3), (0.6, 0.8, 0.25), (0.4, 0.7, 0.5)])
def test_within_subjects_completion_n_gives_at_least_the_planned_power(a: float, b: float, disc: float) -> None:
    n = pl.plan_compare_completion(a, b, within=True, discordant=disc).n
    assert 0.8 <= _power_mcnemar(n, a, b, disc) <= 0.88


def test_benchmark_completion_reports_the_exact_mid_p_power() -> None:
    plan = pl.plan_benchmark_completion(0.9, 0.78)
    n = plan.n
    x = np.arange(n + 1)
    midp = stats.binom.sf(x, n, 0.78) + 0.5 * stats.binom.pmf(x, n, 0.78)
    power = float(stats.binom.pmf(x[midp <= 0.05], n, 0.9).sum())
    assert plan.notes["exact_midp_power_at_n"] == pytest.approx(power)
    assert power >= 0.75


@pytest.mark.parametrize(("call", "field"), [
    (lambda: pl.plan_compare_completion(0.5, 0.5), "p2"),
    (lambda: pl.plan_compare_completion(0.5, 0.7, within=True), "discordant"),
    (lambda: pl.plan_compare_completion(0.5, 0.8, within=True, discordant=0.1), "discordant"),
    (lambda: pl.plan_benchmark_completion(0.7, 0.78), "expected"),
    (lambda: pl.plan_mean(0, 5), "sd"),
    (lambda: pl.plan_mean(10, 5, design="sideways"), "design"),
    (lambda: pl.plan_margin(0), "margin"),
    (lambda: pl.plan_time(0.5, 1.0), "ratio"),
])
def test_impossible_plans_are_refused_naming_the_field(call, field: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DataError) as err:
        call()
    assert err.value.field == field and err.value.fix


# ------------------------------------------------------------------ command line
def test_cli_plan_prints_n_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "discovery", "--p", "0.31", "--goal", "85%"]) == 0
    assert "n = 6 participants" in capsys.readouterr().out
    assert main(["plan", "compare", "sus", "--sd", "17.7", "--difference", "10", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["n"] == pl.plan_mean(17.7, 10, design="between").n and d["total"] == 2 * d["n"]
    assert main(["plan", "compare", "completion", "--within", "--p1", ".5", "--p2", ".7", "--discordant", ".3"]) == 0
    assert "each tries both" in capsys.readouterr().out


def test_cli_plan_bad_input_exits_2_with_one_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "compare", "completion", "--p1", "0.5"]) == 2
    err = capsys.readouterr().err
    assert "--p2" in err and "Traceback" not in err and err.count("uxlab: error") == 1
    assert main(["plan", "margin", "--margin", "wide"]) == 2
    assert main(["plan", "benchmark", "completion", "--expected", ".7", "--benchmark", ".78"]) == 2
    assert "not above the benchmark" in capsys.readouterr().err


def test_cli_plan_discovery_from_a_study_without_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from uxlab.demo import write_demo

    folder = write_demo(tmp_path / "demo", participants=3)
    assert main(["plan", "discovery", "--study", str(folder)]) == 2
    assert "no problem observations" in capsys.readouterr().err
