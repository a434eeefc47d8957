"""SUS: participants' scores over the Sauro-Lewis curved grading scale, with the mean and its CI."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from uxlab.core.scoring import SUS_GRADES, sus_grade
from uxlab.gui.review.chart_base import ChartBase, ChartData, fnum
from uxlab.gui.review.chart_style import INK, SERIES_COLORS, color, set_axis_label, text_item

BIN_WIDTH = 2.5  # SUS scores move in steps of 2.5 (one scale point on one item)

# Band tints by grade letter: light Okabe-Ito colours, alternating strength inside a letter.
_LETTER_TINT = {"A": "#009E73", "B": "#56B4E9", "C": "#F0E442", "D": "#E69F00", "F": "#D55E00"}


def grade_bands() -> list[tuple[str, float, float]]:
    """(grade, lowest score, next grade's lowest score or 100) from F up to A+, taken from
    ``uxlab.core.scoring.SUS_GRADES`` (the scale is defined there only)."""
    ascending = sorted(SUS_GRADES)
    out: list[tuple[str, float, float]] = []
    for i, (low, grade) in enumerate(ascending):
        high = ascending[i + 1][0] if i + 1 < len(ascending) else 100.0
        out.append((grade, float(low), float(high)))
    return out


class SusChart(ChartBase):
    key = "sus"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.histogram: pg.BarGraphItem | None = None
        self.bands: pg.BarGraphItem | None = None
        self.band_labels: list[pg.TextItem] = []
        self.mean_line: pg.InfiniteLine | None = None
        self.ci_item: pg.BarGraphItem | None = None
        self.retranslate()

    def title(self) -> str:
        return self.tr("SUS scores over the grading scale")

    def draw(self, data: ChartData) -> None:
        scores = np.array([fnum(p.get("sus")) for p in data.result.get("participants", [])])
        scores = scores[~np.isnan(scores)]
        edges = np.arange(0.0, 100.0 + BIN_WIDTH, BIN_WIDTH)
        counts, _ = np.histogram(scores, bins=edges)
        top = max(int(counts.max()) if len(counts) else 0, 1) * 1.3 + 0.5
        bands = grade_bands()
        lows = np.array([b[1] for b in bands])
        highs = np.array([b[2] for b in bands])
        per_band = np.array([int(((scores >= lo - 1e-9) & (scores < hi - 1e-9)).sum())
                             if hi < 100 else int((scores >= lo - 1e-9).sum())
                             for _g, lo, hi in bands])
        brushes = [color(_LETTER_TINT[g[0]], 45 if k % 2 else 85) for k, (g, _lo, _hi)
                   in enumerate(bands)]
        self.bands = pg.BarGraphItem(x0=lows, width=highs - lows, y0=np.zeros(len(bands)),
                                     height=np.full(len(bands), top), brushes=brushes,
                                     pen=pg.mkPen(None))
        self.plot.addItem(self.bands)
        self.band_labels = []
        for k, (grade, lo, hi) in enumerate(bands):
            label = text_item(grade, anchor=(0.5, 0.0))
            # narrow bands alternate between two rows so their letters never overlap
            label.setPos((lo + hi) / 2, top * (1.0 if k % 2 == 0 or hi - lo > 6 else 0.92))
            self.plot.addItem(label)
            self.band_labels.append(label)
        self.histogram = pg.BarGraphItem(x0=edges[:-1], width=BIN_WIDTH, y0=0, height=counts,
                                         brush=color(SERIES_COLORS[0]), pen=pg.mkPen("w"))
        self.plot.addItem(self.histogram)
        sus = data.result.get("sus") or {}
        mean = fnum(sus.get("mean"))
        lo_ci, hi_ci = (fnum(v) for v in (sus.get("ci") or [None, None]))
        conf = f"{data.confidence * 100:g}%"
        if not np.isnan(lo_ci) and not np.isnan(hi_ci):
            self.ci_item = pg.BarGraphItem(x0=[lo_ci], width=[hi_ci - lo_ci], y0=[0],
                                           height=[top], brush=color(INK, 40),
                                           pen=pg.mkPen(None))
            self.plot.addItem(self.ci_item)
        if not np.isnan(mean):
            self.mean_line = pg.InfiniteLine(pos=mean, angle=90, movable=False,
                                             pen=pg.mkPen(INK, width=2.5))
            self.plot.addItem(self.mean_line)
            label = text_item(self.tr("Mean {0:.1f} ({1})").format(mean, sus_grade(mean)),
                              anchor=(0, 0))
            label.setPos(mean + 0.8, top * 0.82)
            self.plot.addItem(label)
        self.hover.add_rects(
            [lo_ci if not np.isnan(lo_ci) else mean], [hi_ci if not np.isnan(hi_ci) else mean],
            [0], [top], lambda _i: self.tr(
                "Mean SUS {0:.1f} (grade {1}) from {2} participants\n{3} CI {4:.1f} – {5:.1f}"
            ).format(mean, sus_grade(mean), sus.get("n", 0), conf, lo_ci, hi_ci))
        self.hover.add_rects(
            edges[:-1], edges[1:], np.zeros(len(counts)), counts,
            lambda i: self.tr("SUS {0:g} to under {1:g}: {2} participants").format(
                edges[i], edges[i + 1], int(counts[i])))
        self.hover.add_rects(
            lows, highs, np.zeros(len(bands)), np.full(len(bands), top),
            lambda i: self.tr("Grade {0}: SUS {1:g} to {2:g}, {3} participants").format(
                bands[i][0], lows[i], highs[i], int(per_band[i])))
        self.plot.vb.invertY(False)
        self.plot.setXRange(0, 100, padding=0.01)
        self.plot.setYRange(0, top * 1.08, padding=0)
        set_axis_label(self.plot, "bottom", self.tr(
            "SUS score (0–100); grades: Sauro-Lewis curved grading scale"))
        set_axis_label(self.plot, "left", self.tr("Participants"))
