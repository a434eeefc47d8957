"""Which moments make highlight clips, and the stretch of recording each one shows.

A highlight is a journal event people want to show: a critical incident or another marker, a
problem observation, or every observation of one problem (a reel). Its window runs from
``before`` seconds before the event to ``after`` seconds after it, kept inside the segment and
the source that recorded it; an event nothing recorded is kept with the reason, never dropped
in silence.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from uxlab.analysis.media import AUDIO_SOURCE, MediaPosition, SessionMedia, study_media
from uxlab.analysis.problems import link, observations_table
from uxlab.core.events import MARKER_KINDS
from uxlab.core.problems import ProblemList
from uxlab.core.study import pick_text
from uxlab.storage.problems_file import load_problems
from uxlab.storage.study_files import LoadedStudy

DEFAULT_BEFORE_S = 5.0
DEFAULT_AFTER_S = 10.0


@dataclass(frozen=True)
class Highlight:
    participant: str
    session_id: str
    seq: int
    kind: str  # a marker kind (critical, note, error, assist) or "observation"
    task: str
    task_title: str
    text: str
    moment_s: float  # on the session clock
    problem: str = ""  # the problem it belongs to (reels)
    video: MediaPosition | None = None  # where the event is
    start_s: float = 0.0  # the clip's window in the video file
    end_s: float = 0.0
    audio: MediaPosition | None = None  # a separate voice file, at the event
    missing: str = ""  # why there is no clip

    @property
    def recorded(self) -> bool:
        return self.video is not None and self.end_s > self.start_s


def _window(sm: SessionMedia, moment_ns: int, pos: MediaPosition, before: float, after: float) -> tuple[float, float]:
    seg = next(s for s in sm.segments if s.segment == pos.segment and s.covers(moment_ns))
    lo = max(0.0, pos.position_s - before, seg.position_s(pos.source, seg.start_ns))
    stops = [pos.position_s + after]
    if seg.end_ns is not None:
        stops.append(seg.position_s(pos.source, seg.end_ns))
    failed = seg.failed_ns.get(pos.source)
    if failed is not None:
        stops.append(seg.position_s(pos.source, failed))
    return lo, min(stops)


def select_highlights(
    loaded: LoadedStudy,
    *,
    markers: tuple[str, ...] = (),
    observations: bool = False,
    problem: str | None = None,
    participants: tuple[str, ...] = (),
    before: float = DEFAULT_BEFORE_S,
    after: float = DEFAULT_AFTER_S,
    problems: ProblemList | None = None,
    language: str = "en",
) -> list[Highlight]:
    """The highlights of a study, by participant then time. ``markers``: marker kinds to take;
    ``observations``: problem observations; ``problem``: every observation (and note or
    critical incident) the problem list links to that problem."""
    for m in markers:
        if m not in MARKER_KINDS:
            raise ValueError(f"unknown marker kind {m!r}")
    media = study_media(loaded)
    titles = {t.id: pick_text(t.title, language, "en") or t.id for t in loaded.study.tasks}
    wanted: dict[tuple[str, int], str] = {}  # (session, seq) -> problem
    if problem is not None:
        pl = problems if problems is not None else load_problems(loaded.folder)
        linked = link(observations_table(loaded, notes=True), pl)
        for sid, seq, prob in zip(linked["session_id"], linked["seq"], linked["problem"], strict=True):
            if prob == problem:
                wanted[(str(sid), int(seq))] = problem
    out: list[Highlight] = []
    seen: set[str] = set()
    for s in loaded.sessions:
        st = s.state
        pid = st.participant or s.read.session_id
        if pid in seen or (participants and pid not in participants):
            continue  # as everywhere in the review: a participant's first session
        seen.add(pid)
        sid = st.session_id or s.read.session_id
        sm = media[sid]
        edited = {m.seq: m for m in st.all_markers()}
        for e in st.events:
            if e.kind == "marker":
                mk = edited.get(e.seq)
                if mk is None or mk.undone:
                    continue
                kind, text, task = mk.kind, mk.text, mk.task or ""
            elif e.kind == "problem_observation":
                kind, text, task = "observation", str(e.data.get("text", "")), str(e.data.get("task") or "")
            else:
                continue
            prob = wanted.get((sid, e.seq))
            if problem is not None:
                if prob is None:
                    continue
            elif not ((kind in markers) or (kind == "observation" and observations)):
                continue
            out.append(_highlight(sm, pid, sid, e.seq, kind, task, titles.get(task, task), text,
                                  e.moment_ns, prob or "", before, after))
    return out


def _highlight(sm: SessionMedia, pid: str, sid: str, seq: int, kind: str, task: str, title: str,
               text: str, moment_ns: int, problem: str, before: float, after: float) -> Highlight:
    base = dict(participant=pid, session_id=sid, seq=seq, kind=kind, task=task, task_title=title,
                text=text, moment_s=moment_ns / 1e9, problem=problem)
    pos = sm.position(moment_ns)
    if pos is None:
        if sm.deleted:
            why = f"the recordings were deleted on request ({sm.deleted})"
        elif sm.consent is False:
            why = "the participant declined recording"
        elif not sm.recorded:
            why = "the session was not recorded"
        else:
            why = "nothing was recording at that moment"
        return Highlight(**base, missing=why)  # type: ignore[arg-type]
    lo, hi = _window(sm, moment_ns, pos, before, after)
    voice = sm.position(moment_ns, AUDIO_SOURCE)
    if voice is not None and voice.file == pos.file:
        voice = None  # the video file carries the sound itself
    return Highlight(**base, video=pos, start_s=lo, end_s=hi, audio=voice)  # type: ignore[arg-type]


def media_files(highlights: list[Highlight]) -> list[Path]:
    """Every file the recorded highlights need, once each, in order."""
    files: list[Path] = []
    for h in highlights:
        for p in (h.video, h.audio):
            if p is not None and p.file not in files:
                files.append(p.file)
    return files
