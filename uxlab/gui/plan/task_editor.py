"""The task list (add, duplicate, remove, drag or Alt+arrow to reorder) and the selected task's form.

Title and scenario are written per language: a language selector sits over their text boxes.
"""

from __future__ import annotations

import copy
import itertools

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from uxlab.core.study import Study, Task, pick_text
from uxlab.gui.plan.fields import (
    ERROR_COLOUR,
    FieldBox,
    SecondsBox,
    language_label,
    problem_text,
    text_languages,
    unique_id,
)
from uxlab.gui.plan.validation import Problem
from uxlab.gui.retranslate import Retranslatable

KEY_ROLE = Qt.ItemDataRole.UserRole
def _set_text(text: dict[str, str], language: str, value: str) -> None:
    if value.strip():
        text[language] = value
    else:
        text.pop(language, None)


class TaskEditor(Retranslatable, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study: Study | None = None
        self._tasks: dict[int, Task] = {}
        self._saved_ids: dict[int, str] = {}  # list key -> the id the task has in the saved study
        self.recorded: dict[str, int] = {}  # task id -> sessions that recorded an attempt at it
        self._keys = itertools.count(1)
        self._loading = False
        self._problems: list[Problem] = []

        # ---- left: the list and its buttons
        self.list = QListWidget(self)
        self.list.setObjectName("taskList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        # some drops arrive as remove + insert: settle the order once the drop is complete
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(0)
        self._settle.timeout.connect(self.sync_order)
        self.list.model().rowsInserted.connect(lambda *_a: self._settle.start())
        self.list.currentRowChanged.connect(self._show_task)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addTask")
        self.duplicate_button = QPushButton(self)
        self.duplicate_button.setObjectName("duplicateTask")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeTask")
        self.up_button = QPushButton(self)
        self.up_button.setObjectName("moveTaskUp")
        self.down_button = QPushButton(self)
        self.down_button.setObjectName("moveTaskDown")
        self.add_button.clicked.connect(self.add_task)
        self.duplicate_button.clicked.connect(self.duplicate_task)
        self.remove_button.clicked.connect(self.remove_task)
        self.up_button.clicked.connect(lambda: self.move_task(-1))
        self.down_button.clicked.connect(lambda: self.move_task(1))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_task)
        for seq, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            sc = QShortcut(QKeySequence(seq), self.list)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(lambda step=step: self.move_task(step))
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.list_label = QLabel(left)
        self.list_label.setBuddy(self.list)
        lv.addWidget(self.list_label)
        lv.addWidget(self.list, 1)
        row1 = QHBoxLayout()
        for b in (self.add_button, self.duplicate_button, self.remove_button):
            row1.addWidget(b)
        row2 = QHBoxLayout()
        row2.addWidget(self.up_button)
        row2.addWidget(self.down_button)
        lv.addLayout(row1)
        lv.addLayout(row2)

        # ---- right: the selected task
        self.text_language = QComboBox(self)
        self.text_language.setObjectName("textLanguage")
        self.text_language.currentIndexChanged.connect(lambda _i: self._on_text_language())
        self.task_id = QLineEdit(self)
        self.task_id.setObjectName("taskId")
        self.task_title = QLineEdit(self)
        self.task_title.setObjectName("taskTitle")
        self.scenario = QPlainTextEdit(self)
        self.scenario.setObjectName("taskScenario")
        self.scenario.setTabChangesFocus(True)
        self.scenario.setMinimumHeight(150)
        self.criteria = QPlainTextEdit(self)
        self.criteria.setObjectName("successCriteria")
        self.criteria.setTabChangesFocus(True)
        self.criteria.setMaximumHeight(80)
        self.target = SecondsBox(self)
        self.target.setObjectName("targetTime")
        self.limit = SecondsBox(self)
        self.limit.setObjectName("timeLimit")
        self.stage = QComboBox(self)
        self.stage.setObjectName("journeyStage")
        self.stage.setEditable(True)
        self.stage.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.stage.setMinimumWidth(220)
        self.condition = QComboBox(self)
        self.condition.setObjectName("taskCondition")
        self.condition.setEditable(True)
        self.condition.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.condition.setMinimumWidth(220)

        self.boxes: dict[str, FieldBox] = {
            "id": FieldBox(self.task_id),
            "title": FieldBox(self.task_title),
            "scenario": FieldBox(self.scenario),
            "success_criteria": FieldBox(self.criteria),
            "target_time_s": FieldBox(self.target, narrow=True),
            "time_limit_s": FieldBox(self.limit, narrow=True),
            "stage": FieldBox(self.stage, narrow=True),
            "condition": FieldBox(self.condition, narrow=True),
        }
        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        lang_label = QLabel(form_widget)
        lang_label.setBuddy(self.text_language)
        self.labels["language"] = lang_label
        form.addRow(lang_label, self.text_language)
        for key, box in self.boxes.items():
            label = QLabel(form_widget)
            label.setBuddy(box.field)
            self.labels[key] = label
            form.addRow(label, box)
        self.fallback_note = QLabel(form_widget)
        self.fallback_note.setObjectName("fallbackNote")
        self.fallback_note.setWordWrap(True)
        self.fallback_note.setStyleSheet("color: palette(placeholder-text);")
        form.insertRow(1, "", self.fallback_note)
        self.recorded_note = QLabel(form_widget)
        self.recorded_note.setObjectName("recordedNote")
        self.recorded_note.setWordWrap(True)
        self.recorded_note.hide()
        form.addRow(self.recorded_note)
        self.empty_note = QLabel(self)
        self.empty_note.setObjectName("noTasksNote")
        self.empty_note.setWordWrap(True)
        self.empty_note.hide()
        page = QWidget(self)
        pv = QVBoxLayout(page)
        pv.addWidget(self.empty_note)
        pv.addWidget(form_widget)
        pv.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        self.form_scroll = scroll
        self.form_widget = form_widget

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 900])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        self.task_id.textEdited.connect(self._on_id)
        self.task_title.textEdited.connect(self._on_title)
        self.scenario.textChanged.connect(self._on_scenario)
        self.criteria.textChanged.connect(self._on_criteria)
        self.target.valueChanged.connect(self._on_times)
        self.limit.valueChanged.connect(self._on_times)
        self.stage.currentTextChanged.connect(self._on_stage)
        self.condition.currentTextChanged.connect(self._on_condition)
        self.retranslate()

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.list_label.setText(self.tr("Tasks (in the order of a fixed stud&y):"))
        self.list.setAccessibleName(self.tr("Tasks"))
        self.form_scroll.setAccessibleName(self.tr("The selected task"))
        self.list.setToolTip(self.tr("The study's tasks. Drag a task, or press Alt+Up / Alt+Down, to reorder"))
        for b, text, tip in (
            (self.add_button, self.tr("&Add"), self.tr("Add a new task after the selected one")),
            (self.duplicate_button, self.tr("D&uplicate"), self.tr("Copy the selected task, with a new id")),
            (self.remove_button, self.tr("Remove"), self.tr("Remove the selected task from the study (Delete)")),
            (self.up_button, self.tr("Move up"), self.tr("Move the selected task one place up (Alt+Up)")),
            (self.down_button, self.tr("Move down"), self.tr("Move the selected task one place down (Alt+Down)")),
        ):
            b.setText(text)
            b.setToolTip(tip)
            b.setAccessibleName(text.replace("&", ""))
        self.labels["language"].setText(self.tr("Te&xts in:"))
        self.labels["id"].setText(self.tr("Task &id:"))
        self.labels["title"].setText(self.tr("Titl&e:"))
        self.labels["scenario"].setText(self.tr("S&cenario:"))
        self.labels["success_criteria"].setText(self.tr("Success criteria:"))
        self.labels["target_time_s"].setText(self.tr("Tar&get time:"))
        self.labels["time_limit_s"].setText(self.tr("Time &limit:"))
        self.labels["stage"].setText(self.tr("&Journey stage:"))
        self.labels["condition"].setText(self.tr("Condition:"))
        self.text_language.setAccessibleName(self.tr("Language of the title and scenario"))
        self.text_language.setToolTip(self.tr("Which language's title and scenario you are editing"))
        self.task_id.setAccessibleName(self.tr("Task id"))
        self.task_id.setToolTip(self.tr("A short unique id used in the data files (letters, digits, _ - .)"))
        self.task_title.setAccessibleName(self.tr("Task title"))
        self.task_title.setToolTip(self.tr("A short name for the task, in the selected language"))
        self.scenario.setAccessibleName(self.tr("Scenario"))
        self.scenario.setToolTip(self.tr("What the participant reads: the task as a realistic scenario, "
                                         "in the selected language"))
        self.criteria.setAccessibleName(self.tr("Success criteria"))
        self.criteria.setToolTip(self.tr("What counts as success, for the moderator (not shown to participants)"))
        self.target.setAccessibleName(self.tr("Target time in seconds"))
        self.target.setToolTip(self.tr("The time an experienced user needs; leave at 'not set' if there is none"))
        self.limit.setAccessibleName(self.tr("Time limit in seconds"))
        self.limit.setToolTip(self.tr("When the moderator is prompted to stop the task; at least the target time"))
        for box in (self.target, self.limit):
            box.setSuffix(self.tr(" s"))
            box.setSpecialValueText(self.tr("not set"))
        self.stage.setAccessibleName(self.tr("Journey stage"))
        self.stage.setToolTip(self.tr("The step of the user journey this task belongs to (e.g. signup, pay); "
                                      "results can be grouped by stage"))
        self.condition.setAccessibleName(self.tr("Condition"))
        self.condition.setToolTip(self.tr(
            "Within-subjects studies: the condition (design, version, tool) this task is done "
            "under, e.g. old menu / new menu; the review then compares the conditions within "
            "participants (Compare by: condition). Leave empty otherwise"))
        self.empty_note.setText(self.tr("The study has no tasks yet. Press Add to write the first one."))
        self._show_texts()


    # ------------------------------------------------------------------ model
    def load(self, study: Study, keep_row: int = 0, recorded: dict[str, int] | None = None) -> None:
        self.study = study
        self.recorded = dict(recorded or {})
        self._tasks = {}
        self._saved_ids = {}
        with QSignalBlocker(self.list):
            self.list.clear()
            for task in study.tasks:
                item = self._new_item(task)
                self._saved_ids[item.data(KEY_ROLE)] = task.id
                self.list.addItem(item)
        self.refresh_languages()
        row = min(max(keep_row, 0), self.list.count() - 1)
        self.list.setCurrentRow(row)
        self._show_task(row)

    def _new_item(self, task: Task) -> QListWidgetItem:
        key = next(self._keys)
        self._tasks[key] = task
        item = QListWidgetItem()
        item.setData(KEY_ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
        self._label_item(item)
        return item

    def _task_at(self, row: int) -> Task | None:
        item = self.list.item(row)
        return self._tasks.get(item.data(KEY_ROLE)) if item is not None else None

    def current_task(self) -> Task | None:
        return self._task_at(self.list.currentRow())

    def current_language(self) -> str:
        code = self.text_language.currentData()
        if isinstance(code, str) and code:
            return code
        return self.study.language if self.study is not None else "en"

    def refresh_languages(self) -> None:
        """Refill the language selector (the study's languages may have changed)."""
        if self.study is None:
            return
        keep = self.current_language()
        codes = text_languages(self.study)
        with QSignalBlocker(self.text_language):
            self.text_language.clear()
            for code in codes:
                self.text_language.addItem(language_label(code), code)
            idx = self.text_language.findData(keep)
            self.text_language.setCurrentIndex(idx if idx >= 0 else max(0, codes.index(self.study.language)
                                                                        if self.study.language in codes else 0))
        self._show_texts()
        for row in range(self.list.count()):
            self._label_item(self.list.item(row))

    def _on_text_language(self) -> None:
        self._show_texts()
        for row in range(self.list.count()):
            self._label_item(self.list.item(row))

    def _label_item(self, item: QListWidgetItem) -> None:
        task = self._tasks.get(item.data(KEY_ROLE))
        if task is None or self.study is None:
            return
        title = pick_text(task.title, self.current_language(), self.study.language)
        item.setText(f"{task.id} — {title}" if title else task.id)

    def _show_task(self, row: int) -> None:
        task = self._task_at(row)
        self.form_widget.setEnabled(task is not None)
        self.empty_note.setVisible(self.list.count() == 0)
        for b in (self.duplicate_button, self.remove_button):
            b.setEnabled(task is not None)
        self.up_button.setEnabled(task is not None and row > 0)
        self.down_button.setEnabled(task is not None and row < self.list.count() - 1)
        self._loading = True
        try:
            if task is None:
                for w in (self.task_id, self.task_title):
                    w.clear()
                for e in (self.scenario, self.criteria):
                    e.clear()
                self.target.set_seconds(None)
                self.limit.set_seconds(None)
                self.stage.setCurrentText("")
                self.condition.setCurrentText("")
            else:
                self.task_id.setText(task.id)
                self.criteria.setPlainText(task.success_criteria)
                self.target.set_seconds(task.target_time_s)
                self.limit.set_seconds(task.time_limit_s)
                self.stage.clear()
                if self.study is not None:
                    self.stage.addItems(self.study.stages())
                self.stage.setCurrentText(task.stage)
                self.condition.clear()
                if self.study is not None:
                    self.condition.addItems(sorted({t.condition for t in self.study.tasks
                                                    if t.condition}))
                self.condition.setCurrentText(task.condition)
        finally:
            self._loading = False
        self._show_texts()
        self._show_field_problems()
        self.show_recorded()

    def saved_id(self, row: int) -> str:
        """The id the task at ``row`` has in the saved study ('' for a task added since)."""
        item = self.list.item(row)
        return self._saved_ids.get(item.data(KEY_ROLE), "") if item is not None else ""

    def show_recorded(self) -> None:
        task = self.current_task()
        old = self.saved_id(self.list.currentRow())
        n = self.recorded.get(old, 0)
        if task is None or not n:
            self.recorded_note.hide()
            return
        if task.id != old:
            self.recorded_note.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.recorded_note.setText(self.tr(
                "%n session(s) recorded this task under the id '{0}'. With a new id, those results no "
                "longer belong to it (they stay on disk). Put back '{0}' to keep them together.", "", n).format(old))
        else:
            self.recorded_note.setStyleSheet("")
            self.recorded_note.setText(self.tr(
                "%n session(s) recorded this task: keep its id so the results stay together.", "", n))
        self.recorded_note.show()

    def _show_texts(self) -> None:
        task = self.current_task()
        if task is None or self.study is None:
            self.fallback_note.hide()
            return
        lang = self.current_language()
        self._loading = True
        try:
            self.task_title.setText(task.title.get(lang, ""))
            self.scenario.setPlainText(task.scenario.get(lang, ""))
            fallback_title = pick_text(task.title, self.study.language, self.study.language)
            fallback_scenario = pick_text(task.scenario, self.study.language, self.study.language)
            self.task_title.setPlaceholderText(fallback_title)
            self.scenario.setPlaceholderText(fallback_scenario)
        finally:
            self._loading = False
        missing = lang not in task.title or lang not in task.scenario
        self.fallback_note.setVisible(missing)
        if missing:
            self.fallback_note.setText(self.tr("Not written in {0} yet: participants reading {0} will see the "
                                               "text shown in grey (the study language's).").format(lang))

    # ------------------------------------------------------------------ edits
    def _edited_task(self) -> Task | None:
        return None if self._loading else self.current_task()

    def _changed(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._label_item(item)
        self.changed.emit()

    def _on_id(self, text: str) -> None:
        if (task := self._edited_task()) is not None:
            task.id = text.strip()
            self._changed()
            self.show_recorded()

    def _on_title(self, text: str) -> None:
        if (task := self._edited_task()) is not None:
            _set_text(task.title, self.current_language(), text)
            self._changed()

    def _on_scenario(self) -> None:
        if (task := self._edited_task()) is not None:
            _set_text(task.scenario, self.current_language(), self.scenario.toPlainText())
            self._changed()

    def _on_criteria(self) -> None:
        if (task := self._edited_task()) is not None:
            task.success_criteria = self.criteria.toPlainText()
            self._changed()

    def _on_times(self) -> None:
        if (task := self._edited_task()) is not None:
            task.target_time_s = self.target.seconds()
            task.time_limit_s = self.limit.seconds()
            self._changed()

    def _on_stage(self, text: str) -> None:
        if (task := self._edited_task()) is not None:
            task.stage = text.strip()
            self._changed()

    def _on_condition(self, text: str) -> None:
        if (task := self._edited_task()) is not None:
            task.condition = text.strip()
            self._changed()

    # ------------------------------------------------------------------ list commands
    def _insert(self, task: Task, row: int) -> None:
        assert self.study is not None
        self.study.tasks.insert(row, task)
        with QSignalBlocker(self.list):
            self.list.insertItem(row, self._new_item(task))
        self.list.setCurrentRow(row)
        self._show_task(row)
        self.changed.emit()

    def add_task(self) -> None:
        if self.study is None:
            return
        taken = set(self.study.task_ids)
        new_id = unique_id(f"task{len(self.study.tasks) + 1}", taken)
        task = Task(new_id, {self.current_language(): self.tr("New task")}, {})
        self._insert(task, self.list.currentRow() + 1)
        self.task_id.setFocus()
        self.task_id.selectAll()

    def duplicate_task(self) -> None:
        task = self.current_task()
        if task is None or self.study is None:
            return
        copy_ = copy.deepcopy(task)
        copy_.id = unique_id(f"{task.id}_copy", set(self.study.task_ids))
        self._insert(copy_, self.list.currentRow() + 1)

    def remove_task(self) -> None:
        row = self.list.currentRow()
        task = self._task_at(row)
        if task is None or self.study is None:
            return
        n = self.recorded.get(self.saved_id(row), 0)
        if n and not self.confirm_remove(task, n):
            return
        with QSignalBlocker(self.list):
            item = self.list.takeItem(row)
        self._tasks.pop(item.data(KEY_ROLE), None)
        self.study.tasks = [t for t in self.study.tasks if t is not task]
        row = min(row, self.list.count() - 1)
        self.list.setCurrentRow(row)
        self._show_task(row)
        self.changed.emit()

    def confirm_remove(self, task: Task, sessions: int) -> bool:
        """Ask before removing a task that sessions have recorded."""
        answer = QMessageBox.question(
            self, self.tr("Remove a recorded task?"),
            self.tr("%n session(s) recorded the task '{0}'. Their results stay on disk, but the study will "
                    "no longer list the task, so results leave it out. Remove it?", "", sessions).format(task.id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def move_task(self, step: int) -> None:
        row = self.list.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < self.list.count():
            return
        with QSignalBlocker(self.list):
            item = self.list.takeItem(row)
            self.list.insertItem(to, item)
        self.list.setCurrentRow(to)
        self.sync_order()
        self._show_task(to)

    def _on_rows_moved(self, *_args: object) -> None:
        self.sync_order()

    def sync_order(self) -> None:
        """Make the study's task order the list's order (after a drag or a move)."""
        if self.study is None:
            return
        order = [self._task_at(r) for r in range(self.list.count())]
        tasks = [t for t in order if t is not None]
        if [id(t) for t in tasks] != [id(t) for t in self.study.tasks]:
            self.study.tasks = tasks
            self.changed.emit()
        row = self.list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)

    # ------------------------------------------------------------------ problems
    def show_problems(self, problems: list[Problem]) -> None:
        self._problems = [p for p in problems if p.section == "tasks"]
        bad_rows: dict[int, list[str]] = {}
        for p in self._problems:
            if p.index is not None:
                bad_rows.setdefault(p.index, []).append(problem_text(p))
        for row in range(self.list.count()):
            item = self.list.item(row)
            messages = bad_rows.get(row)
            item.setForeground(QBrush(QColor(ERROR_COLOUR)) if messages else QBrush())
            item.setToolTip("\n".join(messages) if messages else "")
        self._show_field_problems()

    def _show_field_problems(self) -> None:
        row = self.list.currentRow()
        mine: dict[str, str] = {}
        for p in self._problems:
            if p.index == row and p.field in self.boxes and p.field not in mine:
                mine[p.field] = problem_text(p)
        for key, box in self.boxes.items():
            box.set_problem(mine.get(key, ""))

    def focus_problem(self, problem: Problem) -> None:
        if problem.index is None or problem.index >= self.list.count():
            self.list.setFocus()
            return
        self.list.setCurrentRow(problem.index)
        box = self.boxes.get(problem.field)
        (box.field if box is not None else self.list).setFocus()
