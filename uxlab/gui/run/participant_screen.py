"""The participant's window: only the current task's scenario, "I'm done" / "I give up" when
the study allows it, and the rating and questionnaire forms in large controls. Never the timer,
the success criteria or the moderator's notes. It speaks the participant's language, whatever the
moderator's interface language is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt, QTranslator, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from uxlab.core.study import pick_text
from uxlab.gui import i18n
from uxlab.gui.run.controller import ENDED, IDLE, QUESTIONNAIRE, RATING, TASK, SessionController
from uxlab.gui.run.question_form import QuestionForm


def translator_for(code: str) -> Callable[[str, str], str]:
    """(context, text) -> text in ``code``, from uxlab's compiled translations; the English
    source text when there is no translation."""
    data = i18n.qm_bytes(code) if code and code != "en" else None
    if not data:
        return lambda _context, text: text
    translator = QTranslator()
    if not translator.load(data):
        return lambda _context, text: text

    def translate(context: str, text: str, _keep: bytes = data, _t: QTranslator = translator) -> str:
        return _t.translate(context, text) or text

    return translate


class ParticipantScreen(QWidget):
    """A top-level window; put it on a second monitor with :meth:`show_on`."""

    done_clicked = Signal(object)  # session time of the click (ns: beyond a C int)
    gave_up_clicked = Signal(object)

    def __init__(self, controller: SessionController) -> None:
        # The participant's window never takes the keyboard from the moderator: it does not accept
        # focus, and keys that reach it anyway go to the console (see key_router).
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("participantScreen")
        self.controller = controller
        self.language = ""
        self._translate: Callable[[str, str], str] = translator_for("")
        self.setMinimumSize(640, 480)
        self.setStyleSheet("QWidget#participantScreen { background: #fbfbf8; }")
        self.title = QLabel()
        self.title.setObjectName("participantTaskTitle")
        self.title.setWordWrap(True)
        self.scenario = QLabel()
        self.scenario.setObjectName("participantScenario")
        self.scenario.setWordWrap(True)
        self.scenario.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel()
        self.message.setObjectName("participantMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done = QPushButton()
        self.done.setObjectName("participantDone")
        self.give_up = QPushButton()
        self.give_up.setObjectName("participantGiveUp")
        for b in (self.done, self.give_up):
            b.setMinimumSize(220, 72)
        self.done.clicked.connect(lambda: self.done_clicked.emit(self.controller.now()))
        self.give_up.clicked.connect(lambda: self.gave_up_clicked.emit(self.controller.now()))
        self.form = QuestionForm(self._translate, large=True)
        self.form.setObjectName("participantForm")
        self.form.answered.connect(self.controller.answer)
        self.form.word_chosen.connect(self.controller.choose_word)

        task_page = QWidget()
        tl = QVBoxLayout(task_page)
        self.scenario.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        tl.addWidget(self.title)
        tl.addSpacing(24)
        tl.addWidget(self.scenario)
        tl.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.give_up)
        buttons.addStretch(1)
        buttons.addWidget(self.done)
        tl.addLayout(buttons)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._centered(self.message))  # 0: waiting / thank you
        self.pages.addWidget(task_page)  # 1: the task
        self.pages.addWidget(self.form)  # 2: questions
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 36, 48, 36)
        outer.addWidget(self.pages)
        self._scale_fonts()
        for label in self.findChildren(QLabel):  # text people typed is shown as typed
            label.setTextFormat(Qt.TextFormat.PlainText)
        controller.changed.connect(self.refresh)
        self.refresh()

    @staticmethod
    def _centered(w: QWidget) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addStretch(1)
        lay.addWidget(w)
        lay.addStretch(1)
        return page

    def _scale_fonts(self) -> None:
        base = QGuiApplication.font().pointSizeF()
        for w, k, bold in ((self.title, 2.0, True), (self.scenario, 1.7, False), (self.message, 2.0, False),
                           (self.done, 1.5, True), (self.give_up, 1.3, False)):
            f = w.font()
            f.setPointSizeF(base * k)
            f.setBold(bold)
            w.setFont(f)

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        """In the participant's language, not the moderator's."""
        return self._translate("ParticipantScreen", text)

    def set_language(self, code: str) -> None:
        if code == self.language:
            return
        self.language = code
        self._translate = translator_for(code)
        self.form.set_translate(self._translate)
        rtl = i18n.is_rtl(code)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.refresh()

    def refresh(self) -> None:
        c = self.controller
        self.set_language(c.language or (c.study.language if c.study else "en"))
        self.setWindowTitle(self.tr("Participant"))
        self.done.setText(self.tr("I'm done"))
        self.done.setToolTip(self.tr("Press when you think you have finished the task"))
        self.done.setAccessibleName(self.tr("I'm done"))
        self.give_up.setText(self.tr("I give up"))
        self.give_up.setToolTip(self.tr("Press if you want to stop this task"))
        self.give_up.setAccessibleName(self.tr("I give up"))
        phase = c.phase
        if phase == TASK and c.current is not None and c.study is not None:
            task = c.study.task(c.current.task)
            self.title.setText(pick_text(task.title, self.language, c.study.language))
            self.scenario.setText(pick_text(task.scenario, self.language, c.study.language))
            can_end = c.study.participant_can_end_task and c.pending_end_t is None
            self.done.setVisible(can_end)
            self.give_up.setVisible(can_end)
            if c.pending_end_t is not None:
                self.message.setText(self.tr("Thank you. Please wait for the moderator."))
                self.pages.setCurrentIndex(0)
            else:
                self.pages.setCurrentIndex(1)
        elif phase == RATING:
            self.form.show_questions(c.pending_task_questions(), c.emotion_words() if c.pending_word() else ())
            self.pages.setCurrentIndex(2)
        elif phase == QUESTIONNAIRE:
            self.form.show_questions(c.pending_session_questions())
            self.pages.setCurrentIndex(2)
        else:
            if phase == ENDED:
                self.message.setText(self.tr("Thank you for your time!"))
            elif phase == IDLE:
                self.message.setText("")
            else:
                self.message.setText(self.tr("Please wait for the moderator."))
            self.pages.setCurrentIndex(0)

    def show_on(self, screen: QScreen | None, full_screen: bool) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.move(screen.availableGeometry().topLeft())
        if full_screen:
            self.showFullScreen()
        else:
            self.showNormal()
            if screen is not None:
                geo = screen.availableGeometry()
                self.resize(min(1024, geo.width()), min(768, geo.height()))
        self.raise_()

    def show_beside(self, console: QRect, screen: QScreen) -> bool:
        """On the console's screen: in the widest free strip beside the console. False when
        there is no room for it and it covers part of the console."""
        geo = screen.availableGeometry()
        right = geo.right() - console.right()
        left = console.left() - geo.left()
        room = max(left, right)
        min_w = self.minimumWidth()
        self.setScreen(screen)
        self.showNormal()
        if room >= min_w:
            x = console.right() + 1 if right >= left else geo.left()
            self.setGeometry(x, geo.top(), room, geo.height())
            fits = True
        else:
            self.resize(min_w, self.minimumHeight())
            self.move(geo.right() - min_w, geo.bottom() - self.minimumHeight())
            fits = False
        return fits

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the participant's window never touches the session.
        event.accept()
