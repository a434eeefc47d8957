"""Journal events: one moderator command becomes one event. Plain data in, plain data out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from uxlab.core.errors import JournalError

JOURNAL_SCHEMA_VERSION = 1

OUTCOMES = ("success", "partial", "fail", "abandoned", "skipped")
MARKER_KINDS = ("error", "assist", "note", "critical")

# kind -> payload keys that must be present
EVENT_KINDS: dict[str, tuple[str, ...]] = {
    "session_started": ("participant", "order"),
    "session_resumed": (),
    "session_ended": (),
    "task_started": ("task",),
    "task_paused": ("task",),
    "task_resumed": ("task",),
    "task_stopped": ("task",),
    "task_continued": ("task",),
    "task_ended": ("task", "outcome"),
    "checkpoint": (),
    "marker": ("marker", "text"),
    "rating": ("item", "value", "declined"),
    "answer": ("questionnaire", "item", "value", "declined"),
    "undo": ("target",),
    "edit": ("target", "changes"),
    # a usability problem seen at t (on the running task, if any); "problem" optionally links it
    # to a problem of the study's list (problems.json); "at_t_ns" is the key-press time
    "problem_observation": ("text",),
    # Recording (optional per study). Consent comes first: nothing is captured before a
    # "recording_consent" with given=true. "sources" lists what is recorded: screen, camera, voice.
    "recording_consent": ("given", "sources"),
    # One segment = one set of media files recorded together (a resume starts a new segment).
    # "files" maps a source to its file, relative to the study's sessions folder (e.g.
    # {"screen": "P01.media/P01-s01-screen.mkv"}). "at_t_ns" is the session-clock moment of the
    # media's time zero: an event at moment m is at position (m - at_t_ns) in every file of the
    # segment, plus that source's "offsets_ns" entry when one is given.
    "recording_started": ("segment", "files", "at_t_ns"),
    "recording_stopped": ("segment",),
    # A source failed (no camera, disk full, codec missing); the session goes on without it.
    "recording_failed": ("source", "text"),
}
_HEAD = ("seq", "kind", "t_ns", "wall")

# payload key -> (accepted JSON types, what the fix message says is expected)
_PAYLOAD_TYPES: dict[str, tuple[tuple[type, ...], str]] = {
    "participant": ((str,), "a text"),
    "order": ((list,), "a list of task ids"),
    "task": ((str,), "a task id"),
    "outcome": ((str,), "an outcome"),
    "marker": ((str,), "a marker kind"),
    "text": ((str,), "a text"),
    "item": ((str,), "an item id"),
    "questionnaire": ((str,), "a questionnaire id"),
    "value": ((int, float, type(None)), "a number or null"),
    "declined": ((bool,), "true or false"),
    "target": ((int,), "an event number"),
    "changes": ((dict,), "an object"),
    "at_t_ns": ((int,), "a time in nanoseconds"),
    "by": ((str,), "who stopped the task: participant or moderator"),
    "problem": ((str,), "a problem id"),
    "given": ((bool,), "true or false"),
    "sources": ((list,), "a list of media sources (screen, camera, voice)"),
    "segment": ((int,), "a segment number"),
    "files": ((dict,), "an object mapping a media source to a file"),
    "offsets_ns": ((dict,), "an object mapping a media source to nanoseconds"),
    "source": ((str,), "a media source: screen, camera or voice"),
    "reason": ((str,), "a text"),
}

# What a recording can capture.
MEDIA_SOURCES = ("screen", "camera", "voice")

# Who stopped a task's clock before its outcome was chosen.
STOPPED_BY = ("participant", "moderator")


@dataclass(frozen=True)
class Event:
    """One journal line. ``t_ns`` is time on the session timeline (monotonic, pauses included,
    crash gaps excluded); ``wall`` is the wall-clock time for display."""

    seq: int
    kind: str
    t_ns: int
    wall: str
    data: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "kind": self.kind, "t_ns": self.t_ns, "wall": self.wall, **self.data}

    @property
    def t_s(self) -> float:
        return self.t_ns / 1e9

    @property
    def moment_ns(self) -> int:
        """When it happened on the session timeline: the key press or click (``at_t_ns``) when
        the event carries one, else when it was journaled (``t_ns``). A key's moment is never
        moved by what was recorded between the key and the journaling (a checkpoint, a rating)."""
        at = self.data.get("at_t_ns")
        if isinstance(at, int) and not isinstance(at, bool) and 0 <= at <= self.t_ns:
            return at
        return self.t_ns

    @property
    def task(self) -> str | None:
        v = self.data.get("task")
        return v if isinstance(v, str) else None


# The same checks, precomputed for the common case (see valid_event): exact JSON types per
# payload key (bool is its own type, so true is never taken for a number), required keys per kind.
_EXACT_TYPES: dict[str, frozenset[type]] = {k: frozenset(types) for k, (types, _) in _PAYLOAD_TYPES.items()}
_REQUIRED: dict[str, frozenset[str]] = {kind: frozenset(keys) for kind, keys in EVENT_KINDS.items()}


def valid_event(d: Any) -> Event | None:
    """The event of a decoded journal line when it passes every check of :func:`event_from_dict`
    as it comes from a JSON parser (exact types); None otherwise, and then
    :func:`event_from_dict` says precisely what is wrong (or accepts, e.g. an int subclass).
    One pass, no error text built: journals are read 166,000 events at a time."""
    if type(d) is not dict:
        return None
    try:
        seq, kind, t_ns, wall = d["seq"], d["kind"], d["t_ns"], d["wall"]
    except KeyError:
        return None
    if type(kind) is not str:
        return None
    required = _REQUIRED.get(kind)
    if (required is None or type(seq) is not int or seq < 1 or type(t_ns) is not int or t_ns < 0
            or type(wall) is not str):
        return None
    data = d.copy()
    del data["seq"], data["kind"], data["t_ns"], data["wall"]
    if not data.keys() >= required:
        return None
    exact = _EXACT_TYPES.get
    for key, value in data.items():
        types = exact(key)
        if types is not None and type(value) not in types:
            return None
    # Event(...) costs five times this: a frozen dataclass's __init__ sets each field through
    # object.__setattr__. The instance's own dict takes them directly (same fields, same object).
    event: Event = _new(Event)
    fields = event.__dict__
    fields["seq"] = seq
    fields["kind"] = kind
    fields["t_ns"] = t_ns
    fields["wall"] = wall
    fields["data"] = data
    return event


_new = object.__new__


def event_from_dict(d: Any, where: str) -> Event:
    """Validate one decoded journal line. ``where`` names file and line for errors."""
    return valid_event(d) or checked_event(d, where)


def checked_event(d: Any, where: str) -> Event:
    """Validate one decoded journal line field by field; the first problem found raises a
    JournalError naming ``where``, the field and the fix."""
    if not isinstance(d, dict):
        raise JournalError("the line is not a JSON object", file=where, fix="the journal is damaged here")
    for key in _HEAD:
        if key not in d:
            raise JournalError(f"the event has no '{key}'", file=where, field=key,
                               fix="the journal is damaged here")
    seq, kind, t_ns, wall = d["seq"], d["kind"], d["t_ns"], d["wall"]
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        raise JournalError(f"bad sequence number {seq!r}", file=where, field="seq",
                           fix="the journal is damaged here")
    if not isinstance(kind, str) or kind not in EVENT_KINDS:
        raise JournalError(f"unknown event kind {kind!r}", file=where, field="kind",
                           fix="written by a newer uxlab? update uxlab")
    if not isinstance(t_ns, int) or isinstance(t_ns, bool) or t_ns < 0:
        raise JournalError(f"bad time {t_ns!r}", file=where, field="t_ns", fix="the journal is damaged here")
    if not isinstance(wall, str):
        raise JournalError("bad wall-clock time", file=where, field="wall", fix="the journal is damaged here")
    data = dict(d)
    for key in _HEAD:
        del data[key]
    for key in EVENT_KINDS[kind]:
        if key not in data:
            raise JournalError(f"a '{kind}' event needs '{key}'", file=where, field=key,
                               fix="the journal is damaged here")
    for key, value in data.items():
        spec = _PAYLOAD_TYPES.get(key)
        if spec is None:
            continue
        types, expected = spec
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise JournalError(f"'{key}' is {type(value).__name__}, expected {expected}", file=where,
                               field=key, fix="the journal is damaged here")
    return Event(seq, kind, t_ns, wall, data)
