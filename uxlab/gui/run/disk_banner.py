"""The red banner shown when the disk refuses events: they are kept in memory and retried; the
moderator can retry now or save the whole session elsewhere."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from uxlab.gui.retranslate import Retranslatable


class DiskBanner(Retranslatable, QFrame):
    retry_clicked = Signal()
    elsewhere_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diskBanner")
        self.setStyleSheet("#diskBanner { background: #fde8e4; border: 2px solid #D55E00; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retrySaving")
        self.retry_button.clicked.connect(self.retry_clicked)
        self.elsewhere_button = QPushButton()
        self.elsewhere_button.setObjectName("saveElsewhere")
        self.elsewhere_button.clicked.connect(self.elsewhere_clicked)
        lay = QHBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.retry_button)
        lay.addWidget(self.elsewhere_button)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Retry now"))
        self.retry_button.setToolTip(self.tr("Try again to write the events kept in memory"))
        self.retry_button.setAccessibleName(self.tr("Retry saving"))
        self.elsewhere_button.setText(self.tr("Save elsewhere…"))
        self.elsewhere_button.setToolTip(self.tr("Write the whole session to another folder or drive and keep "
                                                 "recording there"))
        self.elsewhere_button.setAccessibleName(self.tr("Save the session elsewhere"))


    def show_failure(self, unsaved: int, reason: str) -> None:
        self.text.setText(self.tr("{0} event(s) are NOT on disk yet: {1}\nThey are kept in memory and "
                                  "retried every few seconds. Nothing recorded before is damaged.")
                          .format(unsaved, reason))
        self.show()
