"""A participant typed at the console, not in the study's list: asked for a group, a language and
the study's participant fields before the session starts. Never a silent empty group: when the
study has groups, one must be picked, or "no group" chosen on purpose."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from uxlab.core.study import Participant, Study
from uxlab.gui import i18n

NO_GROUP = "\x00none"


class NewParticipantDialog(QDialog):
    def __init__(self, pid: str, study: Study, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newParticipantDialog")
        self.pid = pid
        self.setWindowTitle(self.tr("New participant {0}").format(pid))
        intro = QLabel(self.tr("{0} is not in the study's participant list. Describe them before the session "
                               "starts: the group decides which comparison they count in.").format(pid))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.groups = sorted({p.group for p in study.participants if p.group})
        self.group_box = QComboBox()
        self.group_box.setObjectName("newParticipantGroup")
        self.group_box.setEditable(True)
        self.group_box.setAccessibleName(self.tr("Group"))
        self.group_box.setToolTip(self.tr("Pick the participant's group, or type a new one"))
        self.group_box.addItem(self.tr("— choose a group —"), "")
        for g in self.groups:
            self.group_box.addItem(g, g)
        self.group_box.addItem(self.tr("(no group)"), NO_GROUP)
        if not self.groups:
            self.group_box.setCurrentIndex(self.group_box.findData(NO_GROUP))
        self.language_box = QComboBox()
        self.language_box.setObjectName("newParticipantLanguage")
        self.language_box.setAccessibleName(self.tr("Participant's language"))
        self.language_box.setToolTip(self.tr("The language of the participant screen and questionnaires"))
        for code in study.languages or (study.language,):
            self.language_box.addItem(i18n.LANGUAGES.get(code, code), code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(study.language)))
        self.fields: dict[str, QComboBox | QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Group:"), self.group_box)
        form.addRow(self.tr("&Language:"), self.language_box)
        for f in study.participant_fields:
            editor: QComboBox | QLineEdit
            if f.choices:
                editor = QComboBox()
                editor.addItem("", "")
                for c in f.choices:
                    editor.addItem(c, c)
            else:
                editor = QLineEdit()
            editor.setObjectName(f"newParticipantField_{f.name}")
            editor.setAccessibleName(f.label or f.name)
            editor.setToolTip(f.label or f.name)
            form.addRow(f"{f.label or f.name}:", editor)
            self.fields[f.name] = editor
        self.error = QLabel()
        self.error.setObjectName("newParticipantError")
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def _group(self) -> str | None:
        """The chosen group, "" for no group on purpose, None when nothing was chosen."""
        text = self.group_box.currentText().strip()
        data = self.group_box.currentData()
        if data == NO_GROUP and text == self.group_box.itemText(self.group_box.findData(NO_GROUP)):
            return ""
        if data == "" and text == self.group_box.itemText(0):
            return None
        return text or None

    def _accept(self) -> None:
        if self._group() is None:
            self.error.setText(self.tr("Choose the participant's group (or “(no group)” on purpose)."))
            self.group_box.setFocus()
            return
        self.accept()

    def participant(self) -> Participant:
        attributes = {}
        for name, editor in self.fields.items():
            value = editor.currentText() if isinstance(editor, QComboBox) else editor.text()
            if value.strip():
                attributes[name] = value.strip()
        return Participant(self.pid, group=self._group() or "", language=str(self.language_box.currentData() or ""),
                           attributes=attributes)
