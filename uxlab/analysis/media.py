"""Where each journal event is in the session's recordings (no Qt, no ffmpeg: journals only).

The journal holds the contract (docs/data-model.md, "Recording"): a ``recording_started`` event
names a segment's files (relative to the study's ``sessions/`` folder) and ``at_t_ns``, the
session-clock moment of the media's time zero. An event at moment *m* is at position
*m* - ``at_t_ns`` (+ the source's ``offsets_ns`` entry) in each file of the segment that was
recording at *m*.

A segment records from its ``at_t_ns`` until the first of: its ``recording_stopped``, the next
``recording_started``, a ``session_resumed`` (uxlab stopped: the crashed segment's file ends
there; the resumed run records into a new segment), the session's end. A source that failed
(``recording_failed``) is not recorded from that moment on, in that segment. A moment outside
every segment, or of a failed or deleted source, has no position: ``None``, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from uxlab.core.events import Event
from uxlab.core.session import Attempt, SessionState
from uxlab.storage.recordings import deletions, media_file
from uxlab.storage.study_files import LoadedSession, LoadedStudy, sessions_dir

VIDEO_SOURCES = ("screen", "camera")  # what a player shows, in order of preference
AUDIO_SOURCE = "voice"

MEDIA_COLUMNS = [
    "participant", "session_id", "seq", "kind", "task", "marker", "text", "moment_s", "segment",
    "source", "file", "position_s",
]


@dataclass(frozen=True)
class Segment:
    """One set of media files recorded together, and the span of the session it covers."""

    segment: int
    seq: int  # the recording_started event
    at_t_ns: int  # session moment of the media's time zero
    start_ns: int  # first session moment recorded (the recording_started event's moment)
    end_ns: int | None  # first moment no longer recorded; None: up to the end of the journal
    files: dict[str, Path]  # source -> absolute path
    offsets_ns: dict[str, int] = field(default_factory=dict)
    failed_ns: dict[str, int] = field(default_factory=dict)  # source -> moment it failed
    failures: dict[str, str] = field(default_factory=dict)  # source -> what the journal said
    end_reason: str = ""  # stopped, crashed, next segment, session ended, ""
    end_seq: int | None = None  # the event that ended it

    def covers(self, moment_ns: int) -> bool:
        return self.start_ns <= moment_ns and (self.end_ns is None or moment_ns < self.end_ns)

    def records(self, source: str, moment_ns: int) -> bool:
        """Whether ``source`` of this segment holds ``moment_ns``."""
        if source not in self.files or not self.covers(moment_ns):
            return False
        failed = self.failed_ns.get(source)
        return (failed is None or moment_ns < failed) and self.position_s(source, moment_ns) >= 0

    def position_s(self, source: str, moment_ns: int) -> float:
        return (moment_ns - self.at_t_ns + self.offsets_ns.get(source, 0)) / 1e9


@dataclass(frozen=True)
class MediaPosition:
    """Where a session moment is in one file."""

    segment: int
    source: str
    file: Path
    position_s: float


@dataclass
class SessionMedia:
    """A session's consent, segments and the problems found reading them."""

    participant: str
    session_id: str
    consent: bool | None = None  # None: never asked (the study records nothing)
    consent_sources: tuple[str, ...] = ()
    segments: list[Segment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    deleted: str = ""  # when the recordings were deleted on request (privacy), else ""

    @property
    def recorded(self) -> bool:
        return bool(self.segments)

    def segment_at(self, moment_ns: int) -> Segment | None:
        for s in self.segments:
            if s.covers(moment_ns):
                return s
        return None

    def position(self, moment_ns: int, source: str | None = None) -> MediaPosition | None:
        """Where ``moment_ns`` is in ``source`` (default: the screen, else the camera); None when
        nothing of that source was recording then (not recorded, failed, outside every segment)."""
        seg = self.segment_at(moment_ns)
        if seg is None:
            return None
        for src in (source,) if source else VIDEO_SOURCES:
            if seg.records(src, moment_ns) and not (self.deleted and not seg.files[src].exists()):
                return MediaPosition(seg.segment, src, seg.files[src], seg.position_s(src, moment_ns))
        return None

    def event_position(self, event: Event, source: str | None = None) -> MediaPosition | None:
        """Where an event is. After a crash the resumed clock starts at the last journaled
        moment: an event journaled before the crash at that moment is in the crashed segment's
        file, the ``session_resumed`` and what follows are not."""
        seg = self.segment_at(event.moment_ns)
        if seg is not None and seg.end_reason == "crashed" and seg.end_seq is not None \
                and event.seq >= seg.end_seq:
            return None
        return self.position(event.moment_ns, source)

    def attempt_pieces(self, attempt: Attempt, source: str | None = None) -> list[AttemptPiece]:
        """The recorded stretches of an attempt, in order: one per segment it overlaps (a crash
        mid-task gives two), clipped to what ``source`` (default: screen, else camera) holds."""
        start, end = attempt_span(attempt)
        pieces: list[AttemptPiece] = []
        for seg in self.segments:
            lo = max(start, seg.start_ns)
            hi = end if seg.end_ns is None else min(end, seg.end_ns)
            if hi <= lo:
                continue
            for src in (source,) if source else VIDEO_SOURCES:
                if src not in seg.files or (self.deleted and not seg.files[src].exists()):
                    continue
                failed = seg.failed_ns.get(src)
                top = hi if failed is None else min(hi, failed)
                if top > lo:
                    pieces.append(AttemptPiece(seg.segment, src, seg.files[src], lo, top,
                                               seg.position_s(src, lo), seg.position_s(src, top)))
                    break
        return pieces


@dataclass(frozen=True)
class AttemptPiece:
    segment: int
    source: str
    file: Path
    start_ns: int  # session moments
    end_ns: int
    start_s: float  # positions in the file
    end_s: float


def attempt_span(attempt: Attempt) -> tuple[int, int]:
    """The session moments of an attempt: from its start to its end (the stopped clock when the
    outcome was chosen later; for a running attempt, the start: nothing known after it)."""
    end = attempt.ended_t_ns if attempt.ended_t_ns is not None else attempt.stopped_t_ns
    if end is None:
        end = attempt.started_t_ns
    return attempt.started_t_ns, max(attempt.started_t_ns, end)


def _resolve(base: Path, rel: object, where: str, warnings: list[str]) -> Path | None:
    """A file named in the journal, inside the study's sessions folder; None (with a warning) for
    anything else: an absolute path or one climbing out of the folder is never followed."""
    path = media_file(base, rel)
    if path is None:
        warnings.append(f"{where}: the media file {rel!r} is outside the sessions folder or not a "
                        "file name; it is ignored")
    return path


@dataclass
class _Open:
    segment: int
    seq: int
    at: int
    files: dict[str, Path]
    offsets: dict[str, int]
    failed: dict[str, int] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)

    def close(self, end_ns: int | None, reason: str, end_seq: int | None = None) -> Segment:
        return Segment(self.segment, self.seq, self.at, max(0, self.at), end_ns, self.files,
                       self.offsets, self.failed, self.failures, reason, end_seq)


def session_media(state: SessionState, base: Path, where: str = "") -> SessionMedia:
    """Read one session's recording events. ``base`` is the study's ``sessions/`` folder."""
    sm = SessionMedia(state.participant, state.session_id)
    cur: _Open | None = None
    where = where or state.session_id
    for e in state.events:
        k = e.kind
        if k == "recording_consent":
            sm.consent = bool(e.data.get("given"))
            src = e.data.get("sources")
            sm.consent_sources = tuple(str(s) for s in src) if isinstance(src, list) else ()
        elif k == "recording_started":
            if cur is not None:
                sm.segments.append(cur.close(int(e.data["at_t_ns"]), "next segment"))
            line = f"{where}: event {e.seq}"
            if sm.consent is not True:
                sm.warnings.append(f"{line}: recording started without the participant's consent "
                                   "recorded before it")
            files: dict[str, Path] = {}
            raw = e.data.get("files")
            for source, rel in (raw.items() if isinstance(raw, dict) else ()):
                path = _resolve(base, rel, line, sm.warnings)
                if path is not None:
                    files[str(source)] = path
            offs = e.data.get("offsets_ns")
            offsets = {str(s): v for s, v in offs.items() if isinstance(v, int) and not isinstance(v, bool)
                       } if isinstance(offs, dict) else {}
            cur = _Open(int(e.data["segment"]), e.seq, int(e.data["at_t_ns"]), files, offsets)
        elif k == "recording_failed" and cur is not None:
            source = str(e.data.get("source"))
            cur.failed.setdefault(source, e.moment_ns)
            cur.failures.setdefault(source, str(e.data.get("text", "")))
        elif k == "recording_stopped" and cur is not None:
            if e.data.get("segment") in (None, cur.segment):
                sm.segments.append(cur.close(e.moment_ns, "stopped"))
                cur = None
        elif k == "session_resumed" and cur is not None:
            # uxlab stopped while recording: the file ends around the last journaled moment,
            # and the resumed run continues the session clock from there
            # (inclusive: the last events before the crash are at the resume's moment)
            sm.segments.append(cur.close(e.t_ns + 1, "crashed", e.seq))
            cur = None
        elif k == "session_ended" and cur is not None:
            sm.segments.append(cur.close(e.moment_ns, "session ended"))
            cur = None
    if cur is not None:
        sm.segments.append(cur.close(None, ""))
    return sm


def study_media(loaded: LoadedStudy) -> dict[str, SessionMedia]:
    """Every session's media, by session id (the study's first session per participant first)."""
    base = sessions_dir(loaded.folder)
    dels = deletions(loaded.folder)
    return {s.state.session_id or s.read.session_id: _one(s, base, dels) for s in loaded.sessions}


def _one(s: LoadedSession, base: Path, dels: dict[str, str]) -> SessionMedia:
    sm = session_media(s.state, base, str(s.path))
    if not sm.session_id:
        sm.session_id = s.read.session_id
    sm.deleted = dels.get(sm.participant, "")
    return sm


def media_table(loaded: LoadedStudy, source: str | None = None) -> pd.DataFrame:
    """One row per event of every session with where it is in the recordings: ``segment``,
    ``source``, ``file`` (absolute) and ``position_s``; empty / NaN where nothing was recording."""
    rows: dict[str, list[object]] = {c: [] for c in MEDIA_COLUMNS}
    base = sessions_dir(loaded.folder)
    dels = deletions(loaded.folder)
    for s in loaded.sessions:
        sm = _one(s, base, dels)
        for e in s.state.events:
            pos = sm.event_position(e, source)
            d = e.data
            for c, v in zip(MEDIA_COLUMNS, (
                    s.state.participant, sm.session_id, e.seq, e.kind, d.get("task") or "",
                    d.get("marker") or "", d.get("text") if isinstance(d.get("text"), str) else "",
                    e.moment_ns / 1e9, pos.segment if pos else None, pos.source if pos else "",
                    str(pos.file) if pos else "", pos.position_s if pos else float("nan")), strict=True):
                rows[c].append(v)
    return pd.DataFrame(rows, columns=MEDIA_COLUMNS)
