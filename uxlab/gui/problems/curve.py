"""The discovery curve: expected share of problems found, 1 - (1 - p)^n, for the Lewis-adjusted
p (and the observed p, which small samples overestimate), with the participants tested marked."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from uxlab.analysis.discovery import DiscoveryEstimate, share_discovered
from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.review import fmt
from uxlab.gui.review.chart_style import (
    SERIES_COLORS,
    bottom_legend,
    make_plot_widget,
    set_axis_label,
    set_title,
)

GOALS = (0.80, 0.85, 0.90, 0.95)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DiscoveryCurve", text)


class DiscoveryCurve(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discoveryCurve")
        self.estimate: DiscoveryEstimate | None = None
        self.plot_widget = make_plot_widget(self)
        self.plot = self.plot_widget.getPlotItem()
        bottom_legend(self.plot)
        self.summary = QLabel(self)
        self.summary.setObjectName("discoverySummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.summary)
        self.curves: dict[str, np.ndarray] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.plot_widget.setAccessibleName(_tr("Discovery curve"))
        self.plot_widget.setToolTip(_tr("Expected share of the problems found with n participants: 1 − (1 − p)ⁿ"))
        self.summary.setAccessibleName(_tr("Discovery estimates"))
        self.draw(self.estimate)

    def draw(self, estimate: DiscoveryEstimate | None) -> None:
        self.estimate = estimate
        plot = self.plot
        plot.clear()
        if plot.legend is not None:
            plot.legend.clear()
        self.curves = {}
        set_title(plot, _tr("Problem discovery"))
        set_axis_label(plot, "bottom", _tr("Participants"))
        set_axis_label(plot, "left", _tr("Share of problems found (%)"))
        if estimate is None or estimate.p_adjusted is None or estimate.p is None or estimate.p_adjusted <= 0:
            self.summary.setText(_tr("No problems yet: link observations to problems to estimate discovery."))
            return
        n_max = max(10, estimate.participants * 2, min(60, estimate.needed(0.9) or 10))
        ns = np.arange(0, n_max + 1)
        adjusted = 100 * np.asarray(share_discovered(estimate.p_adjusted, ns))
        observed = 100 * np.asarray(share_discovered(estimate.p, ns))
        self.curves = {"adjusted": adjusted, "observed": observed}
        plot.plot(ns, adjusted, pen=pg.mkPen(SERIES_COLORS[0], width=2.5), name=_tr("adjusted p (Lewis 2001)"))
        plot.plot(ns, observed, pen=pg.mkPen(SERIES_COLORS[1], width=1.5, style=Qt.PenStyle.DashLine),
                  name=_tr("observed p"))
        plot.addItem(pg.InfiniteLine(estimate.participants, angle=90, pen=pg.mkPen("#777777", style=Qt.PenStyle.DotLine)))
        plot.setYRange(0, 100, padding=0.02)
        plot.setXRange(0, n_max, padding=0.02)
        needed = "; ".join(_tr("{0}: {1} participants").format(fmt.percent(g), fmt.integer(estimate.needed(g)))
                           for g in GOALS)
        self.summary.setText(
            _tr("{0} participants, {1} problems ({2} seen once). Observed p = {3}, adjusted p = {4}. "
                "Share found so far ≈ {5}; estimated problems in all ≈ {6}. To find: {7}.").format(
                fmt.integer(estimate.participants), fmt.integer(estimate.problems), fmt.integer(estimate.once),
                fmt.number(estimate.p, 3), fmt.number(estimate.p_adjusted, 3), fmt.percent(estimate.discovered),
                fmt.number(estimate.estimated_total, 1), needed))
