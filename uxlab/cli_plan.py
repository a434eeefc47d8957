"""`uxlab plan ...`: the sample-size planner on the command line (formulas in
uxlab/analysis/planning.py, documented in docs/metrics.md). Loads scipy only when run."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from uxlab.core.errors import DataError


def _share(text: str) -> float:
    try:
        v = float(text.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number (give a share such as 0.85)") from None
    if text.endswith("%") or 1 < v <= 100:
        v /= 100
    if not 0 <= v <= 1:
        raise argparse.ArgumentTypeError(f"{text} is not a share between 0 and 1")
    return v


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None


def add_plan_parser(sub: Any, confidence: Any) -> None:
    p = sub.add_parser("plan", help="sample sizes: problem discovery, margin of error, benchmark, comparison")
    kinds = p.add_subparsers(dest="plan", required=True, parser_class=type(p))

    def common(q: argparse.ArgumentParser, power: bool = True) -> None:
        q.add_argument("--confidence", type=confidence, default=0.95, help="0.90, 0.95 (default) or 0.99")
        if power:
            q.add_argument("--power", type=_share, default=0.8, help="1 - beta, default 0.8")
        q.add_argument("--json", action="store_true", help="print one JSON object")

    d = kinds.add_parser("discovery", help="participants to find a share of the problems (QtUX ch. 7)")
    d.add_argument("--p", type=_share, help="average share of users a problem affects, e.g. 0.31")
    d.add_argument("--study", type=Path, help="take p (Lewis-adjusted) from this study's problem matrix")
    d.add_argument("--goal", type=_share, default=0.85, help="share of problems to find, default 0.85")
    d.add_argument("--json", action="store_true")

    m = kinds.add_parser("margin", help="participants for a completion-rate margin of error (adjusted Wald)")
    m.add_argument("--margin", type=_share, required=True, help="half-width, e.g. 0.10 for +/-10 points")
    m.add_argument("--p", type=_share, default=0.5, help="expected completion rate (0.5 is cautious)")
    common(m, power=False)

    b = kinds.add_parser("benchmark", help="participants to show a result better than a benchmark")
    b.add_argument("metric", choices=("completion", "time", "sus", "rating"))
    b.add_argument("--expected", type=_share, help="completion: the rate you expect, e.g. 0.9")
    b.add_argument("--benchmark", type=_share, help="completion: the benchmark rate, e.g. 0.78")
    b.add_argument("--sd", type=_number, help="SD (time: SD of ln(time))")
    b.add_argument("--difference", type=_number, help="sus/rating: points above the benchmark to detect")
    b.add_argument("--ratio", type=_number, help="time: mean time / target to detect, e.g. 0.8")
    common(b)

    c = kinds.add_parser("compare", help="participants to tell two designs apart")
    c.add_argument("metric", choices=("completion", "time", "sus", "rating"))
    c.add_argument("--within", action="store_true", help="each participant tries both designs")
    c.add_argument("--p1", type=_share, help="completion rate of design A")
    c.add_argument("--p2", type=_share, help="completion rate of design B")
    c.add_argument("--discordant", type=_share, help="within, completion: share succeeding on one design only")
    c.add_argument("--sd", type=_number, help="SD (within: of the differences; time: of ln(time))")
    c.add_argument("--difference", type=_number, help="sus/rating: difference to detect")
    c.add_argument("--ratio", type=_number, help="time: ratio of geometric means to detect, e.g. 0.8")
    common(c)


def _need(args: argparse.Namespace, *names: str) -> None:
    missing = [n for n in names if getattr(args, n, None) is None]
    if missing:
        flags = ", ".join(f"--{n}" for n in missing)
        raise DataError(f"`uxlab plan {args.plan} {getattr(args, 'metric', '')}`".replace(" `", "`")
                        + f" needs {flags}", field=missing[0], fix=f"add {flags}")


def _plan(args: argparse.Namespace) -> Any:
    from uxlab.analysis import planning as pl

    if args.plan == "discovery":
        if args.study is not None:
            from uxlab.analysis.problems import load_findings

            est = load_findings(args.study).discovery
            if est.p_adjusted is None or est.p_adjusted <= 0:
                raise DataError("the study has no problem observations linked to problems yet",
                                file=str(args.study), fix="link observations to problems in the Problems view, or give --p")
            plan = pl.plan_discovery(est.p_adjusted, args.goal)
            plan.notes.update({"p_observed": est.p, "participants_tested": est.participants,
                               "more_participants": max(0, plan.n - est.participants)})
            return plan
        _need(args, "p")
        return pl.plan_discovery(args.p, args.goal)
    if args.plan == "margin":
        return pl.plan_margin(args.margin, args.confidence, args.p)
    design = "benchmark" if args.plan == "benchmark" else ("within" if args.within else "between")
    if args.metric == "completion":
        if args.plan == "benchmark":
            _need(args, "expected", "benchmark")
            return pl.plan_benchmark_completion(args.expected, args.benchmark, args.power, args.confidence)
        _need(args, "p1", "p2")
        return pl.plan_compare_completion(args.p1, args.p2, args.power, args.confidence,
                                          within=args.within, discordant=args.discordant)
    if args.metric == "time":
        _need(args, "sd", "ratio")
        return pl.plan_time(args.sd, args.ratio, args.power, args.confidence, design=design)
    _need(args, "sd", "difference")
    return pl.plan_mean(args.sd, args.difference, args.power, args.confidence, design=design,
                        measure="SUS" if args.metric == "sus" else "rating")


def cmd_plan(args: argparse.Namespace) -> int:
    plan = _plan(args)
    if args.json:
        print(json.dumps(plan.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"{plan.method}: n = {plan.n} {plan.unit}" + (f" ({plan.total} in all)" if plan.total != plan.n else ""))
    print(f"  formula: {plan.formula}")
    print(f"  inputs:  {', '.join(f'{k} = {v:g}' if isinstance(v, float) else f'{k} = {v}' for k, v in plan.inputs.items())}")
    for k, v in plan.notes.items():
        if isinstance(v, float):
            print(f"  {k.replace('_', ' ')}: {v:.3f}")
        elif k != "iterations":
            print(f"  {k.replace('_', ' ')}: {v}")
    print(f"  source:  {plan.source}")
    return 0
