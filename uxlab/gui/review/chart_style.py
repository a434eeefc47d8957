"""Look and feel shared by every results chart: Okabe-Ito colours, readable fonts, a plot widget
that stays left-to-right under a right-to-left interface, and hover tooltips."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from numpy.typing import ArrayLike, NDArray
from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen, QPixmap
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
        self._layers: list[tuple[int, TextFn]] = []  # (how many, text), in the order drawn
        widget.scene().sigMouseMoved.connect(self._moved)

    def clear(self) -> None:
        self._points.clear()
        self._rects.clear()
        self._rect_fns.clear()
        self._layers.clear()

    def count(self) -> int:
        """How many things in the plot have a tooltip (bars, points, bands)."""
        return sum(n for n, _fn in self._layers)

    def texts(self, limit: int | None = None) -> list[str]:
        """Every tooltip, in the order drawn (the first ``limit``): the chart's data as text,
        for readers who cannot see it (the data table, the accessible description)."""
        out: list[str] = []
        for n, fn in self._layers:
            for i in range(n):
                if limit is not None and len(out) >= limit:
                    return out
                out.append(fn(i))
        return out

    def add_points(self, x: ArrayLike, y: ArrayLike, text: TextFn) -> None:
        self._points.append((np.asarray(x, float), np.asarray(y, float), text))
        self._layers.append((len(self._points[-1][0]), text))

    def add_rects(self, x0: ArrayLike, x1: ArrayLike, y0: ArrayLike, y1: ArrayLike,
                  text: TextFn) -> None:
        xa, xb = np.asarray(x0, float), np.asarray(x1, float)
        ya, yb = np.asarray(y0, float), np.asarray(y1, float)
        self._rects.append((np.minimum(xa, xb), np.maximum(xa, xb),
                            np.minimum(ya, yb), np.maximum(ya, yb)))
        self._rect_fns.append(text)
        self._layers.append((int(np.broadcast(xa, xb, ya, yb).size), text))

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


class DotsItem(pg.GraphicsObject):
    """Many same-looking round dots in one draw call (``QPainter.drawPoints`` with a round,
    cosmetic pen): setting 20,000 points costs about a millisecond, where ScatterPlotItem spends
    tens of milliseconds filling its symbol atlas. ``opts`` lets the legend draw a sample."""

    def __init__(self, x: ArrayLike, y: ArrayLike, size: float, brush: QColor,
                 name: str | None = None) -> None:
        super().__init__()
        self._x = np.asarray(x, dtype=float)
        self._y = np.asarray(y, dtype=float)
        ok = ~(np.isnan(self._x) | np.isnan(self._y))
        self._polygon = pg.functions.create_qpolygonf(int(ok.sum()))
        view = pg.functions.ndarray_from_qpolygonf(self._polygon)
        view[:, 0] = self._x[ok]
        view[:, 1] = self._y[ok]
        self._pen = QPen(brush)
        self._pen.setWidthF(size)
        self._pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._pen.setCosmetic(True)
        self._size = size
        self._name = name
        self._pixmap: QPixmap | None = None
        self._frags = pg.Qt.internals.PrimitiveArray(QPainter.PixmapFragment, 10)
        self._rect = QRectF()
        if ok.any():
            x0, x1 = float(self._x[ok].min()), float(self._x[ok].max())
            y0, y1 = float(self._y[ok].min()), float(self._y[ok].max())
            self._rect = QRectF(x0, y0, x1 - x0, y1 - y0)
        # what pyqtgraph's legend reads to draw a sample: a dot, no line
        sample = QColor(brush)
        sample.setAlpha(255)
        self.opts: dict[str, object] = {
            "pen": None, "symbol": "o", "size": max(size, 8), "brush": sample, "antialias": True,
            "name": name,
        }

    def name(self) -> str | None:
        return self._name

    def getData(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        return self._x, self._y

    def dataBounds(self, ax: int, frac: float = 1.0,
                   orthoRange: tuple[float, float] | None = None
                   ) -> tuple[float, float] | tuple[None, None]:
        if self._rect.isNull() and not len(self._polygon):
            return (None, None)
        if ax == 0:
            return (self._rect.left(), self._rect.right())
        return (self._rect.top(), self._rect.bottom())

    def pixelPadding(self) -> float:
        return self._size / 2 + 1

    def boundingRect(self) -> QRectF:
        px = self.pixelVectors()
        pad_x = pad_y = 0.0
        if px[0] is not None:
            pad_x = (self._size / 2 + 1) * px[0].length()
            pad_y = (self._size / 2 + 1) * px[1].length()
        return self._rect.adjusted(-pad_x, -pad_y, pad_x, pad_y)

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()

    def _dot(self, dpr: float) -> QPixmap:
        if self._pixmap is None or self._pixmap.devicePixelRatio() != dpr:
            side = int(np.ceil(self._size * dpr)) + 2
            pixmap = QPixmap(side, side)
            pixmap.fill(Qt.GlobalColor.transparent)
            p = QPainter(pixmap)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self._pen.color())
            p.drawEllipse(QRectF(1, 1, side - 2, side - 2))
            p.end()
            pixmap.setDevicePixelRatio(dpr)
            self._pixmap = pixmap
        return self._pixmap

    def paint(self, painter: QPainter, _option: object = None, widget: QWidget | None = None
              ) -> None:
        if self._exportOpts is not False or not len(self._polygon):
            # vector output (SVG): real dots, not bitmaps
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(self._pen)
            painter.drawPoints(self._polygon)
            return
        # on screen: stamp one pre-drawn dot at every point (as ScatterPlotItem does)
        xy = pg.functions.ndarray_from_qpolygonf(self._polygon)
        pts = pg.functions.transformCoordinates(painter.transform(), xy.T)
        # only finite points near the device: a view not laid out yet can map points to NaN
        # or to huge coordinates, which QPainter.drawPixmapFragments does not survive
        near = np.all(np.isfinite(pts) & (np.abs(pts) < 1e5), axis=0)
        pts = pts[:, near]
        if not pts.shape[1]:
            return
        dpr = widget.devicePixelRatioF() if widget is not None else painter.device().devicePixelRatioF()
        dot = self._dot(dpr)
        painter.resetTransform()
        self._frags.resize(pts.shape[1])
        frags = self._frags.ndarray()
        frags[:, 0:2] = pts.T
        frags[:, 2:6] = [0.0, 0.0, dot.width(), dot.height()]
        frags[:, 6:10] = [1 / dpr, 1 / dpr, 0.0, 1.0]
        painter.drawPixmapFragments(*self._frags.drawargs(), dot)
