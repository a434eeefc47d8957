"""The console's recording indicator: what is being recorded, or why not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from uxlab.gui.recording.failure_text import failure_text
from uxlab.gui.recording.session_recording import (
    DECLINED,
    OFF,
    RECORDING,
    STARTING,
    SessionRecording,
)
from uxlab.gui.retranslate import Retranslatable


class RecordingIndicator(Retranslatable, QLabel):
    def __init__(self, recording: SessionRecording, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recording = recording
        self.setObjectName("recordingIndicator")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        recording.status_changed.connect(self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        self.refresh()

    def _source(self, source: str) -> str:
        return {"screen": self.tr("screen"), "camera": self.tr("camera"),
                "voice": self.tr("microphone")}.get(source, source)

    def refresh(self) -> None:
        r = self.recording
        state = r.state
        failures = "; ".join(f"{self._source(s)}: {failure_text(why)}" for s, why in r.failures)
        if state == OFF:
            self.hide()
            return
        if state == RECORDING:
            text = self.tr("● Recording: {0}").format(", ".join(self._source(s) for s in r.recording_sources))
            if failures:
                text += "  " + self.tr("(failed: {0})").format(failures)
            color = "#D55E00" if failures else "#B00020"
        elif state == STARTING:
            text, color = self.tr("Recording is starting…"), "#555555"
        elif state == DECLINED:
            text, color = self.tr("Not recording: the participant did not consent"), "#555555"
        else:
            text = self.tr("Recording failed: {0}. The session goes on; every event is still "
                           "journaled.").format(failures or self.tr("unknown reason"))
            color = "#D55E00"
        self.setText(text)
        self.setAccessibleName(text)
        self.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.show()
