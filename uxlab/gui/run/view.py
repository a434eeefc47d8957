"""The live session console: what the moderator looks at for an hour.

Keyboard first: one key per action (see :mod:`keys`), a visible legend, a large timer. Every
action is timestamped when its key arrives and goes through :class:`SessionController`, which
journals and fsyncs it before the console shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from uxlab.core.errors import UxlabError
from uxlab.core.events import Event
from uxlab.core.study import Participant, pick_text
from uxlab.gui import settings
from uxlab.gui.announce import announce
from uxlab.gui.recording.console import attach as attach_recording
from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.run import keys, session_dialogs
from uxlab.gui.run.action_grid import MARKER_ACTIONS, OUTCOME_KEYS, ActionGrid, key_text
from uxlab.gui.run.console_text import order_line, phase_hint
from uxlab.gui.run.controller import (
    BETWEEN,
    ENDED,
    FINISHING,
    IDLE,
    QUESTIONNAIRE,
    RATING,
    TASK,
    SessionController,
)
from uxlab.gui.run.digit_answers import DigitAnswers
from uxlab.gui.run.disk_banner import DiskBanner
from uxlab.gui.run.edit_dialog import EditEventDialog
from uxlab.gui.run.event_log import EventLog
from uxlab.gui.run.key_dialog import KeyBindingsDialog
from uxlab.gui.run.key_router import ConsoleKeyRouter, KeyPress
from uxlab.gui.run.new_participant import NewParticipantDialog
from uxlab.gui.run.note_bar import NoteBar
from uxlab.gui.run.outcome_bar import OutcomeBar
from uxlab.gui.run.participant_bar import ParticipantBar
from uxlab.gui.run.participant_screen import ParticipantScreen
from uxlab.gui.run.question_form import QuestionForm
from uxlab.gui.run.task_card import TaskCard
from uxlab.gui.run.timer_panel import TimerPanel
from uxlab.gui.study_context import StudyContext
from uxlab.storage.study_files import journal_path

# Ctrl+Enter starts the session, and ends it once everything is answered.
SESSION_KEYS = ("Ctrl+Return", "Ctrl+Enter")


class RunView(Retranslatable, QWidget):
    session_running_changed = Signal(bool)

    def __init__(self, context: StudyContext, parent: QWidget | None = None,
                 controller: SessionController | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.context = context
        self.controller = controller or SessionController(parent=self)
        self.participant_screen: ParticipantScreen | None = None
        self.key_map: dict[str, str] = keys.bindings(settings.key_bindings())
        self._actions_by_key = {k: a for a, k in self.key_map.items() if k}
        self._message = ""  # the last message about an action (empty: show the phase's hint)
        self._message_phase = ""
        self._shown_phase = ""
        self.latency_probe: Callable[[KeyPress], None] | None = None
        self._build()
        # Keys reach the session whatever was clicked last (see key_router).
        self.key_router = ConsoleKeyRouter(self, self._wants_key, self._on_key_press, self._key_windows)
        self.key_router.install()
        c = self.controller
        c.changed.connect(self.refresh)
        c.event_recorded.connect(self._on_event)
        c.problem.connect(self.show_problem)
        c.save_failed.connect(self._on_save_failed)
        c.saved_again.connect(self._on_saved_again)
        c.running_changed.connect(self.session_running_changed)
        context.study_changed.connect(self._fill_participants)
        context.study_changed.connect(self.refresh)  # "Start session" depends on the open study
        self.participant_box.editTextChanged.connect(lambda _text: self._update_start_button())
        self._tick = QTimer(self)
        self._tick.setInterval(100)
        self._tick.timeout.connect(self._update_timer)
        self._tick.start()
        self.retranslate()
        self._fill_participants()
        self.refresh()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        # participant bar
        self.bar = ParticipantBar()
        self.participant_box = self.bar.participant_box
        self.screen_box = self.bar.screen_box
        self.full_screen = self.bar.full_screen
        self.start_session_button = self.bar.start_button
        self.end_session_button = self.bar.end_button
        self.start_session_button.clicked.connect(self.start_session)
        self.end_session_button.clicked.connect(self.end_session)
        self.bar.show_screen_button.clicked.connect(self.show_participant_screen)

        self.order_label = QLabel()
        self.order_label.setObjectName("orderLabel")
        self.order_label.setTextFormat(Qt.TextFormat.RichText)
        self.order_label.setWordWrap(True)
        self.order_label.linkActivated.connect(lambda link: self.controller.choose_next(link.removeprefix("task:")))
        self.prev_task_button = QPushButton()
        self.prev_task_button.setObjectName("previousTask")
        self.prev_task_button.clicked.connect(lambda: self.controller.step_choice(-1))
        self.next_task_button = QPushButton()
        self.next_task_button.setObjectName("nextTask")
        self.next_task_button.clicked.connect(lambda: self.controller.step_choice(1))

        # task card
        self.card = TaskCard()
        self.task_title = self.card.title_label
        self.scenario = self.card.scenario
        self.criteria = self.card.criteria

        # timer and actions
        self.timer_panel = TimerPanel(self.controller)
        self.actions = ActionGrid()
        self.actions.triggered.connect(lambda action: self.trigger(action))
        self.buttons = self.actions.buttons
        timer_box = QGroupBox()
        self.timer_box = timer_box
        tl = QVBoxLayout(timer_box)
        tl.addWidget(self.timer_panel)
        tl.addSpacing(12)
        tl.addWidget(self.actions)
        tl.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(timer_box, 2)

        # the outcome question, inline: the clock is already stopped when it shows
        self.outcome_bar = OutcomeBar()
        self.outcome_bar.chosen.connect(lambda o: self.controller.end_task(o, self.controller.now()))
        self.outcome_bar.continued.connect(lambda: self.controller.continue_task(self.controller.now()))

        # note editor
        self.note_bar = NoteBar()
        self.note_bar.committed.connect(self._note_committed)
        self.note_bar.closed.connect(self.setFocus)
        self.note_edit = self.note_bar.edit

        # questions
        self.questions_title = QLabel()
        self.questions_title.setObjectName("questionsTitle")
        self.questions_title.setWordWrap(True)
        self.form = QuestionForm(lambda ctx, text: QGuiApplication.translate(ctx, text))
        self.form.setObjectName("moderatorForm")
        self.form.answered.connect(self.controller.answer)
        self.form.word_chosen.connect(self.controller.choose_word)
        self.digits = DigitAnswers(self.controller, self.form, self.show_problem,
                                   lambda: self._key_label("declined"), self)
        self.questions_box = QWidget()
        ql = QVBoxLayout(self.questions_box)
        ql.setContentsMargins(0, 0, 0, 0)
        ql.addWidget(self.questions_title)
        ql.addWidget(self.form)
        # During the ratings the task card is not needed: the questions take its place, so at
        # 1280x800 they get the card's height, not what is left below it.
        self.left_pages = QStackedWidget()
        self.left_pages.setObjectName("leftPages")
        self.left_pages.addWidget(self.card)
        self.left_pages.addWidget(self.questions_box)
        top.insertWidget(0, self.left_pages, 3)

        # log and status
        self.log = EventLog()
        self.log.task_title = self._task_title
        self.log.edit_requested.connect(self.edit_event)
        self.banner = DiskBanner()
        self.banner.retry_clicked.connect(self._retry)
        self.banner.elsewhere_clicked.connect(self.save_elsewhere)
        self.status = QLabel()
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setObjectName("keyLegend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #555;")

        upper = QWidget()
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addLayout(top, 1)
        ul.addWidget(self.outcome_bar)
        ul.addWidget(self.note_bar)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(self.log)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer = QVBoxLayout(self)
        outer.addWidget(self.bar)
        order_row = QHBoxLayout()
        order_row.addWidget(self.order_label, 1)
        order_row.addWidget(self.prev_task_button)
        order_row.addWidget(self.next_task_button)
        outer.addLayout(order_row)
        outer.addWidget(self.banner)
        outer.addWidget(split, 1)
        outer.addWidget(self.status)
        self.recording, recording_indicator = attach_recording(self)
        outer.addWidget(recording_indicator)
        outer.addWidget(self.legend)
        # Text people typed (task titles, scenarios, notes, participant ids) is shown as typed:
        # a title reading <img src=...> is text, never rich text. Only the order line and the key
        # legend are rich text, built from escaped parts.
        for label in self.findChildren(QLabel):
            if label not in (self.order_label, self.legend):
                label.setTextFormat(Qt.TextFormat.PlainText)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Session console"))
        self.bar.retranslate()
        self.card.retranslate()
        self.prev_task_button.setText(self.tr("◀ Previous task"))
        self.prev_task_button.setAccessibleName(self.tr("Previous task"))
        self.prev_task_button.setToolTip(self.tr("Run an earlier task of the order next (one not done yet); "
                                                 "or click a task in the order"))
        self.next_task_button.setText(self.tr("Next task ▶"))
        self.next_task_button.setAccessibleName(self.tr("Next task"))
        self.next_task_button.setToolTip(self.tr("Run a later task of the order next; or click a task in the order"))
        self.timer_box.setTitle(self.tr("Time on task (net, pauses excluded)"))
        self.note_bar.retranslate()
        self.log.retranslate()
        self._message = ""  # a message in the previous language is stale
        if self.controller.is_open:  # rows are written in the interface language: rewrite them
            self.log.rebuild(self.controller.state, self.controller.recorder.unsaved if self.controller.recorder else [])
        self._label_buttons()
        self.refresh()

    def _label_buttons(self) -> None:
        self.legend.setText(self.actions.label(self.key_map))
        self.outcome_bar.set_keys(self.key_map)

    def _fill_participants(self) -> None:
        loaded = self.context.loaded
        recorded = {s.state.participant: s.state for s in (loaded.sessions if loaded else [])}
        self.bar.fill_participants(self.context.study, recorded)

    # ------------------------------------------------------------------ keys
    def _key_windows(self) -> list[QWidget]:
        out = [self.window()]
        if self.participant_screen is not None:
            out.append(self.participant_screen)
        return out

    def _action_for(self, key: KeyPress) -> str | None:
        for seq in (key.sequence, key.latin):
            if seq:
                action = self._actions_by_key.get(seq)
                if action is not None:
                    return action
        return None

    def _wants_key(self, key: KeyPress, typing: bool = False) -> bool:
        """Does the console use this key now? (Others go where Qt sends them.)"""
        seq = key.sequence
        if seq in SESSION_KEYS:
            return True
        if typing or self.note_bar.is_open:
            return False  # the note editor has the keys
        if seq in ("Return", "Enter", "Backspace") and self.digits.pending:
            return True
        if seq == "Esc" and (self.digits.pending or self.controller.pending_end_t is not None):
            return True
        if key.digit is not None and self.controller.phase in (RATING, QUESTIONNAIRE):
            return True
        return self._action_for(key) is not None

    def _on_key_press(self, key: KeyPress) -> None:
        """A session key arrived (from any widget of the console or the participant's window)."""
        t = self.controller.now()
        self._handle_key(key, t)
        if self.latency_probe is not None:
            self.latency_probe(key)

    def on_key(self, key: str) -> None:
        """Handle ``key`` (portable text, e.g. "s", "Ctrl+Z", "7") as if it was typed."""
        seq = keys.normalise(key)
        digit = int(seq) if len(seq) == 1 and seq.isdigit() else None
        self._on_key_press(KeyPress(seq, seq if len(seq) == 1 and seq.isalpha() else "", digit, 0, 0))

    def _handle_key(self, key: KeyPress, t: int) -> None:
        seq = key.sequence
        if seq in SESSION_KEYS:
            self._session_key()
            return
        if seq in ("Return", "Enter") and self.digits.pending:
            self.digits.commit()
            return
        if seq in ("Backspace", "Esc") and self.digits.pending:
            self.digits.drop()
            return
        if seq == "Esc" and self.controller.pending_end_t is not None:
            self.controller.continue_task(t)
            return
        phase = self.controller.phase
        if key.digit is not None and phase in (RATING, QUESTIONNAIRE) and self.digits.press(key.digit):
            return
        action = self._action_for(key)
        if action is not None:
            self.trigger(action, t)

    def _key_label(self, action: str) -> str:
        return key_text(self.key_map, action)

    def trigger(self, action: str, t: int | None = None) -> None:
        """Run an action (from its key or its button). ``t`` is when the key arrived."""
        c = self.controller
        t = c.now() if t is None else t
        self._message = ""
        if self.digits.pending:
            self.digits.commit()  # a typed "1" waiting for a second digit is meant as 1
        if action == "start_task":
            c.start_next_task(t)
        elif action == "pause":
            c.toggle_pause(t)
        elif action == "end_task":
            c.stop_task("moderator", t)
        elif action in OUTCOME_KEYS:
            c.end_task(action, t)
        elif action == "skip":
            c.skip_task(t)
        elif action in ("error", "assist"):
            c.marker(action, "", t)
        elif action in ("note", "critical", "problem"):
            self.open_note(action, t)
        elif action == "undo":
            c.undo()
        elif action == "declined":
            q = self.digits.pending_question()
            if q is not None:
                c.answer(q, None, declined=True)
            elif c.phase == RATING and c.pending_word():
                c.choose_word(None)
            else:
                self.show_problem(self.tr("No question is waiting for an answer."))

    # ------------------------------------------------------------------ notes
    def open_note(self, kind: str, t: int) -> None:
        if not self.controller.is_open:
            self.show_problem(self.tr("No session is open: pick a participant and start the session."))
            return
        self.note_bar.open(kind, t, self.controller.known_problems() if kind == "problem" else None)

    def commit_note(self) -> None:
        self.note_bar.commit()

    def _note_committed(self, kind: str, text: str, t: int, problem: str) -> None:
        if kind == "problem":
            event = self.controller.observe_problem(text, t, problem or None)
        else:
            event = self.controller.marker(kind, text, t)
        if event is not None:
            self.note_bar.close_bar()

    # ------------------------------------------------------------------ session
    def selected_participant(self) -> str:
        return self.bar.selected_participant()

    def start_session(self) -> bool:
        if self.controller.is_open and self.controller.phase != ENDED:
            self.show_problem(self.tr("A session is already running."))
            return False
        pid = self.selected_participant()
        if not pid:
            self.show_problem(self.tr("Type or pick a participant id first."))
            self.participant_box.setFocus()
            return False
        return self.open_session(pid)

    def _session_key(self) -> None:
        phase = self.controller.phase
        if not self.controller.is_open or phase == ENDED:
            self.start_session()
        elif phase == FINISHING:
            self.end_session()
        else:
            self.show_problem(self.tr("The session ends with Ctrl+Enter once every task and questionnaire is "
                                      "done (or use the End session button)."))

    def resume_session(self, pid: str) -> bool:
        return self.open_session(pid)

    def open_session(self, pid: str, newcomer: Participant | None = None) -> bool:
        """Start or resume ``pid``'s session. A participant not in the study is described in a
        dialog first (or by ``newcomer``)."""
        folder, study = self.context.folder, self.context.study
        if folder is None or study is None:
            self.show_problem(self.tr("Open a study folder first (File > Open study)."))
            return False
        if newcomer is None and study.participant(pid) is None and not journal_path(folder, pid).exists():
            dialog = NewParticipantDialog(pid, study, self)
            if not dialog.exec():
                self.show_problem(self.tr("The session was not started."))
                return False
            newcomer = dialog.participant()
        try:
            resumed = self.controller.open(folder, study, pid, newcomer)
        except UxlabError as exc:
            QMessageBox.warning(self, self.tr("The session cannot start"), exc.message)
            return False
        except OSError as exc:
            QMessageBox.warning(self, self.tr("The session cannot start"), f"{exc.filename}: {exc.strerror or exc}")
            return False
        self.log.rebuild(self.controller.state)
        if resumed:
            self.show_problem(self.tr("Session resumed. Everything recorded before the interruption is kept; "
                                      "the running task was paused: press {0} to resume it.")
                              .format(self.key_map.get("pause", "")))
        self.setFocus()
        self.context.reload_sessions(journal_path(folder, pid))
        return True

    def end_session(self) -> None:
        c = self.controller
        if not c.is_open:
            return
        if not session_dialogs.confirm_end(self, c):
            return
        if c.end_session() is not None and c.folder is not None:
            self.context.reload_sessions(journal_path(c.folder, c.state.participant))
            self._fill_participants()

    def may_close(self) -> bool:
        """Closing the app or quitting: ask while a session runs; with events not yet on disk,
        offer Retry / Save elsewhere / Discard. Nothing recorded is dropped without a word."""
        return session_dialogs.may_close(self, self.controller, self.save_elsewhere, self._on_save_failed)

    def shutdown(self) -> None:
        """The app is closing: release the journal. Every event is already on disk; an unfinished
        session is offered for resuming next time."""
        self.controller.close()
        if self.participant_screen is not None:
            self.participant_screen.close()

    # ------------------------------------------------------------------ participant screen
    def show_participant_screen(self) -> None:
        if self.participant_screen is None:
            self.participant_screen = ParticipantScreen(self.controller)
            self.participant_screen.done_clicked.connect(self._participant_done)
            self.participant_screen.gave_up_clicked.connect(lambda t: self.controller.end_task("abandoned", t))
        screens = QGuiApplication.screens()
        index = self.bar.chosen_screen_index()
        screen = screens[index] if index is not None and 0 <= index < len(screens) else None
        console = self.window()
        if screen is None or screen is console.screen():
            # The console's own screen: never full screen over it; beside it if there is room.
            covers = not self.participant_screen.show_beside(console.frameGeometry(), console.screen())
            if covers:
                self.show_problem(self.tr("Only one screen: the participant's window covers part of the console. "
                                          "Move it aside, or connect a second screen and pick it here."))
            else:
                self.show_problem(self.tr("The participant's window is beside the console, on the same screen. "
                                          "For a session, connect a second screen and pick it here."))
        else:
            self.participant_screen.show_on(screen, self.full_screen.isChecked())
        console.activateWindow()  # the moderator keeps the keyboard

    def _participant_done(self, t: int) -> None:
        self.controller.participant_done(t)

    # ------------------------------------------------------------------ preferences
    def edit_key_bindings(self) -> None:
        dialog = KeyBindingsDialog(self.key_map, self)
        if dialog.exec():
            self.set_key_map(dialog.bindings())

    def set_key_map(self, bindings: dict[str, str]) -> None:
        if keys.conflicts(bindings):
            raise ValueError("conflicting key bindings")
        self.key_map = keys.bindings(bindings)
        self._actions_by_key = {k: a for a, k in self.key_map.items() if k}
        settings.set_key_bindings(self.key_map)
        self._label_buttons()

    # ------------------------------------------------------------------ corrections
    def edit_event(self, seq: int) -> None:
        event = self.controller.state.event(seq)
        if event is None or event.kind not in ("marker", "task_ended", "rating", "answer"):
            self.show_problem(self.tr("This event cannot be corrected."))
            return
        dialog = EditEventDialog(event, self.controller.state, self)
        if dialog.exec():
            changes = dialog.changes()
            if changes:
                self.controller.edit(seq, **changes)

    # ------------------------------------------------------------------ disk trouble
    def _on_save_failed(self, message: str) -> None:
        self.banner.show_failure(self.controller.unsaved_count, message)
        self.log.rebuild(self.controller.state, self.controller.recorder.unsaved if self.controller.recorder else [])

    def _on_saved_again(self) -> None:
        self.banner.hide()
        self.show_problem(self.tr("All events are saved to disk again."))
        self.log.rebuild(self.controller.state)

    def _retry(self) -> None:
        left = self.controller.retry_saving()
        if left:
            self._on_save_failed(self.tr("still failing"))

    def save_elsewhere(self, path: Path | None = None) -> Path | None:
        out = session_dialogs.save_elsewhere(self, self.controller, path)
        if out is None:
            return None
        self.show_problem(self.tr("The session is now recorded in {0}. Copy it into the study's sessions folder "
                                  "afterwards.").format(out))
        return out

    # ------------------------------------------------------------------ display
    def show_problem(self, text: str) -> None:
        """A message about the last action; it stays until the session moves on (the next
        event, a new phase) or the language changes, then the current hint replaces it."""
        self._message = text
        self._message_phase = self.controller.phase
        self._show_status()

    def _show_status(self) -> None:
        text = self._message or phase_hint(self.controller, self._key_label, self._task_title)
        if text != self.status.text():
            self.status.setText(text)
            announce(self.status, text)  # screen readers say each new status once

    def _on_event(self, event: Event) -> None:
        self.log.add(event, self.controller.state)
        if event.kind != "checkpoint":
            self._message = ""  # the last message was about what came before this event

    def refresh(self) -> None:
        c = self.controller
        st = c.state
        phase = c.phase
        study = c.study or self.context.study
        running = c.is_open and phase != ENDED
        self.participant_box.setEnabled(not running)
        self._update_start_button()
        self.end_session_button.setEnabled(running and phase != TASK)
        self.prev_task_button.setEnabled(phase == BETWEEN)
        self.next_task_button.setEnabled(phase == BETWEEN)
        # task order with status
        self.order_label.setText(order_line(c, study))
        # task card: the running task, else the next one
        tid = c.current.task if c.current is not None else (c.upcoming_task() if c.is_open else None)
        if study is not None and tid is not None and tid in study.task_ids:
            task = study.task(tid)
            prefix = "" if c.current is not None else self.tr("Next: ")
            self.card.show_task(prefix + pick_text(task.title, study.language, "en"),
                                pick_text(task.scenario, study.language, "en"), task.success_criteria)
        else:
            self.card.show_nothing(self.tr("Session ended") if phase == ENDED else "")
        # questions
        if phase == RATING:
            a = c.last_rated_attempt()
            name = pick_text(study.task(a.task).title, study.language, "en") if study and a else ""
            self.questions_title.setText(self.tr("After the task “{0}”: the participant answers on their screen, "
                                                 "or enter the answers here (digit keys answer the first "
                                                 "question; {1} = declined).").format(name, self.key_map.get("declined")))
            self.form.show_questions(c.pending_task_questions(), c.emotion_words() if c.pending_word() else ())
            self.left_pages.setCurrentWidget(self.questions_box)
        elif phase == QUESTIONNAIRE:
            self.questions_title.setText(self.tr("End of session: questionnaires ({0} item(s) left)")
                                         .format(len(c.pending_session_questions())))
            self.form.show_questions(c.pending_session_questions())
            self.left_pages.setCurrentWidget(self.questions_box)
        else:
            self.left_pages.setCurrentWidget(self.card)
        enabled = {
            "start_task": phase == BETWEEN, "pause": phase == TASK, "end_task": phase == TASK,
            "skip": phase in (TASK, BETWEEN), "undo": running and st.last_undoable_marker() is not None,
            "problem": running and phase != IDLE,
            "declined": phase in (RATING, QUESTIONNAIRE),
        }
        for a in OUTCOME_KEYS:
            enabled[a] = phase == TASK
        for a in MARKER_ACTIONS:
            enabled[a] = running and phase != IDLE
        self.actions.enable(enabled)
        if c.current is not None:
            self.actions.show_pause_state(c.current.paused, self.key_map)
        stopped = c.current.stopped_t_ns if c.current is not None else None
        if stopped is not None and c.current is not None:
            self.outcome_bar.show_stop(c.current.net_ns(stopped), c.current.stopped_by)  # its net time
        else:
            self.outcome_bar.hide()
        if phase != self._shown_phase:
            self._shown_phase = phase
            if self._message_phase != phase:
                self._message = ""
        self._show_status()
        self._update_timer()

    def _task_title(self, task: str) -> str:
        study = self.controller.study or self.context.study
        if study is None or task not in study.task_ids:
            return task
        return pick_text(study.task(task).title, study.language, "en")

    def _update_start_button(self) -> None:
        c = self.controller
        running = c.is_open and c.phase != ENDED
        ready = self.context.folder is not None and bool(self.participant_box.currentText().strip())
        self.start_session_button.setEnabled(not running and ready)

    def _update_timer(self) -> None:
        self.timer_panel.update_time()
