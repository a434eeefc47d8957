"""Comparing groups of participants (``analyze(tables, by=...)``): tests, differences with
intervals, effect sizes and plain readings (docs/metrics.md, "Comparing groups")."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

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


def _fmt_p(p: float) -> str:
    if p < 0.001:
        return "p < 0.001"
    return f"p = {p:.3f}" if p < 0.01 else f"p = {p:.2f}"


def _fmt_value(kind: str, v: float | None) -> str:
    if v is None:
        return "n/a"
    if kind == "rate":
        return f"{100 * v:.0f}%"
    if kind == "time":
        return f"{v:.0f} s" if v >= 10 else f"{v:.1f} s"
    return f"{v:.1f}"


def plain_reading(comparison_entry: dict[str, Any]) -> str:
    """A plain-language reading of one comparison entry, e.g. "prototype completion higher
    (90% vs 60%), p = 0.03 (N-1 two-proportion test)" or "no reliable difference ...".

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
    if p is None or va is None or vb is None:
        return (f"not enough data to compare {label} ({a}: n = {e.get('n_a', 0)}, "
                f"{b}: n = {e.get('n_b', 0)})")
    extra = ""
    if fisher is not None and not use_fisher:
        extra = f"; Fisher exact {_fmt_p(fisher)}"
    stat = f"{_fmt_p(p)} ({test}{extra})"
    prefix = "geometric mean " if kind == "time" else "mean " if kind == "mean" else ""
    if p >= alpha or va == vb:
        return (f"no reliable difference in {label} ({a} {prefix}{_fmt_value(kind, va)} vs "
                f"{b} {_fmt_value(kind, vb)}), {stat}")
    first_wins = va > vb if kind != "time" else va < vb
    win = a if first_wins else b
    vw, vl = (va, vb) if first_wins else (vb, va)
    verb = "faster" if kind == "time" else f"{label} higher"
    return f"{win} {verb} ({prefix}{_fmt_value(kind, vw)} vs {_fmt_value(kind, vl)}), {stat}"


def _with_reading(entry: dict[str, Any]) -> dict[str, Any]:
    entry["reading"] = plain_reading(entry)
    return entry


def _mean_comparison(values: pd.Series, by: pd.Series, groups: list[str], metric: str,
                     alpha: float) -> dict[str, Any]:
    g = values.groupby(by.to_numpy()).agg(["count", "mean", "std"]).reindex(groups)
    _t, _df, p = st.welch_arrays(g["mean"].iloc[0], g["std"].iloc[0], g["count"].iloc[0],
                                g["mean"].iloc[1], g["std"].iloc[1], g["count"].iloc[1])
    return _with_reading({
        "metric": metric, "groups": groups,
        "mean_a": clean_value(g["mean"].iloc[0]), "mean_b": clean_value(g["mean"].iloc[1]),
        "n_a": int(np.nan_to_num(g["count"].iloc[0])), "n_b": int(np.nan_to_num(g["count"].iloc[1])),
        "test": st.WELCH_TEST, "p": clean_value(p), "alpha": alpha,
    })


def group_frames(prep: Prepared, by_code: NDArray[np.intp], groups: list[str],
                  order: pd.DataFrame, confidence: float) -> list[pd.DataFrame]:
    """One task frame per comparison group, each in study task order."""
    n_tasks = len(prep.tasks)
    code = np.where(by_code >= 0, by_code * n_tasks + prep.task_code, -1)
    index = pd.MultiIndex.from_product([range(len(groups)), prep.tasks])
    frame = task_frame(prep, code, index, confidence)
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
    alpha = round(1.0 - confidence, 12)
    zero = dict.fromkeys(COUNT_COLS, 0)
    fa, fb = (f.fillna(zero) for f in group_frames(prep, by_code, groups, order, confidence))
    _z, p_n1, min_exp = st.n1_two_proportion_arrays(fa["successes"], fa["attempts"],
                                                    fb["successes"], fb["attempts"])
    _t, _df, p_time = st.welch_arrays(
        fa["time_success_log_mean"], fa["time_success_log_sd"], fa["time_success_n"],
        fb["time_success_log_mean"], fb["time_success_log_sd"], fb["time_success_n"])
    _t2, _df2, p_seq = st.welch_arrays(fa["seq_mean"], fa["seq_sd"], fa["seq_n"],
                                       fb["seq_mean"], fb["seq_sd"], fb["seq_n"])
    tasks_out: list[dict[str, Any]] = []
    seq_out: list[dict[str, Any]] = []
    for i, (ra, rb) in enumerate(zip(fa.to_dict("records"), fb.to_dict("records"),
                                     strict=True)):
        task = str(order["task"].iloc[i])
        na, nb = int(ra["attempts"]), int(rb["attempts"])
        fisher = None
        recommended = None
        me = clean_value(min_exp[i])
        if me is not None:
            recommended = st.FISHER_TEST if me < st.FISHER_PREFER_BELOW else st.N1_TEST
            if me < st.FISHER_SHOW_BELOW:
                fisher = st.fisher_exact_p(int(ra["successes"]), na, int(rb["successes"]), nb)
        completion = _with_reading({
            "metric": "completion", "groups": groups,
            "rate_a": clean_value(ra["completion_rate"]), "rate_b": clean_value(rb["completion_rate"]),
            "n_a": na, "n_b": nb, "test": st.N1_TEST, "p": clean_value(p_n1[i]),
            "fisher_p": fisher, "recommended": recommended, "alpha": alpha,
        })
        time = _with_reading({
            "metric": "time", "groups": groups,
            "geomean_a": clean_value(ra["time_success_geomean"]),
            "geomean_b": clean_value(rb["time_success_geomean"]),
            "n_a": int(ra["time_success_n"]), "n_b": int(rb["time_success_n"]),
            "test": st.WELCH_LOG_TEST, "p": clean_value(p_time[i]), "alpha": alpha,
        })
        tasks_out.append({"task": task, "completion": completion, "time_success": time})
        seq_out.append({"task": task, **_with_reading({
            "metric": "SEQ", "groups": groups, "mean_a": clean_value(ra["seq_mean"]),
            "mean_b": clean_value(rb["seq_mean"]), "n_a": int(ra["seq_n"]), "n_b": int(rb["seq_n"]),
            "test": st.WELCH_TEST, "p": clean_value(p_seq[i]), "alpha": alpha,
        })})
    by_value = scores["_by"]
    return {
        "by": by, "groups": groups, "confidence": confidence, "tasks": tasks_out,
        "sus": _mean_comparison(scores["sus"], by_value, groups, "SUS", alpha),
        "umux_lite": _mean_comparison(scores["umux_lite"], by_value, groups, "UMUX-Lite",
                                      alpha),
        "seq": seq_out,
    }


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
    note = (f"'{by}' has {len(groups)} values; uxlab compares exactly two groups with "
            "significance tests. Per-group summaries with confidence intervals are shown "
            "instead (no pairwise tests, which would need a multiple-comparison correction).")
    if len(groups) < 2:
        note = f"'{by}' has {len(groups)} value(s); a comparison needs two groups."
    return {"by": by, "groups": groups, "confidence": confidence, "note": note,
            "per_group": per}


def by_values(participants: pd.DataFrame, by: str, tables: StudyTables) -> pd.Series:
    if by not in participants.columns:
        available = ", ".join(str(c) for c in participants.columns)
        raise DataError(
            f"unknown column '{by}' to compare by; available columns: {available}",
            file=source_of(tables), field="by", fix="choose one of the available columns",
        )
    col = participants[by]
    return pd.Series([None if pd.isna(v) else str(v) for v in col.tolist()], index=col.index,
                     dtype=object)


