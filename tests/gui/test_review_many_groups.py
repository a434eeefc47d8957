"""The Comparison tab with more than two groups: each measure's omnibus test and its pairs with
Holm-adjusted p, on a real public study (crypto_wallets_tutorial: 3 wallets x 15 participants,
5 tasks). The expected values are computed here with scipy, not taken from uxlab's analysis."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from scipy import stats as sps

from tests.gui.review_helpers import open_review
from uxlab.gui.review import fmt
from uxlab.gui.review.view import ReviewView

pytestmark = pytest.mark.usefixtures("english_numbers")  # numbers as an English locale writes them

COL_GROUPS, COL_FIRST, COL_SECOND, COL_DIFF, COL_TEST, COL_P, COL_READING = 2, 3, 4, 5, 6, 7, 8


def _plain(text: str) -> str:
    """Without the bidi isolates around group names and formulas."""
    return text.replace("\u2068", "").replace("\u2069", "").replace("\u2066", "")


def _holm(p: list[float]) -> list[float]:
    """Holm (1979) written out: sort ascending, p_(i) x (m - i + 1), running maximum, cap 1."""
    m, out, running = len(p), [0.0] * len(p), 0.0
    for rank, i in enumerate(np.argsort(p)):
        running = max(running, min(1.0, (m - rank) * p[i]))
        out[i] = running
    return out


@pytest.fixture
def crypto_view(qtbot: QtBot, public_data: Path) -> tuple[ReviewView, pd.DataFrame]:
    path = public_data / "crypto_wallets_tutorial" / "long.csv"
    view = open_review(qtbot, path, "group")
    return view, pd.read_csv(path)


def test_three_groups_show_omnibus_tests_and_holm_pairs(
        crypto_view: tuple[ReviewView, pd.DataFrame]) -> None:
    view, raw = crypto_view
    model = view.comparison_page.compare_model
    groups = list(pd.unique(raw["group"]))
    assert not view.options.group_a_combo.isVisibleTo(view)  # every pair is shown, none is picked
    note = _plain(view.comparison_page.compare_note.text())
    assert note.startswith(f"3 groups by group ({', '.join(groups)}), 95 % confidence")
    rows = [[_plain(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    task = "T1 Setup app"
    block = [r for r in rows if r[0] == task and r[1].startswith("Time")]
    assert [r[COL_GROUPS] for r in block] == ["all 3 groups"] + [
        f"{a} / {b}" for a, b in itertools.combinations(groups, 2)]

    # omnibus: Welch's ANOVA on log times of successful attempts (Welch 1951, written out)
    d = raw[(raw["task"] == task) & (raw["outcome"] == "success")]
    logs = [np.log(d.loc[d["group"] == g, "time_s"].to_numpy(float)) for g in groups]
    w = np.array([v.size / v.var(ddof=1) for v in logs])
    means = np.array([v.mean() for v in logs])
    grand = (w * means).sum() / w.sum()
    lam = sum((1 - wi / w.sum()) ** 2 / (v.size - 1) for wi, v in zip(w, logs, strict=True))
    f = ((w * (means - grand) ** 2).sum() / 2) / (1 + 2 * 1 / 8 * lam)
    df2 = 8 / (3 * lam)
    omnibus = block[0]
    assert omnibus[COL_DIFF] == f"F(2, {df2:.1f}) = {f:.2f}"
    assert omnibus[COL_TEST] == "Welch's ANOVA on log times"
    assert omnibus[COL_P] == fmt.p_value(sps.f.sf(f, 2, df2))
    assert omnibus[COL_READING].startswith("Reliable difference in time on task between the 3 "
                                           "groups, p < 0.001")

    # pairs: Welch t on log times, Holm-adjusted; the ratio of geometric means
    pairs = list(itertools.combinations(range(3), 2))
    raw_p = [sps.ttest_ind(logs[a], logs[b], equal_var=False).pvalue for a, b in pairs]
    for row, (a, b), p in zip(block[1:], pairs, _holm(raw_p), strict=True):
        assert row[COL_P] == fmt.p_value(p)
        assert row[COL_TEST] == "Welch t-test on log times"
        assert "Holm-adjusted" in row[COL_READING]
        ga, gb = (float(np.exp(logs[i].mean())) for i in (a, b))
        assert (row[COL_FIRST], row[COL_SECOND]) == (fmt.seconds(ga), fmt.seconds(gb))
        assert row[COL_DIFF].startswith(f"× {ga / gb:.2f} (")
        faster = groups[a] if ga < gb else groups[b]
        assert row[COL_READING].startswith(f"{faster} faster (")

    # completion: chi-square on the k x 2 table, or Fisher-Freeman-Halton when an expected count
    # is below 5 (then the chi-square p is in the tooltip)
    for t in pd.unique(raw["task"]):
        sel = raw[raw["task"] == t]
        x = [int((sel.loc[sel["group"] == g, "outcome"] == "success").sum()) for g in groups]
        n = [int((sel["group"] == g).sum()) for g in groups]
        table = np.array([x, [k - s for k, s in zip(n, x, strict=True)]]).T
        first = next(r for r in rows if r[0] == t and r[1] == "Completion rate")
        if (table.sum(axis=0) == 0).any():
            continue
        chi = sps.chi2_contingency(table, correction=False)
        if chi.expected_freq.min() < 5:
            assert first[COL_TEST] == "Fisher-Freeman-Halton exact test"
            assert first[COL_DIFF] == ""
        else:
            assert first[COL_TEST] == "chi-square test of independence"
            assert first[COL_DIFF] == f"χ²({chi.dof}) = {chi.statistic:.2f}"
            assert first[COL_P] == fmt.p_value(chi.pvalue)


def test_three_groups_reading_in_arabic_digits(
        crypto_view: tuple[ReviewView, pd.DataFrame]) -> None:
    """Under the Arabic locale every number of the many-groups table is in Arabic-Indic digits
    (the texts themselves are checked by the translation tests)."""
    view, _raw = crypto_view
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
    view.refresh()
    texts = [str(view.comparison_page.compare_model.index(r, c).data())
             for r in range(view.comparison_page.compare_model.rowCount()) for c in (COL_DIFF, COL_P, COL_READING)]
    texts = [t.replace("N-1", "") for t in texts]  # a test name, not a number
    assert texts and not any(ch in "0123456789" for t in texts for ch in t)
    assert any(ch in "٠١٢٣٤٥٦٧٨٩" for t in texts for ch in t)


def test_statistic_formula_reads_left_to_right_in_arabic(qapp: object) -> None:
    """An F or χ² statistic stays one left-to-right formula inside a right-to-left table:
    F, then its bracketed degrees of freedom in order, then "= value" (x grows left to right)."""
    from PySide6.QtCore import QCoreApplication

    from tests.gui.test_rtl import visual_x
    from uxlab.gui import i18n
    from uxlab.gui.review.comparison_many import statistic

    app = QCoreApplication.instance()
    i18n.install_language(app, "ar")
    try:
        text = statistic({"test": "Welch's ANOVA on log times", "statistic": 4.2, "df": 2.0,
                          "df2": 13.4})
        x = visual_x(text)
        # (the cursor before F sits on the direction boundary, so F itself is not measured)
        order = [text.index(c) for c in ("(", "٢", "١٣", ")", "=")] + [text.rindex("٤")]
        assert [x[i] for i in order] == sorted(x[i] for i in order), text
    finally:
        i18n.install_language(app, "en")


def test_participants_without_a_group_are_said_to_be_left_out(qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    """Blank group cells (issue 11, section 6): those participants are left out of the
    comparison, and the tab says how many; one group left: no comparison, and why."""
    rows = ["participant,task,outcome,time_s,group"]
    groups = ["A", "B", "C", "", " "]
    rows += [f"P{i},t1,success,{20 + i},{groups[i % 5]}" for i in range(15)]
    path = tmp_path / "blank.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    view = open_review(qtbot, path, "group")
    note = _plain(view.comparison_page.compare_note.text())
    assert note.startswith("3 groups by group (A, B, C)")
    assert note.endswith("6 participant(s) with no value in 'group' are left out of the "
                         "comparison.")
    view.set_filter("group", "A")
    assert _plain(view.comparison_page.compare_note.text()).startswith(
        "'group' has 1 value(s); a comparison needs two groups.")


def test_the_reading_keeps_its_room_at_1280(qtbot: QtBot, crypto_view: tuple[ReviewView, pd.DataFrame]) -> None:
    """At 1280x800 (the study summary beside the table) every column, the reading included, is on
    screen without scrolling sideways; the reading gets at least 250 px and wraps there (a few
    lines per row, not a column of single words); widening the window gives the other columns
    their natural widths back."""
    view, _raw = crypto_view
    view.resize(1280, 800)
    view.show()
    view.tabs.setCurrentIndex(2)
    qtbot.waitExposed(view)
    table = view.comparison_page.compare_view
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(COL_READING) >= 250)
    total = sum(header.sectionSize(c) for c in range(header.count()))
    assert total <= table.viewport().width() + 1
    assert not table.horizontalScrollBar().isVisible()
    line = table.fontMetrics().height()
    assert max(table.rowHeight(r) for r in range(table.model().rowCount())) <= 5 * line + 12
    narrow = [header.sectionSize(c) for c in range(COL_READING)]
    view.resize(1900, 1000)
    qtbot.waitUntil(lambda: [header.sectionSize(c) for c in range(COL_READING)] != narrow)
    assert all(header.sectionSize(c) >= w for c, w in enumerate(narrow))


def test_conditions_within_participants_are_called_conditions(qtbot: QtBot, tmp_path: Path) -> None:
    """Three designs every participant used (a condition column): the omnibus rows speak of
    conditions, in the interface and in the workbook's French reading."""
    from test_repeated import _study  # the study that test writes: 12 people x 3 designs

    from uxlab.analysis.longformat import read_long
    from uxlab.analysis.metrics import analyze
    from uxlab.export import readings

    path, _ = _study(tmp_path)
    view = open_review(qtbot, path, "condition")
    model = view.comparison_page.compare_model
    first = [_plain(model.index(0, c).data()) for c in range(model.columnCount())]
    assert first[COL_GROUPS] == "all 3 conditions" and "Cochran" in first[COL_TEST]
    assert "between the 3 conditions" in first[COL_READING] or "across the 3 conditions" in first[COL_READING]
    comp = analyze(read_long(path), by="condition")["comparison"]
    e = comp["tests"][0]["completion"]
    french = readings.omnibus_reading(e, 3, 0.05, readings.export_style("fr"))
    assert "3 conditions" in french and "groupes" not in french
