"""The Charts tab: the panel (pyqtgraph) is built when the tab is first shown, or the charts are
exported, never for a hidden tab; without pyqtgraph, or if it fails to load, there is no tab and
the results, tables and exports still work."""

from __future__ import annotations

import importlib.util
from typing import Any

from uxlab.gui.review.background import error_text

# Charts and the HTML report are optional parts: without them (or if they fail to load) the
# results, tables and Excel export still work. The charts (pyqtgraph) load when their tab is
# first shown; ``ChartsPanel`` here is None when they cannot.
CHARTS_INSTALLED = importlib.util.find_spec("pyqtgraph") is not None
_charts_class: Any = None


def charts_panel_class() -> Any:
    """The ChartsPanel class, imported on first use; None when the charts cannot load."""
    global _charts_class
    if _charts_class is None:
        try:
            from uxlab.gui.review.charts import ChartsPanel as panel
        except Exception:
            panel = False
        _charts_class = panel
    return _charts_class or None


class ChartsTab:
    """Mixin of :class:`ReviewView`: the lazily built charts panel."""

    def _tab_shown(self, index: int) -> None:
        if self.charts is None and self.charts_page is not None and (
                self.tabs.widget(index) is self.charts_page):
            self.ensure_charts()

    def ensure_charts(self) -> Any:
        """The charts panel, built (and filled) on first use; None when charts cannot load."""
        if self.charts is None and self.charts_page is not None:
            panel = charts_panel_class()
            if panel is None:  # the charts failed to load: no charts tab, as without them
                self.tabs.removeTab(self.tabs.indexOf(self.charts_page))
                self.charts_page.deleteLater()
                self.charts_page = None
                self.charts_button.setEnabled(False)
                return None
            self.charts = panel(self.charts_page)
            self.charts.setObjectName("chartsPanel")
            self._charts_layout.addWidget(self.charts, 1)
            self._fill_charts()
        return self.charts

    def _fill_charts(self) -> None:
        if self.charts is None:
            return
        self.charts_error.setVisible(False)
        if self.shown is None or self.result is None:
            return
        try:
            self.charts.set_data(self.shown, self.result, self.compare_by())
        except Exception as exc:  # a chart problem must not take the results away
            self.charts_error.setText(self.tr("The charts cannot be drawn: {0}").format(
                error_text(exc)))
            self.charts_error.setVisible(True)
