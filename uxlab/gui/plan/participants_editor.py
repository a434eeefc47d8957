"""The participant list: id, group, language, the attributes the study asks about, and (read only,
set in Review) whether the participant is excluded from the results and why."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from uxlab.core.errors import StudyError
from uxlab.core.participant_ids import check_participant_id, id_key
from uxlab.core.study import Participant, Study
from uxlab.gui.plan.attributes_editor import AttributesEditor
from uxlab.gui.plan.fields import ERROR_COLOUR, FieldBox, problem_text, unique_id
from uxlab.gui.plan.validation import Problem
from uxlab.gui.retranslate import Retranslatable

COL_ID, COL_GROUP, COL_LANGUAGE = 0, 1, 2
GROUP_FIELD = "group"


class ChoiceDelegate(QStyledItemDelegate):
    """An editable drop-down offering the column's known values (typing a new one is allowed)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.choices: dict[int, list[str]] = {}

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        choices = self.choices.get(index.column())
        if choices is None:
            return super().createEditor(parent, option, index)
        box = QComboBox(parent)
        box.setEditable(True)
        box.addItems(choices)
        box.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data() or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText().strip())
        else:
            super().setModelData(editor, model, index)


class ParticipantsEditor(Retranslatable, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study: Study | None = None
        self.attributes: list[str] = []
        self._loading = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setObjectName("participantTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.delegate = ChoiceDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.itemChanged.connect(self._on_item_changed)
        self.box = FieldBox(self.table)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addParticipant")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeParticipant")
        self.add_button.clicked.connect(self.add_participant)
        self.remove_button.clicked.connect(self.remove_participants)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.recorded: set[str] = set()
        self._saved_ids: dict[int, str] = {}
        self.recorded_note = QLabel(self)
        self.recorded_note.setObjectName("participantRecordedNote")
        self.recorded_note.setWordWrap(True)
        self.recorded_note.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.recorded_note.hide()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("participantCount")
        buttons.addWidget(self.count_label)
        self.attributes_editor = AttributesEditor(self)
        self.attributes_editor.setMaximumHeight(170)
        self.attributes_editor.changed.connect(self._on_attributes_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.attributes_editor)
        layout.addWidget(self.intro)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.recorded_note)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Who takes part. Double-click a cell (or press F2) to edit it. Exclusions "
                                   "are decided in Review results, after the sessions."))
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setToolTip(self.tr("One row per participant: id, group, language and attributes"))
        self.add_button.setText(self.tr("Add parti&cipant"))
        self.add_button.setAccessibleName(self.tr("Add participant"))
        self.add_button.setToolTip(self.tr("Add a participant at the end of the list"))
        self.remove_button.setText(self.tr("Remove selected"))
        self.remove_button.setAccessibleName(self.tr("Remove selected participants"))
        self.remove_button.setToolTip(self.tr("Remove the selected participants from the study (their recorded "
                                              "sessions stay on disk)"))
        if self.study is not None:
            self._set_headers()
            self._update_count()


    # ------------------------------------------------------------------ model
    def _fields(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        assert self.study is not None
        return {f.name: (f.label, f.choices) for f in self.study.participant_fields}

    def _on_attributes_changed(self) -> None:
        if self.study is not None:
            self._fill(self.study)
            self.changed.emit()

    def load(self, study: Study, recorded: set[str] | None = None, *, keep_saved_ids: bool = False) -> None:
        """``recorded``: ids of participants with a recorded session. ``keep_saved_ids``: the rows
        are the same participants as before (only refreshed), so keep what their saved ids were."""
        self.recorded = set(recorded or ())
        if not keep_saved_ids:
            self._saved_ids = {id(p): p.id for p in study.participants}
        self.attributes_editor.load(study)
        self._fill(study)

    def saved_id(self, p: Participant) -> str:
        return self._saved_ids.get(id(p), "")

    def show_recorded(self) -> None:
        """Say which recorded participants lost the id their session was recorded under."""
        if self.study is None:
            return
        moved = [(self.saved_id(p), p.id) for p in self.study.participants
                 if self.saved_id(p) in self.recorded and p.id != self.saved_id(p)]
        self.recorded_note.setVisible(bool(moved))
        if moved:
            old, new = moved[0]
            self.recorded_note.setText(self.tr(
                "{0} has a recorded session: renamed to {1}, that session no longer matches this participant "
                "(it stays on disk). Put back {0} to keep them together.").format(old, new or "…"))

    def _fill(self, study: Study) -> None:
        self.study = study
        fields = self._fields()
        attrs = [name for name in fields if name != GROUP_FIELD]
        for p in study.participants:
            attrs.extend(k for k in p.attributes if k not in attrs)
        self.attributes = attrs
        self._loading = True
        try:
            with QSignalBlocker(self.table):
                self.table.clear()
                self.table.setColumnCount(3 + len(attrs) + 2)
                self.table.setRowCount(0)
                for p in study.participants:
                    self._append_row(p)
            self._set_headers()
            self._set_choices()
        finally:
            self._loading = False
        self.table.resizeColumnsToContents()
        self._update_count()

    def _set_headers(self) -> None:
        fields = self._fields()
        group_label = fields.get(GROUP_FIELD, ("", ()))[0]
        group = self.tr("Group ({0})").format(group_label) if group_label else self.tr("Group")
        headers = [self.tr("Id"), group, self.tr("Language")]
        headers += [fields.get(a, (a, ()))[0] or a for a in self.attributes]
        headers += [self.tr("Excluded"), self.tr("Why excluded")]
        self.table.setHorizontalHeaderLabels(headers)

    def _set_choices(self) -> None:
        assert self.study is not None
        fields = self._fields()
        groups = list(fields.get(GROUP_FIELD, ("", ()))[1])
        groups += [p.group for p in self.study.participants if p.group and p.group not in groups]
        self.delegate.choices = {COL_GROUP: groups,
                                 COL_LANGUAGE: ["", *dict.fromkeys([*self.study.languages, self.study.language])]}
        for i, a in enumerate(self.attributes):
            choices = list(fields.get(a, ("", ()))[1])
            if choices:
                self.delegate.choices[3 + i] = ["", *choices]

    def _append_row(self, p: Participant) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = [p.id, p.group, p.language, *(p.attributes.get(a, "") for a in self.attributes)]
        for col, value in enumerate(values):
            self.table.setItem(row, col, QTableWidgetItem(value))
        excluded = QTableWidgetItem(self.tr("yes") if p.excluded else "")
        reason = QTableWidgetItem(p.exclude_reason if p.excluded else "")
        for col, item in ((len(values), excluded), (len(values) + 1, reason)):
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(self.tr("Exclusions are set in Review results"))
            self.table.setItem(row, col, item)

    def _update_count(self) -> None:
        if self.study is None:
            return
        n = len(self.study.participants)
        excluded = sum(p.excluded for p in self.study.participants)
        self.count_label.setText(self.tr("{0} participants, {1} excluded").format(n, excluded))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self.study is None or self._loading:
            return
        row, col = item.row(), item.column()
        if not 0 <= row < len(self.study.participants):
            return
        p = self.study.participants[row]
        value = item.text().strip()
        if col == COL_ID:
            p.id = value
            self.show_recorded()
        elif col == COL_GROUP:
            p.group = value
        elif col == COL_LANGUAGE:
            p.language = value
        elif 3 <= col < 3 + len(self.attributes):
            name = self.attributes[col - 3]
            if value:
                p.attributes[name] = value
            else:
                p.attributes.pop(name, None)
        else:
            return
        self.changed.emit()

    def add_participant(self) -> None:
        if self.study is None:
            return
        taken = {id_key(p.id) for p in self.study.participants}  # p01 would take P01's session file
        n = len(self.study.participants) + 1
        pid = next((f"P{k:02d}" for k in range(n, n + len(taken) + 2) if id_key(f"P{k:02d}") not in taken),
                   unique_id("P", {p.id for p in self.study.participants}))
        p = Participant(pid)
        self._saved_ids[id(p)] = ""  # new: no saved id (and no stale entry of a freed object)
        self.study.participants.append(p)
        self._loading = True
        try:
            with QSignalBlocker(self.table):
                self._append_row(p)
        finally:
            self._loading = False
        self.table.setCurrentCell(self.table.rowCount() - 1, COL_ID)
        self.table.setFocus()
        self._update_count()
        self.changed.emit()

    def remove_participants(self) -> None:
        if self.study is None:
            return
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        if not rows:
            return
        recorded = [self.saved_id(self.study.participants[r]) for r in rows
                    if self.saved_id(self.study.participants[r]) in self.recorded]
        if recorded and not self.confirm_remove(sorted(recorded)):
            return
        for row in rows:
            self._saved_ids.pop(id(self.study.participants[row]), None)
            del self.study.participants[row]
            self.table.removeRow(row)
        self._update_count()
        self.changed.emit()

    def confirm_remove(self, recorded: list[str]) -> bool:
        """Ask before removing participants who have a recorded session."""
        answer = QMessageBox.question(
            self, self.tr("Remove participants with sessions?"),
            self.tr("{0} already have a recorded session. The sessions stay on disk, but results will no "
                    "longer list these participants. Remove them?").format(", ".join(recorded)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------------ problems
    def id_clashes(self) -> list[Problem]:
        """Rows whose id a case-insensitive disk would confuse with an earlier row's (P01 / p01):
        the two sessions would share one journal file. Checked by core, shown at once."""
        if self.study is None:
            return []
        out: list[Problem] = []
        first: dict[str, str] = {}
        for i, p in enumerate(self.study.participants):
            try:
                check_participant_id(p.id, [first.setdefault(id_key(p.id), p.id)])
            except StudyError as exc:
                out.append(Problem(f"participants[{i}].id", exc.problem, exc.fix or ""))
        return out

    def show_problems(self, problems: list[Problem]) -> None:
        self.attributes_editor.show_problems(problems)
        mine = [p for p in problems if p.section == "participants"]
        mine += [c for c in self.id_clashes() if c.path not in {p.path for p in mine}]
        bad: dict[int, str] = {}
        for p in mine:
            if p.index is not None:
                bad.setdefault(p.index, problem_text(p))
        with QSignalBlocker(self.table):
            for row in range(self.table.rowCount()):
                item = self.table.item(row, COL_ID)
                if item is None:
                    continue
                message = bad.get(row, "")
                item.setBackground(QBrush(QColor(ERROR_COLOUR).lighter(170)) if message else QBrush())
                item.setToolTip(message)
        summary = [f"{self.tr('Row {0}').format(p.index + 1)}: {problem_text(p)}"
                   for p in mine if p.index is not None]
        self.box.set_problem("\n".join(summary[:5]))

    def focus_problem(self, problem: Problem) -> None:
        if problem.section == "participant_fields":
            self.attributes_editor.focus_problem(problem)
            return
        if problem.index is not None and problem.index < self.table.rowCount():
            self.table.setCurrentCell(problem.index, COL_ID)
        self.table.setFocus()
