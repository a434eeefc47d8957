"""metrics.analyze on a small hand-built study whose numbers are worked out by hand below.

The statistical methods themselves are checked against published examples in test_stats.py
and test_scoring.py; here we check that the engine feeds them the right rows: attempts vs
skipped, success vs partial, excluded participants, declined answers, missing times, groups.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from uxlab.analysis import metrics as M
from uxlab.analysis import stats as st
from uxlab.analysis.model import StudyTables
from uxlab.core import scoring as sc
from uxlab.core.errors import DataError

NAN = math.nan
Z95 = 1.959963984540054


def _attempt(p: str, g: str, task: str, outcome: str, time: float, seq: float = NAN,
             exp: tuple[float, float, float] = (NAN, NAN, NAN), interrupted: bool = False,
             errors: float = 0, assists: float = 0) -> dict[str, Any]:
    return {"participant": p, "group": g, "session_id": p, "task": task, "position": 0,
            "outcome": outcome, "success": outcome == "success", "time_s": time,
            "interrupted": interrupted, "errors": errors, "assists": assists, "seq": seq,
            "exp_success": exp[0], "exp_effort": exp[1], "exp_emotion": exp[2]}


BROOKE = [5, 4, 2, 1, 2, 3, 2, 4, 5, 2]  # SUS 55 (Brooke 1996 sample form)


def _sus(p: str, answers: list[float | None]) -> list[dict[str, Any]]:
    return [{"participant": p, "questionnaire": "sus", "item": f"sus{i + 1}",
             "value": NAN if v is None else v, "declined": v is None}
            for i, v in enumerate(answers)]


def _one(p: str, q: str, item: str, v: float | None) -> dict[str, Any]:
    return {"participant": p, "questionnaire": q, "item": item,
            "value": NAN if v is None else v, "declined": v is None}


def build() -> StudyTables:
    tasks = pd.DataFrame({
        "task": ["t1", "t2", "t3"], "title": ["Find a restaurant", "Pay", "Unused"],
        "stage": ["main", "main", "extra"], "target_time_s": [60.0, NAN, NAN],
        "time_limit_s": [NAN, NAN, NAN],
    })
    participants = pd.DataFrame({
        "participant": ["P1", "P2", "P3", "P4", "P5", "P6", "P7"],
        "group": ["current"] * 3 + ["prototype"] * 4,
        "language": "en",
        "excluded": [False] * 6 + [True],
        "exclude_reason": [""] * 6 + ["pilot session"],
        "device": ["phone", "laptop", "tablet", "phone", "laptop", "tablet", "phone"],
    })
    attempts = pd.DataFrame([
        _attempt("P1", "current", "t1", "success", 30, 6, (7, 6, 5), errors=1),
        _attempt("P2", "current", "t1", "fail", 120, 2, (2, 3, NAN), errors=3, assists=1),
        _attempt("P3", "current", "t1", "success", 60, 5, interrupted=True),
        _attempt("P4", "prototype", "t1", "success", 20, 7, (7, 7, 7)),
        _attempt("P5", "prototype", "t1", "success", 40, NAN),  # SEQ declined
        _attempt("P6", "prototype", "t1", "abandoned", 90, 3, errors=2),
        _attempt("P7", "prototype", "t1", "success", 1, 1, (1, 1, 1)),  # excluded
        _attempt("P1", "current", "t2", "skipped", NAN),
        _attempt("P2", "current", "t2", "partial", 50, 4),
        _attempt("P3", "current", "t2", "success", 80, 6),
        _attempt("P4", "prototype", "t2", "success", 45),
        _attempt("P5", "prototype", "t2", "fail", NAN),  # no time recorded
        _attempt("P6", "prototype", "t2", "success", 60),
        _attempt("P7", "prototype", "t2", "fail", 999),  # excluded
    ])
    answers = pd.DataFrame([
        *_sus("P1", list(BROOKE)),  # 55
        *_sus("P2", [3, 3, 3, 3, 3, 3, 3, 3, 3, None]),  # 9 items x 2 x 100/36 = 50
        *_sus("P3", [5, 1, 5, 1, 5, 1, 5, 1, None, None]),  # 2 missing: no score
        *_sus("P4", [5, 1] * 5),  # 100
        *_sus("P5", [4, 2] * 5),  # 75
        *_sus("P7", [1, 5] * 5),  # 0, excluded
        _one("P1", "umux_lite", "umux1", 5), _one("P1", "umux_lite", "umux2", 6),  # 75
        _one("P3", "umux_lite", "umux1", 6),  # one item: no score
        _one("P4", "umux_lite", "umux1", 7), _one("P4", "umux_lite", "umux2", 7),  # 100
        _one("P1", "nps", "nps", 9), _one("P2", "nps", "nps", 6), _one("P3", "nps", "nps", 10),
        _one("P4", "nps", "nps", 7), _one("P5", "nps", "nps", None), _one("P7", "nps", "nps", 0),
        _one("P1", "csat", "csat", 5), _one("P2", "csat", "csat", 3),
        _one("P4", "csat", "csat", 4),
        _one("P1", "ces", "ces", 6), _one("P2", "ces", "ces", 2),
        _one("P2", "custom", "q1", 42),  # a custom questionnaire is not scored here
    ])
    return StudyTables("Food delivery", tasks, participants, attempts, answers,
                       source="study.csv")


def _adjusted_wald(x: int, n: int, z: float = Z95) -> tuple[float, float]:
    n_adj = n + z * z
    p_adj = (x + z * z / 2) / n_adj
    half = z * math.sqrt(p_adj * (1 - p_adj) / n_adj)
    return max(0.0, p_adj - half), min(1.0, p_adj + half)


def _walk(obj: Any) -> list[Any]:
    if isinstance(obj, dict):
        return [x for v in obj.values() for x in _walk(v)]
    if isinstance(obj, list):
        return [x for v in obj for x in _walk(v)]
    return [obj]


@pytest.fixture(scope="module")
def result() -> dict[str, Any]:
    return M.analyze(build())


def test_output_is_plain_json_without_nan(result: dict[str, Any]) -> None:
    json.dumps(result, allow_nan=False)
    for v in _walk(result):
        assert v is None or type(v) in (str, int, float, bool), type(v)
    assert result["confidence"] == 0.95


def test_task_counts_attempts_skips_partials(result: dict[str, Any]) -> None:
    t1, t2, t3 = result["tasks"]
    assert [t["task"] for t in result["tasks"]] == ["t1", "t2", "t3"]  # study order
    assert (t1["title"], t1["stage"], t1["target_time_s"]) == ("Find a restaurant", "main", 60.0)
    # t1: six attempts (P7 excluded), four successes; P3's crash-interrupted attempt counts.
    assert (t1["attempts"], t1["successes"], t1["partials"], t1["skipped"]) == (6, 4, 0, 0)
    assert t1["interrupted"] == 1
    # t2: P1 skipped (not an attempt); P2's partial is an attempt but not a success.
    assert (t2["attempts"], t2["successes"], t2["partials"], t2["skipped"]) == (5, 3, 1, 1)
    # t3: nobody attempted it: nothing to compute, and never 0 % by accident.
    assert (t3["attempts"], t3["completion_rate"], t3["completion_ci"]) == (0, None, [None, None])
    assert t3["time_success"] == {"n": 0, "geomean": None, "ci": [None, None], "median": None,
                                  "mean": None, "sd": None, "no_variation": False,
                                  "headline": "geomean", "median_ci": [None, None]}
    assert t3["target_time_s"] is None


def test_completion_rate_and_adjusted_wald(result: dict[str, Any]) -> None:
    t1, t2, _ = result["tasks"]
    assert t1["completion_rate"] == pytest.approx(4 / 6)
    assert t1["completion_ci"] == pytest.approx(list(_adjusted_wald(4, 6)))
    assert t2["completion_rate"] == pytest.approx(3 / 5)
    assert t2["completion_ci"] == pytest.approx(list(_adjusted_wald(3, 5)))


def test_times_success_and_all(result: dict[str, Any]) -> None:
    t1, t2, _ = result["tasks"]
    ts = t1["time_success"]
    # Successful t1 times 30, 60, 20, 40: geometric mean = 1,440,000^(1/4) = 34.64 s.
    assert ts["n"] == 4
    assert ts["geomean"] == pytest.approx(1_440_000 ** 0.25)
    assert (ts["median"], ts["mean"]) == (35.0, 37.5)
    logs = np.log([30, 60, 20, 40])
    half = 3.182446305284263 * logs.std(ddof=1) / 2  # t(0.975, 3) = 3.182
    assert ts["ci"] == pytest.approx([math.exp(logs.mean() - half), math.exp(logs.mean() + half)])
    assert ts["sd"] == pytest.approx(np.std([30, 60, 20, 40], ddof=1))
    # All t1 attempts with a time: 30, 120, 60, 20, 40, 90 (P7's 1 s is excluded).
    ta = t1["time_all"]
    assert ta["n"] == 6
    assert ta["geomean"] == pytest.approx((30 * 120 * 60 * 20 * 40 * 90) ** (1 / 6))
    # t2: the skipped task and the fail without a time have no time.
    assert t2["time_success"]["n"] == 3
    assert t2["time_success"]["geomean"] == pytest.approx((80 * 45 * 60) ** (1 / 3))
    assert t2["time_all"]["n"] == 4


def test_ratings_seq_and_experience(result: dict[str, Any]) -> None:
    t1, t2, _ = result["tasks"]
    # SEQ 6, 2, 5, 7, 3 (P5 declined: left out, not 0).
    assert t1["seq"]["n"] == 5
    assert t1["seq"]["mean"] == pytest.approx(4.6)
    sd = np.std([6, 2, 5, 7, 3], ddof=1)
    lo = 4.6 - 2.7764451051977987 * sd / math.sqrt(5)  # t(0.975, 4)
    assert t1["seq"]["ci"] == pytest.approx([lo, min(7.0, 4.6 + (4.6 - lo))])
    exp = t1["experience"]
    # success ratings 7, 2, 7: two answers 6-7, one 1-3 -> (2 - 1) / 3 = 33.3 points.
    assert exp["success"] == pytest.approx({"n": 3, "mean": 16 / 3, "net": 100 / 3})
    # emotion 5, 7 (one unanswered): (1 - 0) / 2 = 50 points.
    assert exp["emotion"] == pytest.approx({"n": 2, "mean": 6.0, "net": 50.0})
    assert t1["errors_mean"] == pytest.approx(1.0)  # (1 + 3 + 0 + 0 + 0 + 2) / 6
    assert t1["assists_mean"] == pytest.approx(1 / 6)
    assert t2["seq"] == {"n": 2, "mean": 5.0, "no_variation": False, "ci": pytest.approx(
        [1.0, 7.0])}  # 4 and 6: t(1) interval clipped to the 1-7 scale


def test_questionnaires(result: dict[str, Any]) -> None:
    sus = result["sus"]
    # 55, 50 (prorated), 100, 75; P3 (two items missing) has no score, P7 is excluded.
    assert sus["n"] == 4
    assert sus["mean"] == pytest.approx(70.0)
    assert sus["sd"] == pytest.approx(math.sqrt((15**2 + 20**2 + 30**2 + 5**2) / 3))
    assert (sus["grade"], sus["adjective"]) == ("C", "OK")  # 70: C, 41st-59th, OK
    assert sus["percentile"] == pytest.approx(sc.sus_percentile(70.0))
    assert sus["ci"][1] == 100.0  # the t-interval's upper end (107) is clipped to the scale
    um = result["umux_lite"]
    assert (um["n"], um["mean"]) == (2, pytest.approx(87.5))
    assert um["sus_equivalent"] == pytest.approx(0.65 * 87.5 + 22.9)
    nps = result["nps"]
    # 9, 6, 10, 7 (P5 declined, P7 excluded): 2 promoters, 1 passive, 1 detractor -> 25.
    assert (nps["n"], nps["promoters"], nps["passives"], nps["detractors"]) == (4, 2, 1, 1)
    assert nps["score"] == pytest.approx(25.0)
    s = st.nps_summary(2, 1, 1)
    assert nps["ci"] == pytest.approx([s.low, s.high])
    csat = result["csat"]
    assert csat["method"].startswith("top-2-box")
    assert (csat["n"], csat["score"], csat["mean"]) == (3, pytest.approx(200 / 3), 4.0)
    ces = result["ces"]
    assert (ces["n"], ces["score"], ces["agree_pct"]) == (2, 4.0, 50.0)
    assert ces["method"].startswith("mean")


def test_participants_and_excluded(result: dict[str, Any]) -> None:
    rows = {r["participant"]: r for r in result["participants"]}
    assert set(rows) == {"P1", "P2", "P3", "P4", "P5", "P6"}  # P7 excluded
    assert rows["P1"] == {"participant": "P1", "group": "current", "sus": 55.0,
                          "umux_lite": pytest.approx(75.0), "nps": 9.0, "csat": 5.0,
                          "ces": 6.0}
    assert rows["P2"]["sus"] == pytest.approx(50.0)
    assert rows["P3"]["sus"] is None and rows["P3"]["umux_lite"] is None
    assert rows["P5"]["nps"] is None  # declined
    assert rows["P6"] == {"participant": "P6", "group": "prototype", "sus": None,
                          "umux_lite": None, "nps": None, "csat": None, "ces": None}
    assert result["excluded"] == [{"participant": "P7", "reason": "pilot session"}]


def test_participant_scores_frame() -> None:
    ps = M.participant_scores(build())
    assert list(ps.columns) == M.PARTICIPANT_SCORE_COLUMNS
    assert ps["participant"].tolist() == ["P1", "P2", "P3", "P4", "P5", "P6"]
    assert ps["sus_items"].tolist() == [10, 9, 8, 10, 10, 0]
    cats = ps["nps_category"].tolist()
    assert cats[:4] == ["promoter", "detractor", "promoter", "passive"]
    assert ps["nps_category"].isna().tolist() == [False] * 4 + [True] * 2
    assert ps.loc[0, "umux_sus_equiv"] == pytest.approx(0.65 * 75 + 22.9)
    everyone = M.participant_scores(build(), include_excluded=True)
    assert everyone["excluded"].tolist() == [False] * 6 + [True]
    assert everyone.loc[6, "sus"] == 0.0


def test_vectorised_sus_matches_reference_scoring() -> None:
    rng = np.random.default_rng(7)
    rows, expected = [], {}
    for k in range(300):
        answers: list[float | None] = [
            None if rng.random() < 0.08 else float(rng.integers(1, 6)) for _ in range(10)]
        rows += _sus(f"X{k}", answers)
        expected[f"X{k}"] = sc.sus_score(answers)
    tables = StudyTables(
        "x", pd.DataFrame({"task": []}),
        pd.DataFrame({"participant": list(expected), "group": "g", "excluded": False}),
        pd.DataFrame({"participant": [], "task": [], "outcome": []}), pd.DataFrame(rows))
    got = M.participant_scores(tables).set_index("participant")["sus"]
    for pid, exp in expected.items():
        if exp is None:
            assert math.isnan(got[pid])
        else:
            assert got[pid] == pytest.approx(exp)


def test_task_summary_matches_analyze(result: dict[str, Any]) -> None:
    ts = M.task_summary(build())
    assert ts["task"].tolist() == ["t1", "t2", "t3"]
    for col in ("completion_rate", "completion_lo", "completion_hi", "time_success_geomean",
                "time_success_lo", "time_success_hi", "time_all_geomean", "seq_mean",
                "seq_lo", "seq_hi", "exp_success_net", "errors_mean", "assists_mean"):
        assert col in ts.columns
    t1 = ts.iloc[0]
    assert t1["completion_lo"] == pytest.approx(result["tasks"][0]["completion_ci"][0])
    assert t1["time_success_hi"] == pytest.approx(result["tasks"][0]["time_success"]["ci"][1])
    assert t1["exp_success_net"] == pytest.approx(100 / 3)
    assert ts.iloc[2]["attempts"] == 0 and math.isnan(ts.iloc[2]["completion_rate"])


def test_confidence_level_changes_interval_width() -> None:
    tables = build()
    ci = {c: M.analyze(tables, confidence=c)["tasks"][0]["completion_ci"]
          for c in (0.90, 0.95, 0.99)}
    assert ci[0.90][0] > ci[0.95][0] > ci[0.99][0]
    assert ci[0.99] == pytest.approx(list(_adjusted_wald(4, 6, 2.5758293035489004)))
    with pytest.raises(DataError):
        M.analyze(tables, confidence=95)


def test_compare_two_groups() -> None:
    r = M.analyze(build(), by="group")
    cmp = r["comparison"]
    assert cmp["by"] == "group"
    assert cmp["groups"] == ["current", "prototype"]  # first-appearance order
    t1, t2, t3 = cmp["tasks"]
    c = t1["completion"]
    # t1: current 2/3 (P1, P3), prototype 2/3 (P4, P5; P7 excluded).
    assert (c["rate_a"], c["rate_b"], c["n_a"], c["n_b"]) == (
        pytest.approx(2 / 3), pytest.approx(2 / 3), 3, 3)
    assert c["test"] == "N-1 two-proportion test"
    ref = st.two_proportion_test(2, 3, 2, 3)
    assert c["p"] == pytest.approx(ref.p)
    assert c["fisher_p"] == pytest.approx(ref.fisher_p)  # expected counts are tiny
    c2 = t2["completion"]  # t2: current 1/2 (P1 skipped), prototype 2/3
    assert (c2["n_a"], c2["n_b"]) == (2, 3)
    assert c2["p"] == pytest.approx(st.two_proportion_test(1, 2, 2, 3).p)
    tm = t1["time_success"]
    ref_t = st.welch_t_log([30, 60], [20, 40])
    assert tm["test"] == "Welch t-test on log times"
    assert (tm["geomean_a"], tm["geomean_b"]) == (pytest.approx(ref_t.geomean_a),
                                                  pytest.approx(ref_t.geomean_b))
    assert tm["p"] == pytest.approx(ref_t.p)
    assert t3["completion"]["p"] is None  # nobody attempted t3
    assert "not enough data" in t3["completion"]["reading"]
    sus = cmp["sus"]
    ref_s = st.welch_t([55, 50], [100, 75])
    assert (sus["mean_a"], sus["mean_b"], sus["test"]) == (52.5, 87.5, "Welch t-test")
    assert sus["p"] == pytest.approx(ref_s.p)
    seq1 = cmp["seq"][0]
    assert seq1["task"] == "t1"
    assert seq1["p"] == pytest.approx(st.welch_t([6, 2, 5], [7, 3]).p)
    json.dumps(r, allow_nan=False)


def test_compare_more_than_two_groups_gives_per_group_summaries() -> None:
    r = M.analyze(build(), by="device")
    cmp = r["comparison"]
    assert cmp["groups"] == ["phone", "laptop", "tablet"]
    assert "note" in cmp and "Holm" in cmp["note"]
    assert len(cmp["tests"][0]["completion"]["pairwise"]) == 3  # phone-laptop, -tablet, ...
    phone = cmp["per_group"][0]
    assert phone["group"] == "phone" and phone["participants"] == 2  # P1, P4 (P7 excluded)
    assert phone["tasks"][0]["completion_rate"] == 1.0
    assert phone["sus"]["mean"] == pytest.approx((55 + 100) / 2)
    json.dumps(r, allow_nan=False)


def test_unknown_by_column_names_it_and_the_choices() -> None:
    with pytest.raises(DataError) as err:
        M.analyze(build(), by="colour")
    assert "colour" in err.value.message
    assert "group" in err.value.message and "device" in err.value.message
    assert err.value.field == "by"


def test_off_scale_answer_is_a_clear_error() -> None:
    tables = build()
    bad = pd.concat([tables.answers, pd.DataFrame([_one("P6", "nps", "nps", 11)])],
                    ignore_index=True)
    tables.answers = bad
    with pytest.raises(DataError) as err:
        M.analyze(tables)
    assert "P6" in err.value.message and "0-10" in err.value.message
    assert err.value.field == "nps" and err.value.file == "study.csv"


def test_unknown_outcome_is_a_clear_error() -> None:
    tables = build()
    tables.attempts.loc[0, "outcome"] = "timeout"
    with pytest.raises(DataError) as err:
        M.task_summary(tables)
    assert "timeout" in err.value.message and "P1" in err.value.message


def test_empty_study_gives_nones_not_errors() -> None:
    empty = StudyTables(
        "empty", pd.DataFrame({"task": ["t1"], "title": ["A"], "stage": ["main"]}),
        pd.DataFrame({"participant": [], "group": [], "excluded": []}),
        pd.DataFrame({"participant": [], "task": [], "outcome": []}),
        pd.DataFrame({"participant": [], "questionnaire": [], "item": [], "value": [],
                      "declined": []}))
    r = M.analyze(empty)
    json.dumps(r, allow_nan=False)
    assert r["tasks"][0]["attempts"] == 0 and r["tasks"][0]["completion_rate"] is None
    assert r["sus"]["n"] == 0 and r["sus"]["mean"] is None and r["sus"]["grade"] is None
    assert r["nps"]["score"] is None and r["participants"] == [] and r["excluded"] == []


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ({"metric": "completion", "groups": ["prototype", "current"], "rate_a": 0.9,
          "rate_b": 0.6, "n_a": 20, "n_b": 20, "test": "N-1 two-proportion test", "p": 0.03,
          "fisher_p": None, "alpha": 0.05},
         "prototype completion higher (90% vs 60%), p = 0.03 (N-1 two-proportion test)"),
        ({"metric": "completion", "groups": ["current", "prototype"], "rate_a": 0.6,
          "rate_b": 0.9, "n_a": 20, "n_b": 20, "test": "N-1 two-proportion test", "p": 0.03,
          "alpha": 0.05},
         "prototype completion higher (90% vs 60%), p = 0.03 (N-1 two-proportion test)"),
        ({"metric": "completion", "groups": ["A", "B"], "rate_a": 0.7, "rate_b": 0.6,
          "n_a": 10, "n_b": 10, "test": "N-1 two-proportion test", "p": 0.64,
          "fisher_p": 1.0, "recommended": "N-1 two-proportion test", "alpha": 0.05},
         "no reliable difference in completion (A 70% vs B 60%), p = 0.64 "
         "(N-1 two-proportion test; Fisher exact p = 1.00)"),
        ({"metric": "time", "groups": ["A", "B"], "geomean_a": 45.2, "geomean_b": 80.0,
          "n_a": 8, "n_b": 9, "test": "Welch t-test on log times", "p": 0.0004, "alpha": 0.05},
         "A faster (geometric mean 45 s vs 80 s), p < 0.001 (Welch t-test on log times)"),
        ({"metric": "SUS", "groups": ["A", "B"], "mean_a": 65.0, "mean_b": 78.25, "n_a": 12,
          "n_b": 12, "test": "Welch t-test", "p": 0.004, "alpha": 0.05},
         "B SUS higher (mean 78.2 vs 65.0), p = 0.004 (Welch t-test)"),
        ({"metric": "SEQ", "groups": ["A", "B"], "mean_a": 5.0, "mean_b": None, "n_a": 4,
          "n_b": 0, "test": "Welch t-test", "p": None, "alpha": 0.05},
         "not enough data to compare SEQ (A: n = 4, B: n = 0)"),
    ],
)
def test_plain_reading(entry: dict[str, Any], expected: str) -> None:
    assert M.plain_reading(entry) == expected


def test_methods_codebook_is_complete() -> None:
    names = {m["name"] for m in M.METHODS}
    for needed in ("Completion rate", "SUS", "UMUX-Lite", "NPS", "CSAT", "CES",
                   "Comparing completion rates"):
        assert needed in names
    for m in M.METHODS:
        assert set(m) == {"name", "formula", "source", "missing_data"}
        assert all(isinstance(v, str) and v for v in m.values())


def test_comparison_before_any_session_says_not_enough_data(tmp_path: Path) -> None:
    """A planned study (participants and groups listed, no session yet) compares without error."""
    from uxlab.analysis.tables import load_tables
    from uxlab.demo import demo_study
    from uxlab.storage.study_files import save_study

    save_study(tmp_path, demo_study())
    result = M.analyze(load_tables(tmp_path), by="group")
    first = result["comparison"]["tasks"][0]["completion"]
    assert first["p"] is None and first["n_a"] == 0
    assert "not enough data" in first["reading"]
