"""Chart images for reports: PNG and SVG of a pyqtgraph plot.

Why SVG does not go through ``pyqtgraph.exporters.SVGExporter``: from Qt 6.11, QSvgGenerator
ends closed sub-paths with the SVG close-path command ``Z`` (e.g. a view box's background is
written as ``d="M0,0 L603.5,0 L603.5,458.5 L0,458.5 L0,0 Z"``). pyqtgraph 0.14's exporter
re-parses every path it gets back from Qt, splitting each space-separated token on "," to get an
``x,y`` pair, and the lone ``Z`` token raises ``ValueError: not enough values to unpack``
(pyqtgraph issue #3495; the fix, pyqtgraph PR #3458, is not in a release). Every plot has such a
path, so the exporter fails on every chart with PySide6 >= 6.11.

uxlab instead paints the plot's view straight into a ``QSvgGenerator`` (Qt's own SVG writer),
with pyqtgraph's export mode switched on so that scatter symbols are drawn as vector shapes
rather than cached bitmaps. Nothing re-parses Qt's output, so the result does not depend on how
a given Qt version spells its paths, and the text (titles, axis labels, tick labels) stays real
``<text>`` elements.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QImage, QPainter, QResizeEvent
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

EXPORT_SIZE = QSize(1000, 600)  # charts that were never on screen are laid out at this size


def _atomic_write(path: Path, data: bytes) -> None:
    """Write a file so that a crash never leaves a half-written image in its place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _send_pending_resizes(widget: QWidget) -> None:
    """Deliver the resize events Qt holds back for hidden widgets (as ``QWidget.grab`` does),
    so the plot lays itself out at its new size."""
    if widget.testAttribute(Qt.WidgetAttribute.WA_PendingResizeEvent):
        widget.setAttribute(Qt.WidgetAttribute.WA_PendingResizeEvent, False)
        QCoreApplication.sendEvent(widget, QResizeEvent(widget.size(), QSize()))
    for child in widget.children():
        if isinstance(child, QWidget) and not child.isWindow():
            _send_pending_resizes(child)


def _ensure_laid_out(widget: pg.PlotWidget) -> None:
    """A chart on screen is exported as it is shown; one in a hidden tab (whose size Qt does
    not keep up to date) at ``EXPORT_SIZE``."""
    if not widget.isVisible():
        widget.resize(EXPORT_SIZE)
        _send_pending_resizes(widget)
    widget.getPlotItem().layout.activate()


@contextmanager
def _export_mode(widget: pg.PlotWidget, painter: QPainter) -> Iterator[None]:
    """pyqtgraph's export mode (vector scatter symbols, no pixmap caches) for one paint."""
    items = [i for i in widget.scene().items() if hasattr(i, "setExportMode")]
    opts = {"antialias": True, "background": QColor("white"), "painter": painter}
    for item in items:
        item.setExportMode(True, opts)
    try:
        yield
    finally:
        for item in items:
            item.setExportMode(False)


def render_png(widget: pg.PlotWidget) -> QImage:
    _ensure_laid_out(widget)
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        widget.render(painter, QRectF(image.rect()), widget.viewport().rect())
    finally:
        painter.end()
    return image


def png_bytes(widget: pg.PlotWidget) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not render_png(widget).save(buf, "PNG"):
        raise OSError("could not encode the chart as PNG")
    buf.close()
    return bytes(data.data())


def svg_bytes(widget: pg.PlotWidget, title: str = "") -> bytes:
    """The plot as an SVG document (see the module docstring for why not SVGExporter)."""
    _ensure_laid_out(widget)
    size = widget.viewport().size()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buf)
    gen.setSize(size)
    gen.setViewBox(QRect(0, 0, size.width(), size.height()))
    gen.setResolution(96)
    gen.setTitle(title)
    gen.setDescription("uxlab chart")
    painter = QPainter()
    if not painter.begin(gen):
        raise OSError("could not start the SVG writer")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("white"))
        with _export_mode(widget, painter):
            widget.render(painter, QRectF(0, 0, size.width(), size.height()),
                          widget.viewport().rect())
    finally:
        painter.end()
    buf.close()
    return bytes(data.data())


def export_png(widget: pg.PlotWidget, path: Path) -> Path:
    _atomic_write(path, png_bytes(widget))
    return path


def export_svg(widget: pg.PlotWidget, path: Path, title: str = "") -> Path:
    _atomic_write(path, svg_bytes(widget, title))
    return path
