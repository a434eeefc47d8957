"""Excluding a participant from the analysis: recorded in the study file, never deleting data."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from uxlab.core.study import Participant, Study
from uxlab.gui.retranslate import Retranslatable


def with_exclusion(study: Study, participant: str, excluded: bool, reason: str,
                   group: str = "") -> Study:
    """A copy of ``study`` where ``participant`` is (not) excluded with ``reason``.

    A participant who ran a session without being listed in the study gets an entry. Including
    a participant again keeps the previous reason out of the file (it no longer applies)."""
    out = copy.deepcopy(study)
    entry = out.participant(participant)
    if entry is None:
        entry = Participant(participant, group=group)
        out.participants.append(entry)
    entry.excluded = excluded
    entry.exclude_reason = reason.strip() if excluded else ""
    return out


class ExcludeDialog(Retranslatable, QDialog):
    """Asks why a participant is excluded; OK stays disabled until a reason is written."""

    def __init__(self, participant: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("excludeDialog")
        self.participant = participant
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("excludeReason")
        self.reason.setTabChangesFocus(True)
        self.label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(420, 220)
        self.retranslate()
        self._update_ok()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason_text()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exclude participant {0}").format(self.participant))
        self.label.setText(self.tr(
            "Why is participant {0} excluded from the analysis? The reason is saved in the "
            "study file; no data is deleted and the participant can be included again.")
            .format(self.participant))
        self.reason.setAccessibleName(self.tr("Reason for the exclusion"))
        self.reason.setToolTip(self.tr("For example: did not meet the screener, "
                                       "technical problem, session not finished"))
        self.reason.setPlaceholderText(self.tr("Reason (required)"))

