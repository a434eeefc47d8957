"""Per-attempt arrays and per-task statistics: the vectorised core of the metrics.

:func:`prepare_attempts` turns the attempts table into arrays once; :func:`task_frame` gives
every task number per group code (one ``bincount`` per statistic, no loop over rows).
Values that cannot be computed are NaN here; the JSON layer turns them into ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from uxlab.analysis import stats as st
from uxlab.analysis.codes import factorize_all
from uxlab.analysis.model import ATTEMPTED_OUTCOMES, StudyTables
from uxlab.analysis.stats import FloatArray
from uxlab.core.errors import DataError

OUTCOMES = (*ATTEMPTED_OUTCOMES, "skipped")
EXPERIENCE_ITEMS = {"success": "exp_success", "effort": "exp_effort", "emotion": "exp_emotion"}
RATING_COLUMNS = ("seq", *EXPERIENCE_ITEMS.values())

def clean_value(value: Any) -> Any:
    """Plain Python value for JSON: numbers as int/float, NaN/NA/inf as None."""
    if value is not None and not isinstance(value, (str, list, dict)) and pd.isna(value):
        return None
    return st.clean(value)


def ci_pair(lo: Any, hi: Any) -> list[float | None]:
    return [clean_value(lo), clean_value(hi)]


def column(df: pd.DataFrame, name: str) -> FloatArray:
    if name in df.columns:
        return pd.to_numeric(df[name], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    return np.full(len(df), np.nan)


_TRUE = {"true", "yes", "y", "1", "1.0", "x"}


def flag(df: pd.DataFrame, name: str) -> NDArray[np.bool_]:
    """A yes/no column as booleans; missing = no. Accepts bools, 0/1 and true/yes text."""
    if name not in df.columns:
        return np.zeros(len(df), bool)
    col = df[name]
    try:
        return col.astype("boolean").fillna(False).to_numpy(bool)
    except (TypeError, ValueError):
        return np.array([str(v).strip().lower() in _TRUE for v in col.tolist()], dtype=bool)


def source_of(tables: StudyTables) -> str | None:
    return tables.source or None


@dataclass
class Prepared:
    """Per-attempt arrays: task codes into ``tasks`` plus every numeric column as floats
    (NaN = not applicable: a failed attempt has no success time, an unanswered rating ...)."""

    tasks: list[str]
    task_code: NDArray[np.intp]
    participant: NDArray[np.object_]
    cols: dict[str, FloatArray]


def prepare_attempts(tables: StudyTables) -> Prepared:
    """One pass over the attempts table, all vectorised (no per-row Python)."""
    a = tables.attempts
    codes, uniques = pd.factorize(a["outcome"])  # missing outcome (in progress): code -1
    names = [str(u).strip().lower() for u in uniques]
    for k, name in enumerate(names):
        if name not in OUTCOMES and name != "":
            bad = a.iloc[int(np.argmax(codes == k))]
            raise DataError(
                f"participant {bad['participant']}, task {bad['task']}: unknown outcome "
                f"'{bad['outcome']}'", file=source_of(tables), field="outcome",
                fix="use success, partial, fail, abandoned or skipped",
            )

    def lut(test: Any) -> NDArray[np.bool_]:
        return np.array([test(n) for n in names] + [False], dtype=bool)[codes]

    attempted = lut(lambda n: n in ATTEMPTED_OUTCOMES)
    success = lut(lambda n: n == "success")
    time = column(a, "time_s")
    with np.errstate(invalid="ignore", divide="ignore"):
        valid_time = np.isfinite(time) & (time > 0)
        log_time = np.log(np.where(valid_time, time, 1.0))
    nan = np.nan
    cols: dict[str, FloatArray] = {
        "attempted": attempted.astype(float),
        "success": success.astype(float),
        "partial": lut(lambda n: n == "partial").astype(float),
        "skipped": lut(lambda n: n == "skipped").astype(float),
        "interrupted": (flag(a, "interrupted") & attempted).astype(float),
        "ts_log": np.where(success & valid_time, log_time, nan),
        "ts": np.where(success & valid_time, time, nan),
        "ta_log": np.where(attempted & valid_time, log_time, nan),
        "ta": np.where(attempted & valid_time, time, nan),
        "zero_time": (attempted & np.isfinite(time) & ~valid_time).astype(float),
        "errors": np.where(attempted, column(a, "errors"), nan),
        "assists": np.where(attempted, column(a, "assists"), nan),
    }
    for item in RATING_COLUMNS:
        cols[item] = column(a, item)
    task_codes, task_uniques = factorize_all(a["task"])
    # Equal ids of different types (1 and "1") are one task: merge on their text.
    merged, tasks = pd.factorize(pd.Index([str(u) for u in task_uniques]))
    return Prepared([str(t) for t in tasks], np.asarray(merged, np.intp)[task_codes]
                     if len(task_codes) else np.zeros(0, np.intp),
                     a["participant"].to_numpy(object), cols)


def group_moments(code: NDArray[np.intp], n: int, x: FloatArray
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


def group_median(code: NDArray[np.intp], n: int, x: FloatArray,
                 confidence: float | None = None) -> FloatArray | tuple[FloatArray, ...]:
    """Median of the finite values of ``x`` per group code. With ``confidence``, also the
    distribution-free interval from binomial order statistics: ranks l = the alpha/2 quantile
    of Binomial(n, 1/2) and n - l + 1 (1-based), coverage >= confidence (NaN when n is too
    small for any interval at that level)."""
    ok = np.isfinite(x) & (code >= 0)
    c, v = code[ok], x[ok]
    cnt = np.bincount(c, minlength=n)
    start = np.concatenate(([0], np.cumsum(cnt)[:-1]))
    has = cnt > 0
    rank = np.zeros(n, dtype=int)
    if confidence is not None:
        from uxlab.analysis.stats import binom_ppf

        alpha = 1.0 - confidence
        with np.errstate(invalid="ignore"):
            rank = np.nan_to_num(binom_ppf(alpha / 2.0, cnt, 0.5)).astype(int)  # 1-based
    usable = has & (rank >= 1)
    # each group's values together, then only the order statistics wanted put in place
    # (np.partition: linear time, where sorting every group's values is n log n)
    v = _order_statistics(c, v, cnt, start, usable, rank) if n <= _PARTITION_GROUPS else v[np.lexsort((v, c))]
    med = np.full(n, np.nan)
    lo = start[has] + (cnt[has] - 1) // 2
    hi = start[has] + cnt[has] // 2
    med[has] = (v[lo] + v[hi]) / 2.0
    if confidence is None:
        return med
    low, high = np.full(n, np.nan), np.full(n, np.nan)
    low[usable] = v[start[usable] + rank[usable] - 1]
    high[usable] = v[start[usable] + cnt[usable] - rank[usable]]
    return med, low, high


_PARTITION_GROUPS = 4096  # up to this many groups, one partition per group beats one big sort


def _order_statistics(c: NDArray[np.intp], v: FloatArray, cnt: NDArray[np.intp], start: NDArray[np.intp],
                      usable: NDArray[np.bool_], rank: NDArray[np.intp]) -> FloatArray:
    """``v`` grouped by ``c`` (groups in code order), each group partitioned so that its middle
    one or two values and its values at ``rank`` from either end sit where a full sort puts them."""
    order = np.argsort(c.astype(np.int16 if len(cnt) <= 32767 else np.intp), kind="stable")
    v = v[order]
    for g in np.flatnonzero(cnt):
        k, s = int(cnt[g]), int(start[g])
        kth = {(k - 1) // 2, k // 2}
        if usable[g]:
            kth |= {int(rank[g]) - 1, k - int(rank[g])}
        v[s:s + k] = np.partition(v[s:s + k], sorted(kth))
    return v


def group_sum(code: NDArray[np.intp], n: int, x: FloatArray) -> FloatArray:
    ok = code >= 0
    return np.bincount(code[ok], weights=x[ok], minlength=n).astype(float)


def task_frame(prep: Prepared, code: NDArray[np.intp], index: pd.Index,
                confidence: float, median_ci: bool = True) -> pd.DataFrame:
    """One row per group (``index``; ``code`` maps each attempt to a row, -1 = left out)
    with every task number (the median's interval only with ``median_ci``: comparisons do not
    use it)."""
    n = len(index)
    c = prep.cols
    out: dict[str, Any] = {}
    for name, col in (("attempts", "attempted"), ("successes", "success"),
                      ("partials", "partial"), ("skipped", "skipped"),
                      ("interrupted", "interrupted")):
        out[name] = group_sum(code, n, c[col]).astype(int)
    att = out["attempts"].astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        out["completion_rate"] = np.where(att > 0, out["successes"] / att, np.nan)
    out["completion_lo"], out["completion_hi"] = st.adjusted_wald_arrays(
        out["successes"], att, confidence)
    for prefix, log_col, raw_col in (("time_success", "ts_log", "ts"),
                                     ("time_all", "ta_log", "ta")):
        cnt, lm, ls = group_moments(code, n, c[log_col])
        lo, hi = st.t_interval_arrays(lm, ls, cnt, confidence)
        _cnt, mean, sd = group_moments(code, n, c[raw_col])
        out[f"{prefix}_n"] = cnt.astype(int)
        out[f"{prefix}_geomean"] = np.exp(lm)
        out[f"{prefix}_lo"], out[f"{prefix}_hi"] = np.exp(lo), np.exp(hi)
        if median_ci:
            med, mlo, mhi = group_median(code, n, c[raw_col], confidence)
        else:
            med = group_median(code, n, c[raw_col])
            mlo = mhi = np.full(n, np.nan)
        out[f"{prefix}_median"], out[f"{prefix}_median_lo"], out[f"{prefix}_median_hi"] = \
            med, mlo, mhi
        out[f"{prefix}_mean"], out[f"{prefix}_sd"] = mean, sd
        out[f"{prefix}_log_mean"], out[f"{prefix}_log_sd"] = lm, ls  # for comparisons
    cnt, mean, sd = group_moments(code, n, c["seq"])
    lo, hi = st.t_interval_arrays(mean, sd, cnt, confidence)
    out["seq_n"], out["seq_mean"], out["seq_sd"] = cnt.astype(int), mean, sd
    out["seq_lo"], out["seq_hi"] = np.clip(lo, *SCALES["seq"]), np.clip(hi, *SCALES["seq"])
    for col in EXPERIENCE_ITEMS.values():
        r = c[col]
        cnt, mean, _sd = group_moments(code, n, r)
        out[f"{col}_n"], out[f"{col}_mean"] = cnt.astype(int), mean
        with np.errstate(invalid="ignore"):
            net = (group_sum(code, n, (r >= 6).astype(float))
                   - group_sum(code, n, (r <= 3).astype(float)))
            out[f"{col}_net"] = np.where(cnt > 0, 100.0 * net / np.where(cnt > 0, cnt, 1), np.nan)
    out["errors_mean"] = group_moments(code, n, c["errors"])[1]
    out["assists_mean"] = group_moments(code, n, c["assists"])[1]
    return pd.DataFrame(out, index=index)


COUNT_COLS = ("attempts", "successes", "partials", "skipped", "interrupted",
               "time_success_n", "time_all_n", "seq_n",
               *(f"{c}_n" for c in EXPERIENCE_ITEMS.values()))

# Scale ends: t-interval bounds beyond them are clipped (they carry no information).
SCALES = {"seq": (1.0, 7.0), "sus": (0.0, 100.0), "umux_lite": (0.0, 100.0),
          "csat": (1.0, 5.0), "ces": (1.0, 7.0)}


def clip_ci(lo: Any, hi: Any, scale: str) -> list[float | None]:
    low, high = SCALES[scale]
    return [None if clean_value(v) is None else min(max(float(v), low), high) for v in (lo, hi)]


def task_order(tables: StudyTables, prep: Prepared) -> pd.DataFrame:
    """Tasks in study order, then any task that only appears in the attempts."""
    t = tables.tasks.reindex(columns=["task", "title", "stage", "target_time_s"]).copy()
    t["task"] = t["task"].astype(str)
    known = set(t["task"])
    extra = [x for x in prep.tasks if x not in known]
    if extra:
        t = pd.concat([t, pd.DataFrame({"task": extra})], ignore_index=True)
    return t.reset_index(drop=True)


def included(tables: StudyTables) -> StudyTables:
    return tables.included()


def task_rows(t: StudyTables, prep: Prepared, confidence: float) -> pd.DataFrame:
    """Task frame joined to the study's task order (tasks nobody attempted get zeros)."""
    frame = task_frame(prep, prep.task_code, pd.Index(prep.tasks, name="task"), confidence)
    out = task_order(t, prep).merge(frame, left_on="task", right_index=True, how="left")
    for col in COUNT_COLS:
        out[col] = out[col].fillna(0).astype(int)
    return out.reset_index(drop=True)


