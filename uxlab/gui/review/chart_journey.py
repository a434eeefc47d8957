"""Journey view: the experience trio's net scores along the study's journey stages."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from uxlab.gui.review.chart_base import ChartBase, ChartData, fnum
from uxlab.gui.review.chart_style import SERIES_COLORS, bottom_legend, set_axis_label
from uxlab.gui.review.chart_tasks import short, task_title

STAGE_GAP = 0.6  # extra space between stages on the horizontal axis
TRIO = (("success", "o"), ("effort", "s"), ("emotion", "t"))


def journey_positions(tasks: list[dict[str, Any]]) -> tuple[list[int], np.ndarray,
                                                            list[tuple[float, str]]]:
    """Task indices in journey order (stages in order of first appearance, tasks in study order
    inside a stage), their x positions, and one tick per stage at the centre of its tasks."""
    stages: list[str] = []
    for t in tasks:
        s = str(t.get("stage") or "")
        if s not in stages:
            stages.append(s)
    order = sorted(range(len(tasks)), key=lambda i: (stages.index(str(tasks[i].get("stage")
                                                                         or "")), i))
    xs: list[float] = []
    ticks: list[tuple[float, str]] = []
    x = 0.0
    for k, stage in enumerate(stages):
        members = [i for i in order if str(tasks[i].get("stage") or "") == stage]
        start = x
        for _ in members:
            xs.append(x)
            x += 1.0
        ticks.append(((start + x - 1.0) / 2, stage))
        if k + 1 < len(stages):
            x += STAGE_GAP
    return order, np.array(xs, dtype=float), ticks


class JourneyChart(ChartBase):
    key = "journey"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: dict[str, pg.PlotDataItem] = {}
        self.legend = bottom_legend(self.plot)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Experience along the journey")

    def _trio_label(self, key: str) -> str:
        return {"success": self.tr("Success"), "effort": self.tr("Effort (ease)"),
                "emotion": self.tr("Emotion")}[key]

    def draw(self, data: ChartData) -> None:
        tasks = data.tasks
        order, xs, ticks = journey_positions(tasks)
        self.legend.clear()
        self.plot.addItem(pg.InfiniteLine(pos=0, angle=0, movable=False,
                                          pen=pg.mkPen("#999999", width=1)))
        for k in np.flatnonzero(np.diff(xs) > 1.0 + STAGE_GAP / 2):
            # a thin line in the gap between two stages
            self.plot.addItem(pg.InfiniteLine(pos=float(xs[k] + xs[k + 1]) / 2, angle=90,
                                              movable=False, pen=pg.mkPen("#CCCCCC", width=1)))
        self.lines = {}
        for k, (key, symbol) in enumerate(TRIO):
            ys = np.array([fnum((tasks[i].get("experience") or {}).get(key, {}).get("net"))
                           for i in order])
            if np.isnan(ys).all():
                continue  # nobody answered this item: no line rather than an empty one
            hex_code = SERIES_COLORS[k]
            line = pg.PlotDataItem(xs, ys, connect="finite", name=self._trio_label(key),
                                   pen=pg.mkPen(hex_code, width=2.5,
                                                style=(Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine,
                                                       Qt.PenStyle.DotLine)[k]),
                                   symbol=symbol, symbolSize=10, symbolBrush=hex_code,
                                   symbolPen=pg.mkPen("w"))
            self.plot.addItem(line)
            self.lines[key] = line

            def tip(i: int, key: str = key) -> str:
                t = tasks[order[i]]
                e = (t.get("experience") or {}).get(key, {})
                return self.tr("{0} ({1})\n{2}: net score {3:+.0f} from {4} ratings, mean {5:.2f}"
                               ).format(task_title(t), t.get("stage") or "–",
                                        self._trio_label(key), fnum(e.get("net")),
                                        e.get("n", 0), fnum(e.get("mean")))

            self.hover.add_points(xs, ys, tip)
        self.plot.getAxis("bottom").setTicks([[(x, short(s or "–", 18)) for x, s in ticks]])
        self.plot.vb.invertY(False)
        self.plot.getAxis("left").setTicks(None)
        self.plot.setYRange(-100, 100, padding=0.05)
        if len(xs):
            self.plot.setXRange(float(xs.min()) - 0.5, float(xs.max()) + 0.5, padding=0.02)
        set_axis_label(self.plot, "left", self.tr("Net score (% rating 6–7 minus % rating 1–3)"))
        set_axis_label(self.plot, "bottom", self.tr("Journey stage (tasks in study order)"))
