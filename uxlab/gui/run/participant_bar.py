"""The console's top bar: which participant (picked from the study or typed), start and end the
session, and where the participant's window goes (which screen, full screen or not)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from uxlab.core.study import Study


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunView", text)


class ParticipantBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.participant_box = QComboBox()
        self.participant_box.setObjectName("participantBox")
        self.participant_box.setEditable(True)
        self.participant_box.setMinimumWidth(160)
        self.participant_label = QLabel()
        self.participant_label.setBuddy(self.participant_box)
        self.participant_label.setTextFormat(Qt.TextFormat.PlainText)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startSession")
        self.end_button = QPushButton()
        self.end_button.setObjectName("endSession")
        self.screen_box = QComboBox()
        self.screen_box.setObjectName("screenBox")
        self.screen_label = QLabel()  # "Participant screen [on] Screen 2": names the box
        self.screen_label.setBuddy(self.screen_box)
        self.full_screen = QCheckBox()
        self.full_screen.setObjectName("fullScreen")
        self.show_screen_button = QPushButton()
        self.show_screen_button.setObjectName("showParticipantScreen")
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        for w in (self.participant_label, self.participant_box, self.start_button, self.end_button):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.show_screen_button, self.screen_label, self.screen_box, self.full_screen):
            bar.addWidget(w)

    def retranslate(self) -> None:
        self.participant_label.setText(_tr("P&articipant:"))
        self.participant_box.setAccessibleName(_tr("Participant"))
        self.participant_box.setToolTip(_tr("Pick a participant of the study or type a new id"))
        self.start_button.setText(_tr("Start session"))
        self.start_button.setAccessibleName(_tr("Start or resume the session"))
        self.start_button.setToolTip(_tr("Start this participant's session (or resume it if it "
                                         "was interrupted). Key: Ctrl+Enter"))
        self.end_button.setText(_tr("End session"))
        self.end_button.setAccessibleName(_tr("End session"))
        self.end_button.setToolTip(_tr("End the session after the last questionnaire. "
                                       "Key: Ctrl+Enter"))
        self.show_screen_button.setText(_tr("Participant screen"))
        self.show_screen_button.setAccessibleName(_tr("Show the participant screen"))
        self.show_screen_button.setToolTip(_tr("Open the participant's window on the chosen screen "
                                               "(Ctrl+Shift+P)"))
        self.screen_label.setText(_tr("on"))
        self.screen_box.setAccessibleName(_tr("Screen for the participant window"))
        self.screen_box.setToolTip(_tr("Which monitor shows the participant's window"))
        self.full_screen.setText(_tr("Full screen"))
        self.full_screen.setAccessibleName(_tr("Participant window full screen"))
        self.full_screen.setToolTip(_tr("Show the participant's window full screen"))
        self.fill_screens()

    def fill_screens(self) -> None:
        current = self.screen_box.currentIndex()
        self.screen_box.clear()
        for i, screen in enumerate(QGuiApplication.screens()):
            geo = screen.geometry()
            self.screen_box.addItem(_tr("Screen {0} ({1}×{2})").format(i + 1, geo.width(), geo.height()), i)
        if self.screen_box.count() > 1:
            self.screen_box.setCurrentIndex(current if current > 0 else 1)

    def fill_participants(self, study: Study | None, recorded: dict[str, Any]) -> None:
        """The study's participants, each with its session's state (``recorded``: participant id
        -> session state with ``ended``), then those recorded but not in the study. What the
        moderator typed is kept; else the first participant without a session is offered."""
        box = self.participant_box
        text = box.currentText()
        box.clear()
        if study is None:
            return
        for p in study.participants:
            st = recorded.get(p.id)
            status = ""
            if st is not None:
                status = _tr(" (done)") if st.ended else _tr(" (interrupted: resume)")
            box.addItem(p.id + status, p.id)
        for pid, st in recorded.items():
            if study.participant(pid) is None:
                box.addItem(pid + (_tr(" (done)") if st.ended else ""), pid)
        first_new = next((p.id for p in study.participants if p.id not in recorded), None)
        if text:
            box.setEditText(text)
        elif first_new is not None:
            box.setCurrentIndex(box.findData(first_new))
        else:
            box.setEditText("")

    def selected_participant(self) -> str:
        box = self.participant_box
        i = box.currentIndex()
        text = box.currentText().strip()
        if i >= 0 and box.itemText(i) == text:
            return str(box.itemData(i))
        return text

    def chosen_screen_index(self) -> int | None:
        index = self.screen_box.currentData()
        return index if isinstance(index, int) else None
