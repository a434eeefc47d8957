"""Plan view: the study editor. Edits a private copy of the open study (the draft); problems are
shown next to their field and listed at the top; saving validates with the study-file rules and
writes atomically through the study context."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from uxlab.core.errors import StudyError, UxlabError
from uxlab.core.study import Study, study_to_dict
from uxlab.gui.plan.details_editor import DetailsEditor
from uxlab.gui.plan.fields import ERROR_COLOUR, problem_text
from uxlab.gui.plan.order_preview import OrderEditor
from uxlab.gui.plan.participants_editor import ParticipantsEditor
from uxlab.gui.plan.questions_editor import QuestionsEditor
from uxlab.gui.plan.task_editor import TaskEditor
from uxlab.gui.plan.validation import Problem, build_study, check_study
from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.study_context import StudyContext
from uxlab.storage.study_files import study_file

TAB_DETAILS, TAB_TASKS, TAB_QUESTIONS, TAB_PARTICIPANTS, TAB_ORDER = range(5)
SECTION_TAB = {
    "title": TAB_DETAILS, "description": TAB_DETAILS, "language": TAB_DETAILS, "languages": TAB_DETAILS,
    "participant_can_end_task": TAB_DETAILS, "schema_version": TAB_DETAILS,
    "tasks": TAB_TASKS,
    "task_questions": TAB_QUESTIONS, "questionnaires": TAB_QUESTIONS, "custom_items": TAB_QUESTIONS,
    "participants": TAB_PARTICIPANTS, "participant_fields": TAB_PARTICIPANTS,
    "order": TAB_ORDER,
}
PATH_ROLE = Qt.ItemDataRole.UserRole
VALIDATE_DELAY_MS = 250


class PlanView(Retranslatable, QWidget):
    dirty_changed = Signal(bool)

    def __init__(self, context: StudyContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planView")
        self.context = context
        self.draft: Study | None = None
        self.problems: list[Problem] = []
        self._baseline: dict[str, Any] | None = None
        self._folder: object = None
        self._dirty = False
        self._saving = False

        self.stack = QStackedWidget(self)
        self.message = QLabel(self)
        self.message.setObjectName("planMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(40)
        self.stack.addWidget(self.message)

        editor = QWidget(self)
        self.status = QLabel(editor)
        self.status.setObjectName("saveStatus")
        self.save_button = QPushButton(editor)
        self.save_button.setObjectName("saveStudy")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(editor)
        self.revert_button.setObjectName("revertStudy")
        self.revert_button.clicked.connect(self.revert)
        self.save_error = QLabel(editor)
        self.save_error.setObjectName("saveError")
        self.save_error.setWordWrap(True)
        self.save_error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.save_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_error.hide()
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.revert_button)
        top.addWidget(self.save_button)

        self.problem_frame = QFrame(editor)
        self.problem_frame.setObjectName("problemFrame")
        self.problem_frame.setStyleSheet(f"#problemFrame {{ border: 1px solid {ERROR_COLOUR}; border-radius: 4px; }}")
        self.problem_heading = QLabel(self.problem_frame)
        self.problem_heading.setObjectName("problemHeading")
        self.problem_heading.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.problem_list = QListWidget(self.problem_frame)
        self.problem_list.setObjectName("problemList")
        self.problem_list.setMaximumHeight(96)
        self.problem_list.setFrameShape(QFrame.Shape.NoFrame)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.problem_list.itemClicked.connect(self._go_to_problem)
        self.problem_heading.setBuddy(self.problem_list)
        pv = QVBoxLayout(self.problem_frame)
        pv.setContentsMargins(8, 6, 8, 6)
        pv.addWidget(self.problem_heading)
        pv.addWidget(self.problem_list)
        self.problem_frame.hide()

        self.details = DetailsEditor(editor)
        self.tasks = TaskEditor(editor)
        self.questions = QuestionsEditor(editor)
        self.participants = ParticipantsEditor(editor)
        self.order = OrderEditor(editor)
        self.editors = (self.details, self.tasks, self.questions, self.participants, self.order)
        self.tabs = QTabWidget(editor)
        self.tabs.setObjectName("planTabs")
        for w in self.editors:
            self.tabs.addTab(w, "")
            w.changed.connect(self._on_edit)
        self.details.languages_changed.connect(self.tasks.refresh_languages)
        ev = QVBoxLayout(editor)
        ev.addLayout(top)
        ev.addWidget(self.save_error)
        ev.addWidget(self.problem_frame)
        ev.addWidget(self.tabs, 1)
        self.stack.addWidget(editor)
        self.editor_page = editor

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self._after_edits)

        context.study_changed.connect(self._on_study_changed)
        context.sessions_changed.connect(self._on_sessions_changed)
        self.retranslate()
        self._on_study_changed()

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        names = [(self.tr("Study &details"), self.tr("Title, description, languages")),
                 (self.tr("Tas&ks"), self.tr("The tasks, their scenarios, success criteria and times")),
                 (self.tr("&Questions && questionnaires"), self.tr("Ratings after each task and questionnaires "
                                                                   "after the session")),
                 (self.tr("Participa&nts"), self.tr("Who takes part, their group, language and attributes")),
                 (self.tr("&Order"), self.tr("Task order policy and each participant's order"))]
        for i, (name, tip) in enumerate(names):
            self.tabs.setTabText(i, name)
            self.tabs.setTabToolTip(i, tip)
        self.tabs.setAccessibleName(self.tr("Study editor sections"))
        self.save_button.setText(self.tr("&Save study"))
        self.save_button.setAccessibleName(self.tr("Save study"))
        self.save_button.setToolTip(self.tr("Check the study and write it to study.json (Ctrl+S); the previous "
                                            "version is kept as study.json.bak"))
        self.revert_button.setText(self.tr("Revert"))
        self.revert_button.setAccessibleName(self.tr("Revert to the saved study"))
        self.revert_button.setToolTip(self.tr("Throw away the unsaved changes and show the study as saved"))
        self.problem_list.setAccessibleName(self.tr("Problems to fix"))
        self.problem_list.setToolTip(self.tr("Press Enter or click a problem to go to its field"))
        self._update_message()
        self._update_status()
        if self.draft is not None:
            self._show_problems(check_study(self.draft, self._file_name()))


    def _update_message(self) -> None:
        if self.context.is_results_file:
            name = self.context.source.name if self.context.source is not None else ""
            self.message.setText(self.tr(
                "{0} is a results spreadsheet: it holds what was measured, not the study's script, so there "
                "is nothing to plan here.\n\nSee the results in Review results, or open a study folder "
                "(File › Open study…) to edit its tasks and participants.").format(name))
        else:
            self.message.setText(self.tr(
                "No study is open.\n\nOpen a study folder (File › Open study…) or create a new one "
                "(File › New study…) to write its tasks, questions and participants here."))

    def _update_status(self) -> None:
        if self.draft is None:
            self.status.clear()
        elif self._dirty:
            self.status.setText(self.tr("* Unsaved changes"))
        else:
            # a path reads left to right even inside right-to-left text (Unicode isolate)
            self.status.setText(self.tr("All changes saved in {0}").format(f"\u2066{self._file_name()}\u2069"))
        self.save_button.setEnabled(self.draft is not None)
        self.revert_button.setEnabled(self.draft is not None and self._dirty)

    # ------------------------------------------------------------------ study in and out
    def _file_name(self) -> str:
        folder = self.context.folder
        return str(study_file(folder)) if folder is not None else "study.json"

    def _on_study_changed(self) -> None:
        if self._saving:
            return  # save() takes the saved study in itself
        study = self.context.study
        if study is None or self.context.is_results_file:
            self.draft = None
            self._baseline = None
            self._folder = None
            self._update_message()
            self.stack.setCurrentWidget(self.message)
            self._set_dirty(False)
            return
        if self.draft is not None and self._dirty and self.context.folder == self._folder:
            self._take_outside_change(study)
            return
        self._load(study)

    def _on_sessions_changed(self) -> None:
        if self.draft is not None:
            self.tasks.recorded = self._recorded_tasks()
            self.tasks.show_recorded()
            self.participants.recorded = self._recorded_participants()
            self.participants.show_recorded()

    def _take_outside_change(self, study: Study) -> None:
        """The study was saved elsewhere (Review sets exclusions) while edits are pending here: keep
        the edits and take the exclusions."""
        assert self.draft is not None
        saved = {p.id: p for p in study.participants}
        for p in self.draft.participants:
            other = saved.get(p.id)
            if other is not None:
                p.excluded, p.exclude_reason = other.excluded, other.exclude_reason
        self._baseline = study_to_dict(study)
        self.participants.load(self.draft, recorded=self._recorded_participants(), keep_saved_ids=True)
        self._on_edit()

    def _load(self, study: Study) -> None:
        same_folder = self.context.folder == self._folder
        row = self.tasks.list.currentRow() if same_folder else 0
        self.draft = copy.deepcopy(study)
        self._baseline = study_to_dict(study)
        self._folder = self.context.folder
        for w in self.editors:
            if w is self.tasks:
                self.tasks.load(self.draft, keep_row=row, recorded=self._recorded_tasks())
            elif w is self.participants:
                self.participants.load(self.draft, recorded=self._recorded_participants())
            else:
                w.load(self.draft)
        self.stack.setCurrentWidget(self.editor_page)
        self.save_error.hide()
        self.validate()
        self._set_dirty(False)

    def _recorded_tasks(self) -> dict[str, int]:
        """Task id -> how many recorded sessions have an attempt at it."""
        counts: dict[str, int] = {}
        loaded = self.context.loaded
        for session in loaded.sessions if loaded is not None else []:
            for task_id in session.state.attempts:
                counts[task_id] = counts.get(task_id, 0) + 1
        return counts

    def _recorded_participants(self) -> set[str]:
        loaded = self.context.loaded
        return {s.state.participant for s in loaded.sessions} if loaded is not None else set()

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self._update_status()
        if changed:
            self.dirty_changed.emit(dirty)

    def _on_edit(self) -> None:
        if self.draft is None:
            return
        self._set_dirty(study_to_dict(self.draft) != self._baseline)
        self._timer.start()

    def _after_edits(self) -> None:
        if self.draft is None:
            return
        self.order.refresh()
        self.validate()

    # ------------------------------------------------------------------ interface for the window
    def has_unsaved_changes(self) -> bool:
        return self.draft is not None and self._dirty

    def validate(self) -> list[Problem]:
        """Check the draft now and show every problem; returns them."""
        if self.draft is None:
            return []
        self.tasks.sync_order()
        problems = check_study(self.draft, self._file_name())
        self._show_problems(problems)
        return problems

    def save(self) -> bool:
        """Validate and write the study atomically. False (with the problem shown) when it is not
        valid or cannot be written."""
        if self.draft is None or not self._dirty:
            return True  # nothing to write (and the other views need not recompute anything)
        self._timer.stop()
        self.order.refresh()
        problems = self.validate()
        if problems:
            self._tell(self.tr("The study was not saved: {0} problem(s) to fix first.").format(len(problems)),
                       problems)
            return False
        try:
            study = build_study(self.draft, self._file_name())
        except StudyError as exc:
            problem = Problem(exc.field or "", exc.problem, exc.fix or "")
            self._show_problems([problem])
            self._tell(self.tr("The study was not saved."), [problem])
            return False
        self._saving = True
        try:
            self.context.save_study(study)
        except (OSError, UxlabError) as exc:
            detail = exc.message if isinstance(exc, UxlabError) else f"{exc.filename or ''} {exc.strerror or exc}"
            self._tell(self.tr("The study could not be written: {0}").format(detail.strip()), [])
            return False
        finally:
            self._saving = False
        self.save_error.hide()
        self._baseline = study_to_dict(study)
        if study_to_dict(self.draft) != self._baseline:
            self._load(study)  # the file rules tidied something up: show what was written
        self._set_dirty(False)
        return True

    def revert(self) -> None:
        """Back to the study as saved, after asking."""
        study = self.context.study
        if study is None or not self._dirty or not self.confirm_revert():
            return
        self._load(study)

    def confirm_revert(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Revert the study?"),
            self.tr("Throw away every change made since the study was last saved?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def _tell(self, text: str, problems: list[Problem]) -> None:
        self.save_error.setText(text)
        self.save_error.show()
        if not self.isVisible():
            lines = [text, *(f"• {self._where(p)}: {problem_text(p)}" for p in problems[:8])]
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The study was not saved"), "\n".join(lines),
                              QMessageBox.StandardButton.Ok, self.window())
            box.setObjectName("planSaveProblem")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    # ------------------------------------------------------------------ problems
    def _where(self, p: Problem) -> str:
        fields = {"id": self.tr("id"), "title": self.tr("title"), "scenario": self.tr("scenario"),
                  "success_criteria": self.tr("success criteria"), "target_time_s": self.tr("target time"),
                  "time_limit_s": self.tr("time limit"), "stage": self.tr("journey stage"),
                  "group": self.tr("group"), "language": self.tr("language"),
                  "attributes": self.tr("attributes"), "policy": self.tr("policy"), "seed": self.tr("seed")}
        sections = {"title": self.tr("Study title"), "description": self.tr("Description"),
                    "language": self.tr("Study language"), "languages": self.tr("Scenario languages"),
                    "task_questions": self.tr("Questions after each task"),
                    "questionnaires": self.tr("Questionnaires"), "order": self.tr("Task order")}
        field = fields.get(p.field, p.field)
        if p.section == "tasks" and p.index is not None:
            task_id = ""
            if self.draft is not None and p.index < len(self.draft.tasks):
                task_id = self.draft.tasks[p.index].id
            head = self.tr("Task {0} ({1})").format(p.index + 1, task_id) if task_id else \
                self.tr("Task {0}").format(p.index + 1)
        elif p.section == "tasks":
            head = self.tr("Tasks")
        elif p.section == "participants" and p.index is not None:
            head = self.tr("Participant row {0}").format(p.index + 1)
        else:
            head = sections.get(p.section, p.section)
            return f"{head}, {field}" if field and p.section == "order" else head
        return f"{head}, {field}" if field else head

    def _show_problems(self, problems: list[Problem]) -> None:
        self.problems = problems
        for w in self.editors:
            w.show_problems(problems)
        self.problem_list.clear()
        for p in problems:
            item = QListWidgetItem(f"{self._where(p)}: {problem_text(p)}")
            item.setData(PATH_ROLE, p.path)
            item.setToolTip(p.path)
            self.problem_list.addItem(item)
        self.problem_heading.setText(self.tr("%n problem(s) to fix before the study can be saved:", "",
                                             len(problems)))
        self.problem_frame.setVisible(bool(problems))
        if not problems:
            self.save_error.hide()
        bad_tabs = {SECTION_TAB.get(p.section, TAB_DETAILS) for p in problems}
        bar = self.tabs.tabBar()
        for i in range(self.tabs.count()):
            bar.setTabTextColor(i, QColor(ERROR_COLOUR) if i in bad_tabs else QColor())

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        problem = next((p for p in self.problems if p.path == path), None)
        if problem is None:
            return
        tab = SECTION_TAB.get(problem.section, TAB_DETAILS)
        self.tabs.setCurrentIndex(tab)
        self.editors[tab].focus_problem(problem)
