"""Comparing groups of participants (``analyze(tables, by=...)``): tests, differences with
intervals, effect sizes and plain readings (docs/metrics.md, "Comparing groups")."""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from uxlab.analysis import effects as ef
from uxlab.analysis import groups as gr
from uxlab.analysis import paired as pr
from uxlab.analysis import repeated as rm
from uxlab.analysis import stats as st
from uxlab.analysis.model import StudyTables
from uxlab.analysis.taskframe import (
    COUNT_COLS,
    Prepared,
    ci_pair,
    clean_value,
    clip_ci,
    source_of,
    task_frame,
)
from uxlab.core.errors import DataError

AGRESTI_CAFFO = "Agresti-Caffo adjusted-Wald interval"


def _fmt_p(p: float) -> str:
    if p < 0.001:
        return "p < 0.001"
    return f"p = {p:.3f}" if p < 0.01 else f"p = {p:.2f}"


def fmt_p(p: float | None) -> str:
    """A p-value as people read it: "p < 0.001", "p = 0.004", "p = 0.27" ("p = n/a")."""
    return "p = n/a" if p is None else _fmt_p(p)


def _fmt_value(kind: str, v: float | None) -> str:
    if v is None:
        return "n/a"
    if kind == "rate":
        return f"{100 * v:.0f}%"
    if kind == "time":
        return f"{v:.0f} s" if v >= 10 else f"{v:.1f} s"
    return f"{v:.1f}"


def _fmt_effect(e: dict[str, Any], kind: str, a: str, b: str) -> str:
    """"; A - B = +30 points (95% CI +2 to +52)" -- the size of the difference, if known."""
    conf = round(100 * (1.0 - float(e.get("alpha") or 0.05)))
    if kind == "time":
        r, ci = e.get("ratio"), e.get("ratio_ci") or [None, None]
        if r is None:
            return ""
        text = f"; {a} / {b} = {r:.2f}"
        if ci[0] is not None and ci[1] is not None:
            text += f" ({conf}% CI {ci[0]:.2f} to {ci[1]:.2f})"
        return text
    d, ci = e.get("difference"), e.get("difference_ci") or [None, None]
    if d is None:
        return ""
    scale, unit, pat = (100.0, " points", "{:+.0f}") if kind == "rate" else (1.0, "", "{:+.1f}")
    text = f"; {a} - {b} = {pat.format(d * scale)}{unit}"
    if ci[0] is not None and ci[1] is not None and ci[0] != ci[1]:
        text += f" ({conf}% CI {pat.format(ci[0] * scale)} to {pat.format(ci[1] * scale)})"
    if e.get("hedges_g") is not None:
        text += f", Hedges' g {e['hedges_g']:.2f}"
    return text


def plain_reading(comparison_entry: dict[str, Any]) -> str:
    """A plain-language reading of one comparison entry, e.g. "prototype completion higher
    (90% vs 60%; difference +30 points (95% CI +2 to +52)), p = 0.03 (N-1 two-proportion
    test)" or "no reliable difference ...".

    Works on the ``completion``, ``time_success``, ``sus``, ``umux_lite`` and ``seq``
    entries of ``analyze(...)["comparison"]``. "Reliable" means p below 1 - confidence.
    """
    e = comparison_entry
    groups = e.get("groups") or ["A", "B"]
    a, b = str(groups[0]), str(groups[1])
    alpha = float(e.get("alpha") or 0.05)
    metric = str(e.get("metric") or "score")
    if "rate_a" in e:
        kind, va, vb, label = "rate", e.get("rate_a"), e.get("rate_b"), "completion"
    elif "geomean_a" in e:
        kind, va, vb, label = "time", e.get("geomean_a"), e.get("geomean_b"), "time on task"
    else:
        kind, va, vb, label = "mean", e.get("mean_a"), e.get("mean_b"), metric
    test = str(e.get("test") or "")
    p = e.get("p")
    fisher = e.get("fisher_p")
    use_fisher = fisher is not None and e.get("recommended") == st.FISHER_TEST
    if use_fisher:
        p, test = fisher, st.FISHER_TEST
    if e.get("no_variation") and va is not None and vb is not None:
        what = "geometric mean " if kind == "time" else ""
        if va == vb:
            return (f"no difference in {label}: every value is {_fmt_value(kind, va)} in both "
                    f"{a} and {b} (no variation, so no test)")
        return (f"{label}: every value in {a} is {what}{_fmt_value(kind, va)} and every value "
                f"in {b} is {_fmt_value(kind, vb)}; with no variation within the groups the "
                "difference is exact for these data and no test applies")
    if p is None or va is None or vb is None:
        return (f"not enough data to compare {label} ({a}: n = {e.get('n_a', 0)}, "
                f"{b}: n = {e.get('n_b', 0)})")
    extra = ""
    if fisher is not None and not use_fisher:
        extra = f"; Fisher exact {_fmt_p(fisher)}"
    stat = f"{_fmt_p(p)} ({test}{extra})"
    prefix = "geometric mean " if kind == "time" else "mean " if kind == "mean" else ""
    effect = _fmt_effect(e, kind, a, b)
    if p >= alpha or va == vb:
        return (f"no reliable difference in {label} ({a} {prefix}{_fmt_value(kind, va)} vs "
                f"{b} {_fmt_value(kind, vb)}{effect}), {stat}")
    first_wins = va > vb if kind != "time" else va < vb
    win = a if first_wins else b
    vw, vl = (va, vb) if first_wins else (vb, va)
    verb = "faster" if kind == "time" else f"{label} higher"
    return (f"{win} {verb} ({prefix}{_fmt_value(kind, vw)} vs {_fmt_value(kind, vl)}"
            f"{effect}), {stat}")


def _with_reading(entry: dict[str, Any]) -> dict[str, Any]:
    entry["reading"] = plain_reading(entry)
    return entry


def _ints(values: Any) -> list[int]:
    return [int(v) for v in np.nan_to_num(np.atleast_1d(np.asarray(values, dtype=float)))]


def mean_entries(metric: str, groups: list[str], stats_a: tuple[Any, Any, Any],
                 stats_b: tuple[Any, Any, Any], alpha: float, confidence: float,
                 test: str = st.WELCH_TEST) -> list[dict[str, Any]]:
    """Welch comparison entries (one per element) from (mean, sd, n) arrays of each group:
    means, difference with its interval, Hedges' g, t, df, p and the plain reading."""
    w = ef.welch_difference_arrays(*stats_a, *stats_b, confidence=confidence)
    g = ef.hedges_g_arrays(*stats_a, *stats_b)
    na, nb = _ints(stats_a[2]), _ints(stats_b[2])
    out = []
    for i in range(len(na)):
        r = ef.first(w, i)
        out.append(_with_reading({
            "metric": metric, "groups": groups,
            "mean_a": clean_value(np.atleast_1d(np.asarray(stats_a[0], float))[i]) if na[i] else None,
            "mean_b": clean_value(np.atleast_1d(np.asarray(stats_b[0], float))[i]) if nb[i] else None,
            "n_a": na[i], "n_b": nb[i], "difference": r["difference"],
            "difference_ci": [r["low"], r["high"]], "hedges_g": clean_value(g[i]),
            "test": test, "statistic": "t", "t": r["t"], "df": r["df"], "p": r["p"],
            "no_variation": bool(r["no_variation"]), "alpha": alpha,
        }))
    return out


def log_time_entries(groups: list[str], stats_a: tuple[Any, Any, Any],
                     stats_b: tuple[Any, Any, Any], alpha: float,
                     confidence: float) -> list[dict[str, Any]]:
    """Welch t-test on ln(times): geometric means, their ratio (a / b) with its interval."""
    w = ef.welch_difference_arrays(*stats_a, *stats_b, confidence=confidence)
    na, nb = _ints(stats_a[2]), _ints(stats_b[2])
    la, lb = np.atleast_1d(np.asarray(stats_a[0], float)), np.atleast_1d(np.asarray(stats_b[0], float))
    out = []
    for i in range(len(na)):
        r = ef.first(w, i)
        ex = [None if v is None else float(np.exp(v)) for v in (r["difference"], r["low"],
                                                                  r["high"])]
        out.append(_with_reading({
            "metric": "time", "groups": groups,
            "geomean_a": clean_value(np.exp(la[i])) if na[i] else None,
            "geomean_b": clean_value(np.exp(lb[i])) if nb[i] else None,
            "n_a": na[i], "n_b": nb[i], "ratio": ex[0], "ratio_ci": ex[1:],
            "test": st.WELCH_LOG_TEST, "statistic": "t", "t": r["t"], "df": r["df"],
            "p": r["p"], "no_variation": bool(r["no_variation"]), "alpha": alpha,
        }))
    return out


def _mean_comparison(values: pd.Series, by: pd.Series, groups: list[str], metric: str,
                     alpha: float, confidence: float) -> dict[str, Any]:
    g = values.groupby(by.to_numpy()).agg(["count", "mean", "std"]).reindex(groups)
    a, b = g.iloc[0], g.iloc[1]
    return mean_entries(metric, groups, (a["mean"], a["std"], a["count"]),
                        (b["mean"], b["std"], b["count"]), alpha, confidence)[0]


def group_frames(prep: Prepared, by_code: NDArray[np.intp], groups: list[str],
                  order: pd.DataFrame, confidence: float) -> list[pd.DataFrame]:
    """One task frame per comparison group, each in study task order."""
    n_tasks = len(prep.tasks)
    code = np.where(by_code >= 0, by_code * n_tasks + prep.task_code, -1)
    index = pd.MultiIndex.from_product([range(len(groups)), prep.tasks])
    frame = task_frame(prep, code, index, confidence, median_ci=False)
    ids = order["task"].tolist()
    out = []
    for k in range(len(groups)):
        try:
            sub = frame.xs(k, level=0)
        except KeyError:  # no attempt recorded yet (participants listed, no sessions)
            sub = frame.iloc[0:0].droplevel(0)
        out.append(pd.DataFrame(sub).reindex(ids))
    return out


def compare_two(prep: Prepared, by_code: NDArray[np.intp], scores: pd.DataFrame,
                order: pd.DataFrame, groups: list[str], by: str,
                confidence: float) -> dict[str, Any]:
    """Two groups of different participants: per task completion (N-1 test, Agresti-Caffo
    difference), time (Welch on ln times, ratio of geometric means) and SEQ (Welch,
    difference, Hedges' g); SUS and UMUX-Lite likewise."""
    alpha = round(1.0 - confidence, 12)
    zero = dict.fromkeys(COUNT_COLS, 0)
    fa, fb = (f.fillna(zero) for f in group_frames(prep, by_code, groups, order, confidence))
    z, p_n1, min_exp = st.n1_two_proportion_arrays(fa["successes"], fa["attempts"],
                                                   fb["successes"], fb["attempts"])
    diff, d_lo, d_hi = ef.agresti_caffo_arrays(fa["successes"], fa["attempts"],
                                               fb["successes"], fb["attempts"], confidence)
    times = log_time_entries(
        groups, (fa["time_success_log_mean"], fa["time_success_log_sd"], fa["time_success_n"]),
        (fb["time_success_log_mean"], fb["time_success_log_sd"], fb["time_success_n"]),
        alpha, confidence)
    seqs = mean_entries("SEQ", groups, (fa["seq_mean"], fa["seq_sd"], fa["seq_n"]),
                        (fb["seq_mean"], fb["seq_sd"], fb["seq_n"]), alpha, confidence)
    tasks_out: list[dict[str, Any]] = []
    seq_out: list[dict[str, Any]] = []
    for i, (ra, rb) in enumerate(zip(fa.to_dict("records"), fb.to_dict("records"),
                                     strict=True)):
        task = str(order["task"].iloc[i])
        na, nb = int(ra["attempts"]), int(rb["attempts"])
        xa, xb = int(ra["successes"]), int(rb["successes"])
        fisher = None
        recommended = None
        me = clean_value(min_exp[i])
        if me is not None:
            recommended = st.FISHER_TEST if me < st.FISHER_PREFER_BELOW else st.N1_TEST
            if me < st.FISHER_SHOW_BELOW:
                fisher = st.fisher_exact_p(xa, na, xb, nb)
        completion = _with_reading({
            "metric": "completion", "groups": groups,
            "rate_a": clean_value(ra["completion_rate"]),
            "rate_b": clean_value(rb["completion_rate"]),
            "successes_a": xa, "successes_b": xb, "n_a": na, "n_b": nb,
            "difference": clean_value(diff[i]),
            "difference_ci": ci_pair(d_lo[i], d_hi[i]),
            "difference_method": AGRESTI_CAFFO,
            "test": st.N1_TEST, "statistic": "z", "z": clean_value(z[i]), "df": None,
            "p": clean_value(p_n1[i]), "fisher_p": fisher, "recommended": recommended,
            "alpha": alpha,
        })
        tasks_out.append({"task": task, "completion": completion, "time_success": times[i]})
        seq_out.append({"task": task, **seqs[i]})
    by_value = scores["_by"]
    return {
        "by": by, "design": "between", "groups": groups, "confidence": confidence,
        "tasks": tasks_out,
        "sus": _mean_comparison(scores["sus"], by_value, groups, "SUS", alpha, confidence),
        "umux_lite": _mean_comparison(scores["umux_lite"], by_value, groups, "UMUX-Lite",
                                      alpha, confidence),
        "seq": seq_out,
    }


def compare_within(prep: Prepared, cond_code: NDArray[np.intp], scores: pd.DataFrame,
                   order: pd.DataFrame, groups: list[str], by: str,
                   confidence: float) -> dict[str, Any]:
    """A condition that varies within participants: paired tests where the same participant
    did a task under both conditions, independent tests for the other tasks, and the
    per-participant comparison of mean log times (see :mod:`uxlab.analysis.paired`)."""
    alpha = round(1.0 - confidence, 12)
    frame = pr.attempt_frame(prep.participant, prep.task_code, cond_code, prep.cols)
    design, pairs = pr.design_of(frame, len(groups))
    unscored = scores.assign(_by=None)
    if len(groups) != 2:
        out = per_group(prep, cond_code, unscored, order, groups, by, confidence)
        out.update(design=design, pairs=pairs)
        if len(groups) > 2:  # the same people under each condition: repeated-measures tests
            out["tests"] = _within_many(frame, prep, groups, alpha, confidence)
            out.pop("sus", None)
            out.pop("umux_lite", None)
            out["note"] = (f"'{by}' varies within participants ({design}-subjects, {pairs} "
                           f"participants with data under all {len(groups)} conditions): per task "
                           "Cochran's Q (completion) and Friedman's test (time, SEQ) on the "
                           "participants with data under every condition, then every pair of "
                           "conditions with paired tests and Holm-adjusted p-values. "
                           "Questionnaires such as SUS are answered once per participant, not "
                           "per condition, so they are not compared.")
        return out
    base = compare_two(prep, cond_code, unscored, order, groups, by, confidence)
    by_task = pr.paired_tasks(frame, prep.tasks, groups, alpha, confidence)
    tasks: list[dict[str, Any]] = []
    seq: list[dict[str, Any]] = []
    for t, s in zip(base["tasks"], base["seq"], strict=True):
        p = by_task.get(t["task"])
        if p:
            tasks.append({"task": t["task"], "design": "paired", "pairs": p["pairs"],
                          "completion": _with_reading(p["completion"]),
                          "time_success": _with_reading(p["time_success"])})
            seq.append({"task": t["task"], **_with_reading(p["seq"])})
            continue
        for e in (t["completion"], t["time_success"], s):
            e["design"] = "independent"
        tasks.append({**t, "design": "independent", "pairs": 0})
        seq.append(s)
    pt = _with_reading(pr.participant_time(frame, groups, alpha, confidence))
    if pt.get("wilcoxon_p") is not None:
        pt["reading"] += f"; check: {pr.WILCOXON} {_fmt_p(pt['wilcoxon_p'])}"
    pt["reading"] = "per participant, all tasks: " + pt["reading"]
    return {
        "by": by, "design": design, "pairs": pairs, "groups": groups,
        "confidence": confidence, "tasks": tasks, "seq": seq, "participant_time": pt,
        "note": (f"'{by}' varies within participants ({design}-subjects, {pairs} participants "
                 "with data under both conditions). Questionnaires such as SUS are answered "
                 "once per participant, not per condition, so they are not compared."),
    }


def _within_many(frame: pd.DataFrame, prep: Prepared, groups: list[str], alpha: float,
                 confidence: float) -> list[dict[str, Any]]:
    """Repeated-measures omnibus tests per task (uxlab.analysis.repeated), read aloud, and
    their pairs Holm-adjusted."""
    k = len(groups)
    tests = rm.within_tests(frame, prep.tasks, groups, alpha, confidence)
    for t in tests:
        for key, label in (("completion", "completion"), ("time_success", "time on task"),
                           ("seq", "SEQ")):
            e = _omnibus_reading(t[key], label, k, alpha)
            e["pairwise"] = _holm_pairs(e["pairwise"])
    return tests


def varies_within(attempts: pd.DataFrame, by: str) -> bool:
    """Whether the attempts column ``by`` takes more than one (non-blank) value for some
    participant. Vectorised: factorised codes, no string work per row."""
    if by not in attempts.columns or attempts.empty:
        return False
    codes, uniques = pd.factorize(attempts[by])
    blank = np.array([not str(u).strip() for u in uniques] + [True], dtype=bool)
    ok = ~blank[codes]
    people, _ = pd.factorize(attempts["participant"])
    pairs = people[ok].astype(np.int64) * (len(uniques) + 1) + codes[ok]
    return bool(np.unique(pairs).size > np.unique(people[ok]).size)


def _sus_brief(values: pd.Series, confidence: float) -> dict[str, Any]:
    m = st.mean_ci(values, confidence)
    return {"n": m.n, "mean": m.mean, "ci": clip_ci(m.low, m.high, "sus")}


def per_group(prep: Prepared, by_code: NDArray[np.intp], scores: pd.DataFrame,
               order: pd.DataFrame, groups: list[str], by: str,
               confidence: float) -> dict[str, Any]:
    frames = group_frames(prep, by_code, groups, order, confidence) if groups else []
    per: list[dict[str, Any]] = []
    for g, f in zip(groups, frames, strict=True):
        tasks = [{"task": str(task), "attempts": int(np.nan_to_num(r["attempts"])),
                  "completion_rate": clean_value(r["completion_rate"]),
                  "completion_ci": ci_pair(r["completion_lo"], r["completion_hi"]),
                  "time_success_geomean": clean_value(r["time_success_geomean"]),
                  "time_success_ci": ci_pair(r["time_success_lo"], r["time_success_hi"]),
                  "seq_mean": clean_value(r["seq_mean"])}
                 for task, r in zip(order["task"], f.to_dict("records"), strict=True)]
        s = scores[scores["_by"] == g]
        per.append({"group": g, "participants": len(s), "tasks": tasks,
                    "sus": _sus_brief(s["sus"], confidence)})
    note = f"'{by}' has {len(groups)} value(s); a comparison needs two groups."
    out: dict[str, Any] = {"by": by, "groups": groups, "confidence": confidence,
                           "per_group": per}
    if len(groups) > 2:
        note = (f"'{by}' has {len(groups)} values: an omnibus test per measure, then every "
                "pair of groups with Holm-adjusted p-values.")
        out.update(design="between", **_many_groups(frames, scores, order, groups, confidence))
    out["note"] = note
    return out


def _omnibus_reading(e: dict[str, Any], label: str, k: int, alpha: float) -> dict[str, Any]:
    p = e.get("p")
    unit = "conditions" if e.get("across") == "conditions" else "groups"  # within participants
    if e.get("no_variation"):
        e["reading"] = f"{label}: no variation within the {unit}, so no test"
    elif p is None:
        e["reading"] = f"{label}: not enough data for a test across the {k} {unit}"
    elif p < alpha:
        e["reading"] = f"{label} differs between the {k} {unit}, {_fmt_p(p)} ({e['test']})"
    else:
        e["reading"] = (f"no reliable difference in {label} between the {k} {unit}, "
                        f"{_fmt_p(p)} ({e['test']})")
    return e


def _holm_pairs(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Replace each pair's p by its Holm-adjusted p (the family: one task x metric)."""
    raw = [e["fisher_p"] if e.get("recommended") == st.FISHER_TEST else e.get("p")
           for e in entries]
    for e, p, adj in zip(entries, raw, gr.holm(raw), strict=True):
        e.update(p_unadjusted=p, p=adj, adjustment=gr.HOLM, recommended=None, fisher_p=None)
        if adj is not None:
            e["test"] = f"{e['test']}, Holm-adjusted"
        _with_reading(e)
    return entries


def _many_groups(frames: list[pd.DataFrame], scores: pd.DataFrame, order: pd.DataFrame,
                 groups: list[str], confidence: float) -> dict[str, Any]:
    alpha = round(1.0 - confidence, 12)
    k = len(groups)
    pairs = list(itertools.combinations(range(k), 2))
    zero = dict.fromkeys(COUNT_COLS, 0)
    fs = [f.fillna(zero) for f in frames]
    tests: list[dict[str, Any]] = []
    for i, task in enumerate(order["task"].astype(str)):
        rows = [f.iloc[i] for f in fs]
        x = [int(r["successes"]) for r in rows]
        n = [int(r["attempts"]) for r in rows]
        comp = _omnibus_reading({**gr.completion_omnibus(x, n)}, "completion", k, alpha)
        comp["pairwise"] = _holm_pairs([
            _pair_completion(x[a], n[a], x[b], n[b], [groups[a], groups[b]], alpha, confidence)
            for a, b in pairs])
        stats = {key: [(r[f"{pre}mean"], r[f"{pre}sd"], r[f"{cnt}"]) for r in rows]
                 for key, pre, cnt in (("time", "time_success_log_", "time_success_n"),
                                       ("seq", "seq_", "seq_n"))}
        time = _omnibus_reading({"metric": "time", "test": gr.WELCH_ANOVA_LOG,
                                 **gr.welch_anova(*zip(*stats["time"], strict=True))},
                                "time on task", k, alpha)
        time["pairwise"] = _holm_pairs([
            log_time_entries([groups[a], groups[b]], stats["time"][a], stats["time"][b], alpha,
                             confidence)[0] for a, b in pairs])
        seq = _omnibus_reading({"metric": "SEQ", "test": gr.WELCH_ANOVA,
                                **gr.welch_anova(*zip(*stats["seq"], strict=True))},
                               "SEQ", k, alpha)
        seq["pairwise"] = _holm_pairs([
            mean_entries("SEQ", [groups[a], groups[b]], stats["seq"][a], stats["seq"][b],
                         alpha, confidence)[0] for a, b in pairs])
        tests.append({"task": task, "completion": comp, "time_success": time, "seq": seq})
    out: dict[str, Any] = {"tests": tests}
    for key, label in (("sus", "SUS"), ("umux_lite", "UMUX-Lite")):
        g = scores[key].groupby(scores["_by"].to_numpy()).agg(["count", "mean", "std"])
        g = g.reindex(groups)
        st3 = [(g["mean"].iloc[j], g["std"].iloc[j], g["count"].iloc[j]) for j in range(k)]
        e = _omnibus_reading({"metric": label, "test": gr.WELCH_ANOVA,
                              **gr.welch_anova(*zip(*st3, strict=True))}, label, k, alpha)
        e["pairwise"] = _holm_pairs([
            mean_entries(label, [groups[a], groups[b]], st3[a], st3[b], alpha, confidence)[0]
            for a, b in pairs])
        out[key] = e
    return out


def _pair_completion(xa: int, na: int, xb: int, nb: int, groups: list[str], alpha: float,
                     confidence: float) -> dict[str, Any]:
    t = st.two_proportion_test(xa, na, xb, nb)
    d, lo, hi = ef.agresti_caffo_arrays(xa, na, xb, nb, confidence)
    return {"metric": "completion", "groups": groups, "rate_a": t.rate_a, "rate_b": t.rate_b,
            "successes_a": xa, "successes_b": xb, "n_a": na, "n_b": nb,
            "difference": clean_value(d[0]), "difference_ci": ci_pair(lo[0], hi[0]),
            "difference_method": AGRESTI_CAFFO, "test": st.N1_TEST
            if t.recommended != st.FISHER_TEST else st.FISHER_TEST, "statistic": "z",
            "z": t.z, "df": None, "p": t.p, "fisher_p": t.fisher_p,
            "recommended": t.recommended, "alpha": alpha}




def by_values(participants: pd.DataFrame, by: str, tables: StudyTables) -> pd.Series:
    if by not in participants.columns:
        available = ", ".join(str(c) for c in participants.columns)
        raise DataError(
            f"unknown column '{by}' to compare by; available columns: {available}",
            file=source_of(tables), field="by", fix="choose one of the available columns",
        )
    col = participants[by]
    return pd.Series([None if pd.isna(v) or not str(v).strip() else str(v).strip()
                      for v in col.tolist()], index=col.index, dtype=object)


