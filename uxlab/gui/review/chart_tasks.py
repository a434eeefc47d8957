"""Per-task charts: completion rate, time on task, SEQ, and SEQ against completion.

Tasks run down the vertical axis in study order (first task on top), so 20 long task titles stay
readable; every number and interval comes from ``analyze``'s result.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QWidget

from uxlab.analysis.model import ATTEMPTED_OUTCOMES
from uxlab.gui.review.chart_base import ChartBase, ChartData, fnum
from uxlab.gui.review.chart_style import (
    INK,
    OUTCOME_COLORS,
    SERIES_COLORS,
    DotsItem,
    bottom_legend,
    color,
    set_axis_label,
    text_item,
)

TITLE_CHARS = 30
# Jitter of the time strip: golden-ratio sequence, the same picture on every draw and machine.
_GOLDEN = 0.6180339887498949
JITTER_HALF_HEIGHT = 0.28


def short(text: str, limit: int = TITLE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def task_title(task: dict[str, Any]) -> str:
    return str(task.get("title") or task["task"])


def pct(v: float | None) -> str:
    return "–" if v is None or np.isnan(v) else f"{v * 100:.0f}%"


def seconds(v: float | None) -> str:
    return "–" if v is None or np.isnan(v) else f"{v:.1f} s"


def deterministic_jitter(n: int, half_height: float = JITTER_HALF_HEIGHT) -> np.ndarray:
    """Offsets in [-half_height, +half_height) that spread n points evenly, without randomness."""
    return ((np.arange(n) * _GOLDEN) % 1.0 - 0.5) * 2.0 * half_height


def log_ticks(low_s: float, high_s: float) -> list[list[tuple[float, str]]]:
    """Ticks for a log10 time axis in plain seconds: 1-2-5 steps labelled, the other whole
    multiples as unlabelled minor ticks (pyqtgraph's own log labels read "2·10¹")."""
    major: list[tuple[float, str]] = []
    minor: list[tuple[float, str]] = []
    for decade in range(int(np.floor(np.log10(low_s))) - 1, int(np.ceil(np.log10(high_s))) + 2):
        for m in range(1, 10):
            v = m * 10.0 ** decade
            if m in (1, 2, 5):
                major.append((float(np.log10(v)), f"{v:g}"))
            else:
                minor.append((float(np.log10(v)), ""))
    return [major, minor]


def set_task_axis(plot: pg.PlotItem, tasks: list[dict[str, Any]]) -> None:
    """Task titles as ticks of the left axis, first task on top."""
    axis = plot.getAxis("left")
    axis.setTicks([[(i, short(task_title(t))) for i, t in enumerate(tasks)]])
    plot.vb.invertY(True)
    plot.setYRange(-0.6, max(len(tasks), 1) - 0.4, padding=0)


class CompletionChart(ChartBase):
    """Completion rate per task with its confidence interval (adjusted Wald); one bar per group
    side by side when the study is compared by a participant column."""

    key = "completion"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[pg.BarGraphItem] = []
        self.error_bars: list[pg.ErrorBarItem] = []
        self.legend = bottom_legend(self.plot)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Completion rate by task")

    def draw(self, data: ChartData) -> None:
        tasks = data.tasks
        groups = data.groups()
        series: list[tuple[str, list[dict[str, Any]]]]
        if groups:
            series = [(g.group, g.rows) for g in groups]
        else:
            series = [(self.tr("All participants"), tasks)]
        self.bars, self.error_bars = [], []
        n, g_count = len(tasks), len(series)
        h = 0.8 / g_count
        conf = f"{data.confidence * 100:g}%"
        for k, (label, rows) in enumerate(series):
            y = np.arange(n) + (k - (g_count - 1) / 2) * h
            rate = np.array([fnum(r.get("completion_rate")) for r in rows]) * 100
            lo = np.array([fnum((r.get("completion_ci") or [None, None])[0]) for r in rows]) * 100
            hi = np.array([fnum((r.get("completion_ci") or [None, None])[1]) for r in rows]) * 100
            ok = ~np.isnan(rate)
            hex_code = SERIES_COLORS[k % len(SERIES_COLORS)]
            bar = pg.BarGraphItem(x0=np.zeros(ok.sum()), width=rate[ok], y=y[ok],
                                  height=h * 0.85, brush=color(hex_code), pen=pg.mkPen(None),
                                  name=label if groups else None)
            self.plot.addItem(bar)
            self.bars.append(bar)
            ci = ok & ~np.isnan(lo) & ~np.isnan(hi)
            err = pg.ErrorBarItem(x=rate[ci], y=y[ci], left=rate[ci] - lo[ci],
                                  right=hi[ci] - rate[ci], beam=h * 0.4,
                                  pen=pg.mkPen(INK, width=1.5))
            self.plot.addItem(err)
            self.error_bars.append(err)

            shown = np.flatnonzero(ok)

            def tip(i: int, rows: list[dict[str, Any]] = rows, label: str = label,
                    idx: np.ndarray = shown) -> str:
                r, t = rows[idx[i]], tasks[idx[i]]
                ci_v = r.get("completion_ci") or [None, None]
                text = self.tr("{0}\n{1}: {2} completed ({3} attempts)\n{4} CI {5} – {6}").format(
                    task_title(t), label, pct(fnum(r.get("completion_rate"))),
                    r.get("attempts", "–"), conf, pct(fnum(ci_v[0])), pct(fnum(ci_v[1])))
                entry = data.comparison_entry(str(t["task"]), "completion")
                if entry and entry.get("reading"):
                    text += "\n" + str(entry["reading"])
                return text

            top = np.where(np.isnan(hi[ok]), rate[ok], np.fmax(rate[ok], hi[ok]))
            self.hover.add_rects(np.zeros(ok.sum()), top, y[ok] - h / 2, y[ok] + h / 2, tip)
        if not groups:
            self.legend.clear()
        set_task_axis(self.plot, tasks)
        self.plot.setXRange(0, 100, padding=0.02)
        set_axis_label(self.plot, "bottom", self.tr("Completion rate (%); whiskers: {0} "
                                                    "confidence interval").format(conf))
        set_axis_label(self.plot, "left", self.tr("Task"))


class TimeChart(ChartBase):
    """Every attempt's time as a jittered strip, coloured by outcome, with the geometric mean of
    successful attempts and its confidence interval, and each task's target time."""

    key = "time"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log_box = QCheckBox(self)
        self.log_box.setObjectName("chart_time_log")
        self.log_box.toggled.connect(self.redraw)
        self.controls.addWidget(self.log_box)
        self.controls.addStretch(1)
        self.series: dict[str, DotsItem] = {}
        self.geomean_item: pg.ScatterPlotItem | None = None
        self.ci_item: pg.ErrorBarItem | None = None
        self.target_item: pg.PlotCurveItem | None = None
        self.targets: dict[str, float] = {}
        self.legend = bottom_legend(self.plot)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Time on task")

    def retranslate_controls(self) -> None:
        self.log_box.setText(self.tr("Logarithmic time axis"))
        self.log_box.setAccessibleName(self.tr("Logarithmic time axis"))
        self.log_box.setToolTip(self.tr(
            "Show times on a log scale: task times are skewed, and a log axis shows fast and "
            "slow attempts with the same detail."))

    @property
    def log_scale(self) -> bool:
        return self.log_box.isChecked()

    def _x(self, seconds_: np.ndarray) -> np.ndarray:
        if not self.log_scale:
            return seconds_
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(seconds_ > 0, np.log10(seconds_), np.nan)

    def draw(self, data: ChartData) -> None:
        tasks = data.tasks
        arr = data.attempt_arrays()
        self.series = {}
        self.legend.clear()
        y = arr.code + deterministic_jitter(len(arr.code))
        x = self._x(arr.time_s)
        per_task = len(arr.code) / max(len(tasks), 1)
        size, alpha = (7, 170) if per_task <= 60 else (5, 110) if per_task <= 300 else (4, 80)
        for name in ATTEMPTED_OUTCOMES:
            m = arr.outcome == name
            if not m.any():
                continue
            rows = np.flatnonzero(m)
            item = DotsItem(x[m], y[m], size=size, brush=color(OUTCOME_COLORS[name], alpha),
                            name=self._outcome_label(name))
            self.plot.addItem(item)
            self.legend.addItem(item, self._outcome_label(name))
            self.series[name] = item

            def tip(i: int, rows: np.ndarray = rows, name: str = name) -> str:
                r = rows[i]
                return self.tr("{0}\n{1}: {2}, {3}").format(
                    task_title(tasks[arr.code[r]]), arr.participant[r],
                    self._outcome_label(name), seconds(arr.time_s[r]))

            self.hover.add_points(x[m], y[m], tip)
        self._draw_summary(data, tasks)
        set_task_axis(self.plot, tasks)
        bottom = self.plot.getAxis("bottom")
        bottom.setTicks(log_ticks(*self._extent(data)) if self.log_scale else None)
        self.plot.enableAutoRange(axis="x")
        set_axis_label(self.plot, "bottom", self.tr("Time on task (s)") if not self.log_scale
                       else self.tr("Time on task (s, logarithmic scale)"))
        set_axis_label(self.plot, "left", self.tr("Task"))

    def _extent(self, data: ChartData) -> tuple[float, float]:
        """Smallest and largest time shown (attempts, intervals, targets), in seconds."""
        values = [data.attempt_arrays().time_s]
        for tk in data.tasks:
            values.append(np.array([fnum(tk["time_success"]["ci"][0]),
                                    fnum(tk["time_success"]["ci"][1]),
                                    fnum(tk.get("target_time_s"))]))
        allv = np.concatenate(values)
        allv = allv[np.isfinite(allv) & (allv > 0)]
        return (float(allv.min()), float(allv.max())) if len(allv) else (1.0, 100.0)

    def _draw_summary(self, data: ChartData, tasks: list[dict[str, Any]]) -> None:
        n = len(tasks)
        ys = np.arange(n, dtype=float)
        gm = np.array([fnum(tk["time_success"]["geomean"]) for tk in tasks])
        lo = np.array([fnum(tk["time_success"]["ci"][0]) for tk in tasks])
        hi = np.array([fnum(tk["time_success"]["ci"][1]) for tk in tasks])
        x, xl, xh = self._x(gm), self._x(lo), self._x(hi)
        ci = ~np.isnan(x) & ~np.isnan(xl) & ~np.isnan(xh)
        self.ci_item = pg.ErrorBarItem(x=x[ci], y=ys[ci], left=x[ci] - xl[ci],
                                       right=xh[ci] - x[ci], beam=0.3,
                                       pen=pg.mkPen(INK, width=2))
        self.plot.addItem(self.ci_item)
        ok = ~np.isnan(x)
        conf = f"{data.confidence * 100:g}%"
        self.geomean_item = pg.ScatterPlotItem(
            x=x[ok], y=ys[ok], symbol="d", size=14, brush=color(INK), pen=pg.mkPen("w"),
            name=self.tr("Geometric mean, successful attempts ({0} CI)").format(conf))
        self.plot.addItem(self.geomean_item)
        idx = np.flatnonzero(ok)

        def tip(i: int) -> str:
            tk = tasks[idx[i]]
            ts = tk["time_success"]
            text = self.tr("{0}\nGeometric mean of {1} successful attempts: {2}\n"
                           "{3} CI {4} – {5}; median {6}").format(
                task_title(tk), ts["n"], seconds(fnum(ts["geomean"])), conf,
                seconds(fnum(ts["ci"][0])), seconds(fnum(ts["ci"][1])),
                seconds(fnum(ts["median"])))
            if tk.get("target_time_s") is not None:
                text += "\n" + self.tr("Target {0}").format(seconds(fnum(tk["target_time_s"])))
            entry = data.comparison_entry(str(tk["task"]), "time_success")
            if entry and entry.get("reading"):
                text += "\n" + str(entry["reading"])
            return text

        self.hover.add_points(x[ok], ys[ok], tip)
        target = np.array([fnum(tk.get("target_time_s")) for tk in tasks])
        self.targets = {str(tk["task"]): float(v) for tk, v in zip(tasks, target, strict=True)
                        if not np.isnan(v) and v > 0}
        has = ~np.isnan(target) & (target > 0)
        tx = np.repeat(self._x(target[has]), 2)
        ty = np.column_stack([ys[has] - 0.42, ys[has] + 0.42]).ravel()
        self.target_item = pg.PlotCurveItem(
            x=tx, y=ty, connect="pairs", name=self.tr("Target time"),
            pen=pg.mkPen(SERIES_COLORS[0], width=2.5, style=Qt.PenStyle.DashLine))
        self.plot.addItem(self.target_item)
        with_target = np.flatnonzero(has)
        self.hover.add_points(
            self._x(target[has]), ys[has],
            lambda i: self.tr("{0}\nTarget time {1}").format(
                task_title(tasks[with_target[i]]), seconds(target[with_target[i]])))

    def _outcome_label(self, name: str) -> str:
        labels = {"success": self.tr("Success"), "partial": self.tr("Partial"),
                  "fail": self.tr("Fail"), "abandoned": self.tr("Abandoned")}
        return labels.get(name, name)


class SeqChart(ChartBase):
    """Mean Single Ease Question rating (1 = very difficult, 7 = very easy) per task with CI."""

    key = "seq"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mean_item: pg.ScatterPlotItem | None = None
        self.ci_item: pg.ErrorBarItem | None = None
        self.retranslate()

    def title(self) -> str:
        return self.tr("Ease rating (SEQ) by task")

    def draw(self, data: ChartData) -> None:
        tasks = data.tasks
        ys = np.arange(len(tasks), dtype=float)
        mean = np.array([fnum(t["seq"]["mean"]) for t in tasks])
        lo = np.array([fnum(t["seq"]["ci"][0]) for t in tasks])
        hi = np.array([fnum(t["seq"]["ci"][1]) for t in tasks])
        ci = ~np.isnan(mean) & ~np.isnan(lo) & ~np.isnan(hi)
        self.ci_item = pg.ErrorBarItem(x=mean[ci], y=ys[ci], left=mean[ci] - lo[ci],
                                       right=hi[ci] - mean[ci], beam=0.3,
                                       pen=pg.mkPen(SERIES_COLORS[0], width=2))
        self.plot.addItem(self.ci_item)
        ok = ~np.isnan(mean)
        self.mean_item = pg.ScatterPlotItem(x=mean[ok], y=ys[ok], symbol="o", size=13,
                                            brush=color(SERIES_COLORS[0]), pen=pg.mkPen("w"))
        self.plot.addItem(self.mean_item)
        conf = f"{data.confidence * 100:g}%"
        idx = np.flatnonzero(ok)
        seq_cmp = {str(e.get("task")): e for e in (data.result.get("comparison") or {})
                   .get("seq", [])}

        def tip(i: int) -> str:
            t = tasks[idx[i]]
            s = t["seq"]
            text = self.tr("{0}\nSEQ mean {1:.2f} from {2} ratings\n{3} CI {4:.2f} – {5:.2f}").format(
                task_title(t), fnum(s["mean"]), s["n"], conf, fnum(s["ci"][0]), fnum(s["ci"][1]))
            entry = seq_cmp.get(str(t["task"]))
            if entry and entry.get("reading"):
                text += "\n" + str(entry["reading"])
            return text

        self.hover.add_points(mean[ok], ys[ok], tip)
        set_task_axis(self.plot, tasks)
        self.plot.setXRange(1, 7, padding=0.03)
        set_axis_label(self.plot, "bottom", self.tr(
            "Mean SEQ rating (1 = very difficult … 7 = very easy); whiskers: {0} "
            "confidence interval").format(conf))
        set_axis_label(self.plot, "left", self.tr("Task"))


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# Reference lines: averages MeasuringU report across many tasks (Sauro 2011: completion 78%;
# Sauro 2012: SEQ about 5.5). They split the plane into the four quadrants.
BENCHMARK_COMPLETION_PCT = 78.0
BENCHMARK_SEQ = 5.5


class QuadrantChart(ChartBase):
    """Each task placed by completion rate and mean SEQ: hard and failing tasks stand out in the
    lower-left quadrant."""

    key = "quadrant"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: pg.ScatterPlotItem | None = None
        self.labels: list[pg.TextItem] = []
        self._label_at: list[tuple[float, float]] = []
        self.plot.vb.sigResized.connect(lambda _vb: self.place_labels())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Ease (SEQ) against completion, one point per task")

    def place_labels(self) -> None:
        """Put each task's label next to its point where it overlaps no earlier label."""
        px, py = self.plot.vb.viewPixelSize()
        if not px or not py or px > 1 or py > 0.1:  # not laid out yet: assume ~900 x 480 px
            px, py = 106.0 / 900, 6.3 / 480
        boxes: list[tuple[float, float, float, float]] = []
        points = [(x / px, -y / py) for x, y in self._label_at]  # pixel space, y down
        for label, (x, y), (cx, cy) in zip(self.labels, self._label_at, points, strict=True):
            w = 7.2 * len(label.textItem.toPlainText()) + 8
            h = 18.0
            chosen = None
            for ax, ay, dx, dy in ((0, 1, 7, -5), (0, 0, 7, 5), (1, 1, -7, -5), (1, 0, -7, 5),
                                   (0, 1, 7, -24), (0, 0, 7, 24), (0.5, 1, 0, -12),
                                   (0.5, 0, 0, 12)):
                left = cx + dx - ax * w
                top = cy + dy - ay * h
                box = (left, top, left + w, top + h)
                if not any(_overlap(box, b) for b in boxes) and not any(
                        box[0] - 3 < qx < box[2] + 3 and box[1] - 3 < qy < box[3] + 3
                        for qx, qy in points):
                    chosen = (ax, ay, dx, dy, box)
                    break
            if chosen is None:  # no free spot: the point's tooltip still names the task
                label.setVisible(False)
                continue
            ax, ay, dx, dy, box = chosen
            boxes.append(box)
            label.setVisible(True)
            label.setAnchor((ax, ay))
            label.setPos(x + dx * px, y - dy * py)

    def draw(self, data: ChartData) -> None:
        tasks = data.tasks
        x = np.array([fnum(t["completion_rate"]) for t in tasks]) * 100
        y = np.array([fnum(t["seq"]["mean"]) for t in tasks])
        ok = ~np.isnan(x) & ~np.isnan(y)
        # zoom on the tasks, always keeping both reference lines and the scale tops in view
        x_min = max(0.0, min([BENCHMARK_COMPLETION_PCT, *x[ok]]) - 8)
        y_min = max(1.0, min([BENCHMARK_SEQ, *y[ok]]) - 0.5)
        for pos, angle, tip in (
                (BENCHMARK_COMPLETION_PCT, 90, self.tr(
                    "78%: average task completion rate across many studies (Sauro 2011)")),
                (BENCHMARK_SEQ, 0, self.tr(
                    "5.5: average SEQ rating across many tasks (Sauro 2012)"))):
            line = pg.InfiniteLine(pos=pos, angle=angle, movable=False,
                                   pen=pg.mkPen("#999999", width=1.5,
                                                style=Qt.PenStyle.DashLine))
            self.plot.addItem(line)
            if angle == 90:
                self.hover.add_rects([pos - 0.4], [pos + 0.4], [1], [7], lambda _i, t=tip: t)
            else:
                self.hover.add_rects([0], [100], [pos - 0.02], [pos + 0.02], lambda _i, t=tip: t)
        self.points = pg.ScatterPlotItem(x=x[ok], y=y[ok], size=13, brush=color(SERIES_COLORS[0]),
                                         pen=pg.mkPen("w"))
        self.plot.addItem(self.points)
        self.labels = []
        idx = np.flatnonzero(ok)
        self._label_at = [(float(x[i]), float(y[i])) for i in idx]
        for i in idx:
            label = text_item(short(task_title(tasks[i]), 22), anchor=(0, 1))
            self.plot.addItem(label)
            self.labels.append(label)
        self.place_labels()
        for text, px, py, anchor in (
                (self.tr("average completion 78%"), BENCHMARK_COMPLETION_PCT, 7, (-0.03, 0)),
                (self.tr("average SEQ 5.5"), 100, BENCHMARK_SEQ, (1, 1)),
                (self.tr("easy, completed"), 100, 7, (1, -1.2)),
                (self.tr("hard, not completed"), x_min, y_min, (0, 1))):
            corner = text_item(text, anchor=anchor, ink="#777777")
            corner.setPos(px, py)
            self.plot.addItem(corner)

        def tip(i: int) -> str:
            t = tasks[idx[i]]
            return self.tr("{0}\nCompletion {1}, SEQ mean {2:.2f}").format(
                task_title(t), pct(fnum(t["completion_rate"])), fnum(t["seq"]["mean"]))

        self.hover.add_points(x[ok], y[ok], tip)
        self.plot.vb.invertY(False)
        self.plot.setXRange(x_min, 100, padding=0.03)
        self.plot.setYRange(y_min, 7, padding=0.04)
        self.plot.getAxis("left").setTicks(None)
        set_axis_label(self.plot, "bottom", self.tr("Completion rate (%)"))
        set_axis_label(self.plot, "left", self.tr("Mean SEQ rating (1–7)"))
