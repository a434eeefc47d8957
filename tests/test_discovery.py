"""Problem discovery against published worked examples and the public problem matrices in
../shared/public-data/problem-matrices (read in place, never copied; see its PROBLEMS.md).

Sources:
- Sauro, J. & Lewis, J. R. (2016). Quantifying the User Experience, 2nd ed. ("QtUX"), ch. 7:
  table 7.1 (participants needed), p. 145 (p = .15, goal .80 -> 9.9), table 7.5 and p. 152
  (p = .71 -> deflation .345, Good-Turing .621, mean .48), review question 1 (p = .25, 85 % -> 7),
  table 7.11 (Lewis 2008 IVR study margins).
- Lewis, J. R. (2001). Evaluation of procedures for adjusting problem-discovery rates estimated
  from small samples. IJHCI 13(4), 445-479 (the MACERR matrix, 15 x 145).
- Nielsen, J. & Landauer, T. K. (1993). INTERCHI '93, 206-213: p = .31, n = 5 -> .844.
"""

from __future__ import annotations

import csv
import math
import os
from pathlib import Path

import numpy as np
import pytest
from scipy import stats

from uxlab.analysis.discovery import (
    discovery,
    discovery_curve,
    participants_needed,
    share_discovered,
)
from uxlab.analysis.problems import build_findings
from uxlab.core import problems as pm
from uxlab.core.clock import FakeClock
from uxlab.core.errors import DataError
from uxlab.core.study import Participant, Study, Task
from uxlab.storage.journal import open_recorder
from uxlab.storage.problems_file import load_problems, save_problems
from uxlab.storage.study_files import journal_path, open_study, save_study

ROOT = Path(__file__).resolve().parents[1]
MATRICES = Path(os.environ.get("UXLAB_PUBLIC_DATA", ROOT.parent / "shared" / "public-data")) / "problem-matrices"
needs_data = pytest.mark.skipif(not MATRICES.is_dir(),
                                reason=f"public problem matrices not found at {MATRICES} (set UXLAB_PUBLIC_DATA)")


def _rows(name: str) -> list[dict[str, str]]:
    with open(MATRICES / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _qtux_7_5() -> np.ndarray:
    """Table 7.5 is participants x problems; uxlab takes problems x participants."""
    rows = _rows("qtux_table7_5_participant_by_problem.csv")
    return np.array([[int(r[c]) for c in r if c != "participant"] for r in rows]).T


def _macerr() -> tuple[np.ndarray, list[int]]:
    rows = _rows("macerr_lewis_problem_by_participant.csv")
    m = np.array([[int(r[f"P{i}"]) for i in range(1, 16)] for r in rows])
    return m, [int(r["Impact"]) for r in rows]


def _lewis_by_hand(m: np.ndarray) -> tuple[float, float, float, float]:
    """The formulas of Lewis (2001) / QtUX ch. 7 written out independently of uxlab."""
    m = m[m.sum(axis=1) > 0]
    n_part = m.shape[1]
    big_n = m.shape[0]
    n1 = int((m.sum(axis=1) == 1).sum())
    p = m.sum() / m.size
    defl = (p - 1 / n_part) * (1 - 1 / n_part)
    gt = p / (1 + n1 / big_n)
    return p, defl, gt, (defl + gt) / 2


# ------------------------------------------------------------------ formulas, published values
def test_nielsen_landauer_five_users_find_84_percent() -> None:
    assert share_discovered(0.31, 5) == pytest.approx(0.844, abs=0.0005)


@pytest.mark.parametrize(("p", "goal", "n"), [
    # QtUX table 7.1 (as transcribed in SigurdJanson/U.T.-lity tests/testthat/test-nSample_binom.R)
    (0.01, 0.50, 69), (0.01, 0.85, 189), (0.01, 0.99, 459),
    (0.15, 0.50, 5), (0.15, 0.85, 12), (0.15, 0.99, 29),
    (0.90, 0.50, 1), (0.90, 0.85, 1), (0.90, 0.99, 2),
    (0.25, 0.85, 7),  # QtUX ch. 7 review question 1, answer: "you need to run seven participants"
])
def test_participants_needed_matches_qtux_table_7_1(p: float, goal: float, n: int) -> None:
    assert participants_needed(p, goal) == n


def test_unrounded_sample_size_on_qtux_page_145() -> None:
    # QtUX p. 145: p = .15, goal .80 -> n = 9.9 before rounding up
    assert math.log(1 - 0.80) / math.log(1 - 0.15) == pytest.approx(9.9, abs=0.05)
    assert participants_needed(0.15, 0.80) == 10


def test_bad_planning_inputs_are_refused_clearly() -> None:
    with pytest.raises(DataError, match="goal"):
        participants_needed(0.3, 1.0)
    with pytest.raises(DataError, match="probability"):
        participants_needed(0.0, 0.85)
    with pytest.raises(DataError, match="other than 0 and 1"):
        discovery([[0, 2]])


def test_curve_is_the_formula_at_every_n() -> None:
    ns, share = discovery_curve(0.31, 10)
    assert ns.tolist() == list(range(11))
    assert share[0] == 0.0 and share[5] == pytest.approx(0.844, abs=0.0005)
    assert np.all(np.diff(share) > 0)


# ------------------------------------------------------------------ public matrices
@needs_data
def test_qtux_table_7_5_adjustment_matches_the_book() -> None:
    m = _qtux_7_5()
    assert m.shape == (7, 4)
    d = discovery(m)
    assert (d.participants, d.problems, d.once) == (4, 7, 1)
    assert d.p == pytest.approx(20 / 28)
    # QtUX p. 152 works from the rounded p = .71: .345, .621 and .48 (.483 unrounded); the exact
    # matrix gives p = .714, so the published figures agree to the book's rounding
    assert d.p_deflated == pytest.approx(0.345, abs=0.005)
    assert d.p_good_turing == pytest.approx(0.621, abs=0.005)
    assert d.p_adjusted == pytest.approx(0.483, abs=0.005)
    _, defl, gt, adj = _lewis_by_hand(m)
    assert (d.p_deflated, d.p_good_turing, d.p_adjusted) == pytest.approx((defl, gt, adj), rel=1e-12)
    assert d.needed(0.85) == 3 and d.needed(0.90) == 4  # PROBLEMS.md recomputation


@needs_data
def test_qtux_table_7_11_margins() -> None:
    rows = _rows("qtux_table7_11_margins.csv")
    per_participant = [int(r["count"]) for r in rows if r["kind"] == "participant"]
    published = [float(r["published_proportion"]) for r in rows if r["kind"] == "participant"]
    per_problem = [int(r["count"]) for r in rows if r["kind"] == "problem"]
    # the printed per-participant proportions are counts / 12 problems, rounded
    assert [round(c / 12, 2) for c in per_participant] == published
    # any matrix with these margins gives the same estimates: use the margin-consistent one
    mrows = _rows("qtux_table7_11_margin_consistent_matrix_NOT_PUBLISHED_LAYOUT.csv")
    m = np.array([[int(r[c]) for c in r if c != "participant"] for r in mrows]).T
    assert m.sum(axis=1).tolist() == per_problem and m.sum(axis=0).tolist() == per_participant
    d = discovery(m)
    assert d.p == pytest.approx(20 / 72)
    assert d.once == 8 and d.p_adjusted == pytest.approx(0.12963, abs=5e-6)
    assert d.needed(0.85) == 14 and d.needed(0.85, adjusted=False) == 6
    assert d.discovered == pytest.approx(0.565265, abs=5e-6)
    assert d.estimated_total == pytest.approx(21.229, abs=5e-4)


@needs_data
def test_macerr_matrix_lewis_2001() -> None:
    m, _ = _macerr()
    d = discovery(m)
    assert (d.participants, d.problems, d.once) == (15, 145, 76)
    assert d.p == pytest.approx(354 / (145 * 15))
    assert d.p_adjusted == pytest.approx(0.0982366, abs=5e-7)
    p, defl, gt, adj = _lewis_by_hand(m)
    assert d.p == pytest.approx(p) and d.p_adjusted == pytest.approx(adj)
    assert d.p_deflated == pytest.approx(defl) and d.p_good_turing == pytest.approx(gt)
    assert [d.needed(g, adjusted=False) for g in (0.85, 0.90)] == [11, 13]
    assert [d.needed(g) for g in (0.85, 0.90)] == [19, 23]


@needs_data
def test_macerr_through_journals_problem_list_and_findings(tmp_path: Path) -> None:
    """End to end: 15 sessions record the MACERR observations live (U key), the problem list
    gives them Lewis's impact ratings, and the findings reproduce the matrix and the estimates."""
    m, impact = _macerr()
    ids = [f"P{i:02d}" for i in range(1, 16)]
    save_study(tmp_path, Study(title="MACERR", tasks=[Task("t", {"en": "T"}, {"en": "T"})],
                               participants=[Participant(p) for p in ids]))
    pl = load_problems(tmp_path)
    changes = []
    for i, sev in enumerate(impact, start=1):
        _, ch = pm.create_problem(pl, f"Problem {i}", severity=sev if sev in (1, 2, 3, 4) else None)
        changes += ch
    save_problems(tmp_path, pl, changes)
    for j, pid in enumerate(ids):
        clock = FakeClock()
        rec = open_recorder(journal_path(tmp_path, pid), participant=pid, clock=clock)
        rec.start_session(pid, ["t"])
        rec.start_task("t")
        for i in np.flatnonzero(m[:, j]):
            clock.advance(2)
            rec.observe_problem(f"saw problem {i + 1}", f"PR{i + 1}")
        rec.end_task("success")
        rec.end_session()
    f = build_findings(open_study(tmp_path))
    assert f.participants == ids
    assert np.array_equal(f.matrix.to_numpy(), m)
    d = discovery(m)
    assert f.discovery == d
    # each problem's frequency with its adjusted-Wald interval, computed here with scipy
    z = stats.norm.ppf(0.975)
    row = f.summary.set_index("problem").loc["PR1"]
    x, n = 11, 15
    pa = (x + z * z / 2) / (n + z * z)
    half = z * math.sqrt(pa * (1 - pa) / (n + z * z))
    assert row["participants"] == x and row["frequency"] == pytest.approx(x / n)
    assert (row["ci_low"], row["ci_high"]) == pytest.approx((pa - half, pa + half))
    # sorted by impact: share x severity weight (impact 1 = scenario failure is the worst)
    top = f.summary.iloc[0]
    weights = {1: 1.0, 2: 0.75, 3: 0.5, 4: 0.25}
    best = max(range(145), key=lambda i: (m[i].mean() * weights.get(impact[i], 0.0), m[i].mean()))
    assert top["problem"] == f"PR{best + 1}"
    assert f.to_dict()["discovery"]["participants_needed"]["0.85"] == {"adjusted": 19, "observed": 11}
