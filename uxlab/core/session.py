"""A session rebuilt from its events. The recorder and replay share :meth:`SessionState.apply`,
so what the moderator saw and what a later replay computes are the same by construction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from uxlab.core.events import MARKER_KINDS, OUTCOMES, Event


@dataclass(slots=True)
class Marker:
    seq: int
    kind: str
    text: str
    t_ns: int
    wall: str
    task: str | None
    undone: bool = False
    edited: bool = False


@dataclass(slots=True)
class Answer:
    value: int | None
    declined: bool
    seq: int
    word: str = ""  # for the emotion-word choice


@dataclass
class Attempt:
    task: str
    position: int  # 1-based position of the task in this participant's order
    start_seq: int
    started_t_ns: int
    started_wall: str
    ended_t_ns: int | None = None
    ended_wall: str = ""
    end_seq: int | None = None
    outcome: str | None = None
    paused_ns: int = 0
    pause_started_t_ns: int | None = None
    pauses: int = 0
    interrupted: bool = False  # uxlab stopped (crash, power cut) while this task ran
    # The task's clock was stopped (the participant's "I'm done", the moderator's end key) and
    # the outcome is not chosen yet: the attempt ends at this moment, whatever comes before the
    # moderator's judgement.
    stopped_t_ns: int | None = None
    stopped_by: str = ""
    markers: list[Marker] = field(default_factory=list)
    ratings: dict[str, Answer] = field(default_factory=dict)

    @property
    def running(self) -> bool:
        return self.ended_t_ns is None

    @property
    def paused(self) -> bool:
        return self.pause_started_t_ns is not None

    @property
    def stopped(self) -> bool:
        """The clock is stopped and the outcome is still to be chosen."""
        return self.ended_t_ns is None and self.stopped_t_ns is not None

    def _end(self, now_t_ns: int | None) -> int:
        if self.ended_t_ns is not None:
            return self.ended_t_ns
        if self.stopped_t_ns is not None:
            return self.stopped_t_ns
        return now_t_ns if now_t_ns is not None else self.started_t_ns

    def gross_ns(self, now_t_ns: int | None = None) -> int:
        return max(0, self._end(now_t_ns) - self.started_t_ns)

    def net_ns(self, now_t_ns: int | None = None) -> int:
        paused = self.paused_ns
        if self.pause_started_t_ns is not None:
            paused += max(0, self._end(now_t_ns) - self.pause_started_t_ns)
        return max(0, self.gross_ns(now_t_ns) - paused)

    def count(self, kind: str) -> int:
        return sum(1 for m in self.markers if m.kind == kind and not m.undone)


@dataclass
class SessionState:
    session_id: str = ""
    participant: str = ""
    group: str = ""
    language: str = ""
    attributes: dict[str, str] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    started: bool = False
    ended: bool = False
    started_wall: str = ""
    ended_wall: str = ""
    runs: int = 0
    last_seq: int = 0
    last_t_ns: int = 0
    attempts: dict[str, Attempt] = field(default_factory=dict)
    current_task: str | None = None
    session_markers: list[Marker] = field(default_factory=list)  # markers outside any task
    answers: dict[str, dict[str, Answer]] = field(default_factory=dict)  # questionnaire -> item
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    _by_seq: dict[int, Any] = field(default_factory=dict, repr=False)
    _markers: list[Marker] = field(default_factory=list, repr=False)  # every marker, in seq order

    # ------------------------------------------------------------------ queries
    @property
    def current(self) -> Attempt | None:
        return self.attempts.get(self.current_task) if self.current_task else None

    def all_markers(self) -> list[Marker]:
        """Every marker of the session in the order they were recorded."""
        return list(self._markers)

    def marker(self, seq: int) -> Marker | None:
        """The marker recorded as event ``seq`` (with its corrections applied)."""
        m = self._by_seq.get(seq)
        return m if isinstance(m, Marker) else None

    def answer_recorded_as(self, seq: int) -> Answer | None:
        """The answer event ``seq`` recorded, with its corrections applied (None when a later
        answer to the same item replaced it, or ``seq`` is not an answer)."""
        target = self._by_seq.get(seq)
        if not isinstance(target, tuple):
            return None
        store, item = target
        answer = store.get(item)
        return answer if isinstance(answer, Answer) and answer.seq == seq else None

    def last_undoable_marker(self) -> Marker | None:
        # From the end: costs the number of markers undone at the end, not the session's length.
        for m in reversed(self._markers):
            if not m.undone:
                return m
        return None

    def next_task(self) -> str | None:
        """The first task in this participant's order that has not ended."""
        for tid in self.order:
            a = self.attempts.get(tid)
            if a is None or a.running:
                return tid
        return None

    def event(self, seq: int) -> Event | None:
        events = self.events
        if events:  # sequence numbers are usually contiguous: look there first
            i = seq - events[0].seq
            if 0 <= i < len(events) and events[i].seq == seq:
                return events[i]
        for e in reversed(events):
            if e.seq == seq:
                return e
        return None

    # ------------------------------------------------------------------ replay
    def apply(self, e: Event) -> None:
        """Fold one event into the state. Never raises: odd sequences become warnings."""
        self.events.append(e)
        self.last_seq = e.seq
        if e.t_ns > self.last_t_ns:
            self.last_t_ns = e.t_ns
        handler = _HANDLERS.get(e.kind)
        if handler is not None:
            handler(self, e)

    def _warn(self, e: Event, text: str) -> None:
        self.warnings.append(f"event {e.seq} ({e.kind}): {text}")

    def _on_session_started(self, e: Event) -> None:
        d = e.data
        self.started = True
        self.runs = 1
        self.participant = str(d.get("participant", ""))
        self.group = str(d.get("group", "") or "")
        self.language = str(d.get("language", "") or "")
        attrs = d.get("attributes") or {}
        self.attributes = {str(k): str(v) for k, v in attrs.items()} if isinstance(attrs, dict) else {}
        order = d.get("order")
        self.order = [str(x) for x in order] if isinstance(order, list) else []
        self.session_id = str(d.get("session_id", self.session_id) or self.session_id)
        self.started_wall = e.wall

    def _on_session_resumed(self, e: Event) -> None:
        self.runs += 1
        a = self.current
        if a is not None and a.running:
            a.interrupted = True

    def _on_session_ended(self, e: Event) -> None:
        self.ended = True
        self.ended_wall = e.wall

    def _on_task_started(self, e: Event) -> None:
        tid = str(e.data["task"])
        if tid in self.attempts and not self.attempts[tid].running:
            self._warn(e, f"task {tid} started again after it ended; the new attempt replaces it")
        pos = self.order.index(tid) + 1 if tid in self.order else len(self.attempts) + 1
        self.attempts[tid] = Attempt(tid, pos, e.seq, e.moment_ns, e.wall)
        self.current_task = tid

    def _attempt_for(self, e: Event) -> Attempt | None:
        tid = e.data.get("task")
        a = self.attempts.get(tid) if isinstance(tid, str) else None
        if a is None:
            self._warn(e, f"no started task {tid!r}")
        return a

    def _on_task_paused(self, e: Event) -> None:
        a = self._attempt_for(e)
        if a is not None and a.running and not a.stopped and a.pause_started_t_ns is None:
            a.pause_started_t_ns = max(e.moment_ns, a.started_t_ns)
            a.pauses += 1

    def _on_task_resumed(self, e: Event) -> None:
        a = self._attempt_for(e)
        if a is not None and a.pause_started_t_ns is not None:
            a.paused_ns += max(0, e.moment_ns - a.pause_started_t_ns)
            a.pause_started_t_ns = None

    def _on_task_stopped(self, e: Event) -> None:
        a = self._attempt_for(e)
        if a is None or not a.running:
            return
        if a.stopped:
            self._warn(e, f"task {a.task} was already stopped")
            return
        a.stopped_t_ns = max(e.moment_ns, a.started_t_ns)
        a.stopped_by = str(e.data.get("by", ""))

    def _on_task_continued(self, e: Event) -> None:
        # The stop is set aside: the participant carries on and the stopped stretch is task time.
        a = self._attempt_for(e)
        if a is not None and a.running:
            a.stopped_t_ns = None
            a.stopped_by = ""

    def _on_task_ended(self, e: Event) -> None:
        tid = str(e.data["task"])
        outcome = str(e.data["outcome"])
        if outcome not in OUTCOMES:
            self._warn(e, f"unknown outcome {outcome!r}")
        a = self.attempts.get(tid)
        if a is None:  # skipped without starting
            pos = self.order.index(tid) + 1 if tid in self.order else len(self.attempts) + 1
            a = Attempt(tid, pos, e.seq, e.t_ns, e.wall)
            self.attempts[tid] = a
        # The end is the moment the clock stopped (the key, the participant's click), journaled
        # when it happened; nothing recorded between then and the outcome moves it.
        end = a.stopped_t_ns if a.stopped_t_ns is not None else e.moment_ns
        end = max(end, a.started_t_ns)
        if a.pause_started_t_ns is not None:
            a.paused_ns += max(0, end - a.pause_started_t_ns)
            a.pause_started_t_ns = None
        a.ended_t_ns = end
        a.ended_wall = e.wall
        a.end_seq = e.seq
        a.outcome = outcome
        self._by_seq[e.seq] = a
        if self.current_task == tid:
            self.current_task = None

    def _on_marker(self, e: Event) -> None:
        kind = str(e.data["marker"])
        if kind not in MARKER_KINDS:
            self._warn(e, f"unknown marker {kind!r}")
        at = e.data.get("at_t_ns")
        t = at if isinstance(at, int) and not isinstance(at, bool) and at >= 0 else e.t_ns
        tid = e.data.get("task")
        m = Marker(e.seq, kind, str(e.data["text"]), t, e.wall, tid if isinstance(tid, str) else None)
        target = self.attempts.get(m.task) if m.task else None
        (target.markers if target is not None else self.session_markers).append(m)
        self._markers.append(m)
        self._by_seq[e.seq] = m

    def _on_rating(self, e: Event) -> None:
        d = e.data
        tid = d.get("task")
        a = self.attempts.get(tid) if isinstance(tid, str) else None
        if a is None:
            self._warn(e, f"rating for a task that has no attempt: {tid!r}")
            return
        item = str(d["item"])
        a.ratings[item] = Answer(_int_or_none(d["value"]), bool(d["declined"]), e.seq, str(d.get("word", "")))
        self._by_seq[e.seq] = (a.ratings, item)

    def _on_answer(self, e: Event) -> None:
        d = e.data
        store = self.answers.setdefault(str(d["questionnaire"]), {})
        item = str(d["item"])
        store[item] = Answer(_int_or_none(d["value"]), bool(d["declined"]), e.seq)
        self._by_seq[e.seq] = (store, item)

    def _on_undo(self, e: Event) -> None:
        target = self._by_seq.get(e.data["target"])
        if isinstance(target, Marker):
            target.undone = True
        else:
            self._warn(e, f"undo of event {e.data['target']!r}, which is not a marker")

    def _on_edit(self, e: Event) -> None:
        target = self._by_seq.get(e.data["target"])
        changes = e.data["changes"] if isinstance(e.data["changes"], dict) else {}
        if isinstance(target, Marker):
            if "text" in changes:
                target.text = str(changes["text"])
            if changes.get("marker") in MARKER_KINDS:
                target.kind = str(changes["marker"])
            target.edited = True
        elif isinstance(target, Attempt):
            if changes.get("outcome") in OUTCOMES:
                target.outcome = str(changes["outcome"])
        elif isinstance(target, tuple):
            store, item = target
            if "value" in changes or "declined" in changes:
                old = store[item]
                store[item] = Answer(
                    _int_or_none(changes.get("value", old.value)),
                    bool(changes.get("declined", old.declined)),
                    old.seq,
                    str(changes.get("word", old.word)),
                )
        else:
            self._warn(e, f"edit of event {e.data['target']!r}, which cannot be edited")


def _int_or_none(v: Any) -> int | None:
    if type(v) is int:  # the common case first
        return v
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return None


# event kind -> its handler: one dict look-up per event (SessionState._on_<kind>)
_HANDLERS: dict[str, Callable[[SessionState, Event], None]] = {
    name.removeprefix("_on_"): fn for name, fn in vars(SessionState).items() if name.startswith("_on_")
}


def replay(events: list[Event], session_id: str = "") -> SessionState:
    state = SessionState(session_id=session_id)
    for e in events:
        state.apply(e)
    return state
