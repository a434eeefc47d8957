"""The results charts panel embedded in the review view: one tab per chart.

Only the chart on screen is drawn when data arrives; the others draw when their tab is first
shown (or when images are exported), so opening results stays fast on large studies.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from uxlab.analysis.model import StudyTables
from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.review.chart_base import ChartBase, ChartData
from uxlab.gui.review.chart_export import export_png, export_svg
from uxlab.gui.review.chart_journey import JourneyChart
from uxlab.gui.review.chart_sus import SusChart
from uxlab.gui.review.chart_tasks import CompletionChart, QuadrantChart, SeqChart, TimeChart
from uxlab.gui.review.chart_timeline import TimelineChart


class ChartsPanel(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartsPanel")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("chartsTabs")
        self.charts: list[ChartBase] = [
            CompletionChart(), TimeChart(), SeqChart(), QuadrantChart(), SusChart(),
            JourneyChart(), TimelineChart(),
        ]
        for chart in self.charts:
            self.tabs.addTab(chart, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()

    def chart(self, key: str) -> ChartBase:
        for c in self.charts:
            if c.key == key:
                return c
        raise KeyError(key)

    def _tab_names(self) -> dict[str, str]:
        return {
            "completion": self.tr("Completion"), "time": self.tr("Time on task"),
            "seq": self.tr("Ease (SEQ)"), "quadrant": self.tr("Ease vs completion"),
            "sus": self.tr("SUS"), "journey": self.tr("Journey"),
            "timeline": self.tr("Timeline"),
        }

    def retranslate(self) -> None:
        names = self._tab_names()
        for i, chart in enumerate(self.charts):
            self.tabs.setTabText(i, names[chart.key])
            self.tabs.setTabToolTip(i, chart.title())
        self.tabs.setAccessibleName(self.tr("Results charts"))
        self.tabs.setToolTip(self.tr(
            "Charts of the study results; hover a bar or point for its numbers."))


    def set_data(self, tables: StudyTables, result: dict[str, Any], by: str | None) -> None:
        """Show ``result = analyze(tables, confidence, by)``; draws the chart on screen now."""
        data = ChartData(tables, result, by)
        for chart in self.charts:
            chart.set_data(data)

    def draw_all(self) -> None:
        """Draw every chart now (exports and benchmarks; the panel itself draws lazily)."""
        for chart in self.charts:
            chart.ensure_drawn()

    def export_images(self, folder: Path) -> list[Path]:
        """Every chart as ``chart-<name>.png`` and ``chart-<name>.svg`` in ``folder``."""
        folder = Path(folder)
        written: list[Path] = []
        for chart in self.charts:
            chart.ensure_drawn()
            stem = folder / f"chart-{chart.key}"
            written.append(export_png(chart.plot_widget, stem.with_suffix(".png")))
            written.append(export_svg(chart.plot_widget, stem.with_suffix(".svg"),
                                      chart.title()))
        return written
