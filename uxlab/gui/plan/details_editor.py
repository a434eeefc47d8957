"""Study details: title, description, the study's language and the languages texts are written in."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from uxlab.core.study import RECORDING_MODES, Study
from uxlab.gui import i18n
from uxlab.gui.plan.fields import FieldBox, problem_text
from uxlab.gui.plan.validation import Problem
from uxlab.gui.retranslate import Retranslatable

_SPLIT = re.compile(r"[\s,;]+")


def parse_languages(text: str) -> tuple[str, ...]:
    """'en, fr' -> ('en', 'fr'), without repeats."""
    out: list[str] = []
    for code in _SPLIT.split(text.strip()):
        if code and code not in out:
            out.append(code)
    return tuple(out)


class DetailsEditor(Retranslatable, QWidget):
    changed = Signal()
    languages_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study: Study | None = None
        self._loading = False
        self.title = QLineEdit(self)
        self.title.setObjectName("studyTitle")
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("studyDescription")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(140)
        self.language = QComboBox(self)
        self.language.setObjectName("studyLanguage")
        self.language.setEditable(True)
        self.languages = QLineEdit(self)
        self.languages.setObjectName("studyLanguages")
        self.can_end = QCheckBox(self)
        self.can_end.setObjectName("participantCanEndTask")
        self.recording = QComboBox(self)  # off / screen only / screen, camera and voice
        self.recording.setObjectName("studyRecording")
        for mode in RECORDING_MODES:
            self.recording.addItem(mode, mode)

        self.boxes = {
            "title": FieldBox(self.title),
            "description": FieldBox(self.description),
            "language": FieldBox(self.language, narrow=True),
            "languages": FieldBox(self.languages),
            "participant_can_end_task": FieldBox(self.can_end),
            "recording": FieldBox(self.recording, narrow=True),
        }
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.labels: dict[str, QLabel] = {}
        for key, box in self.boxes.items():
            label = QLabel(self)
            label.setBuddy(box.field)
            self.labels[key] = label
            form.addRow(label, box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.title.textEdited.connect(self._on_title)
        self.description.textChanged.connect(self._on_description)
        self.language.currentTextChanged.connect(self._on_language)
        self.languages.textEdited.connect(self._on_languages)
        self.can_end.toggled.connect(self._on_can_end)
        self.recording.currentIndexChanged.connect(self._on_recording)
        self.retranslate()

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.labels["title"].setText(self.tr("Tit&le:"))
        self.labels["description"].setText(self.tr("Descr&iption:"))
        self.labels["language"].setText(self.tr("Study lan&guage:"))
        self.labels["languages"].setText(self.tr("Scenario lang&uages:"))
        self.labels["participant_can_end_task"].setText(self.tr("Participant:"))
        self.title.setAccessibleName(self.tr("Study title"))
        self.title.setToolTip(self.tr("The study's name, shown in the window title and in reports"))
        self.description.setAccessibleName(self.tr("Study description"))
        self.description.setToolTip(self.tr("What the study is about, for the team (participants do not see it)"))
        self.language.setAccessibleName(self.tr("Study language"))
        self.language.setToolTip(self.tr("The language texts are written in when no other language is given "
                                         "(a language code such as en, fr, ar)"))
        self.languages.setAccessibleName(self.tr("Scenario languages"))
        self.languages.setToolTip(self.tr("Every language the scenarios are written in, as codes separated by "
                                          "commas, e.g. en, fr"))
        self.languages.setPlaceholderText(self.tr("e.g. en, fr"))
        self.can_end.setText(self.tr("The participant may end a task themselves"))
        self.can_end.setAccessibleName(self.tr("Participant can end a task"))
        self.can_end.setToolTip(self.tr("Show the participant a button to say they are done with the task"))
        self.labels["recording"].setText(self.tr("R&ecording:"))
        names = {"off": self.tr("Off: record no media"), "screen": self.tr("The participant's screen only"),
                 "screen_camera_voice": self.tr("Screen, camera and microphone")}
        for i in range(self.recording.count()):
            self.recording.setItemText(i, names[str(self.recording.itemData(i))])
        self.recording.setAccessibleName(self.tr("Session recording"))
        self.recording.setToolTip(self.tr("What each session records, after the participant's consent is asked "
                                          "and journaled"))


    # ------------------------------------------------------------------ model
    def load(self, study: Study) -> None:
        self.study = study
        self._loading = True
        try:
            self.title.setText(study.title)
            self.description.setPlainText(study.description)
            self._fill_language_choices()
            self.language.setCurrentText(study.language)
            self.languages.setText(", ".join(study.languages))
            self.can_end.setChecked(study.participant_can_end_task)
            self.recording.setCurrentIndex(max(0, self.recording.findData(study.recording)))
        finally:
            self._loading = False

    def _fill_language_choices(self) -> None:
        assert self.study is not None
        codes = list(dict.fromkeys([*self.study.languages, *i18n.LANGUAGES]))
        current = self.language.currentText() or self.study.language
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItems(codes)
        self.language.setCurrentText(current)
        self.language.blockSignals(False)

    def _edited(self) -> bool:
        return self.study is not None and not self._loading

    def _on_title(self, text: str) -> None:
        if self._edited():
            assert self.study is not None
            self.study.title = text
            self.changed.emit()

    def _on_description(self) -> None:
        if self._edited():
            assert self.study is not None
            self.study.description = self.description.toPlainText()
            self.changed.emit()

    def _on_language(self, text: str) -> None:
        if self._edited():
            assert self.study is not None
            self.study.language = text.strip()
            self.changed.emit()
            self.languages_changed.emit()

    def _on_languages(self, text: str) -> None:
        if self._edited():
            assert self.study is not None
            self.study.languages = parse_languages(text)
            self.changed.emit()
            self.languages_changed.emit()

    def _on_can_end(self, checked: bool) -> None:
        if self._edited():
            assert self.study is not None
            self.study.participant_can_end_task = checked
            self.changed.emit()

    def _on_recording(self, _index: int) -> None:
        if self._edited():
            assert self.study is not None
            self.study.recording = str(self.recording.currentData())
            self.changed.emit()

    # ------------------------------------------------------------------ problems
    def show_problems(self, problems: list[Problem]) -> None:
        mine = {p.section: p for p in problems if p.section in self.boxes}
        for key, box in self.boxes.items():
            box.set_problem(problem_text(mine[key]) if key in mine else "")

    def focus_problem(self, problem: Problem) -> None:
        box = self.boxes.get(problem.section)
        if box is not None:
            box.field.setFocus()
