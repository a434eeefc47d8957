"""A chart's text alternative: its data as a table, for readers who cannot see the plot (screen
readers, keyboard users, anyone who wants the numbers). The rows are the chart's own tooltips,
one per bar, point or band, in the order drawn: the same numbers, words and language as on
screen, first line (what it is) in one column, the rest (its values) in the next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

DESCRIBED_ROWS = 25  # rows an accessible description reads out; the table has them all


def split_tip(text: str) -> tuple[str, str]:
    """A tooltip as (what, values): its first line, and the other lines joined by "; "."""
    head, _, rest = text.partition("\n")
    return head, "; ".join(line for line in rest.split("\n") if line)


class ChartTableDialog(QDialog):
    """The data of one chart in a table the keyboard and screen readers can walk."""

    def __init__(self, title: str, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartTableDialog")
        self.setWindowTitle(self.tr("Data of the chart: {0}").format(title))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("chartTable")
        self.table.setHorizontalHeaderLabels([self.tr("Shown"), self.tr("Values")])
        self.table.setAccessibleName(self.tr("Data of the chart: {0}").format(title))
        self.table.setToolTip(self.tr("One row per bar, point or band of the chart, with the numbers "
                                      "its tooltip shows"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        for r, (what, values) in enumerate(rows):
            for c, text in enumerate((what, values)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text().replace("&", ""))
        close.setToolTip(self.tr("Close the table"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 480)
        if rows:
            self.table.setCurrentCell(0, 0)
        self.table.setFocus()
