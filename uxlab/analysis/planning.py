"""Sample-size planning (Sauro & Lewis 2016, *Quantifying the User Experience* 2nd ed. -- QtUX --
ch. 6 summative, ch. 7 formative). Each planner returns a :class:`Plan`: the n, what it counts
(participants, per group, pairs), the formula and its source, and the inputs used.

Conventions: ``confidence`` is the confidence level (alpha = 1 - confidence); comparisons of two
designs are two-sided, comparisons with a benchmark one-sided; ``power`` is 1 - beta. For
continuous measures QtUX's iteration is used: start from z, then replace z by t with the degrees
of freedom of the current n until n stops changing.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from scipy import stats as _st

from uxlab.analysis.discovery import participants_needed, share_discovered
from uxlab.core.errors import DataError

QTUX = "Sauro, J. & Lewis, J. R. (2016). Quantifying the User Experience, 2nd ed."


@dataclass(frozen=True)
class Plan:
    method: str
    n: int
    unit: str  # "participants", "participants per group", "participants (each tries both)"
    formula: str
    source: str
    inputs: dict[str, Any] = field(default_factory=dict)
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return 2 * self.n if self.unit == "participants per group" else self.n

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "total": self.total}


# ---------------------------------------------------------------------------- checks
def _share(v: float, name: str, *, closed: bool = False) -> float:
    v = float(v)
    ok = 0.0 <= v <= 1.0 if closed else 0.0 < v < 1.0
    if not ok or math.isnan(v):
        raise DataError(f"{name} = {v!r} is not a proportion between 0 and 1", field=name,
                        fix="give it as a share, e.g. 0.8 for 80 %")
    return v


def _positive(v: float, name: str, fix: str) -> float:
    v = float(v)
    if not v > 0 or math.isinf(v):
        raise DataError(f"{name} = {v!r} must be above 0", field=name, fix=fix)
    return v


def _z_two(confidence: float) -> float:
    return float(_st.norm.ppf(1 - (1 - _share(confidence, "confidence")) / 2))


def _z_one(confidence: float) -> float:
    return float(_st.norm.ppf(_share(confidence, "confidence")))


def _z_power(power: float) -> float:
    return float(_st.norm.ppf(_share(power, "power")))


# ---------------------------------------------------------------------------- formative
def plan_discovery(p: float, goal: float) -> Plan:
    """Participants for a share ``goal`` of the problems that affect a share p of users."""
    n = participants_needed(p, goal)
    return Plan("problem discovery", n, "participants", "n = ceil(ln(1 - goal) / ln(1 - p))",
                QTUX + ", ch. 7, table 7.1; Nielsen & Landauer (1993)",
                {"p": p, "goal": goal}, {"expected_share_at_n": share_discovered(p, n)})


# ---------------------------------------------------------------------------- completion
def adjusted_wald_half_width(n: int, p: float, confidence: float) -> float:
    z = _z_two(confidence)
    n_adj = n + z * z
    pa = (p * n + z * z / 2) / n_adj
    return z * math.sqrt(pa * (1 - pa) / n_adj)


def plan_margin(margin: float, confidence: float = 0.95, p: float = 0.5) -> Plan:
    """The smallest n whose adjusted-Wald margin of error (half-width) for a completion rate
    near p is at most ``margin``. p = 0.5 is the cautious choice when nothing is known."""
    margin = _share(margin, "margin")
    p = _share(p, "p", closed=True)
    z = _z_two(confidence)
    # closed form (QtUX ch. 6: n = z^2 p(1 - p) / d^2 - z^2), then step to the exact smallest n
    n = max(1, math.ceil(z * z * p * (1 - p) / margin**2 - z * z))
    while n > 1 and adjusted_wald_half_width(n - 1, p, confidence) <= margin:
        n -= 1
    while adjusted_wald_half_width(n, p, confidence) > margin:
        n += 1
    return Plan("completion-rate margin of error", n, "participants",
                "smallest n with z sqrt(p'(1 - p') / (n + z^2)) <= margin, p' = (np + z^2/2) / (n + z^2)",
                QTUX + ", ch. 6 (adjusted-Wald binomial confidence intervals); Agresti & Coull (1998)",
                {"margin": margin, "confidence": confidence, "p": p},
                {"margin_at_n": adjusted_wald_half_width(n, p, confidence)})


def _midp_power(n: int, p0: float, p1: float, confidence: float) -> float:
    """Exact power of the one-sided mid-p binomial test of 'rate > p0' (the benchmark test uxlab
    reports) when the true rate is p1."""
    alpha = 1 - confidence
    xs = range(n + 1)
    reject = [x for x in xs if _st.binom.sf(x, n, p0) + 0.5 * _st.binom.pmf(x, n, p0) <= alpha]
    return float(sum(_st.binom.pmf(x, n, p1) for x in reject))


def plan_benchmark_completion(expected: float, benchmark: float, power: float = 0.8,
                              confidence: float = 0.95) -> Plan:
    """n to show a completion rate above ``benchmark`` when it really is ``expected``
    (one-sided), normal approximation to the binomial test, with the exact power of the mid-p
    test at that n reported alongside (it zig-zags with n: binomial tests are discrete)."""
    p0 = _share(benchmark, "benchmark")
    p1 = _share(expected, "expected")
    if p1 <= p0:
        raise DataError(f"the expected rate {p1:g} is not above the benchmark {p0:g}", field="expected",
                        fix="plan for a rate above the benchmark (a one-sided test 'better than')")
    za, zb = _z_one(confidence), _z_power(power)
    n = math.ceil(((za * math.sqrt(p0 * (1 - p0)) + zb * math.sqrt(p1 * (1 - p1))) / (p1 - p0)) ** 2)
    return Plan("benchmark: completion rate", n, "participants",
                "n = ((z_a sqrt(p0 q0) + z_b sqrt(p1 q1)) / (p1 - p0))^2, one-sided",
                QTUX + ", ch. 6 (comparison with a benchmark, binary data); Fleiss, Levin & Paik (2003), ch. 2",
                {"expected": p1, "benchmark": p0, "power": power, "confidence": confidence},
                {"exact_midp_power_at_n": _midp_power(n, p0, p1, confidence)})


def plan_compare_completion(p1: float, p2: float, power: float = 0.8, confidence: float = 0.95,
                            *, within: bool = False, discordant: float | None = None) -> Plan:
    """n to tell two completion rates apart (two-sided). Between subjects: the N-1
    chi-square / two-proportion test, n = 2 z^2 p(1 - p) / d^2 + 1/2 per group with
    z = z_a + z_b and p the mean of the two rates. Within subjects (McNemar): needs the expected
    share of discordant participants (succeed on one design only)."""
    a = _share(p1, "p1", closed=True)
    b = _share(p2, "p2", closed=True)
    d = abs(b - a)
    if d == 0:
        raise DataError("the two completion rates are equal", field="p2",
                        fix="plan for the smallest difference worth detecting")
    za, zb = _z_two(confidence), _z_power(power)
    inputs: dict[str, Any] = {"p1": a, "p2": b, "power": power, "confidence": confidence}
    if not within:
        pm = (a + b) / 2
        n = math.ceil(2 * (za + zb) ** 2 * pm * (1 - pm) / d**2 + 0.5)
        return Plan("compare completion, between subjects", n, "participants per group",
                    "n = 2 (z_a + z_b)^2 p(1 - p) / d^2 + 1/2, p = (p1 + p2)/2, d = p1 - p2",
                    QTUX + ", ch. 6 (sample size for chi-square tests, independent proportions); "
                    "Campbell (2007) N-1 test", inputs)
    if discordant is None:
        raise DataError("a within-subjects comparison of completion needs the share of discordant "
                        "participants", field="discordant",
                        fix="give --discordant: the expected share who succeed on one design only "
                        "(at least the difference between the rates)")
    pd_ = _share(discordant, "discordant")
    if pd_ < d:
        raise DataError(f"the discordant share {pd_:g} is below the difference {d:g}", field="discordant",
                        fix="the discordant share is at least |p1 - p2|")
    n = math.ceil((za * math.sqrt(pd_) + zb * math.sqrt(pd_ - d * d)) ** 2 / d**2)
    inputs["discordant"] = pd_
    return Plan("compare completion, within subjects (McNemar)", n, "participants (each tries both)",
                "n = (z_a sqrt(p_d) + z_b sqrt(p_d - d^2))^2 / d^2, p_d = discordant share, d = p1 - p2",
                "Connor, R. J. (1987). Sample size for testing differences in proportions for the "
                "paired-sample design. Biometrics 43(1), 207-211; " + QTUX + ", ch. 6 (McNemar)", inputs)


# ---------------------------------------------------------------------------- continuous
def _iterate(k: float, sd: float, d: float, crit: Callable[[float], tuple[float, float]],
             df_of: Callable[[int], float], z_a: float, z_b: float) -> tuple[int, list[int]]:
    """QtUX ch. 6: n from z, then from t with the df of that n, until it settles."""
    n = max(2, math.ceil(k * ((z_a + z_b) * sd / d) ** 2))
    steps = [n]
    for _ in range(50):
        ta, tb = crit(df_of(n))
        nxt = max(2, math.ceil(k * ((ta + tb) * sd / d) ** 2))
        if nxt == n:
            break
        if nxt in steps:  # oscillating between two values: take the larger
            n = max(n, nxt)
            break
        n = nxt
        steps.append(n)
    return n, steps


def plan_mean(sd: float, difference: float, power: float = 0.8, confidence: float = 0.95, *,
              design: str = "benchmark", measure: str = "mean") -> Plan:
    """n for a continuous measure (SUS, a rating; time with ``sd`` and ``difference`` on the log
    scale). ``design``: "benchmark" (one-sided one-sample t, n participants), "within" (paired t,
    two-sided, sd of the differences), "between" (two-sample t, two-sided, n per group)."""
    sd = _positive(sd, "sd", "give the standard deviation from an earlier study or a published norm")
    d = _positive(abs(difference), "difference", "give the smallest difference worth detecting")
    if design not in ("benchmark", "within", "between"):
        raise DataError(f"unknown design {design!r}", field="design", fix="use benchmark, within or between")
    c = _share(confidence, "confidence")
    pw = _share(power, "power")
    one_sided = design == "benchmark"
    z_a = _z_one(c) if one_sided else _z_two(c)
    z_b = _z_power(pw)

    def crit(df: float) -> tuple[float, float]:
        q = c if one_sided else 1 - (1 - c) / 2
        return float(_st.t.ppf(q, df)), float(_st.t.ppf(pw, df))

    k = 2.0 if design == "between" else 1.0
    n, steps = _iterate(k, sd, d, crit,
                        (lambda m: 2.0 * (m - 1)) if design == "between" else (lambda m: float(m - 1)), z_a, z_b)
    label = {"benchmark": f"benchmark: {measure}", "within": f"compare {measure}, within subjects",
             "between": f"compare {measure}, between subjects"}[design]
    unit = {"benchmark": "participants", "within": "participants (each tries both)",
            "between": "participants per group"}[design]
    formula = ("n = 2 (t_a + t_b)^2 s^2 / d^2, df = 2(n - 1)" if design == "between"
               else "n = (t_a + t_b)^2 s^2 / d^2, df = n - 1")
    side = "one-sided" if one_sided else "two-sided"
    return Plan(label, n, unit, f"{formula}, {side}; iterate from z",
                QTUX + ", ch. 6, table 6.10",
                {"sd": sd, "difference": d, "power": pw, "confidence": c, "design": design},
                {"iterations": steps})


def plan_time(log_sd: float, ratio: float, power: float = 0.8, confidence: float = 0.95, *,
              design: str = "benchmark") -> Plan:
    """Times are compared on the log scale (geometric means): ``log_sd`` is the SD of ln(time)
    (of the differences of ln times, within subjects), ``ratio`` the ratio of geometric means
    worth detecting (0.8 = 20 % faster; against a target: mean time / target)."""
    r = _positive(ratio, "ratio", "give the ratio of times worth detecting, e.g. 0.8 for 20 % faster")
    if r == 1:
        raise DataError("a ratio of 1 is no difference", field="ratio", fix="e.g. 0.8 for 20 % faster")
    plan = plan_mean(log_sd, math.log(r), power, confidence, design=design, measure="time")
    return Plan(plan.method, plan.n, plan.unit, plan.formula + "; s and d = |ln ratio| on ln(time)",
                plan.source, {**plan.inputs, "ratio": r, "log_sd": plan.inputs["sd"]}, plan.notes)
