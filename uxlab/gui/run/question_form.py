"""Rating and questionnaire forms: one row per question with its scale as buttons, the anchors
under the ends and an explicit "Declined" answer. Used on the moderator console (compact) and on
the participant screen (large)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from uxlab.gui.run.questions import Question

Translate = Callable[[str, str], str]  # (context, source text) -> text


class QuestionForm(QScrollArea):
    """Shows the questions waiting for an answer. Emits ``answered(question, value, declined)``
    and ``word_chosen(word or None)``; the owner records them and calls :meth:`show_questions`
    again with what is still waiting."""

    answered = Signal(object, object, bool)
    word_chosen = Signal(object)

    def __init__(self, translate: Translate, *, large: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tr = translate
        self.large = large
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._body)
        self.questions: list[Question] = []
        self.words: tuple[str, ...] = ()
        self.value_buttons: dict[tuple[str, str], list[QPushButton]] = {}
        self.declined_buttons: dict[tuple[str, str], QPushButton] = {}
        self.word_buttons: list[QPushButton] = []
        self.pending_label: QLabel | None = None  # the value being typed for the first question

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        """Translated through the form's own translator: the participant screen speaks the
        participant's language, whatever the moderator's interface language is."""
        return self._tr("QuestionForm", text)

    def set_translate(self, translate: Translate) -> None:
        self._tr = translate
        self.show_questions(self.questions, self.words)

    def show_questions(self, questions: list[Question], words: tuple[str, ...] = ()) -> None:
        self.questions, self.words = list(questions), tuple(words)
        self.setAccessibleName(self.tr("Questions"))
        while self._layout.count():
            item = self._layout.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()  # gone now, not at the next event-loop turn (no overlap, no flicker)
                w.deleteLater()
        self.value_buttons.clear()
        self.declined_buttons.clear()
        self.word_buttons = []
        self.pending_label = None
        last_source = None
        for q in questions:
            if q.source_name and q.source_name != last_source:
                heading = QLabel(q.source_name)
                heading.setTextFormat(Qt.TextFormat.PlainText)
                f = heading.font()
                f.setBold(True)
                f.setPointSizeF(f.pointSizeF() * (1.5 if self.large else 1.1))
                heading.setFont(f)
                self._layout.addWidget(heading)
                last_source = q.source_name
            self._layout.addWidget(self._row(q, first=q is questions[0]))
        if words:
            self._layout.addWidget(self._word_row(words))
        # The question waiting now is always in view (the list may have been scrolled down).
        self.verticalScrollBar().setValue(0)

    def set_pending_value(self, text: str) -> None:
        """Show the digits typed so far for the first question ("1…" before NPS 10)."""
        if self.pending_label is None:
            return
        self.pending_label.setText(self.tr("Typed: {0}… (next digit, or Enter)").format(text) if text else "")
        self.pending_label.setVisible(bool(text))

    def _font(self, base: QFont, scale: float) -> QFont:
        f = QFont(base)
        f.setPointSizeF(base.pointSizeF() * scale)
        return f

    def _row(self, q: Question, first: bool = False) -> QWidget:
        box = QFrame()
        box.setObjectName(f"question_{q.questionnaire}_{q.item}")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        text = QLabel(q.text)
        text.setTextFormat(Qt.TextFormat.PlainText)  # a custom item's text is typed by people
        text.setWordWrap(True)
        text.setFont(self._font(text.font(), 1.6 if self.large else 1.0))
        n = q.scale_max - q.scale_min + 1
        grid.addWidget(text, 0, 0, 1, n + 1)
        buttons: list[QPushButton] = []
        for i, value in enumerate(range(q.scale_min, q.scale_max + 1)):
            b = QPushButton(str(value))
            b.setObjectName(f"value_{q.item}_{value}")
            b.setAccessibleName(self.tr("{0}: answer {1}").format(q.text, value))
            b.setToolTip(self.tr("Answer {0}").format(value))
            b.setMinimumSize(64 if self.large else 34, 56 if self.large else 28)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setFont(self._font(b.font(), 1.5 if self.large else 1.0))
            b.clicked.connect(lambda _=False, q=q, v=value: self.answered.emit(q, v, False))
            grid.addWidget(b, 1, i)
            buttons.append(b)
        declined = QPushButton(self.tr("Declined"))
        declined.setObjectName(f"declined_{q.item}")
        declined.setAccessibleName(self.tr("{0}: declined to answer").format(q.text))
        declined.setToolTip(self.tr("The participant chose not to answer (recorded as declined, not as missing)"))
        declined.clicked.connect(lambda _=False, q=q: self.answered.emit(q, None, True))
        declined.setFont(self._font(declined.font(), 1.2 if self.large else 1.0))
        grid.addWidget(declined, 1, n)
        anchors = QHBoxLayout()
        low, high = QLabel(q.low_label), QLabel(q.high_label)
        low.setTextFormat(Qt.TextFormat.PlainText)
        high.setTextFormat(Qt.TextFormat.PlainText)
        high.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        for lab in (low, high):
            lab.setFont(self._font(lab.font(), 1.2 if self.large else 0.9))
            anchors.addWidget(lab)
        grid.addLayout(anchors, 2, 0, 1, n)
        if first and not self.large:
            pending = QLabel()
            pending.setObjectName("pendingValue")
            pending.setStyleSheet("color: #0072B2; font-weight: bold;")
            pending.hide()
            grid.addWidget(pending, 2, n)
            self.pending_label = pending
        if not q.validated and not self.large:
            warn = QLabel(self.tr("Translation not validated"))
            warn.setObjectName("unvalidatedNote")
            warn.setToolTip(self.tr("This wording is uxlab's own translation, not a published validated one; "
                                     "scores may not compare with published norms."))
            warn.setStyleSheet("color: #8a5a00;")
            grid.addWidget(warn, 3, 0, 1, n + 1)
        elif q.citation and not self.large:
            # the lab's licensed wording with its published validation (docs/questionnaires.md)
            note = QLabel(self.tr("Validated translation"))
            note.setObjectName("validatedNote")
            note.setToolTip(q.citation)
            grid.addWidget(note, 3, 0, 1, n + 1)
        self.value_buttons[q.key] = buttons
        self.declined_buttons[q.key] = declined
        return box

    def _word_row(self, words: tuple[str, ...]) -> QWidget:
        box = QFrame()
        box.setObjectName("emotionWords")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(box)
        text = QLabel(self.tr("Which word best describes how you felt?"))
        text.setWordWrap(True)
        text.setFont(self._font(text.font(), 1.6 if self.large else 1.0))
        lay.addWidget(text)
        row = QHBoxLayout()
        for number, w in enumerate(words, 1):
            # On the console the cards are numbered: digit keys pick them.
            b = QPushButton(w if self.large or number > 9 else f"{number}  {w}")
            b.setObjectName(f"word_{number}")
            b.setAccessibleName(self.tr("Feeling: {0}").format(w))
            b.setToolTip(self.tr("Choose “{0}”").format(w))
            b.setFont(self._font(b.font(), 1.4 if self.large else 1.0))
            b.clicked.connect(lambda _=False, w=w: self.word_chosen.emit(w))
            row.addWidget(b)
            self.word_buttons.append(b)
        declined = QPushButton(self.tr("Declined"))
        declined.setAccessibleName(self.tr("Feeling word: declined to answer"))
        declined.setToolTip(self.tr("The participant chose not to answer"))
        declined.clicked.connect(lambda: self.word_chosen.emit(None))
        row.addWidget(declined)
        lay.addLayout(row)
        return box
