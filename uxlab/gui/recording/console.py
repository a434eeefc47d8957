"""The recording's place in the console: consent question, chosen monitor, indicator."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMessageBox, QWidget

from uxlab.gui.recording.indicator import RecordingIndicator
from uxlab.gui.recording.session_recording import SessionRecording


def ask_consent(parent: QWidget, sources: tuple[str, ...]) -> bool:
    names = {
        "screen": QCoreApplication.translate("RecordingConsent", "the screen"),
        "camera": QCoreApplication.translate("RecordingConsent", "the camera"),
        "voice": QCoreApplication.translate("RecordingConsent", "the microphone"),
    }
    question = QCoreApplication.translate(
        "RecordingConsent", "This study records {0} during the session. Has the participant agreed to "
        "be recorded?\n\nNothing is recorded without their consent; the answer is kept in the "
        "session's journal.")
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("RecordingConsent", "Recording consent"),
        question.format(", ".join(names.get(s, s) for s in sources)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def fps() -> int:
    try:
        return min(max(int(os.environ.get("UXLAB_RECORDING_FPS", "15")), 1), 60)
    except ValueError:
        return 15


def attach(view: Any) -> tuple[SessionRecording, RecordingIndicator]:
    """Record ``view``'s sessions (a RunView: its controller, and its bar's participant-screen choice)."""

    def chosen_screen() -> QScreen | None:
        screens = QGuiApplication.screens()
        i = view.bar.screen_box.currentData()
        return screens[i] if isinstance(i, int) and 0 <= i < len(screens) else QGuiApplication.primaryScreen()

    recording = SessionRecording(view.controller, lambda sources: ask_consent(view, sources),
                                 chosen_screen, fps(), parent=view)
    return recording, RecordingIndicator(recording)
