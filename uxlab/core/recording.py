"""What a session's journal says about its recording: consent, segments, failures. Pure reads of
:class:`SessionState` (the events are defined in :mod:`uxlab.core.events`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from uxlab.core.session import SessionState


@dataclass
class RecordingState:
    consent: bool | None = None  # None: not asked yet in this session
    sources: tuple[str, ...] = ()  # what the participant agreed to
    last_segment: int = 0  # the highest segment number journaled
    open_segment: int | None = None  # started and not stopped (a crash leaves it open)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (source, text)


def recording_state(state: SessionState) -> RecordingState:
    out = RecordingState()
    for e in state.events:
        if e.kind == "recording_consent":
            out.consent = bool(e.data.get("given"))
            sources = e.data.get("sources")
            out.sources = tuple(str(s) for s in sources) if isinstance(sources, list) and out.consent else ()
        elif e.kind == "recording_started":
            seg = e.data.get("segment")
            if isinstance(seg, int) and not isinstance(seg, bool):
                out.last_segment = max(out.last_segment, seg)
                out.open_segment = seg
        elif e.kind == "recording_stopped":
            if e.data.get("segment") == out.open_segment:
                out.open_segment = None
        elif e.kind == "recording_failed":
            out.failures.append((str(e.data.get("source", "")), str(e.data.get("text", ""))))
        elif e.kind == "session_resumed":
            out.open_segment = None  # the process that recorded it is gone
    return out
