"""The live session's logic: a small QObject around the core recorder.

Every command goes through :class:`uxlab.core.recorder.Recorder`, which appends the event to the
journal and fsyncs it before returning; only then do the views hear about it (``changed``,
``event_recorded``). The views pass the timestamp they took when the key arrived (``now()``), so
nothing that happens later (a note being typed, a redraw) moves an event in time.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from uxlab.core.clock import Clock
from uxlab.core.errors import RecorderError, UxlabError
from uxlab.core.events import Event
from uxlab.core.ordering import task_order
from uxlab.core.questionnaires import Questionnaire
from uxlab.core.recorder import Recorder
from uxlab.core.session import Attempt, SessionState
from uxlab.core.study import Participant, Study
from uxlab.gui.run.questions import Question, session_questions, task_questions
from uxlab.storage.journal import open_recorder, rescue_session
from uxlab.storage.media import copy_media
from uxlab.storage.questionnaire_files import study_questionnaires
from uxlab.storage.study_files import journal_path, study_item_scales


def _checkpoint_ms() -> int:
    """A crash can take at most this much from the session timeline (30 s; UXLAB_CHECKPOINT_MS
    sets it between 0.5 and 30 s, e.g. for tests that need a checkpoint to pass)."""
    try:
        value = int(os.environ.get("UXLAB_CHECKPOINT_MS", "30000"))
    except ValueError:
        value = 30_000
    return min(max(value, 500), 30_000)


CHECKPOINT_MS = _checkpoint_ms()
RETRY_MS = 3_000  # how often unsaved events are retried after a disk error

# Session phases, derived from the journal's state (so they survive a crash and resume).
IDLE, TASK, RATING, BETWEEN, QUESTIONNAIRE, FINISHING, ENDED = (
    "idle", "task", "rating", "between", "questionnaire", "finishing", "ended")


class SessionController(QObject):
    changed = Signal()  # the session state changed: views re-render
    event_recorded = Signal(object)  # an Event, after it is on disk
    problem = Signal(str)  # a refused command, e.g. "no task is running"
    save_failed = Signal(str)  # the disk refused an event; it is kept in memory
    saved_again = Signal()  # every event kept in memory is now on disk
    running_changed = Signal(bool)  # a session is open (True) or closed (False)
    # The session is about to end or close: media recording stops now, while its events can
    # still be journaled (uxlab/gui/recording/).
    session_closing = Signal()
    # "Save elsewhere": the journal is about to move (media recording stops its segment, so the
    # stop is journaled in the new file), then it has moved (recording starts again there)
    relocating = Signal()
    relocated = Signal(object)  # the new journal's Path

    def __init__(self, clock: Clock | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.recorder: Recorder | None = None
        self.study: Study | None = None
        self.folder: Path | None = None
        self.worded: dict[str, Questionnaire] = {}  # the questionnaires as this study words them
        self.language = ""
        self.save_error = ""  # why the first unsaved event could not be written
        self.media_left: list[str] = []  # media files "Save elsewhere" could not copy, and why
        self.chosen_next: str | None = None  # the moderator picked this task to run next
        self._checkpoint = QTimer(self)
        self._checkpoint.setInterval(CHECKPOINT_MS)
        self._checkpoint.timeout.connect(self._on_checkpoint)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry_saving)

    # ------------------------------------------------------------------ opening
    def open(self, folder: Path, study: Study, pid: str, newcomer: Participant | None = None) -> bool:
        """Start a new session for ``pid`` or resume the journal that exists. Raises UxlabError
        (e.g. the session is open at another station); returns True when it was resumed.
        ``newcomer`` describes a participant who is not in the study's list."""
        self.close()
        # the lab's own wording of questionnaires (study folder's questionnaires/), checked
        # before anything is recorded: a broken file stops here with its name, field and fix
        worded = study_questionnaires(folder)
        path = journal_path(folder, pid)
        resumed = path.exists()
        recorder = open_recorder(path, participant=pid, clock=self.clock)
        recorder.scales = study_item_scales(study)  # answers off their scale are refused
        try:
            if not recorder.state.started:
                p = study.participant(pid) or newcomer
                index = next((i for i, q in enumerate(study.participants) if q.id == pid), None)
                if index is None:
                    index = len(study.participants) + sum(1 for _ in path.parent.glob("*.jsonl")) - 1
                order = task_order(study.task_ids, study.order, index, pid)
                recorder.start_session(
                    pid, order,
                    group=p.group if p else "", language=(p.language if p and p.language else study.language),
                    attributes=dict(p.attributes) if p else {},
                )
        except BaseException:
            close = getattr(recorder.sink, "close", None)
            if callable(close):
                close()
            raise
        self.recorder, self.study, self.folder = recorder, study, Path(folder)
        self.worded = worded
        self.language = recorder.state.language or study.language
        self._checkpoint.start()
        self.running_changed.emit(True)
        self.changed.emit()
        return resumed

    def close(self) -> None:
        """Release the journal (every event is already on disk). The session stays resumable
        unless it was ended."""
        if self.recorder is None:
            return
        self.session_closing.emit()
        if self.recorder.unsaved:
            self.recorder.flush_unsaved()
        close = getattr(self.recorder.sink, "close", None)
        if callable(close):
            close()
        self.recorder = None
        self._checkpoint.stop()
        self._retry.stop()
        self.running_changed.emit(False)
        self.changed.emit()

    # ------------------------------------------------------------------ queries
    @property
    def is_open(self) -> bool:
        return self.recorder is not None

    @property
    def state(self) -> SessionState:
        return self.recorder.state if self.recorder is not None else SessionState()

    def now(self) -> int:
        """The session time now; take it when a key or click arrives."""
        return self.recorder.now_t_ns() if self.recorder is not None else 0

    def upcoming_task(self) -> str | None:
        """The task the next "start" runs: the one the moderator picked, else the next in order."""
        st = self.state
        if self.chosen_next is not None:
            a = st.attempts.get(self.chosen_next)
            if self.chosen_next in st.order and (a is None or a.running):
                return self.chosen_next
        return st.next_task()

    def choose_next(self, task: str | None) -> bool:
        """Run ``task`` next instead of the next one in the participant's order (or go back to a
        task passed over). Refused for a task that has already ended."""
        st = self.state
        a = st.attempts.get(task) if task is not None else None
        if task is not None and (task not in st.order or (a is not None and not a.running)):
            self.problem.emit(self.tr("That task has already been done."))
            return False
        self.chosen_next = task
        self.changed.emit()
        return True

    def step_choice(self, step: int) -> None:
        """Next / previous task among those not yet done."""
        st = self.state
        open_tasks = [t for t in st.order if t not in st.attempts or st.attempts[t].running]
        if not open_tasks or self.current is not None:
            return
        here = self.upcoming_task()
        i = open_tasks.index(here) if here in open_tasks else 0
        self.choose_next(open_tasks[(i + step) % len(open_tasks)])

    @property
    def current(self) -> Attempt | None:
        a = self.state.current
        return a if a is not None and a.running else None

    @property
    def pending_end_t(self) -> int | None:
        """The moment the running task's clock was stopped, waiting for its outcome (from the
        journal, so it survives a crash)."""
        a = self.current
        return a.stopped_t_ns if a is not None else None

    def last_rated_attempt(self) -> Attempt | None:
        """The most recently ended attempt that gets per-task questions (not a skipped one)."""
        ended = [a for a in self.state.attempts.values() if not a.running and a.outcome != "skipped"]
        return max(ended, key=lambda a: a.end_seq or 0) if ended else None

    def pending_task_questions(self) -> list[Question]:
        if self.study is None or self.current is not None:
            return []
        a = self.last_rated_attempt()
        if a is None:
            return []
        return [q for q in task_questions(self.study, self.language, self.worded) if q.item not in a.ratings]

    def emotion_words(self) -> tuple[str, ...]:
        return self.study.task_questions.emotion_words if self.study is not None else ()

    def pending_word(self) -> bool:
        a = self.last_rated_attempt()
        return bool(self.emotion_words()) and self.current is None and a is not None \
            and "emotion_word" not in a.ratings

    def pending_session_questions(self) -> list[Question]:
        if self.study is None or self.state.next_task() is not None:
            return []
        answered = self.state.answers
        return [q for q in session_questions(self.study, self.language, self.worded)
                if q.item not in answered.get(q.questionnaire, {})]

    @property
    def phase(self) -> str:
        st = self.state
        if self.recorder is None or not st.started:
            return IDLE
        if st.ended:
            return ENDED
        if self.current is not None:
            return TASK
        if self.pending_task_questions() or self.pending_word():
            return RATING
        if st.next_task() is not None:
            return BETWEEN
        if self.pending_session_questions():
            return QUESTIONNAIRE
        return FINISHING

    @property
    def unsaved_count(self) -> int:
        return len(self.recorder.unsaved) if self.recorder is not None else 0

    # ------------------------------------------------------------------ commands
    def _ready(self) -> Recorder | None:
        if self.recorder is None:
            self.problem.emit(self.tr("No session is open: pick a participant and start the session."))
        return self.recorder

    def _do(self, command: Callable[..., Event], *args: Any, **kwargs: Any) -> Event | None:
        assert self.recorder is not None
        try:
            event = command(*args, **kwargs)
        except RecorderError as exc:
            if self.recorder.unsaved:
                if not self.save_error:
                    self.save_error = exc.message
                self._retry.start()
                self.save_failed.emit(self.save_error)
                self.changed.emit()
            else:
                self.problem.emit(exc.message)
            return None
        self.event_recorded.emit(event)
        self.changed.emit()
        return event

    def start_next_task(self, t: int | None = None) -> Event | None:
        if self._ready() is None:
            return None
        if self.phase == RATING:
            self.problem.emit(self.tr("Record the ratings for the last task first (or mark them declined)."))
            return None
        if self.current is not None:
            self.problem.emit(self.tr("A task is already running: end it first."))
            return None
        nxt = self.upcoming_task()
        if nxt is None:
            self.problem.emit(self.tr("Every task has been done."))
            return None
        assert self.recorder is not None
        event = self._do(self.recorder.start_task, nxt, t)
        if event is not None:
            self.chosen_next = None
        return event

    def toggle_pause(self, t: int | None = None) -> Event | None:
        if self._ready() is None:
            return None
        if self.current is None:
            self.problem.emit(self.tr("No task is running."))
            return None
        if self.pending_end_t is not None:  # the clock was stopped but the participant carries on
            return self.continue_task(t)
        assert self.recorder is not None
        return self._do(self.recorder.toggle_pause, t)

    def stop_task(self, by: str, t: int | None = None) -> Event | None:
        """Stop the running task's clock at ``t`` (journaled now); the outcome comes next."""
        if self._ready() is None:
            return None
        if self.current is None:
            self.problem.emit(self.tr("No task is running."))
            return None
        if self.pending_end_t is not None:
            return None  # already stopped: the first stop is the end
        assert self.recorder is not None
        return self._do(self.recorder.stop_task, by, t)

    def continue_task(self, t: int | None = None) -> Event | None:
        """Set the stop aside: the task goes on, the stopped stretch counts as task time."""
        if self._ready() is None or self.pending_end_t is None:
            return None
        assert self.recorder is not None
        event = self._do(self.recorder.continue_task, t)
        if event is not None:
            self.problem.emit(self.tr("The task continues: its clock runs again."))
        return event

    def end_task(self, outcome: str, t: int | None = None) -> Event | None:
        if self._ready() is None:
            return None
        if self.current is None:
            self.problem.emit(self.tr("No task is running."))
            return None
        assert self.recorder is not None
        # A stopped task ends at its stop (the recorder sees to it), not at this key.
        return self._do(self.recorder.end_task, outcome, t)

    def participant_done(self, t: int) -> Event | None:
        """The participant pressed "I'm done": the task's clock stops there, on disk at once;
        the moderator then chooses the outcome."""
        return self.stop_task("participant", t)

    def skip_task(self, t: int | None = None) -> Event | None:
        if self._ready() is None:
            return None
        task = self.current.task if self.current is not None else self.upcoming_task()
        if task is None:
            self.problem.emit(self.tr("There is no task left to skip."))
            return None
        if self.phase == RATING:
            self.problem.emit(self.tr("Record the ratings for the last task first (or mark them declined)."))
            return None
        return self._do(self.recorder.skip_task, task, t)

    def marker(self, kind: str, text: str = "", t: int | None = None) -> Event | None:
        assert kind in ("error", "assist", "note", "critical")
        if self._ready() is None:
            return None
        return self._do(self.recorder.marker, kind, text, t)

    def observe_problem(self, text: str, t: int | None = None, problem_id: str | None = None) -> Event | None:
        """A usability problem seen now (``t``: the key press), on the running task if any,
        linked to a problem of the study's list when ``problem_id`` is given."""
        if self._ready() is None:
            return None
        assert self.recorder is not None
        return self._do(self.recorder.observe_problem, text, problem_id, t)

    def known_problems(self) -> list[tuple[str, str]]:
        """(id, title) of the study's problem list, for linking an observation as it is typed."""
        if self.folder is None:
            return []
        from uxlab.storage.problems_file import load_problems

        try:
            return [(p.id, p.title) for p in load_problems(self.folder).problems]
        except (UxlabError, OSError):
            return []

    def undo(self) -> Event | None:
        if self._ready() is None:
            return None
        if self.state.last_undoable_marker() is None:
            self.problem.emit(self.tr("There is no marker to undo."))
            return None
        return self._do(self.recorder.undo_last_marker)

    def edit(self, seq: int, **changes: Any) -> Event | None:
        if self._ready() is None:
            return None
        return self._do(self.recorder.edit, seq, **changes)

    def answer(self, question: Question, value: int | None, declined: bool = False) -> Event | None:
        if self._ready() is None:
            return None
        if question.questionnaire in ("seq", "experience"):
            a = self.last_rated_attempt()
            if a is None:
                self.problem.emit(self.tr("No task has been done yet."))
                return None
            return self._do(self.recorder.rate, a.task, question.item, value, declined=declined)
        return self._do(self.recorder.answer, question.questionnaire, question.item, value, declined=declined)

    def choose_word(self, word: str | None) -> Event | None:
        a = self.last_rated_attempt()
        if self.recorder is None or a is None:
            self.problem.emit(self.tr("No task has been done yet."))
            return None
        return self._do(self.recorder.choose_word, a.task, word)

    def decline_pending(self) -> int:
        """Record every question now waiting as declined (the participant chose not to answer)."""
        n = 0
        questions = self.pending_task_questions() if self.phase == RATING else self.pending_session_questions()
        for q in questions:
            if self.answer(q, None, declined=True) is None:
                return n
            n += 1
        if self.phase == RATING and self.pending_word() and self.choose_word(None) is not None:
            n += 1
        return n

    def end_session(self) -> Event | None:
        if self._ready() is None:
            return None
        if self.current is not None:
            self.problem.emit(self.tr("A task is still running: end it first."))
            return None
        self.session_closing.emit()
        event = self._do(self.recorder.end_session)
        if event is not None:
            self._checkpoint.stop()
            self.running_changed.emit(False)
        return event

    # ------------------------------------------------------------------ durability
    def _on_checkpoint(self) -> None:
        if self.recorder is not None and self.current is not None and not self.recorder.unsaved:
            try:
                self.recorder.checkpoint()
            except RecorderError as exc:
                self.save_error = self.save_error or exc.message
                self._retry.start()
                self.save_failed.emit(self.save_error)

    def journal_file(self) -> Path | None:
        """The file the session is journaled to (the study's, or where it was saved elsewhere)."""
        sink = getattr(self.recorder, "sink", None) if self.recorder is not None else None
        path = getattr(sink, "path", None)
        if isinstance(path, Path):
            return path
        if self.folder is not None and self.recorder is not None:
            return journal_path(self.folder, self.state.participant)
        return None

    def retry_saving(self) -> int:
        """Write the events kept in memory; returns how many are still unsaved."""
        if self.recorder is None:
            self._retry.stop()
            return 0
        left = self.recorder.flush_unsaved()
        if left == 0:
            self.save_error = ""
            self._retry.stop()
            self.saved_again.emit()
            self.changed.emit()
        return left

    def save_elsewhere(self, path: Path) -> Path:
        """Write the whole session, unsaved events included, to a new journal at ``path`` and
        keep recording there. Raises UxlabError / OSError with the reason."""
        if self.recorder is None:
            raise UxlabError("no session is open", fix="start a session first")
        old = self.journal_file()
        self.relocating.emit()
        try:
            out = rescue_session(self.recorder, path)
        except BaseException:
            self.relocated.emit(old)  # not moved: recording goes on where it was
            raise
        # the journal names its media relative to its folder: they follow it (copies; the
        # originals stay where they were recorded)
        names = [str(n) for e in self.recorder.state.events if e.kind == "recording_started"
                 and isinstance(e.data.get("files"), dict) for n in e.data["files"].values()]
        self.media_left = copy_media(old, out, names) if old is not None and names else []
        self.relocated.emit(out)
        self.save_error = ""
        self._retry.stop()
        self.saved_again.emit()
        self.changed.emit()
        return out
