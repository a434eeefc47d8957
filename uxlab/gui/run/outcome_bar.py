"""The outcome question, inside the console rather than in a modal dialog: the task's clock is
already stopped (and journaled) when it shows, the logging keys keep working while it is open, and
what it says about keys is what the keys do (1-4 choose, Esc lets the task go on)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from uxlab.gui.announce import announce
from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.run.event_log import outcome_label
from uxlab.gui.run.timefmt import clock_text

OUTCOMES = ("success", "partial", "fail", "abandoned")


def key_text(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class OutcomeBar(Retranslatable, QFrame):
    chosen = Signal(str)  # an outcome
    continued = Signal()  # the task goes on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeBar")
        self.setStyleSheet("#outcomeBar { background: #fff4d6; border: 2px solid #E69F00; border-radius: 4px; }")
        self.key_map: dict[str, str] = {}
        self._stopped_ns = 0
        self._by = ""
        self.question = QLabel()
        self.question.setObjectName("outcomeQuestion")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        f = self.question.font()
        f.setBold(True)
        self.question.setFont(f)
        self.buttons: dict[str, QPushButton] = {}
        lay = QHBoxLayout(self)
        lay.addWidget(self.question, 1)
        for outcome in OUTCOMES:
            b = QPushButton()
            b.setObjectName(f"outcome_{outcome}")
            b.clicked.connect(lambda _=False, o=outcome: self.chosen.emit(o))
            lay.addWidget(b)
            self.buttons[outcome] = b
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("outcome_continue")
        self.continue_button.clicked.connect(self.continued)
        lay.addWidget(self.continue_button)
        self.hide()

    def set_keys(self, key_map: dict[str, str]) -> None:
        self.key_map = dict(key_map)
        self.retranslate()

    def show_stop(self, stopped_ns: int, by: str) -> None:
        new = self.isHidden() or (stopped_ns, by) != (self._stopped_ns, self._by)
        self._stopped_ns, self._by = stopped_ns, by
        self.retranslate()
        self.show()
        if new:  # asked once, at once: the clock is stopped until it is answered
            announce(self.question, self.question.text(), assertive=True)

    def retranslate(self) -> None:
        if self._by == "participant":
            text = self.tr("The participant said “I'm done”: the task's clock stopped at {0}. How did the task end?")
        else:
            text = self.tr("The task's clock stopped at {0}. How did the task end?")
        self.question.setText(text.format(clock_text(self._stopped_ns)))
        for outcome, b in self.buttons.items():
            key = key_text(self.key_map.get(outcome, ""))
            label = outcome_label(outcome)
            b.setText(f"{label}  [{key}]" if key else label)
            b.setAccessibleName(self.tr("Outcome: {0}").format(label))
            b.setToolTip(self.tr("End the task as “{0}” at the moment its clock stopped (key: {1})")
                         .format(label, key or self.tr("none")))
        self.continue_button.setText(self.tr("Task goes on  [Esc]"))
        self.continue_button.setAccessibleName(self.tr("The task goes on: its clock runs again"))
        self.continue_button.setToolTip(self.tr("The participant carries on: the clock runs again and the "
                                                "stopped stretch counts as task time"))
