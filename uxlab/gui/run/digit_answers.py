"""Answering the console's questions with digit keys: the first waiting question takes the digit
(two digits for NPS 10, committed by Enter or a pause), or a digit picks a numbered emotion word."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from uxlab.gui.run.controller import RATING, SessionController
from uxlab.gui.run.question_form import QuestionForm
from uxlab.gui.run.questions import Question
from uxlab.gui.run.rating_keys import COMMIT, OUTSIDE, WAIT, DigitEntry

DIGIT_PAUSE_MS = 1500  # a digit that may begin a two-digit value waits this long for the next one


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunView", text)


class DigitAnswers(QObject):
    """The digits typed so far and what they answer. ``show_problem`` tells the moderator why a
    digit was refused; ``declined_key`` names the key that declines (for that message)."""

    def __init__(self, controller: SessionController, form: QuestionForm,
                 show_problem: Callable[[str], None], declined_key: Callable[[], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.form = form
        self._show_problem = show_problem
        self._declined_key = declined_key
        self.entry = DigitEntry()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DIGIT_PAUSE_MS)
        self.timer.timeout.connect(self.commit)

    @property
    def pending(self) -> str:
        return self.entry.pending

    def pending_question(self) -> Question | None:
        c = self.controller
        pending = c.pending_task_questions() if c.phase == RATING else c.pending_session_questions()
        return pending[0] if pending else None

    def press(self, digit: int) -> bool:
        """A digit answers the first waiting question (two digits for NPS 10), or picks the
        numbered emotion word. False when nothing waits for a digit."""
        c = self.controller
        q = self.pending_question()
        if q is None:
            words = c.emotion_words() if c.phase == RATING and c.pending_word() else ()
            if not words:
                return False
            if 1 <= digit <= len(words):
                c.choose_word(words[digit - 1])
            else:
                self._show_problem(_tr("Pick a feeling word with 1–{0} (or {1} if declined).")
                                   .format(len(words), self._declined_key()))
            return True
        verdict, value = self.entry.press(digit, q.scale_min, q.scale_max)
        self._after(q, verdict, value)
        return True

    def commit(self) -> None:
        """Enter, the pause, or another action: the digits typed so far are the answer."""
        self.timer.stop()
        q = self.pending_question()
        if q is None:
            self.entry.clear()
            self._show()
            return
        verdict, value = self.entry.commit(q.scale_min, q.scale_max)
        self._after(q, verdict, value)

    def drop(self) -> None:
        """Backspace or Esc: the typed digits are dropped, and the moderator is told."""
        self.entry.clear()
        self.timer.stop()
        self._show_problem(_tr("The typed value was dropped."))
        self._show()

    def _after(self, q: Question, verdict: str, value: int | None) -> None:
        if verdict == WAIT:
            self.timer.start()
        elif verdict == OUTSIDE:
            self._show_problem(_tr("{0} is outside the scale {1}–{2}.").format(value, q.scale_min, q.scale_max))
        elif verdict == COMMIT:
            self.controller.answer(q, value)
        self._show()

    def _show(self) -> None:
        self.form.set_pending_value(self.entry.pending)
