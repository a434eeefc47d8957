"""Look and feel shared by every results chart: Okabe-Ito colours, readable fonts, a plot widget
that stays left-to-right under a right-to-left interface, and hover tooltips."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from numpy.typing import ArrayLike, NDArray
from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

# Okabe & Ito (2008) colour-blind-safe palette, in the order series use it.
SERIES_COLORS: tuple[str, ...] = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
)
OUTCOME_COLORS: dict[str, str] = {
    "success": "#009E73", "partial": "#E69F00", "fail": "#D55E00", "abandoned": "#CC79A7",
    "skipped": "#999999",
}
MARKER_COLORS: dict[str, str] = {
    "error": "#000000", "assist": "#0072B2", "note": "#56B4E9", "critical": "#CC79A7",
}
INK = "#222222"
TICK_PT = 10
LABEL_PT = 11
TITLE_PT = 13


def font(point_size: int = TICK_PT, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSize(point_size)
    f.setBold(bold)
    return f


def color(hex_code: str, alpha: int = 255) -> QColor:
    c = QColor(hex_code)
    c.setAlpha(alpha)
    return c


def make_plot_widget(parent: QWidget | None = None) -> pg.PlotWidget:
    """A white plot with dark ink, 10-pt ticks and left-to-right layout even under RTL."""
    widget = pg.PlotWidget(parent, background="w")
    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    widget.setAntialiasing(True)
    plot = widget.getPlotItem()
    plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(INK))
        axis.setTextPen(pg.mkPen(INK))
        axis.setStyle(tickFont=font(TICK_PT), tickTextOffset=6)
    plot.vb.setMouseEnabled(x=False, y=False)
    return widget


def bottom_legend(plot: pg.PlotItem) -> pg.LegendItem:
    """A one-row legend under the axis label, outside the data area so it never hides bars or
    points. Items added to the plot with a ``name`` appear in it."""
    legend = pg.LegendItem(labelTextSize=f"{TICK_PT}pt", labelTextColor=INK, colCount=8,
                           horSpacing=6, frame=False)
    legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    plot.layout.addItem(legend, 5, 1, alignment=Qt.AlignmentFlag.AlignHCenter)
    plot.legend = legend
    return legend


def set_axis_label(plot: pg.PlotItem, side: str, text: str) -> None:
    """Axis label with its unit written in the text, e.g. "Time on task (s)" (pyqtgraph's own
    unit handling would add SI prefixes such as "ks")."""
    plot.setLabel(side, text, color=INK, **{"font-size": f"{LABEL_PT}pt"})


def set_title(plot: pg.PlotItem, text: str) -> None:
    plot.setTitle(text, color=INK, size=f"{TITLE_PT}pt")


def text_item(text: str, anchor: tuple[float, float] = (0.5, 0.5), point_size: int = TICK_PT,
              ink: str = INK) -> pg.TextItem:
    item = pg.TextItem(text, color=ink, anchor=anchor)
    item.setFont(font(point_size))
    return item


TextFn = Callable[[int], str]


class HoverTips(QObject):
    """Tooltips for whatever is under the mouse in a plot: points (nearest within a few pixels)
    and rectangles (bars), both in data coordinates. Texts are made only when hovered, so a chart
    with 20,000 points does not build 20,000 strings."""

    RADIUS_PX = 8.0

    def __init__(self, widget: pg.PlotWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.view = widget.getPlotItem().vb
        self._points: list[tuple[NDArray[np.float64], NDArray[np.float64], TextFn]] = []
        self._rects: list[tuple[NDArray[np.float64], ...]] = []
        self._rect_fns: list[TextFn] = []
        widget.scene().sigMouseMoved.connect(self._moved)

    def clear(self) -> None:
        self._points.clear()
        self._rects.clear()
        self._rect_fns.clear()

    def add_points(self, x: ArrayLike, y: ArrayLike, text: TextFn) -> None:
        self._points.append((np.asarray(x, float), np.asarray(y, float), text))

    def add_rects(self, x0: ArrayLike, x1: ArrayLike, y0: ArrayLike, y1: ArrayLike,
                  text: TextFn) -> None:
        xa, xb = np.asarray(x0, float), np.asarray(x1, float)
        ya, yb = np.asarray(y0, float), np.asarray(y1, float)
        self._rects.append((np.minimum(xa, xb), np.maximum(xa, xb),
                            np.minimum(ya, yb), np.maximum(ya, yb)))
        self._rect_fns.append(text)

    def text_at(self, x: float, y: float, px: tuple[float, float] = (1.0, 1.0)) -> str | None:
        """The tooltip for data point (x, y); ``px`` is the data size of one screen pixel."""
        sx, sy = (abs(v) or 1.0 for v in px)
        best: tuple[float, str] | None = None
        for xs, ys, fn in self._points:
            if not len(xs):
                continue
            d = np.hypot((xs - x) / sx, (ys - y) / sy)
            d = np.where(np.isnan(d), np.inf, d)
            i = int(np.argmin(d))
            if d[i] <= self.RADIUS_PX and (best is None or d[i] < best[0]):
                best = (float(d[i]), fn(i))
        if best is not None:
            return best[1]
        for (xa, xb, ya, yb), fn in zip(self._rects, self._rect_fns, strict=True):
            hit = np.flatnonzero((xa <= x) & (x <= xb) & (ya <= y) & (y <= yb))
            if len(hit):
                return fn(int(hit[-1]))
        return None

    def _moved(self, scene_pos: QPointF) -> None:
        if not self.view.sceneBoundingRect().contains(scene_pos):
            QToolTip.hideText()
            return
        p = self.view.mapSceneToView(scene_pos)
        size = self.view.viewPixelSize()
        text = self.text_at(p.x(), p.y(), (size[0], size[1]))
        if text:
            QToolTip.showText(QCursor.pos(), text, self.widget)
        else:
            QToolTip.hideText()
