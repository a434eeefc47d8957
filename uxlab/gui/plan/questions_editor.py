"""Questions after each task (SEQ, the experience trio, emotion words) and the questionnaires
after the session (SUS, UMUX-Lite, NPS, CSAT, CES), ticked and ordered."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from uxlab.core.errors import UxlabError
from uxlab.core.study import BUILTIN_QUESTIONNAIRES, Study, pick_text
from uxlab.gui import i18n
from uxlab.gui.plan.fields import FieldBox, problem_text
from uxlab.gui.plan.validation import Problem
from uxlab.gui.retranslate import Retranslatable
from uxlab.storage.resources import builtin_questionnaires

ID_ROLE = Qt.ItemDataRole.UserRole


def questionnaire_name(qid: str, language: str) -> str:
    """The questionnaire's own name in ``language`` (its id when it is not a built-in one)."""
    try:
        q = builtin_questionnaires().get(qid)
    except UxlabError:
        q = None
    return pick_text(q.name, language, "en") if q is not None else qid


class QuestionsEditor(Retranslatable, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study: Study | None = None
        self._loading = False

        self.task_group = QGroupBox(self)
        self.seq = QCheckBox(self.task_group)
        self.seq.setObjectName("askSeq")
        self.trio = QCheckBox(self.task_group)
        self.trio.setObjectName("askTrio")
        self.words_label = QLabel(self.task_group)
        self.words_label.setWordWrap(True)
        self.words = QPlainTextEdit(self.task_group)
        self.words.setObjectName("emotionWords")
        self.words.setTabChangesFocus(True)
        self.words.setMaximumHeight(140)
        self.words_label.setBuddy(self.words)
        self.words_box = FieldBox(self.words)
        tv = QVBoxLayout(self.task_group)
        tv.addWidget(self.seq)
        tv.addWidget(self.trio)
        tv.addWidget(self.words_label)
        tv.addWidget(self.words_box)
        tv.addStretch(1)

        self.session_group = QGroupBox(self)
        self.q_label = QLabel(self.session_group)
        self.q_label.setWordWrap(True)
        self.questionnaires = QListWidget(self.session_group)
        self.questionnaires.setObjectName("questionnaireList")
        self.questionnaires.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.questionnaires.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.q_label.setBuddy(self.questionnaires)
        self.q_box = FieldBox(self.questionnaires)
        sv = QVBoxLayout(self.session_group)
        sv.addWidget(self.q_label)
        sv.addWidget(self.q_box, 1)
        self.custom = QLabel(self.session_group)
        self.custom.setObjectName("customItems")
        self.custom.setWordWrap(True)
        self.custom.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.custom.hide()
        sv.addWidget(self.custom)

        layout = QHBoxLayout(self)
        layout.addWidget(self.task_group, 1)
        layout.addWidget(self.session_group, 1)

        self.seq.toggled.connect(self._on_task_questions)
        self.trio.toggled.connect(self._on_task_questions)
        self.words.textChanged.connect(self._on_task_questions)
        self.questionnaires.itemChanged.connect(lambda _item: self._on_questionnaires())
        self.questionnaires.model().rowsMoved.connect(lambda *_a: self._on_questionnaires())
        self.retranslate()

    def retranslate(self) -> None:
        self.task_group.setTitle(self.tr("After each task"))
        self.seq.setText(self.tr("S&EQ: how easy or difficult was the task (1–7)"))
        self.seq.setAccessibleName(self.tr("Ask the Single Ease Question after each task"))
        self.seq.setToolTip(self.tr("Single Ease Question, 7 points; compared with the 5.5 benchmark in results"))
        self.trio.setText(self.tr("E&xperience trio: success, effort and emotion as felt"))
        self.trio.setAccessibleName(self.tr("Ask the experience trio after each task"))
        self.trio.setToolTip(self.tr("Three ratings: how successful, how much effort and how the participant "
                                     "felt"))
        self.words_label.setText(self.tr("E&motion words the participant may pick (one per line, leave empty "
                                         "to not ask):"))
        self.words.setAccessibleName(self.tr("Emotion words"))
        self.words.setToolTip(self.tr("Words offered after each task to say how it felt, one per line"))
        self.session_group.setTitle(self.tr("After the session"))
        self.q_label.setText(self.tr("Q&uestionnaires, asked in this order (tick to ask, drag to reorder):"))
        self.questionnaires.setAccessibleName(self.tr("Post-session questionnaires"))
        self.questionnaires.setToolTip(self.tr("Tick the questionnaires to ask after the last task; press Space "
                                               "to tick, drag to change their order"))
        self._label_items()
        self._show_custom()

    def _show_custom(self) -> None:
        items = self.study.custom_items if self.study is not None else []
        self.custom.setVisible(bool(items))
        if items:
            assert self.study is not None
            lines = [f"• {pick_text(c.text, self.study.language, 'en')} ({c.scale_min}–{c.scale_max})" for c in items]
            self.custom.setText(self.tr("Then the study's own rating items (kept as written in "
                                        "study.json):") + "\n" + "\n".join(lines))


    def load(self, study: Study) -> None:
        self.study = study
        self._loading = True
        try:
            self.seq.setChecked(study.task_questions.seq)
            self.trio.setChecked(study.task_questions.experience)
            self.words.setPlainText("\n".join(study.task_questions.emotion_words))
            with QSignalBlocker(self.questionnaires):
                self.questionnaires.clear()
                ids = list(dict.fromkeys([*study.questionnaires, *BUILTIN_QUESTIONNAIRES]))
                for qid in ids:
                    item = QListWidgetItem()
                    item.setData(ID_ROLE, qid)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
                    checked = qid in study.questionnaires
                    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                    self.questionnaires.addItem(item)
                self._label_items()
            self._show_custom()
        finally:
            self._loading = False

    def _label_items(self) -> None:
        lang = i18n.current_language()
        with QSignalBlocker(self.questionnaires):
            for row in range(self.questionnaires.count()):
                item = self.questionnaires.item(row)
                qid = str(item.data(ID_ROLE))
                item.setText(f"{questionnaire_name(qid, lang)} ({qid})")

    def set_questionnaire(self, qid: str, checked: bool) -> None:
        for row in range(self.questionnaires.count()):
            item = self.questionnaires.item(row)
            if item.data(ID_ROLE) == qid:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _on_task_questions(self) -> None:
        if self.study is None or self._loading:
            return
        words = [w.strip() for w in self.words.toPlainText().splitlines()]
        tq = self.study.task_questions
        tq.seq = self.seq.isChecked()
        tq.experience = self.trio.isChecked()
        tq.emotion_words = tuple(w for w in dict.fromkeys(words) if w)
        self.changed.emit()

    def _on_questionnaires(self) -> None:
        if self.study is None or self._loading:
            return
        chosen = []
        for row in range(self.questionnaires.count()):
            item = self.questionnaires.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(str(item.data(ID_ROLE)))
        if chosen != self.study.questionnaires:
            self.study.questionnaires = chosen
            self.changed.emit()

    def show_problems(self, problems: list[Problem]) -> None:
        words = next((p for p in problems if p.section == "task_questions"), None)
        self.words_box.set_problem(problem_text(words) if words else "")
        q = next((p for p in problems if p.section == "questionnaires"), None)
        self.q_box.set_problem(problem_text(q) if q else "")

    def focus_problem(self, problem: Problem) -> None:
        (self.words if problem.section == "task_questions" else self.questionnaires).setFocus()
