"""Tools › Plan sample size…: the dialog answers with the published worked examples and closed
forms (Sauro & Lewis 2016, Quantifying the User Experience, 2nd ed. -- QtUX -- ch. 6-7;
Nielsen & Landauer 1993), each with its formula and source, refuses impossible inputs with the
reason, and takes p from the open study's problem matrix."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from scipy import stats

from tests.gui.problem_study import record_study, select_rows
from uxlab.gui.main_window import MainWindow
from uxlab.gui.planner.dialog import KINDS, PlannerDialog
from uxlab.gui.problems.view import ProblemsView
from uxlab.gui.study_context import StudyContext

pytestmark = pytest.mark.usefixtures("english_numbers")  # numbers as an English locale writes them


@pytest.fixture
def dialog(qtbot: QtBot) -> PlannerDialog:
    d = PlannerDialog()
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _type(dialog: PlannerDialog, kind: str, key: str, text: str) -> None:
    """Type a value into a box as a person does: select all, type, Tab out."""
    box = dialog.pages[kind].boxes[key]
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, text)
    QTest.keyClick(box, Qt.Key.Key_Tab)


def _choose(dialog: PlannerDialog, kind: str, key: str, value: object) -> None:
    combo = dialog.pages[kind].choices[key] if key != "kind" else dialog.kind
    combo.setCurrentIndex(combo.findData(value))


def test_problem_discovery_matches_qtux_table_7_1(dialog: PlannerDialog) -> None:
    _choose(dialog, "", "kind", "discovery")
    # Nielsen & Landauer (1993): p = .31 (their average); 5 users find 84 %, 85 % needs 6
    assert dialog.plan is not None and dialog.plan.n == 6
    assert dialog.result.text() == "6 participants"
    assert "ln(1 - goal)" in dialog.formula.text() and "table 7.1" in dialog.source.text()
    assert "Nielsen & Landauer (1993)" in dialog.source.text()
    # QtUX table 7.1: p = .15 needs 12 participants for 85 %, p = .01 needs 459 for 99 %
    _type(dialog, "discovery", "p", "15")
    assert dialog.result.text() == "12 participants"
    _type(dialog, "discovery", "p", "1")
    _type(dialog, "discovery", "goal", "99")
    assert dialog.result.text() == "459 participants"


def test_margin_of_error_matches_the_closed_form(dialog: PlannerDialog) -> None:
    _choose(dialog, "", "kind", "margin")
    # QtUX ch. 6: at p = .5 the adjusted-Wald n = z^2 p(1 - p) / d^2 - z^2 = 92.2 -> 93 for ±10 points
    assert dialog.result.text() == "93 participants"
    _type(dialog, "margin", "margin", "5")
    z = stats.norm.ppf(0.975)
    assert dialog.plan is not None and dialog.plan.n == math.ceil(z * z * 0.25 / 0.05**2 - z * z) == 381
    assert "±5.0 %" in dialog.details.text()
    _choose(dialog, "margin", "confidence", 0.90)
    z = stats.norm.ppf(0.95)
    assert dialog.plan.n == math.ceil(z * z * 0.25 / 0.05**2 - z * z)
    assert "Agresti & Coull (1998)" in dialog.source.text()


def test_benchmark_completion_and_sus(dialog: PlannerDialog) -> None:
    _choose(dialog, "", "kind", "benchmark")
    page = dialog.pages["benchmark"]
    # expected 90 % against a 78 % benchmark, one-sided, 80 % power (Fleiss et al. 2003, ch. 2)
    za, zb = stats.norm.ppf(0.95), stats.norm.ppf(0.8)
    n = math.ceil(((za * math.sqrt(0.78 * 0.22) + zb * math.sqrt(0.9 * 0.1)) / 0.12) ** 2)
    assert dialog.plan is not None and dialog.plan.n == n
    assert "mid-p" in dialog.details.text()
    assert not page.labels["sd"].isVisible() and page.labels["expected"].isVisible()
    # SUS: rows follow the measure; n reaches 80 % power for a 10-point lift (one-sample t, sd 17.7)
    _choose(dialog, "benchmark", "metric", "sus")
    assert page.labels["sd"].isVisible() and not page.labels["expected"].isVisible()
    n = dialog.plan.n
    t_crit = stats.t.ppf(0.95, n - 1)
    power = stats.nct.sf(t_crit, n - 1, 10 / 17.7 * math.sqrt(n))
    assert power >= 0.8 > stats.nct.sf(stats.t.ppf(0.95, n - 3), n - 3, 10 / 17.7 * math.sqrt(n - 2))
    assert "table 6.10" in dialog.source.text()


def test_compare_two_designs_between_and_within(dialog: PlannerDialog) -> None:
    _choose(dialog, "", "kind", "compare")
    # between, completion 50 % vs 70 %: n = 2 (z_a + z_b)^2 p(1 - p) / d^2 + 1/2 per group (QtUX ch. 6)
    z = stats.norm.ppf(0.975) + stats.norm.ppf(0.8)
    n = math.ceil(2 * z * z * 0.6 * 0.4 / 0.2**2 + 0.5)
    assert dialog.result.text() == f"{n} participants per group, {2 * n} in all"
    page = dialog.pages["compare"]
    assert not page.labels["discordant"].isVisible()
    _choose(dialog, "compare", "design", "within")
    assert page.labels["discordant"].isVisible()
    # McNemar (Connor 1987): n = (z_a sqrt(p_d) + z_b sqrt(p_d - d^2))^2 / d^2 with p_d = .3
    za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.8)
    n = math.ceil((za * math.sqrt(0.3) + zb * math.sqrt(0.3 - 0.04)) ** 2 / 0.04)
    assert dialog.result.text() == f"{n} participants, each trying both designs"
    assert "Connor" in dialog.source.text()
    # times: on the log scale, 20 % faster is as far as 25 % slower
    _choose(dialog, "compare", "metric", "time")
    faster = dialog.plan.n if dialog.plan else None
    _type(dialog, "compare", "ratio", "1.25")
    assert dialog.plan is not None and dialog.plan.n == faster


def test_impossible_inputs_say_why(dialog: PlannerDialog) -> None:
    _choose(dialog, "", "kind", "benchmark")
    _type(dialog, "benchmark", "expected", "70")
    assert dialog.plan is None and dialog.result.text() == "No answer for these inputs"
    assert "not above the benchmark" in dialog.details.text() and dialog.formula.text() == ""
    _choose(dialog, "", "kind", "compare")
    _choose(dialog, "compare", "design", "within")
    _type(dialog, "compare", "discordant", "10")  # below the 20-point difference
    assert dialog.plan is None and "below the difference" in dialog.details.text()


def test_every_question_has_a_formula_and_a_source(dialog: PlannerDialog) -> None:
    for kind in KINDS:
        _choose(dialog, "", "kind", kind)
        assert dialog.stack.currentWidget() is dialog.pages[kind]
        assert dialog.plan is not None and dialog.formula.text() and dialog.source.text(), kind


def test_p_from_the_open_study_and_the_tools_menu(qtbot: QtBot, tmp_path: Path) -> None:
    folder = record_study(tmp_path / "s")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_study(folder)
    context: StudyContext = window.context
    problems = ProblemsView(context)
    qtbot.addWidget(problems)
    select_rows(problems.observations, 3, ["could not find search", "search hidden"])
    problems.new_from_selection()
    select_rows(problems.observations, 3, ["fees confusing"])
    problems.new_from_selection()
    window.act_planner.trigger()
    dialog = window.planner
    assert isinstance(dialog, PlannerDialog) and dialog.isVisible()
    _choose(dialog, "", "kind", "discovery")
    assert dialog.from_study.isVisible()
    dialog.from_study.click()
    # matrix: PR1 met by P1, P2; PR2 by P3; 4 tested -> p = 3/8, 1 problem seen once of 2;
    # Lewis (2001): mean of (p - 1/n)(1 - 1/n) and p / (1 + E(N1)/N)
    p = 3 / 8
    p_adj = 0.5 * (p - 1 / 4) * (1 - 1 / 4) + 0.5 * p / (1 + 1 / 2)
    n = math.ceil(math.log(1 - 0.85) / math.log(1 - p_adj))
    assert dialog.plan is not None and dialog.plan.n == n
    assert f"The study has tested 4: {n - 4} more needed." in dialog.details.text()
    _type(dialog, "discovery", "p", "31")
    assert "tested" not in dialog.details.text()  # typed over: no longer the study's p
    assert window.open_planner() is dialog  # one dialog, raised again
