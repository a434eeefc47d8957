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

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from uxlab.analysis import stats as st
from uxlab.analysis.model import ATTEMPTED_OUTCOMES, StudyTables
from uxlab.analysis.stats import FloatArray
from uxlab.core import scoring as sc
from uxlab.core.errors import DataError

OUTCOMES = (*ATTEMPTED_OUTCOMES, "skipped")
EXPERIENCE_ITEMS = {"success": "exp_success", "effort": "exp_effort", "emotion": "exp_emotion"}
RATING_COLUMNS = ("seq", *EXPERIENCE_ITEMS.values())

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



def _clean(value: Any) -> Any:
    """Plain Python value for JSON: numbers as int/float, NaN/NA/inf as None."""
    if value is not None and not isinstance(value, (str, list, dict)) and pd.isna(value):
        return None
    return st.clean(value)


# =========================================================================== methods codebook
def _m(name: str, formula: str, source: str, missing: str) -> dict[str, str]:
    return {"name": name, "formula": formula, "source": source, "missing_data": missing}


QTUX = ("Sauro, J. & Lewis, J. R. (2016). Quantifying the User Experience: Practical "
        "Statistics for User Research, 2nd ed. Morgan Kaufmann")

METHODS: list[dict[str, str]] = [
    _m("Attempts", "tasks with outcome success, partial, fail or abandoned",
       "uxlab data model (docs/data-model.md)",
       "skipped tasks are not attempts (counted as 'skipped'); crash-interrupted attempts "
       "are flagged 'interrupted' and still counted; excluded participants are left out"),
    _m("Completion rate", "successes / attempts; 'partial' is not a success",
       QTUX + ", ch. 3", "no attempts: no rate (None)"),
    _m("Completion rate confidence interval",
       "adjusted Wald: n' = n + z^2, p' = (x + z^2/2) / n', p' +/- z sqrt(p'(1-p')/n'), "
       "clipped to [0, 1]",
       "Agresti, A. & Coull, B. (1998). Approximate is better than 'exact' for interval "
       "estimation of binomial proportions. The American Statistician 52, 119-126; Sauro, J. "
       "& Lewis, J. R. (2005). Estimating completion rates from small samples using binomial "
       "confidence intervals. Proc. HFES 49, 2100-2104",
       "no attempts: no interval"),
    _m("Time on task (successful attempts / all attempts)",
       "geometric mean exp(mean(ln t)); CI exp(mean(ln t) +/- t(n-1) sd(ln t)/sqrt(n)); "
       "also median, arithmetic mean, SD, n",
       "Sauro, J. & Lewis, J. R. (2010). Average task times in usability tests: what to "
       "report? CHI 2010, 2347-2350; " + QTUX + ", ch. 3",
       "net time (pauses excluded); attempts without a time, or a time of 0 s or less, are "
       "left out; the interval needs n >= 2"),
    _m("SEQ and other rating scales", "mean with t-interval (n - 1 df); interval ends beyond "
       "the scale (e.g. above 7) are clipped to it", QTUX + ", ch. 3",
       "unanswered or declined ratings are left out (not 0); the interval needs n >= 2"),
    _m("Experience net score (success, effort, emotion)",
       "% answers 6-7 minus % answers 1-3 (points, -100...100), with the mean",
       "Temkin Group / XM Institute experience ratings",
       "unanswered or declined ratings are left out"),
    _m("SUS", "odd items (r - 1), even items (5 - r), sum x 2.5; one missing item: sum of 9 "
       "contributions x 100/36",
       "Brooke, J. (1996). SUS: a 'quick and dirty' usability scale. In Usability Evaluation "
       "in Industry, 189-194; Lewis, J. R. & Sauro, J. (2017). Can I leave this one out? "
       "Journal of Usability Studies 13(1), 38-46",
       "one missing item is prorated; two or more missing: no score (None, never 0)"),
    _m("SUS grade", "Sauro-Lewis curved grading scale: A+ >= 84.1, A >= 80.8, A- >= 78.9, "
       "B+ >= 77.2, B >= 74.1, B- >= 72.6, C+ >= 71.1, C >= 65.0, C- >= 62.7, D >= 51.7, F",
       QTUX + ", table 8.5", "no SUS score: no grade"),
    _m("SUS percentile", "published percentile ranks of raw SUS scores (68 -> 50th, 75 -> "
       "73rd, 85 -> 97th), linearly interpolated, kept within the percentile range of the "
       "score's grade (A+ 96-100, A 90-95, A- 85-89, B+ 80-84, B 70-79, B- 65-69, C+ 60-64, "
       "C 41-59, C- 35-40, D 15-34, F 0-14)",
       "Sauro, J. (2011). A Practical Guide to the System Usability Scale. Measuring "
       "Usability LLC (percentile table); " + QTUX + ", table 8.5",
       "no SUS score: no percentile"),
    _m("SUS adjective", "published adjective ranges: Best imaginable >= 84.1, Excellent "
       ">= 80.8, Good >= 71.1, OK >= 51.7, Poor >= 25.1, Worst imaginable below",
       "Sauro, J. (2018). 5 ways to interpret a SUS score. MeasuringU, figure 1; after "
       "Bangor, A., Kortum, P. & Miller, J. (2009). Determining what individual SUS scores "
       "mean: adding an adjective rating scale. Journal of Usability Studies 4(3), 114-123",
       "no SUS score: no adjective"),
    _m("UMUX-Lite", "(i1 + i2 - 2) x 100/12 on two 7-point items; SUS-equivalent estimate "
       "0.65 x score + 22.9",
       "Lewis, J. R., Utesch, B. S. & Maher, D. E. (2013). UMUX-LITE: when there's no time "
       "for the SUS. CHI 2013, 2099-2102",
       "both items needed; otherwise no score"),
    _m("NPS", "% promoters (9-10) - % detractors (0-6), in points; CI: add 3/4 to promoters "
       "and detractors (3 to n), then NPS' +/- z sqrt((p' + d' - NPS'^2)/n')",
       "Reichheld, F. (2003). The one number you need to grow. Harvard Business Review; "
       "Rocks, B. (2016). Interval estimation for the 'net promoter score'. The American "
       "Statistician 70(4), 365-372",
       "unanswered or declined: left out"),
    _m("CSAT", "headline: % answers 4-5 on a 1-5 scale (top-2-box) with adjusted-Wald CI; "
       "also the mean with t-interval", "common industry practice (vendors differ)",
       "unanswered or declined: left out"),
    _m("CES", "headline: mean of the 1-7 agreement item with t-interval; also % agreeing "
       "(5-7)", "Gartner/CEB Customer Effort Score 2.0", "unanswered or declined: left out"),
    _m("Comparing completion rates", "N-1 two-proportion test: z = (p1 - p2) / sqrt(PQ(1/n1 "
       "+ 1/n2)) x sqrt((N - 1)/N), two-sided; Fisher exact p shown when an expected count "
       "is < 5 and preferred when one is < 1",
       "Campbell, I. (2007). Chi-squared and Fisher-Irwin tests of two-by-two tables with "
       "small sample recommendations. Statistics in Medicine 26, 3661-3675; " + QTUX
       + ", ch. 5", "groups without attempts: no test"),
    _m("Comparing times, ratings and SUS",
       "Welch unequal-variance t-test (times on ln scale), two-sided",
       QTUX + ", ch. 5", "each group needs n >= 2"),
    _m("Problem discovery (planning)", "P(seen at least once) = 1 - (1 - p)^n",
       "Nielsen, J. & Landauer, T. K. (1993). A mathematical model of the finding of "
       "usability problems. INTERCHI '93, 206-213", "-"),
]


# =========================================================================== helpers
def _col(df: pd.DataFrame, name: str) -> FloatArray:
    if name in df.columns:
        return pd.to_numeric(df[name], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    return np.full(len(df), np.nan)


_TRUE = {"true", "yes", "y", "1", "1.0", "x"}


def _flag(df: pd.DataFrame, name: str) -> NDArray[np.bool_]:
    """A yes/no column as booleans; missing = no. Accepts bools, 0/1 and true/yes text."""
    if name not in df.columns:
        return np.zeros(len(df), bool)
    col = df[name]
    try:
        return col.astype("boolean").fillna(False).to_numpy(bool)
    except (TypeError, ValueError):
        return np.array([str(v).strip().lower() in _TRUE for v in col.tolist()], dtype=bool)


def _source(tables: StudyTables) -> str | None:
    return tables.source or None


@dataclass
class _Prepared:
    """Per-attempt arrays: task codes into ``tasks`` plus every numeric column as floats
    (NaN = not applicable: a failed attempt has no success time, an unanswered rating ...)."""

    tasks: list[str]
    task_code: NDArray[np.intp]
    participant: NDArray[np.object_]
    cols: dict[str, FloatArray]


def _prepare_attempts(tables: StudyTables) -> _Prepared:
    """One pass over the attempts table, all vectorised (no per-row Python)."""
    a = tables.attempts
    codes, uniques = pd.factorize(a["outcome"])  # missing outcome (in progress): code -1
    names = [str(u).strip().lower() for u in uniques]
    for k, name in enumerate(names):
        if name not in OUTCOMES and name != "":
            bad = a.iloc[int(np.argmax(codes == k))]
            raise DataError(
                f"participant {bad['participant']}, task {bad['task']}: unknown outcome "
                f"{bad['outcome']!r}", file=_source(tables), field="outcome",
                fix="use success, partial, fail, abandoned or skipped",
            )

    def lut(test: Any) -> NDArray[np.bool_]:
        return np.array([test(n) for n in names] + [False], dtype=bool)[codes]

    attempted = lut(lambda n: n in ATTEMPTED_OUTCOMES)
    success = lut(lambda n: n == "success")
    time = _col(a, "time_s")
    with np.errstate(invalid="ignore", divide="ignore"):
        valid_time = np.isfinite(time) & (time > 0)
        log_time = np.log(np.where(valid_time, time, 1.0))
    nan = np.nan
    cols: dict[str, FloatArray] = {
        "attempted": attempted.astype(float),
        "success": success.astype(float),
        "partial": lut(lambda n: n == "partial").astype(float),
        "skipped": lut(lambda n: n == "skipped").astype(float),
        "interrupted": (_flag(a, "interrupted") & attempted).astype(float),
        "ts_log": np.where(success & valid_time, log_time, nan),
        "ts": np.where(success & valid_time, time, nan),
        "ta_log": np.where(attempted & valid_time, log_time, nan),
        "ta": np.where(attempted & valid_time, time, nan),
        "errors": np.where(attempted, _col(a, "errors"), nan),
        "assists": np.where(attempted, _col(a, "assists"), nan),
    }
    for item in RATING_COLUMNS:
        cols[item] = _col(a, item)
    task_codes, task_uniques = pd.factorize(a["task"], use_na_sentinel=False)
    # Equal ids of different types (1 and "1") are one task: merge on their text.
    merged, tasks = pd.factorize(pd.Index([str(u) for u in task_uniques]))
    return _Prepared([str(t) for t in tasks], np.asarray(merged, np.intp)[task_codes]
                     if len(task_codes) else np.zeros(0, np.intp),
                     a["participant"].to_numpy(object), cols)


def _group_moments(code: NDArray[np.intp], n: int, x: FloatArray
                   ) -> tuple[FloatArray, FloatArray, FloatArray]:
    """(count, mean, SD with n-1) of the finite values of ``x`` per group code (two-pass)."""
    ok = np.isfinite(x) & (code >= 0)
    c, v = code[ok], x[ok]
    cnt = np.bincount(c, minlength=n).astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.bincount(c, weights=v, minlength=n) / cnt
        dev = v - mean[c]
        sd = np.sqrt(np.bincount(c, weights=dev * dev, minlength=n) / (cnt - 1.0))
    mean[cnt == 0] = np.nan
    sd[cnt < 2] = np.nan
    return cnt, mean, sd


def _group_median(code: NDArray[np.intp], n: int, x: FloatArray) -> FloatArray:
    ok = np.isfinite(x) & (code >= 0)
    c, v = code[ok], x[ok]
    order = np.lexsort((v, c))
    c, v = c[order], v[order]
    cnt = np.bincount(c, minlength=n)
    start = np.concatenate(([0], np.cumsum(cnt)[:-1]))
    med = np.full(n, np.nan)
    has = cnt > 0
    lo = start[has] + (cnt[has] - 1) // 2
    hi = start[has] + cnt[has] // 2
    med[has] = (v[lo] + v[hi]) / 2.0
    return med


def _group_sum(code: NDArray[np.intp], n: int, x: FloatArray) -> FloatArray:
    ok = code >= 0
    return np.bincount(code[ok], weights=x[ok], minlength=n).astype(float)


def _task_frame(prep: _Prepared, code: NDArray[np.intp], index: pd.Index,
                confidence: float) -> pd.DataFrame:
    """One row per group (``index``; ``code`` maps each attempt to a row, -1 = left out)
    with every task number."""
    n = len(index)
    c = prep.cols
    out: dict[str, Any] = {}
    for name, col in (("attempts", "attempted"), ("successes", "success"),
                      ("partials", "partial"), ("skipped", "skipped"),
                      ("interrupted", "interrupted")):
        out[name] = _group_sum(code, n, c[col]).astype(int)
    att = out["attempts"].astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        out["completion_rate"] = np.where(att > 0, out["successes"] / att, np.nan)
    out["completion_lo"], out["completion_hi"] = st.adjusted_wald_arrays(
        out["successes"], att, confidence)
    for prefix, log_col, raw_col in (("time_success", "ts_log", "ts"),
                                     ("time_all", "ta_log", "ta")):
        cnt, lm, ls = _group_moments(code, n, c[log_col])
        lo, hi = st.t_interval_arrays(lm, ls, cnt, confidence)
        _cnt, mean, sd = _group_moments(code, n, c[raw_col])
        out[f"{prefix}_n"] = cnt.astype(int)
        out[f"{prefix}_geomean"] = np.exp(lm)
        out[f"{prefix}_lo"], out[f"{prefix}_hi"] = np.exp(lo), np.exp(hi)
        out[f"{prefix}_median"] = _group_median(code, n, c[raw_col])
        out[f"{prefix}_mean"], out[f"{prefix}_sd"] = mean, sd
        out[f"{prefix}_log_mean"], out[f"{prefix}_log_sd"] = lm, ls  # for comparisons
    cnt, mean, sd = _group_moments(code, n, c["seq"])
    lo, hi = st.t_interval_arrays(mean, sd, cnt, confidence)
    out["seq_n"], out["seq_mean"], out["seq_sd"] = cnt.astype(int), mean, sd
    out["seq_lo"], out["seq_hi"] = np.clip(lo, *SCALES["seq"]), np.clip(hi, *SCALES["seq"])
    for col in EXPERIENCE_ITEMS.values():
        r = c[col]
        cnt, mean, _sd = _group_moments(code, n, r)
        out[f"{col}_n"], out[f"{col}_mean"] = cnt.astype(int), mean
        with np.errstate(invalid="ignore"):
            net = (_group_sum(code, n, (r >= 6).astype(float))
                   - _group_sum(code, n, (r <= 3).astype(float)))
            out[f"{col}_net"] = np.where(cnt > 0, 100.0 * net / np.where(cnt > 0, cnt, 1), np.nan)
    out["errors_mean"] = _group_moments(code, n, c["errors"])[1]
    out["assists_mean"] = _group_moments(code, n, c["assists"])[1]
    return pd.DataFrame(out, index=index)


_COUNT_COLS = ("attempts", "successes", "partials", "skipped", "interrupted",
               "time_success_n", "time_all_n", "seq_n",
               *(f"{c}_n" for c in EXPERIENCE_ITEMS.values()))

# Scale ends: t-interval bounds beyond them are clipped (they carry no information).
SCALES = {"seq": (1.0, 7.0), "sus": (0.0, 100.0), "umux_lite": (0.0, 100.0),
          "csat": (1.0, 5.0), "ces": (1.0, 7.0)}


def _clip_ci(lo: Any, hi: Any, scale: str) -> list[float | None]:
    low, high = SCALES[scale]
    return [None if _clean(v) is None else min(max(float(v), low), high) for v in (lo, hi)]


def _task_order(tables: StudyTables, prep: _Prepared) -> pd.DataFrame:
    """Tasks in study order, then any task that only appears in the attempts."""
    t = tables.tasks.reindex(columns=["task", "title", "stage", "target_time_s"]).copy()
    t["task"] = t["task"].astype(str)
    known = set(t["task"])
    extra = [x for x in prep.tasks if x not in known]
    if extra:
        t = pd.concat([t, pd.DataFrame({"task": extra})], ignore_index=True)
    return t.reset_index(drop=True)


def _included(tables: StudyTables) -> StudyTables:
    return tables.included()


def _task_rows(t: StudyTables, prep: _Prepared, confidence: float) -> pd.DataFrame:
    """Task frame joined to the study's task order (tasks nobody attempted get zeros)."""
    frame = _task_frame(prep, prep.task_code, pd.Index(prep.tasks, name="task"), confidence)
    out = _task_order(t, prep).merge(frame, left_on="task", right_index=True, how="left")
    for col in _COUNT_COLS:
        out[col] = out[col].fillna(0).astype(int)
    return out.reset_index(drop=True)


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
    t = _included(tables)
    rows = _task_rows(t, _prepare_attempts(t), confidence)
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
    declined = _flag(ans, "declined")
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
            f"participant {ans['participant'].iloc[k]}: answer {raw.iloc[k]!r} to {item} "
            f"is outside the {low}-{high} scale", file=_source(tables), field=item,
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
    t = tables if include_excluded else _included(tables)
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
    if include_excluded:
        out["excluded"] = _flag(p, "excluded")
    return out


# =========================================================================== study summaries
def _ci(lo: Any, hi: Any) -> list[float | None]:
    return [_clean(lo), _clean(hi)]


def _sus_summary(scores: pd.DataFrame, confidence: float) -> dict[str, Any]:
    m = st.mean_ci(scores["sus"], confidence)
    return {"n": m.n, "mean": m.mean, "sd": m.sd, "ci": _clip_ci(m.low, m.high, "sus"),
            "grade": sc.sus_grade(m.mean), "percentile": sc.sus_percentile(m.mean),
            "percentile_method": SUS_PERCENTILE_METHOD, "adjective": sc.sus_adjective(m.mean)}


def _umux_summary(scores: pd.DataFrame, confidence: float) -> dict[str, Any]:
    m = st.mean_ci(scores["umux_lite"], confidence)
    return {"n": m.n, "mean": m.mean, "ci": _clip_ci(m.low, m.high, "umux_lite"),
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
            "ci": _ci(100 * lo[0], 100 * hi[0]), "mean": m.mean, "mean_ci": _clip_ci(m.low, m.high, "csat")}


def _ces_summary(scores: pd.DataFrame, confidence: float) -> dict[str, Any]:
    v = scores["ces"].dropna()
    n, agree = len(v), int((v >= 5).sum())
    m = st.mean_ci(v, confidence)
    lo, hi = st.adjusted_wald_arrays([agree], [n], confidence)
    return {"n": n, "method": CES_METHOD, "score": m.mean, "ci": _clip_ci(m.low, m.high, "ces"),
            "agree_pct": 100.0 * agree / n if n else None,
            "agree_ci": _ci(100 * lo[0], 100 * hi[0])}


def _task_entry(row: dict[str, Any]) -> dict[str, Any]:
    r = {k: _clean(v) for k, v in row.items()}

    def time(prefix: str) -> dict[str, Any]:
        return {"n": r[f"{prefix}_n"], "geomean": r[f"{prefix}_geomean"],
                "ci": [r[f"{prefix}_lo"], r[f"{prefix}_hi"]], "median": r[f"{prefix}_median"],
                "mean": r[f"{prefix}_mean"], "sd": r[f"{prefix}_sd"]}

    return {
        "task": str(row["task"]), "title": r["title"], "stage": r["stage"],
        "attempts": r["attempts"], "successes": r["successes"], "partials": r["partials"],
        "skipped": r["skipped"], "interrupted": r["interrupted"],
        "completion_rate": r["completion_rate"],
        "completion_ci": [r["completion_lo"], r["completion_hi"]],
        "time_success": time("time_success"), "time_all": time("time_all"),
        "seq": {"n": r["seq_n"], "mean": r["seq_mean"], "ci": [r["seq_lo"], r["seq_hi"]]},
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


# =========================================================================== comparison
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
        "mean_a": _clean(g["mean"].iloc[0]), "mean_b": _clean(g["mean"].iloc[1]),
        "n_a": int(np.nan_to_num(g["count"].iloc[0])), "n_b": int(np.nan_to_num(g["count"].iloc[1])),
        "test": st.WELCH_TEST, "p": _clean(p), "alpha": alpha,
    })


def _group_frames(prep: _Prepared, by_code: NDArray[np.intp], groups: list[str],
                  order: pd.DataFrame, confidence: float) -> list[pd.DataFrame]:
    """One task frame per comparison group, each in study task order."""
    n_tasks = len(prep.tasks)
    code = np.where(by_code >= 0, by_code * n_tasks + prep.task_code, -1)
    index = pd.MultiIndex.from_product([range(len(groups)), prep.tasks])
    frame = _task_frame(prep, code, index, confidence)
    ids = order["task"].tolist()
    out = []
    for k in range(len(groups)):
        try:
            sub = frame.xs(k, level=0)
        except KeyError:  # no attempt recorded yet (participants listed, no sessions)
            sub = frame.iloc[0:0].droplevel(0)
        out.append(pd.DataFrame(sub).reindex(ids))
    return out


def _compare_two(prep: _Prepared, by_code: NDArray[np.intp], scores: pd.DataFrame,
                 order: pd.DataFrame, groups: list[str], by: str,
                 confidence: float) -> dict[str, Any]:
    alpha = round(1.0 - confidence, 12)
    zero = dict.fromkeys(_COUNT_COLS, 0)
    fa, fb = (f.fillna(zero) for f in _group_frames(prep, by_code, groups, order, confidence))
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
        me = _clean(min_exp[i])
        if me is not None:
            recommended = st.FISHER_TEST if me < st.FISHER_PREFER_BELOW else st.N1_TEST
            if me < st.FISHER_SHOW_BELOW:
                fisher = st.fisher_exact_p(int(ra["successes"]), na, int(rb["successes"]), nb)
        completion = _with_reading({
            "metric": "completion", "groups": groups,
            "rate_a": _clean(ra["completion_rate"]), "rate_b": _clean(rb["completion_rate"]),
            "n_a": na, "n_b": nb, "test": st.N1_TEST, "p": _clean(p_n1[i]),
            "fisher_p": fisher, "recommended": recommended, "alpha": alpha,
        })
        time = _with_reading({
            "metric": "time", "groups": groups,
            "geomean_a": _clean(ra["time_success_geomean"]),
            "geomean_b": _clean(rb["time_success_geomean"]),
            "n_a": int(ra["time_success_n"]), "n_b": int(rb["time_success_n"]),
            "test": st.WELCH_LOG_TEST, "p": _clean(p_time[i]), "alpha": alpha,
        })
        tasks_out.append({"task": task, "completion": completion, "time_success": time})
        seq_out.append({"task": task, **_with_reading({
            "metric": "SEQ", "groups": groups, "mean_a": _clean(ra["seq_mean"]),
            "mean_b": _clean(rb["seq_mean"]), "n_a": int(ra["seq_n"]), "n_b": int(rb["seq_n"]),
            "test": st.WELCH_TEST, "p": _clean(p_seq[i]), "alpha": alpha,
        })})
    by_value = scores["_by"]
    return {
        "by": by, "groups": groups, "confidence": confidence, "tasks": tasks_out,
        "sus": _mean_comparison(scores["sus"], by_value, groups, "SUS", alpha),
        "umux_lite": _mean_comparison(scores["umux_lite"], by_value, groups, "UMUX-Lite",
                                      alpha),
        "seq": seq_out,
    }


def _per_group(prep: _Prepared, by_code: NDArray[np.intp], scores: pd.DataFrame,
               order: pd.DataFrame, groups: list[str], by: str,
               confidence: float) -> dict[str, Any]:
    frames = _group_frames(prep, by_code, groups, order, confidence) if groups else []
    per: list[dict[str, Any]] = []
    for g, f in zip(groups, frames, strict=True):
        tasks = [{"task": str(task), "attempts": int(np.nan_to_num(r["attempts"])),
                  "completion_rate": _clean(r["completion_rate"]),
                  "completion_ci": _ci(r["completion_lo"], r["completion_hi"]),
                  "time_success_geomean": _clean(r["time_success_geomean"]),
                  "time_success_ci": _ci(r["time_success_lo"], r["time_success_hi"]),
                  "seq_mean": _clean(r["seq_mean"])}
                 for task, r in zip(order["task"], f.to_dict("records"), strict=True)]
        s = scores[scores["_by"] == g]
        per.append({"group": g, "participants": len(s), "tasks": tasks,
                    "sus": {k: v for k, v in _sus_summary(s, confidence).items()
                            if k in ("n", "mean", "ci")}})
    note = (f"'{by}' has {len(groups)} values; uxlab compares exactly two groups with "
            "significance tests. Per-group summaries with confidence intervals are shown "
            "instead (no pairwise tests, which would need a multiple-comparison correction).")
    if len(groups) < 2:
        note = f"'{by}' has {len(groups)} value(s); a comparison needs two groups."
    return {"by": by, "groups": groups, "confidence": confidence, "note": note,
            "per_group": per}


def _by_values(participants: pd.DataFrame, by: str, tables: StudyTables) -> pd.Series:
    if by not in participants.columns:
        available = ", ".join(str(c) for c in participants.columns)
        raise DataError(
            f"unknown column '{by}' to compare by; available columns: {available}",
            file=_source(tables), field="by", fix="choose one of the available columns",
        )
    col = participants[by]
    return pd.Series([None if pd.isna(v) else str(v) for v in col.tolist()], index=col.index,
                     dtype=object)


# =========================================================================== analyze
def _participant_list(scores: pd.DataFrame) -> list[dict[str, Any]]:
    """Records of the per-participant scores; built column-wise (fast for thousands)."""
    def floats(name: str) -> list[float | None]:
        return [None if v != v else v for v in scores[name].to_numpy(float).tolist()]

    columns: dict[str, list[Any]] = {
        "participant": [str(v) for v in scores["participant"]],
        "group": [None if v is None or v != v else _clean(v) for v in scores["group"]],
    }
    for name in ("sus", "umux_lite", "nps", "csat", "ces"):
        columns[name] = floats(name)
    keys = list(columns)
    return [dict(zip(keys, row, strict=True)) for row in zip(*columns.values(), strict=True)]


def analyze(tables: StudyTables, confidence: float = 0.95,
            by: str | None = None) -> dict[str, Any]:
    """Every study metric as plain JSON-ready Python values (see docs/metrics.md).

    ``by`` names a column of ``tables.participants`` (e.g. "group"): with exactly two values
    the result gets a ``comparison`` with tests; with another number of values, per-group
    summaries and a note. An unknown column raises :class:`DataError`.
    """
    confidence = st.check_confidence(confidence)
    t = _included(tables)
    by_values = _by_values(t.participants, by, tables) if by is not None else None
    prep = _prepare_attempts(t)
    rows = _task_rows(t, prep, confidence)
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
    }
    if by_values is not None and by is not None:
        groups = [str(g) for g in pd.unique(by_values.dropna())]
        mapping = dict(zip(t.participants["participant"], by_values, strict=True))
        by_code = pd.Index(groups).get_indexer(pd.Index(pd.Series(prep.participant).map(mapping)))
        scores = scores.assign(_by=scores["participant"].map(mapping))
        order = _task_order(t, prep)
        compare = _compare_two if len(groups) == 2 else _per_group
        result["comparison"] = compare(prep, np.asarray(by_code, np.intp), scores, order,
                                       groups, by, confidence)
    return result
