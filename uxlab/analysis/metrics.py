"""Study metrics: the numbers ``uxlab analyze``, the review view and the Excel export show.

Entry points:

- :func:`analyze` -- the JSON-ready contract of ``uxlab analyze --json`` (docs/data-model.md);
- :func:`task_summary` -- one flat row per task (the Excel "Tasks" sheet, the review table);
- :func:`participant_scores` -- one row per participant with questionnaire scores;
- :func:`plain_reading` -- a sentence for one comparison entry;
- :data:`METHODS` -- every metric's method, formula, source and missing-data rule (codebook).

Excluded participants are left out of every number (``tables.included()``) and listed under
``excluded``. All task statistics come from one vectorised ``groupby``; nothing loops over rows.
Values that cannot be computed are ``None`` -- never NaN, never 0.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from uxlab.analysis import benchmarks as bm
from uxlab.analysis import stats as st
from uxlab.analysis.codebook import METHODS, QTUX
from uxlab.analysis.comparisons import (
    by_values,
    compare_two,
    compare_within,
    per_group,
    plain_reading,
    varies_within,
)
from uxlab.analysis.model import StudyTables
from uxlab.analysis.stats import FloatArray
from uxlab.analysis.taskframe import (
    COUNT_COLS,
    EXPERIENCE_ITEMS,
    OUTCOMES,
    RATING_COLUMNS,
    SCALES,
    Prepared,
    ci_pair,
    clean_value,
    clip_ci,
    flag,
    included,
    prepare_attempts,
    source_of,
    task_order,
    task_rows,
)
from uxlab.core import scoring as sc
from uxlab.core.errors import DataError
from uxlab.core.scales import plain_number

__all__ = [
    "COUNT_COLS",
    "EXPERIENCE_ITEMS",
    "METHODS",
    "OUTCOMES",
    "QTUX",
    "RATING_COLUMNS",
    "SCALES",
    "analyze",
    "participant_scores",
    "plain_reading",
    "task_summary",
]


CSAT_METHOD = "top-2-box % (answers 4-5 on 1-5)"
CES_METHOD = "mean (1-7)"
UMUX_METHOD = "UMUX-Lite (i1 + i2 - 2) x 100/12; sus_equivalent = 0.65 x mean + 22.9"
NPS_METHOD = "% promoters - % detractors; adjusted-Wald CI (Rocks 2016)"
SUS_PERCENTILE_METHOD = ("published percentile ranks (Sauro 2011), within the grade's range "
                         "(QtUX table 8.5)")

# (questionnaire id, item id, lowest, highest) for every scored answer.
_SCORED_ITEMS: tuple[tuple[str, str, int, int], ...] = (
    *(("sus", item, 1, 5) for item in sc.SUS_ITEMS),
    ("umux_lite", "umux1", 1, 7), ("umux_lite", "umux2", 1, 7),
    ("nps", "nps", 0, 10), ("csat", "csat", 1, 5), ("ces", "ces", 1, 7),
)

PARTICIPANT_SCORE_COLUMNS = [
    "participant", "group", "sus", "sus_items", "umux_lite", "umux_sus_equiv", "nps",
    "nps_category", "csat", "ces",
]



# =========================================================================== task summary
def task_summary(tables: StudyTables, confidence: float = 0.95) -> pd.DataFrame:
    """One row per task (study order) with every task number as flat columns.

    Columns: task, title, stage, target_time_s, attempts, successes, partials, skipped,
    interrupted, completion_rate, completion_lo, completion_hi, time_success_{n, geomean, lo,
    hi, median, mean, sd}, time_all_{same}, seq_{n, mean, sd, lo, hi},
    exp_{success,effort,emotion}_{n, mean, net}, errors_mean, assists_mean.
    Rates are proportions (0-1); times are seconds; NaN where not computable.
    Excluded participants are left out.
    """
    confidence = st.check_confidence(confidence)
    t = included(tables)
    rows = task_rows(t, prepare_attempts(t), confidence)
    return rows.drop(columns=[c for c in rows.columns if "_log_" in c])


# =========================================================================== participants
def _answers_wide(tables: StudyTables, participants: list[Any]) -> FloatArray:
    """participants x scored items (``_SCORED_ITEMS`` order) as floats, declined = NaN;
    off-scale answers raise a DataError naming participant and item."""
    ans = tables.answers
    wide = np.full((len(participants), len(_SCORED_ITEMS)), np.nan)
    if ans.empty:
        return wide
    item_idx = pd.Index([i for _q, i, _lo, _hi in _SCORED_ITEMS]).get_indexer(
        pd.Index(ans["item"].astype(str)))
    expected_q = np.array([q for q, _i, _lo, _hi in _SCORED_ITEMS] + [""], dtype=object)
    scored = (item_idx >= 0) & (ans["questionnaire"].astype(str).to_numpy(object)
                                == expected_q[item_idx])
    raw = ans["value"]
    value = pd.to_numeric(raw, errors="coerce").to_numpy(dtype=float, na_value=np.nan).copy()
    declined = flag(ans, "declined")
    value[declined] = np.nan
    lo = np.array([x[2] for x in _SCORED_ITEMS] + [0], float)[item_idx]
    hi = np.array([x[3] for x in _SCORED_ITEMS] + [0], float)[item_idx]
    with np.errstate(invalid="ignore"):
        off = np.isfinite(value) & ((value < lo) | (value > hi) | (value != np.round(value)))
    off |= ~np.isfinite(value) & raw.notna().to_numpy(bool) & ~declined
    off &= scored
    if off.any():
        k = int(np.argmax(off))
        _q, item, low, high = _SCORED_ITEMS[item_idx[k]]
        raise DataError(
            f"participant {ans['participant'].iloc[k]}: answer {plain_number(raw.iloc[k])} to {item} "
            f"is outside the {low}-{high} scale", file=source_of(tables), field=item,
            fix=f"correct the answer to a whole number from {low} to {high}, or leave it empty",
        )
    p_idx = pd.Index(participants).get_indexer(pd.Index(ans["participant"]))
    keep = scored & (p_idx >= 0)
    wide[p_idx[keep], item_idx[keep]] = value[keep]  # a repeated answer: the last one counts
    return wide


def participant_scores(tables: StudyTables, include_excluded: bool = False) -> pd.DataFrame:
    """One row per participant: participant, group, sus, sus_items (items answered; 9 means
    prorated), umux_lite, umux_sus_equiv, nps (0-10 answer), nps_category, csat (1-5), ces
    (1-7); NaN/None where not answered. Excluded participants are left out unless
    ``include_excluded`` (then an ``excluded`` column is added)."""
    t = tables if include_excluded else included(tables)
    p = t.participants
    ids = p["participant"].tolist()
    w = _answers_wide(t, ids)
    col = {f"{q}:{i}": k for k, (q, i, _lo, _hi) in enumerate(_SCORED_ITEMS)}
    sus = w[:, [col[f"sus:{i}"] for i in sc.SUS_ITEMS]]
    odd = np.arange(10) % 2 == 0  # sus1, sus3, ... (0-based even columns)
    contrib = np.where(odd, sus - 1.0, 5.0 - sus)
    answered = np.isfinite(contrib).sum(axis=1)
    total = np.nansum(contrib, axis=1)
    umux = (w[:, col["umux_lite:umux1"]] + w[:, col["umux_lite:umux2"]] - 2.0) * 100.0 / 12.0
    nps = w[:, col["nps:nps"]]
    category = np.select([nps >= 9, nps >= 7, nps >= 0], ["promoter", "passive", "detractor"],
                         "").astype(object)
    category[category == ""] = None
    out = pd.DataFrame({
        "participant": ids,
        "group": p["group"].to_numpy(object) if "group" in p.columns else None,
        "sus": np.select([answered == 10, answered == 9], [total * 2.5, total * 100.0 / 36.0],
                         np.nan),
        "sus_items": answered.astype(int),
        "umux_lite": umux,
        "umux_sus_equiv": sc.UMUX_SUS_SLOPE * umux + sc.UMUX_SUS_INTERCEPT,
        "nps": nps, "nps_category": category,
        "csat": w[:, col["csat:csat"]], "ces": w[:, col["ces:ces"]],
    })
    given = _given_sus_scores(t, ids)  # a results file's SUS scores (0-100) with no items
    use = np.isnan(out["sus"].to_numpy(float)) & ~np.isnan(given)
    if use.any():
        out.loc[use, "sus"] = given[use]
    if include_excluded:
        out["excluded"] = flag(p, "excluded")
    return out


def _given_sus_scores(tables: StudyTables, participants: list[Any]) -> FloatArray:
    """Per participant, the SUS score written in a results file (item ``sus_score``), or NaN:
    used only where the ten items are not there."""
    ans = tables.answers
    out = np.full(len(participants), np.nan)
    if ans.empty:
        return out
    rows = ans[(ans["item"].astype(str) == "sus_score") & (ans["questionnaire"].astype(str) == "sus")]
    if rows.empty:
        return out
    idx = pd.Index(participants).get_indexer(pd.Index(rows["participant"]))
    values = pd.to_numeric(rows["value"], errors="coerce").to_numpy(float)
    keep = idx >= 0
    out[idx[keep]] = values[keep]
    return out


# =========================================================================== study summaries
def _sus_summary(scores: pd.DataFrame, confidence: float) -> dict[str, Any]:
    m = st.mean_ci(scores["sus"], confidence)
    return {"n": m.n, "mean": m.mean, "sd": m.sd, "no_variation": _flat(m.n, m.sd),
            "ci": clip_ci(m.low, m.high, "sus"),
            "grade": sc.sus_grade(m.mean), "percentile": sc.sus_percentile(m.mean),
            "percentile_method": SUS_PERCENTILE_METHOD, "adjective": sc.sus_adjective(m.mean)}


def _umux_summary(scores: pd.DataFrame, confidence: float) -> dict[str, Any]:
    m = st.mean_ci(scores["umux_lite"], confidence)
    return {"n": m.n, "mean": m.mean, "ci": clip_ci(m.low, m.high, "umux_lite"),
            "sus_equivalent": sc.umux_lite_sus_equivalent(m.mean), "method": UMUX_METHOD}


def _nps_summary(scores: pd.DataFrame, confidence: float) -> dict[str, Any]:
    cat = scores["nps_category"]
    s = st.nps_summary(int((cat == "promoter").sum()), int((cat == "passive").sum()),
                       int((cat == "detractor").sum()), confidence)
    return {"n": s.n, "score": s.score, "ci": [s.low, s.high], "promoters": s.promoters,
            "passives": s.passives, "detractors": s.detractors, "method": NPS_METHOD}


def _csat_summary(scores: pd.DataFrame, confidence: float) -> dict[str, Any]:
    v = scores["csat"].dropna()
    n, top = len(v), int((v >= 4).sum())
    lo, hi = st.adjusted_wald_arrays([top], [n], confidence)
    m = st.mean_ci(v, confidence)
    return {"n": n, "method": CSAT_METHOD, "score": 100.0 * top / n if n else None,
            "ci": ci_pair(100 * lo[0], 100 * hi[0]), "mean": m.mean, "mean_ci": clip_ci(m.low, m.high, "csat")}


def _ces_summary(scores: pd.DataFrame, confidence: float) -> dict[str, Any]:
    v = scores["ces"].dropna()
    n, agree = len(v), int((v >= 5).sum())
    m = st.mean_ci(v, confidence)
    lo, hi = st.adjusted_wald_arrays([agree], [n], confidence)
    return {"n": n, "method": CES_METHOD, "score": m.mean, "ci": clip_ci(m.low, m.high, "ces"),
            "agree_pct": 100.0 * agree / n if n else None,
            "agree_ci": ci_pair(100 * lo[0], 100 * hi[0])}


# From 25 successful times the median is the better headline (Sauro & Lewis 2010: the geometric
# mean estimates the median best below about 25); both are always reported.
MEDIAN_HEADLINE_FROM = 25


def _flat(n: Any, sd: Any) -> bool:
    """Two or more values, all equal: the interval degenerates to a point (say so)."""
    return bool(n is not None and n >= 2 and sd is not None and sd == 0)


def _task_entry(row: dict[str, Any]) -> dict[str, Any]:
    r = {k: clean_value(v) for k, v in row.items()}

    def time(prefix: str) -> dict[str, Any]:
        n = r[f"{prefix}_n"] or 0
        return {"n": r[f"{prefix}_n"], "geomean": r[f"{prefix}_geomean"],
                "headline": "median" if n >= MEDIAN_HEADLINE_FROM else "geomean",
                "median_ci": [r[f"{prefix}_median_lo"], r[f"{prefix}_median_hi"]],
                "no_variation": _flat(r[f"{prefix}_n"], r[f"{prefix}_sd"]),
                "ci": [r[f"{prefix}_lo"], r[f"{prefix}_hi"]], "median": r[f"{prefix}_median"],
                "mean": r[f"{prefix}_mean"], "sd": r[f"{prefix}_sd"]}

    return {
        "task": str(row["task"]), "title": r["title"], "stage": r["stage"],
        "attempts": r["attempts"], "successes": r["successes"], "partials": r["partials"],
        "skipped": r["skipped"], "interrupted": r["interrupted"],
        "completion_rate": r["completion_rate"],
        "completion_ci": [r["completion_lo"], r["completion_hi"]],
        "time_success": time("time_success"), "time_all": time("time_all"),
        "seq": {"n": r["seq_n"], "mean": r["seq_mean"], "ci": [r["seq_lo"], r["seq_hi"]],
                "no_variation": _flat(r["seq_n"], r["seq_sd"])},
        "experience": {k: {"n": r[f"{c}_n"], "mean": r[f"{c}_mean"], "net": r[f"{c}_net"]}
                       for k, c in EXPERIENCE_ITEMS.items()},
        "errors_mean": r["errors_mean"], "assists_mean": r["assists_mean"],
        "target_time_s": r["target_time_s"],
    }


def _excluded(tables: StudyTables) -> list[dict[str, Any]]:
    p = tables.participants
    if "excluded" not in p.columns:
        return []
    ex = p[p["excluded"].astype("boolean").fillna(False).to_numpy(bool)]
    reasons = ex["exclude_reason"] if "exclude_reason" in ex.columns else pd.Series(
        None, index=ex.index)
    return [{"participant": str(pid), "reason": None if pd.isna(r) or r == "" else str(r)}
            for pid, r in zip(ex["participant"], reasons, strict=True)]

# =========================================================================== analyze
def _participant_list(scores: pd.DataFrame) -> list[dict[str, Any]]:
    """Records of the per-participant scores; built column-wise (fast for thousands)."""
    def floats(name: str) -> list[float | None]:
        return [None if v != v else v for v in scores[name].to_numpy(float).tolist()]

    # each distinct group made plain once (a study has a few groups and thousands of people)
    codes, groups = pd.factorize(scores["group"].to_numpy(object))
    plain = [clean_value(g) for g in groups] + [None]  # code -1: no group
    columns: dict[str, list[Any]] = {
        "participant": [str(v) for v in scores["participant"].to_numpy(object).tolist()],
        "group": [plain[c] for c in codes.tolist()],
    }
    for name in ("sus", "umux_lite", "nps", "csat", "ces"):
        columns[name] = floats(name)
    keys = list(columns)
    return [dict(zip(keys, row, strict=True)) for row in zip(*columns.values(), strict=True)]


def _time_warnings(prep: Prepared) -> list[str]:
    """Attempts whose time is 0 s or less: left out of the time statistics, said aloud."""
    bad = prep.cols["zero_time"] > 0
    if not bad.any():
        return []
    counts = np.bincount(prep.task_code[bad], minlength=len(prep.tasks))
    return [f"task {task}: {int(k)} attempt(s) with a time of 0 s or less are left out of the "
            "time statistics (a real attempt takes time; check the recorded times)"
            for task, k in zip(prep.tasks, counts, strict=True) if k]


def _column_named(by: str, columns: list[object]) -> str:
    """The column ``--by`` designates, compared loosely; ``by`` itself when none or several."""
    from uxlab.analysis.headers import column_key, match_column

    found = match_column(by, columns)
    if found is None:
        found = match_column(column_key(by), columns)
    return str(found) if found is not None else by


def analyze(tables: StudyTables, confidence: float = 0.95, by: str | None = None,
            benchmarks: dict[str, float] | None = None) -> dict[str, Any]:
    """Every study metric as plain JSON-ready Python values (see docs/metrics.md).

    ``by`` names a column of ``tables.participants`` (e.g. "group"): with exactly two values
    the result gets a ``comparison`` with tests; with another number of values, per-group
    summaries and a note. An unknown column raises :class:`DataError`.

    ``benchmarks`` ({"completion": 0.78, "sus": 68, ...}) override the study file's, which
    override the documented defaults (:data:`uxlab.analysis.benchmarks.DEFAULTS`).
    """
    confidence = st.check_confidence(confidence)
    t = included(tables)
    if by is not None:  # "System", "system", " SYSTEM ": header case, spaces and accents ignored
        by = _column_named(by, [*t.participants.columns, *t.attempts.columns])
    within = by is not None and varies_within(t.attempts, by)
    people = t.participants
    if by is not None and not within and by not in people.columns and by in t.attempts.columns:
        # an attempts column constant within participants (e.g. the condition of their tasks)
        first = t.attempts.drop_duplicates("participant").set_index("participant")[by]
        people = people.assign(**{by: people["participant"].map(first)})
    by_col = by_values(people, by, tables) if by is not None and not within else None
    prep = prepare_attempts(t)
    rows = task_rows(t, prep, confidence)
    scores = participant_scores(t)
    result: dict[str, Any] = {
        "confidence": confidence,
        "tasks": [_task_entry({str(k): v for k, v in r.items()})
                  for r in rows.to_dict("records")],
        "sus": _sus_summary(scores, confidence),
        "umux_lite": _umux_summary(scores, confidence),
        "nps": _nps_summary(scores, confidence),
        "csat": _csat_summary(scores, confidence),
        "ces": _ces_summary(scores, confidence),
        "participants": _participant_list(scores),
        "excluded": _excluded(tables),
        "warnings": _time_warnings(prep),
    }
    used = bm.benchmarks_used({**tables.benchmarks, **(bm.check_benchmarks(benchmarks or {}))})
    result["benchmark_values"] = used
    result["benchmarks"] = bm.benchmark_section(rows, scores, used, confidence)
    if within and by is not None:
        cond = t.attempts[by].astype(str).str.strip()
        groups = [g for g in pd.unique(cond) if g]
        cond_code = np.asarray(pd.Index(groups).get_indexer(cond), np.intp)
        comparison = compare_within(prep, cond_code, scores, task_order(t, prep), groups, by,
                                    confidence)
        comparison["left_out"] = int((cond == "").sum())
        if comparison["left_out"]:
            comparison["left_out_note"] = (f"{comparison['left_out']} attempt(s) with no value "
                                           f"in '{by}' are left out of the comparison")
        result["comparison"] = comparison
    elif by_col is not None and by is not None:
        groups = [str(g) for g in pd.unique(by_col.dropna())]
        mapping = dict(zip(t.participants["participant"], by_col, strict=True))
        by_code = pd.Index(groups).get_indexer(pd.Index(pd.Series(prep.participant).map(mapping)))
        scores = scores.assign(_by=scores["participant"].map(mapping))
        order = task_order(t, prep)
        compare = compare_two if len(groups) == 2 else per_group
        comparison = compare(prep, np.asarray(by_code, np.intp), scores, order, groups, by,
                             confidence)
        blank = int(by_col.isna().sum())
        comparison["left_out"] = blank
        if blank:
            comparison["left_out_note"] = (
                f"{blank} participant(s) with no value in '{by}' are left out of the comparison")
        result["comparison"] = comparison
    comparison = result.get("comparison")
    if comparison is not None and tables.design:
        comparison["declared_design"] = tables.design
        found = comparison.get("design", "between")
        if found != tables.design:
            result["warnings"].append(
                f"the study declares a {tables.design}-subjects design but the data compared "
                f"by '{by}' are {found}-subjects; the analysis follows the data")
    return result
