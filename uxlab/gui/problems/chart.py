"""The severity x frequency chart: one dot per problem, its share of participants (with the
adjusted-Wald interval as a bar) across, its severity up (most severe at the top, unrated at the
bottom). Problems to the top right have the most impact. Under it, the same data as a table,
most impact first: the chart's text alternative, read by screen readers and keyboard users.

The chart stays left to right in every language (docs/i18n.md); its tooltips use Western digits
like its axes. Clicking a dot selects the problem."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from uxlab.core.problems import ProblemList
from uxlab.gui.problems.tables import ID_ROLE, _item, _setup, severity_name, severity_text
from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.review import fmt
from uxlab.gui.review.chart_style import (
    HoverTips,
    make_plot_widget,
    set_axis_label,
    set_title,
    text_item,
)

UNRATED_COLOR = "#999999"
# least to most severe (Okabe-Ito): the two worst levels in warm colours
RANK_COLORS = ("#56B4E9", "#0072B2", "#E69F00", "#D55E00")
SPREAD = 0.16  # vertical step between problems that fall on the same spot (severity units)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SeverityFrequencyChart", text)


def _rank_color(rank: int, levels: int) -> str:
    """Colour of a severity rank (1 = least severe ... levels = most severe)."""
    from_top = levels - rank
    return RANK_COLORS[max(0, len(RANK_COLORS) - 1 - from_top)]


def positions(summary: pd.DataFrame, problems: ProblemList) -> list[dict[str, Any]]:
    """Where each problem goes: x = share of participants (%), y = severity rank (1 = least
    severe ... number of levels = most severe; 0 = not rated), nudged apart vertically when
    several problems share a spot. Problems without a share (nobody tested) are left out."""
    scale = problems.severity_scale
    levels = len(scale.levels)
    out: list[dict[str, Any]] = []
    for row in summary.to_dict("records"):
        freq = row["frequency"]
        if freq is None or (isinstance(freq, float) and math.isnan(freq)):
            continue
        sev = row["severity"]
        sev = None if sev is None or (isinstance(sev, float) and math.isnan(sev)) else int(sev)
        rank = round(scale.weight(sev) * levels) if sev is not None else 0
        out.append({**row, "severity": sev, "x": 100 * float(freq), "rank": rank, "y": float(rank),
                    "lo": 100 * float(row["ci_low"]), "hi": 100 * float(row["ci_high"])})
    spots: dict[tuple[float, int], list[dict[str, Any]]] = {}
    for p in out:
        spots.setdefault((round(p["x"], 6), p["rank"]), []).append(p)
    for group in spots.values():
        k = len(group)
        step = min(SPREAD, 0.8 / k)
        for i, p in enumerate(group):
            p["y"] = p["rank"] + (i - (k - 1) / 2) * step
    return out


class SeverityFrequencyChart(Retranslatable, QWidget):
    problem_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("severityFrequencyChart")
        self.plot_widget = make_plot_widget(self)
        self.plot_widget.setObjectName("severityFrequencyPlot")
        self.plot = self.plot_widget.getPlotItem()
        self.hover = HoverTips(self.plot_widget)
        self.table = QTableWidget(0, 4, self)
        _setup(self.table, "severityFrequencyTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda it: self._activated(it.row()))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.plot_widget)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])  # the chart gets the larger share from the start
        split.setChildrenCollapsible(False)
        self.plot_widget.setMinimumHeight(220)
        self.table.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.points: list[dict[str, Any]] = []
        self.scatter: pg.ScatterPlotItem | None = None
        self.ring: pg.ScatterPlotItem | None = None
        self.selected: str | None = None
        self._data: tuple[pd.DataFrame, ProblemList, int] | None = None
        self.retranslate()

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.plot_widget.setAccessibleName(_tr("Severity × frequency chart"))
        self.plot_widget.setToolTip("")
        self.table.setAccessibleName(_tr("Severity × frequency, as a table"))
        self.table.setToolTip(_tr("The chart's data, most impact first; Enter selects the problem"))
        self.table.setHorizontalHeaderLabels([_tr("Problem"), _tr("Severity"), _tr("Frequency (95 % CI)"),
                                              _tr("Impact")])
        if self._data is not None:
            self.draw(*self._data)
        else:
            self.draw(pd.DataFrame(columns=["problem"]), ProblemList(), 0)

    # ------------------------------------------------------------------ drawing
    def draw(self, summary: pd.DataFrame, problems: ProblemList, participants: int) -> None:
        self._data = (summary, problems, participants)
        plot = self.plot
        plot.clear()
        self.hover.clear()
        self.scatter = None
        self.ring = None
        scale = problems.severity_scale
        levels = len(scale.levels)
        set_title(plot, _tr("Severity × frequency"))
        set_axis_label(plot, "bottom", _tr("Participants who met the problem (%)"))
        set_axis_label(plot, "left", _tr("Severity"))
        ordered = sorted(scale.levels, key=scale.weight)  # least severe first
        ticks = [(0.0, _tr("not rated"))] + [
            (float(i + 1), f"{lv} \u2068{severity_name(problems.scale, lv)}\u2069") for i, lv in enumerate(ordered)]
        plot.getAxis("left").setTicks([ticks, []])
        plot.getAxis("bottom").setTicks(None)
        plot.setXRange(0, 100, padding=0.04)
        plot.setYRange(-0.5, levels + 0.5, padding=0)
        self.points = positions(summary, problems) if "frequency" in summary else []
        self._fill_table(problems)
        self._describe(participants)
        if not self.points:
            return
        x = np.array([p["x"] for p in self.points])
        y = np.array([p["y"] for p in self.points])
        colors = [UNRATED_COLOR if p["rank"] == 0 else _rank_color(p["rank"], levels) for p in self.points]
        bars = pg.ErrorBarItem(x=x, y=y, left=x - np.array([p["lo"] for p in self.points]),
                               right=np.array([p["hi"] for p in self.points]) - x, beam=0.08,
                               pen=pg.mkPen("#777777", width=1))
        plot.addItem(bars)
        self.scatter = pg.ScatterPlotItem(x=x, y=y, size=12, pen=pg.mkPen("#222222", width=1),
                                          brush=[pg.mkBrush(c) for c in colors],
                                          data=[p["problem"] for p in self.points])
        self.scatter.sigClicked.connect(self._clicked)
        plot.addItem(self.scatter)
        for p in self.points:
            label = text_item(str(p["problem"]), anchor=(-0.15, 0.5))
            label.setPos(p["x"], p["y"])
            plot.addItem(label)
        self.ring = pg.ScatterPlotItem(size=22, pen=pg.mkPen("#222222", width=2), brush=None)
        plot.addItem(self.ring)
        self.highlight(self.selected)
        self.hover.add_points(x, y, lambda i: self.tooltip(self.points[i], problems, participants))

    def highlight(self, problem: str | None) -> None:
        """Ring the dot of the problem selected in the list (none: no ring)."""
        self.selected = problem
        if self.ring is None:
            return
        spot = [p for p in self.points if p["problem"] == problem]
        self.ring.setData(x=[p["x"] for p in spot], y=[p["y"] for p in spot])

    def tooltip(self, p: dict[str, Any], problems: ProblemList, participants: int) -> str:
        """What hovering a dot says (Western digits, like the axes)."""
        sev = p["severity"]
        severity = f"{sev} {severity_name(problems.scale, sev)}" if sev is not None else _tr("not rated")
        return _tr("{0}: {1}\nSeverity: {2}\nMet by {3} of {4} participants: {5}% (95% CI {6}–{7}%)\n"
                   "Impact: {8}").format(
            p["problem"], p["title"], severity, p["participants"], participants, f"{p['x']:.0f}",
            f"{p['lo']:.0f}", f"{p['hi']:.0f}", f"{p['impact']:.2f}")

    def _fill_table(self, problems: ProblemList) -> None:
        t = self.table
        t.setSortingEnabled(False)
        rows = sorted(self.points, key=lambda p: (-p["impact"], -p["x"], str(p["problem"])))
        t.setRowCount(len(rows))
        for r, p in enumerate(rows):
            sev = p["severity"]
            cells = [
                _item(f"{p['problem']} {p['title']}", str(p["problem"]), str(p["problem"])),
                _item(severity_text(problems.scale, sev) if sev is not None else _tr("not rated"), p["rank"]),
                _item(fmt.percent_ci(p["frequency"], [p["ci_low"], p["ci_high"]]), p["frequency"], align_end=True),
                _item(fmt.number(p["impact"], 2), p["impact"] + (len(rows) - r) * 1e-9, align_end=True),
            ]
            for c, it in enumerate(cells):
                t.setItem(r, c, it)
        t.setSortingEnabled(True)
        t.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        for c in (1, 2, 3):
            t.resizeColumnToContents(c)

    def _describe(self, participants: int) -> None:
        """A one-paragraph description of the chart for screen readers."""
        if not self.points:
            text = _tr("No problems to chart yet.")
        else:
            top = max(self.points, key=lambda p: (p["impact"], p["x"]))
            text = _tr("{0} problems by share of participants (across) and severity (up). Most impact: "
                       "{1} ({2}), met by {3} of {4} participants.").format(
                fmt.integer(len(self.points)), top["problem"], top["title"], fmt.integer(top["participants"]),
                fmt.integer(participants))
        self.plot_widget.setAccessibleDescription(text)

    # ------------------------------------------------------------------ selection
    def _clicked(self, _item: object, points: Any, *_: object) -> None:
        if len(points):
            self.problem_clicked.emit(str(points[0].data()))

    def _activated(self, row: int) -> None:
        it = self.table.item(row, 0)
        if it is not None:
            self.problem_clicked.emit(str(it.data(ID_ROLE)))
