"""File > Import results...: a results spreadsheet made by hand or by another tool, previewed
before it is loaded. The researcher sees the file's first rows, the column each uxlab field is
read from (guessed from the headers, or saved beside the file last time) and can change it; every
cell that cannot be read is listed (row, column, value, why) before anything is loaded. The
mapping can be saved beside the file for next time. The reading itself is
:mod:`uxlab.analysis.import_preview` (no Qt), the same as the command line's ``--map``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from uxlab.core.errors import UxlabError

if TYPE_CHECKING:
    from uxlab.analysis.import_preview import Check, ImportPreview

PREVIEW_ROWS = 20
NOT_IN_FILE = ""
# A task's columns in a table with one row per participant (TASK.outcome, TASK.time_s, ...)
TASK_PARTS = ("outcome", "time_s", "errors", "assists", "seq", "notes")


class ImportDialog(QDialog):
    """Opened on a file; ``exec()`` returns Accepted when the researcher chose Load with a
    mapping that reads every cell. Then :meth:`mapping` and :meth:`sheet` say how to read it."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.path = Path(path)
        self.preview: ImportPreview | None = None
        self.last: Check | None = None
        self.combos: dict[str, QComboBox] = {}
        self._sheet: str | None = None

        self.info = QLabel()
        self.info.setObjectName("importInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.sheet_box = QComboBox()
        self.sheet_box.setObjectName("importSheet")
        self.sheet_label = QLabel()
        self.sheet_label.setBuddy(self.sheet_box)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet_box, 1)

        self.table = QTableWidget()
        self.table.setObjectName("importPreview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_box = QGroupBox()
        QVBoxLayout(self.preview_box).addWidget(self.table)

        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        self.mapping_box = QGroupBox()
        mapping_layout = QVBoxLayout(self.mapping_box)
        mapping_layout.addWidget(scroll)
        # a table with one row per participant whose task columns uxlab did not recognise
        self.add_task_button = QPushButton()
        self.add_task_button.setObjectName("importAddTask")
        self.add_task_button.clicked.connect(lambda: self.add_task())
        mapping_layout.addWidget(self.add_task_button)

        self.problems = QTableWidget(0, 4)
        self.problems.setObjectName("importProblems")
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problems.verticalHeader().setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_box = QGroupBox()
        pv = QVBoxLayout(self.problems_box)
        pv.addWidget(self.status)
        pv.addWidget(self.problems)

        self.save_box = QCheckBox()
        self.save_box.setObjectName("importSaveMapping")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.load_button = QPushButton()
        self.load_button.setObjectName("importLoad")
        self.load_button.setDefault(True)
        self.buttons.addButton(self.load_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._load)
        self.buttons.rejected.connect(self.reject)

        lower = QHBoxLayout()
        lower.addWidget(self.mapping_box, 2)
        lower.addWidget(self.problems_box, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(sheet_row)
        layout.addWidget(self.preview_box, 2)
        layout.addLayout(lower, 3)
        layout.addWidget(self.save_box)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._open(None)
        self.sheet_box.currentIndexChanged.connect(self._sheet_chosen)

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import results — {0}").format(self.path.name))
        self.sheet_label.setText(self.tr("&Sheet:"))
        self.preview_box.setTitle(self.tr("First rows of the file"))
        self.mapping_box.setTitle(self.tr("Where each field is in the file"))
        self.problems_box.setTitle(self.tr("Cells that cannot be read"))
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Why")])
        self.save_box.setText(self.tr("Save this mapping beside the file (used next time)"))
        self.load_button.setText(self.tr("&Load"))
        self.add_task_button.setText(self.tr("Add a &task's columns…"))
        self.add_task_button.setToolTip(self.tr(
            "One row per participant with a task's outcome, time… in columns of its own that "
            "uxlab did not recognise: name the task, then choose its columns"))

    def _field_label(self, name: str) -> str:
        labels = {
            "participant": self.tr("Participant"), "task": self.tr("Task"),
            "outcome": self.tr("Outcome"), "time_s": self.tr("Time (seconds or mm:ss)"),
            "time_ms": self.tr("Time (milliseconds)"), "errors": self.tr("Errors"),
            "assists": self.tr("Assists"), "seq": "SEQ", "group": self.tr("Group"),
            "notes": self.tr("Notes"), "sus_score": self.tr("SUS score (0-100)"),
        }
        if name in labels:
            return f"{labels[name]} ({name})"
        task, dot, part = name.rpartition(".")
        if dot and part in labels and not name.startswith("item:"):
            return self.tr("Task {0}: {1}").format(task, labels[part])
        return name

    def _why(self, kind: str, english: str) -> str:
        texts = {
            "not_number": self.tr("not a number"),
            "not_time": self.tr("not a time (seconds, mm:ss or h:mm:ss)"),
            "unknown_outcome": self.tr("not an outcome uxlab knows (success, fail, partial, gave up, skipped…)"),
            "empty_outcome": self.tr("the outcome is empty"),
            "out_of_range": self.tr("outside the allowed range"),
        }
        return texts.get(kind, english)

    # ------------------------------------------------------------------ reading
    def _open(self, sheet: str | None) -> None:
        from uxlab.analysis.import_preview import open_preview

        try:
            self.preview = open_preview(self.path, sheet)
        except UxlabError as exc:
            self.preview = None
            self.info.setText(exc.message)
            self.load_button.setEnabled(False)
            return
        raw = self.preview.raw
        self._sheet = raw.sheet or None
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        self.sheet_box.addItems(raw.sheets)
        self.sheet_box.setCurrentText(raw.sheet)
        self.sheet_box.blockSignals(False)
        self.sheet_box.setVisible(len(raw.sheets) > 1)
        self.sheet_label.setVisible(len(raw.sheets) > 1)
        how = (self.tr("sheet “{0}”").format(raw.sheet) if raw.sheet else
               self.tr("text, {0}, separator “{1}”").format(raw.encoding, raw.separator))
        text = self.tr("File {0}: {1}.").format(self.path.name, how)
        if self.preview.saved_from:
            text += " " + self.tr("The mapping saved beside the file is used.")
        self.info.setText(text)
        self._fill_preview()
        self._fill_form()
        self.recheck()

    def _sheet_chosen(self) -> None:
        name = self.sheet_box.currentText()
        if name and name != self._sheet:
            self._open(name)

    def _fill_preview(self) -> None:
        assert self.preview is not None
        cols = self.preview.columns
        rows = self.preview.head(PREVIEW_ROWS)
        self.table.clear()
        self.table.setColumnCount(len(cols))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(cols)
        first = int(self.preview.raw.frame["_row"].iloc[0]) if len(rows) else 2
        self.table.setVerticalHeaderLabels([str(first + i) for i in range(len(rows))])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def _fill_form(self) -> None:
        assert self.preview is not None
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        entries = self.preview.mapping.entries
        for name in self.preview.fields():
            self._add_field(name, entries.get(name, (NOT_IN_FILE, ""))[0])
        # a task recognised by some of its columns: its other fields too (its outcome, say)
        tasks = dict.fromkeys(f.rpartition(".")[0] for f in entries
                              if "." in f and not f.startswith("item:"))
        for task in tasks:
            for part in TASK_PARTS:
                if f"{task}.{part}" not in self.combos:
                    self._add_field(f"{task}.{part}", NOT_IN_FILE)

    def _add_field(self, name: str, chosen: str) -> QComboBox:
        assert self.preview is not None
        box = QComboBox()
        box.setObjectName(f"importField_{name}")
        box.setAccessibleName(self._field_label(name))
        box.addItem(self.tr("not in this file"), NOT_IN_FILE)
        for col in self.preview.columns:
            box.addItem(col, col)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        box.currentIndexChanged.connect(self.recheck)
        self.combos[name] = box
        self.form.addRow(self._field_label(name), box)
        return box

    def add_task(self, name: str | None = None) -> bool:
        """Fields for one more task's columns (``name``, else asked), each "not in this file"
        until a column is chosen. False when no task was added (cancelled, empty, a name with a
        dot, or a task already there)."""
        if self.preview is None:
            return False
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("A task's columns"),
                                            self.tr("Task (as the results should name it):"))
            if not ok:
                return False
        name = name.strip()
        missing = [part for part in TASK_PARTS if f"{name}.{part}" not in self.combos]
        if not name or "." in name or not missing:
            self.status.setText(self.tr("Name the task with no dot, and not as a task already listed."))
            return False
        first = None
        for part in missing:
            box = self._add_field(f"{name}.{part}", NOT_IN_FILE)
            first = first or box
        if first is not None:
            first.setFocus()
        self.recheck()
        return True

    # ------------------------------------------------------------------ checking
    def mapping(self) -> dict[str, str]:
        """{field: column}, "" for a field not in the file."""
        return {name: str(box.currentData() or NOT_IN_FILE) for name, box in self.combos.items()}

    def sheet(self) -> str | None:
        return self._sheet

    def recheck(self) -> None:
        if self.preview is None:
            return
        check = self.preview.check(self.mapping())
        self.last = check
        self.problems.setRowCount(len(check.problems))
        for r, p in enumerate(check.problems):
            for c, text in enumerate((str(p.row), p.column, p.value, self._why(p.kind, p.why))):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
                self.problems.setItem(r, c, item)
        self.problems.resizeColumnsToContents()
        if check.problems:
            self.status.setText(self.tr("%n cell(s) cannot be read. Correct them in the file, or choose "
                                        "other columns.", "", len(check.problems)))
        elif check.error:
            self.status.setText(check.error)
        elif check.tables is not None:
            t = check.tables
            self.status.setText(self.tr("Every cell can be read. Load: {0} participants, {1} tasks, "
                                        "{2} task rows, {3} questionnaire answers.")
                                .format(len(t.participants), len(t.tasks), len(t.attempts), len(t.answers)))
        self.load_button.setEnabled(check.ok)

    def _load(self) -> None:
        if self.preview is None or self.last is None or not self.last.ok:
            return
        if self.save_box.isChecked():
            try:
                self.preview.save(self.mapping())
            except OSError as exc:
                self.status.setText(self.tr("The mapping cannot be saved: {0}").format(exc.strerror or exc))
                return
        self.accept()
