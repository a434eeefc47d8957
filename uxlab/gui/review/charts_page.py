"""The Charts tab: the panel (pyqtgraph) is built when the tab is first shown, or the charts are
exported, never for a hidden tab; without pyqtgraph, or if it fails to load, there is no tab and
the results, tables and exports still work."""

from __future__ import annotations

import importlib.util
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.review.background import error_text
from uxlab.gui.review.state import ReviewState

# Charts and the HTML report are optional parts: without them (or if they fail to load) the
# results, tables and Excel export still work. The charts (pyqtgraph) load when their tab is
# first shown; ``charts_panel_class()`` is None when they cannot.
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


class ChartsPage(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = ReviewState()
        self.panel: Any = None  # the ChartsPanel, once built
        self._layout = QVBoxLayout(self)
        self.charts_error = QLabel(self)
        self.charts_error.setWordWrap(True)
        self.charts_error.setVisible(False)
        self._layout.addWidget(self.charts_error)
        self._error: Exception | None = None

    def ensure_panel(self) -> Any:
        """The charts panel, built (and filled) on first use; None when the charts cannot load."""
        if self.panel is None:
            panel = charts_panel_class()
            if panel is None:
                return None
            self.panel = panel(self)
            self.panel.setObjectName("chartsPanel")
            self._layout.addWidget(self.panel, 1)
            self._fill()
        return self.panel

    def show_state(self, state: ReviewState) -> None:
        self.state = state
        self._fill()

    def _fill(self) -> None:
        if self.panel is None:
            return
        self._error = None
        self.charts_error.setVisible(False)
        if self.state.shown is None or self.state.result is None:
            return
        try:
            self.panel.set_data(self.state.shown, self.state.result, self.state.by)
        except Exception as exc:  # a chart problem must not take the results away
            self._error = exc
            self.charts_error.setVisible(True)
            self.retranslate()

    def retranslate(self) -> None:
        if self._error is not None:
            self.charts_error.setText(self.tr("The charts cannot be drawn: {0}").format(
                error_text(self._error)))
