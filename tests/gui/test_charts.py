"""Results charts on the demo study: what each chart draws equals what the analysis says."""

from __future__ import annotations

import dataclasses
import math
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator, qVersion
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from uxlab.analysis.metrics import analyze
from uxlab.analysis.model import ATTEMPTED_OUTCOMES, StudyTables
from uxlab.analysis.stats import adjusted_wald
from uxlab.analysis.tables import load_tables
from uxlab.core.scoring import SUS_GRADES
from uxlab.gui.review.chart_export import svg_bytes
from uxlab.gui.review.chart_sus import grade_bands
from uxlab.gui.review.chart_tasks import (
    CompletionChart,
    QuadrantChart,
    SeqChart,
    TimeChart,
    deterministic_jitter,
)
from uxlab.gui.review.chart_timeline import TimelineChart
from uxlab.gui.review.charts import ChartsPanel

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def tables(demo_study: Path) -> StudyTables:
    return load_tables(demo_study)


def make_panel(qtbot: QtBot, tables: StudyTables, by: str | None = None) -> ChartsPanel:
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 640)
    panel.set_data(tables, analyze(tables, by=by), by)
    panel.draw_all()
    return panel


def attempted(tables: StudyTables) -> pd.DataFrame:
    a = tables.included().attempts
    return a[a["outcome"].isin(ATTEMPTED_OUTCOMES) & (a["time_s"] > 0)]


# ---------------------------------------------------------------------------- completion
def test_completion_has_one_bar_per_task_with_the_analysis_ci(qtbot: QtBot,
                                                              tables: StudyTables) -> None:
    panel = make_panel(qtbot, tables)
    result = analyze(tables)
    chart = panel.chart("completion")
    assert isinstance(chart, CompletionChart)
    assert len(chart.bars) == 1 and len(chart.error_bars) == 1
    widths = np.asarray(chart.bars[0].opts["width"])
    assert len(widths) == len(result["tasks"]) == 5
    expected = np.array([t["completion_rate"] for t in result["tasks"]]) * 100
    np.testing.assert_allclose(widths, expected)
    err = chart.error_bars[0].opts
    lo = np.asarray(err["x"]) - np.asarray(err["left"])
    hi = np.asarray(err["x"]) + np.asarray(err["right"])
    np.testing.assert_allclose(lo, [t["completion_ci"][0] * 100 for t in result["tasks"]])
    np.testing.assert_allclose(hi, [t["completion_ci"][1] * 100 for t in result["tasks"]])


def test_completion_by_group_shows_each_group_side_by_side(qtbot: QtBot,
                                                           tables: StudyTables) -> None:
    panel = make_panel(qtbot, tables, by="group")
    chart = panel.chart("completion")
    assert isinstance(chart, CompletionChart)
    comparison = analyze(tables, by="group")["comparison"]
    assert len(chart.bars) == 2
    for k, side in enumerate(("a", "b")):
        widths = np.asarray(chart.bars[k].opts["width"])
        rates = [t["completion"][f"rate_{side}"] * 100 for t in comparison["tasks"]]
        np.testing.assert_allclose(widths, rates)
        err = chart.error_bars[k].opts
        for i, t in enumerate(comparison["tasks"]):
            n = t["completion"][f"n_{side}"]
            ci = adjusted_wald(round(t["completion"][f"rate_{side}"] * n), n)
            assert err["x"][i] - err["left"][i] == pytest.approx(ci.low * 100)
            assert err["x"][i] + err["right"][i] == pytest.approx(ci.high * 100)
    # the two groups' bars of a task sit side by side, not on top of each other
    y_a, y_b = (np.asarray(b.opts["y"]) for b in chart.bars)
    assert np.all(y_b - y_a > 0.3)


def test_completion_tooltip_names_task_rate_and_test(qtbot: QtBot, tables: StudyTables) -> None:
    panel = make_panel(qtbot, tables, by="group")
    chart = panel.chart("completion")
    assert isinstance(chart, CompletionChart)
    y = float(chart.bars[0].opts["y"][0])
    text = chart.hover.text_at(10.0, y, (0.1, 0.01))
    assert text is not None
    assert "Create an account" in text and "current" in text and "83%" in text
    assert "Fisher" in text  # the comparison's plain reading


# ---------------------------------------------------------------------------- time on task
def test_time_strip_draws_every_attempt_once_with_fixed_jitter(qtbot: QtBot,
                                                                tables: StudyTables) -> None:
    panel = make_panel(qtbot, tables)
    chart = panel.chart("time")
    assert isinstance(chart, TimeChart)
    a = attempted(tables)
    xs = np.concatenate([s.getData()[0] for s in chart.series.values()])
    assert len(xs) == len(a)
    np.testing.assert_allclose(np.sort(xs), np.sort(a["time_s"].to_numpy(float)))
    legend = [label.text for _sample, label in chart.legend.items]
    assert {"Success", "Fail", "Target time"} <= set(legend)
    first = {k: s.getData()[1].copy() for k, s in chart.series.items()}
    chart.redraw()
    for k, s in chart.series.items():
        np.testing.assert_array_equal(s.getData()[1], first[k])  # deterministic
    j = deterministic_jitter(1000)
    assert j.min() >= -0.28 and j.max() < 0.28 and len(np.unique(j)) == 1000


def test_time_geomean_and_ci_come_from_the_analysis(qtbot: QtBot, tables: StudyTables) -> None:
    panel = make_panel(qtbot, tables)
    chart = panel.chart("time")
    assert isinstance(chart, TimeChart) and chart.geomean_item is not None
    assert chart.ci_item is not None
    tasks = analyze(tables)["tasks"]
    gx, gy = chart.geomean_item.getData()
    np.testing.assert_allclose(gx, [t["time_success"]["geomean"] for t in tasks])
    np.testing.assert_allclose(gy, range(len(tasks)))
    ci = chart.ci_item.opts
    np.testing.assert_allclose(np.asarray(ci["x"]) - np.asarray(ci["left"]),
                               [t["time_success"]["ci"][0] for t in tasks])


def test_target_line_only_where_the_task_has_a_target(qtbot: QtBot,
                                                      tables: StudyTables) -> None:
    tasks = tables.tasks.copy()
    tasks.loc[tasks["task"] == "add_to_cart", "target_time_s"] = math.nan
    t2 = dataclasses.replace(tables, tasks=tasks)
    panel = make_panel(qtbot, t2)
    chart = panel.chart("time")
    assert isinstance(chart, TimeChart) and chart.target_item is not None
    assert chart.targets == {"register": 60.0, "find_dish": 90.0, "pay": 75.0, "track": 30.0}
    x, y = chart.target_item.getData()
    assert sorted(set(np.round(x, 6))) == [30.0, 60.0, 75.0, 90.0]
    assert len(x) == 8  # one vertical segment (two ends) per target
    rows = sorted(set(np.round((y[::2] + y[1::2]) / 2, 6)))
    assert rows == [0.0, 1.0, 3.0, 4.0]  # add_to_cart is task row 2: no line


def test_time_tooltips_explain_mean_and_target(qtbot: QtBot, tables: StudyTables) -> None:
    panel = make_panel(qtbot, tables)
    chart = panel.chart("time")
    assert isinstance(chart, TimeChart) and chart.geomean_item is not None
    gx, gy = chart.geomean_item.getData()
    text = chart.hover.text_at(float(gx[0]), float(gy[0]), (0.5, 0.01))
    assert text is not None
    assert "Create an account" in text and "Geometric mean of 10 successful attempts" in text
    assert "Target 60.0 s" in text


def test_log_scale_toggle(qtbot: QtBot, tables: StudyTables) -> None:
    panel = make_panel(qtbot, tables)
    chart = panel.chart("time")
    assert isinstance(chart, TimeChart)
    box = chart.log_box
    assert box.accessibleName() and box.toolTip()
    linear = np.sort(np.concatenate([s.getData()[0] for s in chart.series.values()]))
    box.setChecked(True)
    logged = np.sort(np.concatenate([s.getData()[0] for s in chart.series.values()]))
    np.testing.assert_allclose(logged, np.log10(linear))
    major = chart.plot.getAxis("bottom")._tickLevels[0]
    assert (math.log10(50.0), "50") in major and (2.0, "100") in major  # plain seconds
    assert chart.geomean_item is not None and chart.target_item is not None
    gx, _ = chart.geomean_item.getData()
    tasks = analyze(tables)["tasks"]
    np.testing.assert_allclose(gx, np.log10([t["time_success"]["geomean"] for t in tasks]))
    assert np.isclose(chart.target_item.getData()[0], math.log10(60.0)).sum() == 2
    box.setChecked(False)
    back = np.sort(np.concatenate([s.getData()[0] for s in chart.series.values()]))
    np.testing.assert_allclose(back, linear)
    assert chart.plot.getAxis("bottom")._tickLevels is None  # automatic linear ticks again


# ---------------------------------------------------------------------------- SEQ, quadrant
def test_seq_points_and_cis(qtbot: QtBot, tables: StudyTables) -> None:
    panel = make_panel(qtbot, tables)
    chart = panel.chart("seq")
    assert isinstance(chart, SeqChart) and chart.mean_item is not None
    assert chart.ci_item is not None
    tasks = analyze(tables)["tasks"]
    x, _ = chart.mean_item.getData()
    np.testing.assert_allclose(x, [t["seq"]["mean"] for t in tasks])
    ci = chart.ci_item.opts
    np.testing.assert_allclose(np.asarray(ci["x"]) + np.asarray(ci["right"]),
                               [t["seq"]["ci"][1] for t in tasks])


def test_quadrant_has_one_labelled_point_per_task(qtbot: QtBot, tables: StudyTables) -> None:
    panel = make_panel(qtbot, tables)
    chart = panel.chart("quadrant")
    assert isinstance(chart, QuadrantChart) and chart.points is not None
    tasks = analyze(tables)["tasks"]
    x, y = chart.points.getData()
    np.testing.assert_allclose(x, [t["completion_rate"] * 100 for t in tasks])
    np.testing.assert_allclose(y, [t["seq"]["mean"] for t in tasks])
    assert [lbl.textItem.toPlainText() for lbl in chart.labels] == [t["title"] for t in tasks]


# ---------------------------------------------------------------------------- SUS, journey
def test_sus_bands_are_the_scoring_scale_and_every_score_is_counted(
        qtbot: QtBot, tables: StudyTables) -> None:
    panel = make_panel(qtbot, tables)
    chart = panel.chart("sus")
    result = analyze(tables)
    bands = grade_bands()
    assert [b[0] for b in bands] == [g for _t, g in sorted(SUS_GRADES)]
    assert [b[1] for b in bands] == sorted(t for t, _g in SUS_GRADES)
    assert bands[-1] == ("A+", 84.1, 100.0)
    assert chart.bands is not None and chart.histogram is not None  # type: ignore[attr-defined]
    assert len(chart.bands.opts["x0"]) == len(SUS_GRADES)  # type: ignore[attr-defined]
    scored = [p["sus"] for p in result["participants"] if p["sus"] is not None]
    assert sum(chart.histogram.opts["height"]) == len(scored) == 12  # type: ignore[attr-defined]
    assert chart.mean_line.value() == pytest.approx(result["sus"]["mean"])  # type: ignore[attr-defined]


def test_journey_lines_follow_the_stages(qtbot: QtBot, tables: StudyTables) -> None:
    panel = make_panel(qtbot, tables)
    chart = panel.chart("journey")
    tasks = analyze(tables)["tasks"]
    lines: dict[str, Any] = chart.lines  # type: ignore[attr-defined]
    assert set(lines) == {"success", "effort", "emotion"}
    for key, line in lines.items():
        _x, y = line.getData()
        np.testing.assert_allclose(y, [t["experience"][key]["net"] for t in tasks])
    ticks = chart.plot.getAxis("bottom")._tickLevels[0]
    assert [s for _x, s in ticks] == ["signup", "browse", "cart", "pay", "track"]


# ---------------------------------------------------------------------------- timeline
def test_timeline_bars_markers_and_note_tooltip(qtbot: QtBot, tables: StudyTables) -> None:
    panel = make_panel(qtbot, tables)
    chart = panel.chart("timeline")
    assert isinstance(chart, TimelineChart)
    ev = tables.events
    assert chart.rows == [str(p) for p in tables.participants["participant"]]
    n_bars = sum(len(b.opts["x0"]) for b in chart.bars.values())
    assert n_bars == int((ev["kind"] == "task_started").sum())
    marks = ev[(ev["kind"] == "marker") & ~ev["undone"].astype(bool)]
    assert sum(len(m.getData()[0]) for m in chart.markers.values()) == len(marks)
    # a note whose moment no other marker of that participant shares (the hover shows one)
    notes = marks[marks["marker"] == "note"]
    alone = [i for i, n in notes.iterrows()
             if ((marks["participant"] == n["participant"]) & ((marks["t_s"] - n["t_s"]).abs() < 0.5)).sum() == 1]
    note = notes.loc[alone[0]]
    row = chart.rows.index(str(note["participant"]))
    text = chart.hover.text_at(float(note["t_s"]) / 60, float(row), (0.001, 0.001))
    assert text is not None and str(note["text"]) in text
    assert chart.page_box.toolTip() and chart.page_box.accessibleName()


def test_timeline_pages_through_participants(qtbot: QtBot, tables: StudyTables) -> None:
    big = replicate(tables, 100)
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.set_data(big, analyze(big), None)
    chart = panel.chart("timeline")
    assert isinstance(chart, TimelineChart)
    chart.ensure_drawn()
    assert chart.page_box.maximum() == 3 and len(chart.rows) == 40
    chart.page_box.setValue(3)
    assert len(chart.rows) == 20 and chart.rows[0] == str(big.participants["participant"][80])
    assert "81–100 of 100" in chart.range_label.text()


# ---------------------------------------------------------------------------- panel
def test_only_the_visible_chart_draws_on_set_data(qtbot: QtBot, tables: StudyTables) -> None:
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_data(tables, analyze(tables), None)
    assert [c.drawn for c in panel.charts] == [True] + [False] * (len(panel.charts) - 1)
    panel.tabs.setCurrentIndex(4)
    assert panel.charts[4].drawn


def test_export_images_writes_png_and_valid_svg_for_each_chart(
        qtbot: QtBot, tables: StudyTables, tmp_path: Path) -> None:
    panel = make_panel(qtbot, tables, by="group")
    paths = panel.export_images(tmp_path / "charts")
    keys = [c.key for c in panel.charts]
    assert [p.name for p in paths] == [f"chart-{k}.{ext}" for k in keys for ext in ("png", "svg")]
    for p in paths:
        assert p.stat().st_size > 1000
    for k, chart in zip(keys, panel.charts, strict=True):
        img = QImage(str(tmp_path / "charts" / f"chart-{k}.png"))
        assert not img.isNull() and img.width() >= 400 and img.height() >= 300
        root = ET.parse(tmp_path / "charts" / f"chart-{k}.svg").getroot()
        assert root.tag == f"{SVG}svg"
        texts = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
        assert chart.title() in texts
        if k in ("completion", "time", "seq"):
            assert "Create an account" in texts and "Track the delivery" in texts
    assert not list((tmp_path / "charts").glob(".*tmp"))


def test_svg_survives_closed_paths(qtbot: QtBot, tables: StudyTables) -> None:
    """Qt >= 6.11 writes closed paths with "Z", which broke pyqtgraph's SVG exporter
    (pyqtgraph #3495); the chart's own SVG keeps those paths and parses."""
    panel = make_panel(qtbot, tables)
    chart = panel.chart("sus")
    data = svg_bytes(chart.plot_widget, chart.title())
    root = ET.fromstring(data)
    paths = [p.get("d", "") for p in root.iter(f"{SVG}path")]
    assert paths, "bars are drawn as vector paths"
    if tuple(int(v) for v in qVersion().split(".")[:2]) >= (6, 11):
        assert any(d.rstrip().endswith("Z") for d in paths)  # what pyqtgraph's exporter chokes on
    texts = "".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    assert "SUS scores over the grading scale" in texts and "A+" in texts


# ---------------------------------------------------------------------------- RTL, i18n
def test_plots_stay_left_to_right_under_rtl(qtbot: QtBot, tables: StudyTables,
                                            qapp: QApplication) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        panel = ChartsPanel()
        qtbot.addWidget(panel)
        panel.resize(1000, 640)
        panel.show()
        qtbot.waitExposed(panel)
        panel.set_data(tables, analyze(tables), None)
        assert panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for i, chart in enumerate(panel.charts):
            panel.tabs.setCurrentIndex(i)
            qapp.processEvents()
            assert chart.plot_widget.layoutDirection() == Qt.LayoutDirection.LeftToRight
            assert chart.plot.layoutDirection() == Qt.LayoutDirection.LeftToRight
            left = chart.plot.getAxis("left").sceneBoundingRect()
            view = chart.plot.vb.sceneBoundingRect()
            assert left.x() < view.x(), chart.key
            assert left.center().x() < view.left(), chart.key
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


class _Upper(QTranslator):
    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return source.upper() if context.startswith(("CompletionChart", "ChartsPanel")) else ""


def test_language_change_retranslates_titles(qtbot: QtBot, tables: StudyTables,
                                             qapp: QApplication) -> None:
    panel = make_panel(qtbot, tables)
    panel.show()
    qtbot.waitExposed(panel)
    chart = panel.chart("completion")
    translator = _Upper()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: panel.tabs.tabText(0) == "COMPLETION")
        assert chart.title() == "COMPLETION RATE BY TASK"
        assert "COMPLETION RATE BY TASK" in chart.plot.titleLabel.text
        assert "ALL PARTICIPANTS" not in chart.plot.titleLabel.text
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: panel.tabs.tabText(0) == "Completion")
    assert "Completion rate by task" in chart.plot.titleLabel.text


def test_a_study_without_sessions_draws_and_exports(qtbot: QtBot, tables: StudyTables,
                                                    tmp_path: Path) -> None:
    empty = dataclasses.replace(tables, attempts=tables.attempts.iloc[0:0],
                                events=tables.events.iloc[0:0], answers=tables.answers.iloc[0:0])
    panel = make_panel(qtbot, empty, by="group")
    assert len(panel.export_images(tmp_path)) == 14
    journey = panel.chart("journey")
    assert journey.lines == {}  # type: ignore[attr-defined]
    time_chart = panel.chart("time")
    assert isinstance(time_chart, TimeChart) and time_chart.series == {}
    time_chart.log_box.setChecked(True)


# ---------------------------------------------------------------------------- scale
def replicate(tables: StudyTables, participants: int) -> StudyTables:
    """The demo study's sessions repeated under new participant ids, ``participants`` in all."""
    base = tables.participants["participant"].astype(str).tolist()
    copies = math.ceil(participants / len(base))

    def grow(df: pd.DataFrame) -> pd.DataFrame:
        parts = []
        for k in range(copies):
            d = df.copy()
            d["participant"] = d["participant"].astype(str) + f"-{k:03d}"
            parts.append(d)
        return pd.concat(parts, ignore_index=True)

    people = grow(tables.participants).head(participants).reset_index(drop=True)
    keep = set(people["participant"])

    def only(df: pd.DataFrame) -> pd.DataFrame:
        g = grow(df)
        return g[g["participant"].isin(keep)].reset_index(drop=True)

    return dataclasses.replace(tables, participants=people, attempts=only(tables.attempts),
                               answers=only(tables.answers), events=only(tables.events))


def test_thousand_participants_draw(qtbot: QtBot, tables: StudyTables) -> None:
    big = replicate(tables, 1000)
    assert len(big.participants) == 1000
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 640)
    result = analyze(big, by="group")
    panel.set_data(big, result, "group")
    panel.draw_all()
    chart = panel.chart("time")
    assert isinstance(chart, TimeChart)
    assert sum(len(s.getData()[0]) for s in chart.series.values()) == len(attempted(big))
    timeline = panel.chart("timeline")
    assert isinstance(timeline, TimelineChart) and len(timeline.rows) == 40
    for c in panel.charts:
        assert not c.plot_widget.grab().isNull()
