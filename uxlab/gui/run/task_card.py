"""The console's task card: the running (or next) task's title, the scenario read to the
participant, and the success criteria only the moderator sees."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QVBoxLayout, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunView", text)


class TaskCard(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskCard")
        self.title_label = QLabel()
        self.title_label.setObjectName("taskTitle")
        f = self.title_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        self.title_label.setFont(f)
        self.title_label.setWordWrap(True)
        self.scenario = QLabel()
        self.scenario.setObjectName("scenario")
        self.scenario.setWordWrap(True)
        self.scenario.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scenario.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        sf = self.scenario.font()
        sf.setPointSizeF(sf.pointSizeF() * 1.15)
        self.scenario.setFont(sf)
        self.criteria_title = QLabel()
        self.criteria = QLabel()
        self.criteria.setObjectName("successCriteria")
        self.criteria.setWordWrap(True)
        criteria_frame = QFrame()
        criteria_frame.setObjectName("criteriaFrame")
        criteria_frame.setStyleSheet("#criteriaFrame { background: #eef5fb; border: 1px solid #56B4E9; "
                                     "border-radius: 4px; }")
        cl = QVBoxLayout(criteria_frame)
        cl.addWidget(self.criteria_title)
        cl.addWidget(self.criteria)
        card = QVBoxLayout(self)
        card.addWidget(self.title_label)
        card.addWidget(self.scenario)
        card.addStretch(1)
        card.addWidget(criteria_frame)
        # Texts people typed are shown as typed: a title reading <img src=...> is text.
        for label in (self.title_label, self.scenario, self.criteria_title, self.criteria):
            label.setTextFormat(Qt.TextFormat.PlainText)

    def retranslate(self) -> None:
        self.setTitle(_tr("Current task"))
        self.criteria_title.setText(_tr("Success criteria (moderator only)"))

    def show_task(self, title: str, scenario: str, criteria: str | None) -> None:
        self.title_label.setText(title)
        self.scenario.setText(scenario)
        self.criteria.setText(criteria or _tr("(none written)"))

    def show_nothing(self, title: str = "") -> None:
        self.title_label.setText(title)
        self.scenario.setText("")
        self.criteria.setText("")
