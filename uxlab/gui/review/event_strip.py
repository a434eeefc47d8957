"""The event timeline under the attempt's video: the attempt from start to end, the stretches a
recording holds (filled), one tick per event (markers coloured by kind), the playhead. A click
(or Home / End / Page Up / Page Down from the keyboard) moves the player to that moment."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

KIND_COLOURS = {"critical": "#c62828", "error": "#ef6c00", "assist": "#6a1b9a", "note": "#1565c0",
                "observation": "#00838f"}


@dataclass(frozen=True)
class StripEvent:
    seq: int
    moment_ns: int
    kind: str  # marker kind, "observation", or the event kind
    label: str  # what a tooltip says
    recorded: bool


class EventStrip(QWidget):
    moment_clicked = Signal(object)  # session ns (an int past 32 bits)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventStrip")
        self.setMinimumHeight(36)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        # the timeline reads left to right in every language, like the charts (docs/i18n.md)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.start_ns = 0
        self.end_ns = 1
        self.recorded: list[tuple[int, int]] = []
        self.events: list[StripEvent] = []
        self.playhead_ns: int | None = None

    def sizeHint(self) -> QSize:
        return QSize(400, 36)

    def set_span(self, start_ns: int, end_ns: int, recorded: list[tuple[int, int]],
                 events: list[StripEvent]) -> None:
        self.start_ns, self.end_ns = start_ns, max(end_ns, start_ns + 1)
        self.recorded, self.events = recorded, events
        self.playhead_ns = None
        self.update()

    def set_playhead(self, moment_ns: int | None) -> None:
        self.playhead_ns = moment_ns
        self.update()

    # ------------------------------------------------------------------ geometry
    def _area(self) -> QRectF:
        return QRectF(8, 6, max(1, self.width() - 16), self.height() - 12)

    def x_of(self, moment_ns: int) -> float:
        a = self._area()
        f = (moment_ns - self.start_ns) / (self.end_ns - self.start_ns)
        return a.left() + min(1.0, max(0.0, f)) * a.width()

    def moment_at(self, x: float) -> int:
        a = self._area()
        f = min(1.0, max(0.0, (x - a.left()) / a.width()))
        return self.start_ns + round(f * (self.end_ns - self.start_ns))

    def _event_near(self, x: float) -> StripEvent | None:
        best = min(self.events, key=lambda e: abs(self.x_of(e.moment_ns) - x), default=None)
        return best if best is not None and abs(self.x_of(best.moment_ns) - x) <= 5 else None

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        a = self._area()
        pal = self.palette()
        p.fillRect(a, pal.color(pal.ColorRole.AlternateBase))
        bar = QColor(pal.color(pal.ColorRole.Highlight))
        bar.setAlpha(90)
        for lo, hi in self.recorded:
            p.fillRect(QRectF(QPointF(self.x_of(lo), a.top() + a.height() * 0.35),
                              QPointF(self.x_of(hi), a.bottom() - a.height() * 0.35)), bar)
        for e in self.events:
            c = QColor(KIND_COLOURS.get(e.kind, pal.color(pal.ColorRole.Text).name()))
            if not e.recorded:
                c.setAlpha(90)
            x = self.x_of(e.moment_ns)
            p.setPen(QPen(c, 3 if e.kind in KIND_COLOURS else 1.5))
            p.drawLine(QPointF(x, a.top()), QPointF(x, a.bottom()))
        if self.playhead_ns is not None:
            x = self.x_of(self.playhead_ns)
            p.setPen(QPen(pal.color(pal.ColorRole.Text), 2))
            p.drawLine(QPointF(x, a.top() - 4), QPointF(x, a.bottom() + 4))
        if self.hasFocus():
            p.setPen(QPen(pal.color(pal.ColorRole.Highlight), 1, Qt.PenStyle.DashLine))
            p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        p.end()

    # ------------------------------------------------------------------ input
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            near = self._event_near(event.position().x())
            self.moment_clicked.emit(near.moment_ns if near else self.moment_at(event.position().x()))
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        near = self._event_near(event.position().x())
        if near is not None:
            QToolTip.showText(event.globalPosition().toPoint(), near.label, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Page Up / Page Down: previous / next event; Home / End: the attempt's start / end."""
        key = event.key()
        here = self.playhead_ns if self.playhead_ns is not None else self.start_ns
        target: int | None = None
        if key == Qt.Key.Key_Home:
            target = self.start_ns
        elif key == Qt.Key.Key_End:
            target = self.end_ns
        elif key == Qt.Key.Key_PageDown:
            target = next((e.moment_ns for e in self.events if e.moment_ns > here + 1_000_000), None)
        elif key == Qt.Key.Key_PageUp:
            target = next((e.moment_ns for e in reversed(self.events) if e.moment_ns < here - 1_000_000), None)
        if target is None:
            super().keyPressEvent(event)
            return
        self.moment_clicked.emit(target)
        event.accept()
