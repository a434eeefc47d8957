"""Screenshots of every results chart on the demo study: docs/screenshots/chart-<name>.png.

Run: xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tests/gui/shots/charts_shot.py
Completion is compared by group (by="group"); the others show the whole study.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from uxlab.analysis.metrics import analyze
from uxlab.analysis.tables import load_tables
from uxlab.gui.review.charts import ChartsPanel

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(os.environ.get("UXLAB_SHOTS_OUT", ROOT / "docs" / "screenshots"))


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    tables = load_tables(ROOT / "sessions" / "food-delivery")
    OUT.mkdir(parents=True, exist_ok=True)
    plain = ChartsPanel()
    plain.resize(1000, 640)
    plain.set_data(tables, analyze(tables), None)
    grouped = ChartsPanel()
    grouped.resize(1000, 640)
    grouped.set_data(tables, analyze(tables, by="group"), "group")
    for panel in (plain, grouped):
        panel.show()
    for i, chart in enumerate(plain.charts):
        panel = grouped if chart.key == "completion" else plain
        panel.tabs.setCurrentIndex(i)
        for _ in range(3):
            app.processEvents()
        shown = panel.charts[i]
        shown.grab().save(str(OUT / f"chart-{chart.key}.png"))
        print(OUT / f"chart-{chart.key}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
