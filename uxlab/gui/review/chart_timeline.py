"""Session timeline: one row per participant, tasks as bars on the session clock, moderator
markers (errors, assists, notes, critical incidents) as ticks; hovering a tick shows its text.

Rows are paged (``PAGE_SIZE`` participants at a time) so a 1,000-participant study draws as fast
as a 12-participant one.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from uxlab.gui.review.chart_base import ChartBase, ChartData
from uxlab.gui.review.chart_style import (
    MARKER_COLORS,
    OUTCOME_COLORS,
    bottom_legend,
    color,
    set_axis_label,
)
from uxlab.gui.review.chart_tasks import seconds, short, task_title

PAGE_SIZE = 40
MARKER_KINDS = ("error", "assist", "note", "critical")


def clock(t_s: float) -> str:
    """Session time as m:ss (or h:mm:ss)."""
    if t_s != t_s:
        return "–"
    total = round(t_s)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class TimelineChart(ChartBase):
    key = "timeline"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_label = QLabel(self)
        self.page_box = QSpinBox(self)
        self.page_box.setObjectName("chart_timeline_page")
        self.page_box.setMinimum(1)
        self.page_box.setMaximum(1)
        self.page_box.valueChanged.connect(self.redraw)
        self.page_label.setBuddy(self.page_box)
        self.range_label = QLabel(self)
        self.controls.addWidget(self.page_label)
        self.controls.addWidget(self.page_box)
        self.controls.addWidget(self.range_label)
        self.controls.addStretch(1)
        self.bars: dict[str, pg.BarGraphItem] = {}
        self.markers: dict[str, pg.ScatterPlotItem] = {}
        self.rows: list[str] = []
        self.first_row = 0
        self.legend = bottom_legend(self.plot)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Session timeline")

    def retranslate_controls(self) -> None:
        self.page_label.setText(self.tr("Pa&ge"))
        self.page_box.setAccessibleName(self.tr("Timeline page"))
        self.page_box.setToolTip(self.tr(
            "The timeline shows {0} participants at a time so that it stays fast with large "
            "studies; choose which group of participants to show.").format(PAGE_SIZE))
        self._update_range_label()

    def _participants(self, data: ChartData) -> list[str]:
        return data.participant_ids()

    def _update_range_label(self) -> None:
        total = len(self._participants(self.data)) if self.data is not None else 0
        start = (self.page_box.value() - 1) * PAGE_SIZE
        shown = max(0, min(PAGE_SIZE, total - start))
        self.range_label.setText(self.tr("participants {0}–{1} of {2}").format(
            start + 1 if shown else 0, start + shown, total))

    def set_data(self, data: ChartData | None) -> None:
        total = len(self._participants(data)) if data is not None else 0
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(1, math.ceil(total / PAGE_SIZE)))
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        super().set_data(data)

    def draw(self, data: ChartData) -> None:
        everyone = self._participants(data)
        start = (self.page_box.value() - 1) * PAGE_SIZE
        self.rows = everyone[start:start + PAGE_SIZE]
        self.first_row = start
        self._update_range_label()
        self.bars, self.markers = {}, {}
        self.legend.clear()
        titles = {str(t["task"]): task_title(t) for t in data.tasks}
        ev = data.timeline_events(start, start + len(self.rows))
        if len(ev) and self.rows:
            self._draw_tasks(ev, titles)
            self._draw_markers(ev, titles)
        axis = self.plot.getAxis("left")
        axis.setTicks([[(i, short(p, 14)) for i, p in enumerate(self.rows)]])
        self.plot.vb.invertY(True)
        self.plot.setYRange(-0.7, max(len(self.rows), 1) - 0.3, padding=0)
        self.plot.enableAutoRange(axis="x")
        set_axis_label(self.plot, "bottom", self.tr("Session time (min)"))
        set_axis_label(self.plot, "left", self.tr("Participant"))

    def _draw_tasks(self, ev: pd.DataFrame, titles: dict[str, str]) -> None:
        kind = ev["kind"].to_numpy(object)
        key = ["row", "task"]
        starts = ev.loc[kind == "task_started", [*key, "t_s"]].drop_duplicates(key, keep="first")
        ended = ev.loc[kind == "task_ended", [*key, "t_s", "outcome"]].drop_duplicates(
            key, keep="last")
        spans = ended.merge(starts, on=key, suffixes=("_end", "_start"))
        spans = spans.rename(columns={"t_s_end": "end", "t_s_start": "start"})
        spans = spans[spans["end"] >= spans["start"]]
        if not len(spans):
            return
        row = spans["row"].to_numpy(int) - self.first_row
        start = spans["start"].to_numpy(float)
        end = spans["end"].to_numpy(float)
        outcome = spans["outcome"].astype(str).to_numpy()
        task = spans["task"].astype(str).to_numpy()
        for name, hex_code in OUTCOME_COLORS.items():
            m = outcome == name
            if not m.any():
                continue
            bar = pg.BarGraphItem(x0=start[m] / 60, width=(end[m] - start[m]) / 60, y=row[m],
                                  height=0.55, brush=color(hex_code, 190), pen=pg.mkPen(None),
                                  name=self._outcome_label(name))
            self.plot.addItem(bar)
            self.bars[name] = bar
            idx = np.flatnonzero(m)

            def tip(i: int, idx: np.ndarray = idx) -> str:
                j = idx[i]
                return self.tr("{0} · {1}\n{2}, {3} – {4} ({5} including pauses)").format(
                    self.rows[row[j]], titles.get(task[j], task[j]),
                    self._outcome_label(outcome[j]), clock(start[j]), clock(end[j]),
                    seconds(end[j] - start[j]))

            self.hover.add_rects(start[m] / 60, end[m] / 60, row[m] - 0.28, row[m] + 0.28, tip)

    def _draw_markers(self, ev: pd.DataFrame, titles: dict[str, str]) -> None:
        undone = ev["undone"].fillna(False).astype(bool).to_numpy()
        mk = ev[(ev["kind"].to_numpy(object) == "marker") & ~undone]
        if not len(mk):
            return
        row = mk["row"].to_numpy(int) - self.first_row
        t = mk["t_s"].to_numpy(float)
        kinds = mk["marker"].astype(str).to_numpy()
        texts = mk["text"].fillna("").astype(str).to_numpy()
        task = mk["task"].fillna("").astype(str).to_numpy()
        for name in MARKER_KINDS:
            m = kinds == name
            if not m.any():
                continue
            item = pg.ScatterPlotItem(
                x=t[m] / 60, y=row[m], symbol="|", size=22 if name == "critical" else 18,
                pen=pg.mkPen(MARKER_COLORS[name], width=3 if name == "critical" else 2),
                brush=color(MARKER_COLORS[name]), name=self._marker_label(name))
            self.plot.addItem(item)
            self.markers[name] = item
            idx = np.flatnonzero(m)

            def tip(i: int, idx: np.ndarray = idx, name: str = name) -> str:
                j = idx[i]
                head = self.tr("{0} · {1} at {2} ({3})").format(
                    self.rows[row[j]], self._marker_label(name), clock(t[j]),
                    titles.get(task[j], task[j]) or "–")
                return head + ("\n" + texts[j] if texts[j] else "")

            self.hover.add_points(t[m] / 60, row[m], tip)

    def _outcome_label(self, name: str) -> str:
        return {"success": self.tr("Success"), "partial": self.tr("Partial"),
                "fail": self.tr("Fail"), "abandoned": self.tr("Abandoned"),
                "skipped": self.tr("Skipped")}.get(name, name)

    def _marker_label(self, name: str) -> str:
        return {"error": self.tr("Error"), "assist": self.tr("Assist"), "note": self.tr("Note"),
                "critical": self.tr("Critical incident")}.get(name, name)
