"""The recorder: moderator commands in, durable events out.

Each command is validated against the session state, turned into an :class:`Event`, handed to
the sink (storage appends, flushes and fsyncs it) and only then folded into the state. If the
sink raises, the state is unchanged and the event is kept in :attr:`Recorder.unsaved` so the
caller can retry or save it elsewhere: nothing the moderator did is dropped silently.
"""

from __future__ import annotations

from typing import Any, Protocol

from uxlab.core.clock import Clock, SystemClock, wall_iso
from uxlab.core.errors import RecorderError
from uxlab.core.events import MARKER_KINDS, MEDIA_SOURCES, OUTCOMES, STOPPED_BY, Event
from uxlab.core.scales import ItemScales, Scale, plain_number, value_problem
from uxlab.core.session import SessionState


class EventSink(Protocol):
    def append(self, event: Event) -> None:
        """Store the event durably (flushed and fsync'd) before returning, or raise."""
        ...


class Recorder:
    def __init__(
        self,
        sink: EventSink,
        clock: Clock | None = None,
        state: SessionState | None = None,
    ) -> None:
        self.sink = sink
        self.clock: Clock = clock or SystemClock()
        self.state = state or SessionState()
        self.unsaved: list[Event] = []
        # The scale of every item the study asks (uxlab.storage.study_files.study_item_scales):
        # answers off their scale are refused. Without it only whole numbers are checked.
        self.scales = ItemScales()
        self._origin_mono = self.clock.monotonic_ns()
        # The session timeline continues where the journal stopped: a crash gap is not counted.
        self._offset = self.state.last_t_ns
        if self.state.started and not self.state.ended:
            self._emit("session_resumed", {})
            a = self.state.current
            # A stopped task waits for its outcome: its clock is already still.
            if a is not None and a.running and not a.paused and not a.stopped:
                self._emit("task_paused", {"task": a.task, "reason": "resumed after interruption"})

    # ----------------------------------------------------------------- time
    def now_t_ns(self) -> int:
        """Current time on the session timeline. Capture it when a key arrives and pass it as
        ``at_t_ns`` so the event carries the key-press time."""
        return self._offset + (self.clock.monotonic_ns() - self._origin_mono)

    # ----------------------------------------------------------------- plumbing
    def _emit(self, kind: str, data: dict[str, Any], at_t_ns: int | None = None) -> Event:
        """Journal one event. ``t_ns`` is when it is written (never earlier than the event
        before it); ``at_t_ns``, when given, is the moment it happened (the key press, the
        click) and is kept as is: a checkpoint or a rating written in between never moves it."""
        t = max(self.now_t_ns(), self.state.last_t_ns)
        if at_t_ns is not None:
            data = {**data, "at_t_ns": max(0, min(int(at_t_ns), t))}
        event = Event(self.state.last_seq + 1 + len(self.unsaved), kind, t, wall_iso(self.clock.wall_ns()), data)
        if self.unsaved:
            self.unsaved.append(event)
            raise RecorderError(
                f"{len(self.unsaved)} event(s) are not saved yet",
                fix="retry saving (flush_unsaved) or save the session elsewhere",
            )
        try:
            self.sink.append(event)
        except OSError as exc:
            self.unsaved.append(event)
            raise RecorderError(
                f"could not save the event to disk ({exc.strerror or exc}); it is kept in memory",
                fix="free disk space or fix the folder's permissions, then retry; or save elsewhere",
            ) from exc
        self.state.apply(event)
        return event

    def flush_unsaved(self) -> int:
        """Retry writing events kept in memory after a failed write. Returns how many remain."""
        while self.unsaved:
            event = self.unsaved[0]
            try:
                self.sink.append(event)
            except OSError:
                return len(self.unsaved)
            self.unsaved.pop(0)
            self.state.apply(event)
        return 0

    def _need_open(self) -> None:
        if not self.state.started:
            raise RecorderError("the session has not started", fix="start the session first")
        if self.state.ended:
            raise RecorderError("the session has ended", fix="start a new session")

    # ----------------------------------------------------------------- commands
    def start_session(
        self,
        participant: str,
        order: list[str],
        *,
        group: str = "",
        language: str = "",
        attributes: dict[str, str] | None = None,
        session_id: str = "",
    ) -> Event:
        if self.state.started:
            raise RecorderError("the session has already started", fix="resume it instead")
        if not order:
            raise RecorderError("the task order is empty", fix="give the study at least one task")
        data: dict[str, Any] = {
            "participant": participant,
            "order": list(order),
            "group": group,
            "language": language,
            "attributes": dict(attributes or {}),
        }
        if session_id:
            data["session_id"] = session_id
        return self._emit("session_started", data)

    def start_task(self, task: str, at_t_ns: int | None = None) -> Event:
        self._need_open()
        cur = self.state.current
        if cur is not None and cur.running:
            raise RecorderError(f"task '{cur.task}' is still running", fix="end it before starting another")
        if task not in self.state.order:
            raise RecorderError(f"task '{task}' is not in this participant's order", fix="pick a task of the study")
        done = self.state.attempts.get(task)
        if done is not None and not done.running:
            raise RecorderError(
                f"task '{task}' has already ended ({done.outcome})",
                fix="change its outcome in the event log instead",
            )
        return self._emit("task_started", {"task": task}, at_t_ns)

    def _running(self) -> str:
        self._need_open()
        cur = self.state.current
        if cur is None or not cur.running:
            raise RecorderError("no task is running", fix="start a task first")
        return cur.task

    def pause(self, at_t_ns: int | None = None) -> Event:
        task = self._running()
        if self.state.attempts[task].paused:
            raise RecorderError("the task is already paused", fix="resume it")
        if self.state.attempts[task].stopped:
            raise RecorderError("the task's clock is stopped", fix="choose its outcome, or continue the task")
        return self._emit("task_paused", {"task": task}, at_t_ns)

    def resume(self, at_t_ns: int | None = None) -> Event:
        task = self._running()
        if not self.state.attempts[task].paused:
            raise RecorderError("the task is not paused", fix="pause it first")
        return self._emit("task_resumed", {"task": task}, at_t_ns)

    def toggle_pause(self, at_t_ns: int | None = None) -> Event:
        task = self._running()
        return self.resume(at_t_ns) if self.state.attempts[task].paused else self.pause(at_t_ns)

    def stop_task(self, by: str, at_t_ns: int | None = None) -> Event:
        """Stop the running task's clock now; its outcome is chosen afterwards (:meth:`end_task`).
        Journaled at once, so a crash before the moderator's judgement keeps the moment."""
        if by not in STOPPED_BY:
            raise RecorderError(f"unknown stopper '{by}'", fix=f"use one of {', '.join(STOPPED_BY)}")
        task = self._running()
        if self.state.attempts[task].stopped:
            raise RecorderError("the task's clock is already stopped", fix="choose its outcome")
        return self._emit("task_stopped", {"task": task, "by": by}, at_t_ns)

    def continue_task(self, at_t_ns: int | None = None) -> Event:
        """Set a stop aside: the participant carries on; the stopped stretch counts as task time."""
        task = self._running()
        if not self.state.attempts[task].stopped:
            raise RecorderError("the task's clock is not stopped", fix="nothing to continue")
        return self._emit("task_continued", {"task": task}, at_t_ns)

    def end_task(self, outcome: str, at_t_ns: int | None = None) -> Event:
        """End the running task. A stopped task ends at its stop; otherwise at ``at_t_ns``."""
        if outcome not in OUTCOMES:
            raise RecorderError(f"unknown outcome '{outcome}'", fix=f"use one of {', '.join(OUTCOMES)}")
        task = self._running()
        a = self.state.attempts[task]
        if a.stopped_t_ns is not None:
            at_t_ns = a.stopped_t_ns
        return self._emit("task_ended", {"task": task, "outcome": outcome}, at_t_ns)

    def skip_task(self, task: str, at_t_ns: int | None = None) -> Event:
        self._need_open()
        if task not in self.state.order:
            raise RecorderError(f"task '{task}' is not in this participant's order", fix="pick a task of the study")
        a = self.state.attempts.get(task)
        if a is not None and not a.running:
            raise RecorderError(f"task '{task}' has already ended ({a.outcome})", fix="nothing to skip")
        cur = self.state.current
        if cur is not None and cur.running and cur.task != task:
            raise RecorderError(f"task '{cur.task}' is still running", fix="end it before skipping another")
        return self._emit("task_ended", {"task": task, "outcome": "skipped"}, at_t_ns)

    def marker(self, kind: str, text: str = "", at_t_ns: int | None = None) -> Event:
        """Log an error / assist / note / critical incident, on the running task if any.
        ``at_t_ns`` is when the key was pressed (a note typed afterwards keeps that time)."""
        self._need_open()
        if kind not in MARKER_KINDS:
            raise RecorderError(f"unknown marker '{kind}'", fix=f"use one of {', '.join(MARKER_KINDS)}")
        cur = self.state.current
        data: dict[str, Any] = {"marker": kind, "text": text}
        if cur is not None and cur.running:
            data["task"] = cur.task
        return self._emit("marker", data, at_t_ns)

    def observe_problem(self, text: str, problem_id: str | None = None,
                        at_t_ns: int | None = None) -> Event:
        """Log a usability problem observation on the running task, if any. ``problem_id`` links
        it to a problem already in the study's list; ``at_t_ns`` is when the key was pressed."""
        self._need_open()
        text = text.strip()
        if not text and not problem_id:
            raise RecorderError("the observation is empty", fix="type what happened, or pick a known problem")
        cur = self.state.current
        data: dict[str, Any] = {"text": text}
        if cur is not None and cur.running:
            data["task"] = cur.task
        if problem_id:
            data["problem"] = problem_id
        return self._emit("problem_observation", data, at_t_ns)

    def undo_last_marker(self) -> Event:
        self._need_open()
        m = self.state.last_undoable_marker()
        if m is None:
            raise RecorderError("there is no marker to undo", fix="nothing to do")
        return self._emit("undo", {"target": m.seq})

    def edit(self, target_seq: int, **changes: Any) -> Event:
        """Correct an earlier marker (text, marker), outcome or answer (value, declined).
        The original event stays in the journal: this is an audit trail."""
        if self.state.event(target_seq) is None:
            raise RecorderError(f"there is no event {target_seq}", fix="pick an event from the log")
        allowed = {"text", "marker", "outcome", "value", "declined", "word"}
        bad = set(changes) - allowed
        if bad:
            raise RecorderError(f"cannot edit {', '.join(sorted(bad))}", fix=f"edit one of {', '.join(sorted(allowed))}")
        if "outcome" in changes and changes["outcome"] not in OUTCOMES:
            raise RecorderError(f"unknown outcome {changes['outcome']!r}", fix=f"use one of {', '.join(OUTCOMES)}")
        if "marker" in changes and changes["marker"] not in MARKER_KINDS:
            raise RecorderError(f"unknown marker {changes['marker']!r}", fix=f"use one of {', '.join(MARKER_KINDS)}")
        if "value" in changes or "declined" in changes:
            self._check_edited_value(target_seq, changes)
        return self._emit("edit", {"target": target_seq, "changes": dict(changes)})

    def rate(self, task: str, item: str, value: int | None, *, declined: bool = False) -> Event:
        """A per-task rating (seq, exp_success, ...). ``declined=True`` with ``value=None`` is
        the participant's explicit choice not to answer."""
        self._need_open()
        a = self.state.attempts.get(task)
        if a is None:
            raise RecorderError(f"task '{task}' has no attempt", fix="rate a task after it ran")
        _check_value(value, declined, item, self.scales.rating(item))
        return self._emit("rating", {"task": task, "item": item, "value": value, "declined": declined})

    def choose_word(self, task: str, word: str | None) -> Event:
        """The emotion word the participant picked after a task (None: declined)."""
        self._need_open()
        if task not in self.state.attempts:
            raise RecorderError(f"task '{task}' has no attempt", fix="ask after the task ran")
        data: dict[str, Any] = {"task": task, "item": "emotion_word", "value": None,
                                "declined": word is None, "word": word or ""}
        return self._emit("rating", data)

    def answer(self, questionnaire: str, item: str, value: int | None, *, declined: bool = False) -> Event:
        self._need_open()
        _check_value(value, declined, item, self.scales.answer(questionnaire, item))
        return self._emit(
            "answer", {"questionnaire": questionnaire, "item": item, "value": value, "declined": declined}
        )

    # ----------------------------------------------------------------- recording (media)
    def t_at_monotonic(self, mono_ns: int) -> int:
        """The session time of a moment read on the clock's monotonic scale, e.g. when a capture
        process (same machine, same monotonic clock) took its first frame."""
        return self._offset + (int(mono_ns) - self._origin_mono)

    def recording_consent(self, given: bool, sources: list[str]) -> Event:
        """The participant's answer, journaled before anything is captured."""
        self._need_open()
        _check_sources(sources)
        return self._emit("recording_consent", {"given": bool(given), "sources": list(sources)})

    def recording_started(self, segment: int, files: dict[str, str], at_t_ns: int,
                          offsets_ns: dict[str, int] | None = None) -> Event:
        """One segment's files (relative to the sessions folder) and the session-clock moment of
        the media's time zero; ``offsets_ns`` adds a per-source shift (position = m - at + off)."""
        self._need_open()
        _check_sources(list(files))
        for source, name in files.items():
            if not name or name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/"):
                raise RecorderError(f"{source}: the file {name!r} is not inside the sessions folder",
                                    fix="give a path relative to the sessions folder")
        if not files:
            raise RecorderError("the segment has no file", fix="journal a segment once a source records")
        data: dict[str, Any] = {"segment": int(segment), "files": dict(files)}
        if offsets_ns:
            _check_sources(list(offsets_ns))
            data["offsets_ns"] = {k: int(v) for k, v in offsets_ns.items()}
        # at_t_ns is the media's zero: already past when the first frames are in, so kept as is.
        return self._emit("recording_started", data, at_t_ns)

    def recording_stopped(self, segment: int, reason: str = "") -> Event:
        self._need_open()
        data: dict[str, Any] = {"segment": int(segment)}
        if reason:
            data["reason"] = reason
        return self._emit("recording_stopped", data)

    def recording_failed(self, source: str, text: str) -> Event:
        """A source stopped or never started; the session goes on without it."""
        self._need_open()
        _check_sources([source])
        return self._emit("recording_failed", {"source": source, "text": text})

    def checkpoint(self) -> Event:
        """A heartbeat while a task runs: bounds the time a crash can take from the timeline."""
        self._need_open()
        return self._emit("checkpoint", {})

    def end_session(self) -> Event:
        self._need_open()
        cur = self.state.current
        if cur is not None and cur.running:
            raise RecorderError(f"task '{cur.task}' is still running", fix="end it first")
        return self._emit("session_ended", {})

    def _check_edited_value(self, target_seq: int, changes: dict[str, Any]) -> None:
        target = self.state.event(target_seq)
        if target is None or target.kind not in ("rating", "answer"):
            raise RecorderError(f"event {target_seq} is not a rating or an answer",
                                fix="edit the value of a rating or an answer")
        item = str(target.data.get("item", ""))
        if item == "emotion_word":  # a word, not a number: its value stays null
            return
        scale = (self.scales.rating(item) if target.kind == "rating"
                 else self.scales.answer(str(target.data.get("questionnaire", "")), item))
        declined = bool(changes.get("declined", False))
        value = changes.get("value") if "value" in changes else (None if declined else target.data.get("value"))
        _check_value(value, declined, item, scale)


def _check_sources(sources: list[str]) -> None:
    bad = [s for s in sources if s not in MEDIA_SOURCES]
    if bad:
        raise RecorderError(f"unknown media source {bad[0]!r}", fix=f"use {', '.join(MEDIA_SOURCES)}")


def _check_value(value: Any, declined: bool, item: str, scale: Scale | None) -> None:
    if declined and value is not None:
        raise RecorderError("a declined answer has no value", fix="pass value=None with declined=True")
    if declined:
        return
    fix = (f"record a whole number from {scale[0]} to {scale[1]}, or record it as declined" if scale
           else "record a whole number, or record it as declined")
    if value is None or isinstance(value, bool) or not isinstance(value, int):
        problem = value_problem(value, scale) if value is not None else "there is no value"
        raise RecorderError(f"{item}: {problem or f'{plain_number(value)} is not a whole number'}", fix=fix)
    problem = value_problem(value, scale)
    if problem:
        raise RecorderError(f"{item}: {problem}", fix=fix)
