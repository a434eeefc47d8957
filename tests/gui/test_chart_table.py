"""Charts have a text alternative (issue 16): each chart's data as a table (the "Show data as
table" button) and, shorter, as its accessible description. The numbers in the table are checked
against the study's attempts counted here with pandas, not against the chart's own code."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from uxlab.analysis.metrics import analyze
from uxlab.analysis.model import ATTEMPTED_OUTCOMES, StudyTables
from uxlab.analysis.tables import load_tables
from uxlab.gui import i18n
from uxlab.gui.review.chart_table import DESCRIBED_ROWS, ChartTableDialog
from uxlab.gui.review.charts import ChartsPanel


@pytest.fixture
def tables(demo_study: Path) -> StudyTables:
    return load_tables(demo_study)


def make_panel(qtbot: QtBot, tables: StudyTables) -> ChartsPanel:
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 640)
    panel.set_data(tables, analyze(tables), None)
    panel.draw_all()
    return panel


def test_completion_table_gives_each_tasks_rate_and_attempts(qtbot: QtBot, tables: StudyTables) -> None:
    panel = make_panel(qtbot, tables)
    rows = dict(panel.chart("completion").table_rows())
    a = tables.included().attempts
    a = a[a["outcome"].isin(ATTEMPTED_OUTCOMES)]
    titles = dict(zip(tables.tasks["task"].astype(str), tables.tasks["title"].astype(str), strict=True))
    counted = a.groupby("task")["outcome"].agg(n="size", ok=lambda s: int((s == "success").sum()))
    assert len(rows) == len(counted) == 5
    for task, row in counted.iterrows():
        values = rows[titles[str(task)]]
        rate = round(100 * row["ok"] / row["n"])
        assert f"{rate}% completed ({row['n']} attempts)" in values, (task, values)


def test_time_table_has_every_attempt_with_its_time(qtbot: QtBot, tables: StudyTables) -> None:
    panel = make_panel(qtbot, tables)
    rows = panel.chart("time").table_rows()
    a = tables.included().attempts
    a = a[a["outcome"].isin(ATTEMPTED_OUTCOMES) & (pd.to_numeric(a["time_s"]) > 0)]
    per_attempt = [v for _k, v in rows if re.match(r"P\d+: ", v)]
    assert len(per_attempt) == len(a)
    said = {v for v in per_attempt}
    for _i, r in a.iterrows():
        assert any(v.startswith(f"{r['participant']}: ") and v.endswith(f"{r['time_s']:.1f} s")
                   for v in said), (r["participant"], r["task"], r["time_s"])


def test_every_chart_is_described_and_opens_its_table(qtbot: QtBot, tables: StudyTables) -> None:
    panel = make_panel(qtbot, tables)
    for chart in panel.charts:
        rows = chart.table_rows()
        assert rows, chart.key
        described = chart.plot_widget.accessibleDescription()
        assert described.startswith(f"Chart data, {len(rows)} rows:"), (chart.key, described[:80])
        first = ": ".join(x for x in rows[0] if x)
        assert first in described
        assert described.count("\n") == min(len(rows), DESCRIBED_ROWS) + (len(rows) > DESCRIBED_ROWS)
        assert chart.table_button.accessibleName() == "Show the data of the chart as a table"
        qtbot.mouseClick(chart.table_button, Qt.MouseButton.LeftButton)
        dialog = chart.table_dialog
        assert isinstance(dialog, ChartTableDialog)
        table = dialog.findChild(QTableWidget)
        assert table is not None and table.rowCount() == len(rows)
        assert [table.item(i, 0).text() for i in range(len(rows))] == [r[0] for r in rows]
        assert table.accessibleName() == f"Data of the chart: {chart.title()}"
        assert QApplication.focusWidget() in (table, None)  # the table takes the keyboard
        dialog.close()


def test_the_table_speaks_the_interface_language(qtbot: QtBot, qapp: QApplication,
                                                 tables: StudyTables) -> None:
    i18n.install_language(qapp, "ar")
    try:
        panel = make_panel(qtbot, tables)
        chart = panel.chart("seq")
        assert chart.table_button.text() == "عرض البيانات في جدول"
        dialog = chart.show_table()
        header = [dialog.table.horizontalHeaderItem(i).text() for i in range(2)]
        assert header == ["العنصر", "القيم"]
        assert "متوسط SEQ" in dialog.table.item(0, 1).text()
        assert chart.plot_widget.accessibleDescription().startswith("بيانات المخطط")
        dialog.close()
    finally:
        i18n.install_language(qapp, "en")
