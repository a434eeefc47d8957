"""The study's list of usability problems (formative findings): plain data, validation and the
changes an edit makes. Storage (``problems.json`` and its audit trail) is in
:mod:`uxlab.storage.problems_file`; the counting (matrix, frequencies, discovery) in
:mod:`uxlab.analysis.problems`.

An *observation* is one participant meeting a problem: a ``problem_observation`` journal event,
or a note turned into one later. Its id is ``"<session id>:<event seq>"``, stable for ever because
journals are append-only. A problem groups observations; an observation belongs to at most one
problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from uxlab.core.errors import StudyError

PROBLEMS_SCHEMA_VERSION = 2  # 2 added ``note_tags``; a list without note tags is still written as 1
PROBLEMS_FORMAT = "uxlab-problems"


@dataclass(frozen=True)
class SeverityScale:
    """A documented severity scale. ``levels`` run from the first to the last value listed;
    ``worst`` says which end is the most severe."""

    id: str
    levels: tuple[int, ...]
    labels: tuple[str, ...]
    worst: int
    source: str

    def weight(self, severity: int | None) -> float:
        """(rank + 1) / levels, rank 0 = least severe: 1/levels ... 1 (most severe), for sorting
        by impact; not rated: 0."""
        if severity is None or severity not in self.levels:
            return 0.0
        i = self.levels.index(severity)
        rank = i if self.worst == self.levels[-1] else len(self.levels) - 1 - i
        return (rank + 1) / len(self.levels)

    def label(self, severity: int | None) -> str:
        if severity is None or severity not in self.levels:
            return ""
        return self.labels[self.levels.index(severity)]


SEVERITY_SCALES: dict[str, SeverityScale] = {
    s.id: s
    for s in (
        SeverityScale(
            "sauro-lewis-1-4", (1, 2, 3, 4),
            ("scenario failure", "considerable recovery effort", "minor recovery effort", "inefficiency"),
            worst=1,
            source="Lewis, J. R. (2001). Evaluation of procedures for adjusting problem-discovery "
            "rates estimated from small samples. IJHCI 13(4), 445-479 (impact scale); "
            "Sauro & Lewis (2016), Quantifying the User Experience, 2nd ed., ch. 7",
        ),
        SeverityScale(
            "nielsen-0-4", (0, 1, 2, 3, 4),
            ("not a usability problem", "cosmetic", "minor", "major", "catastrophe"),
            worst=4,
            source="Nielsen, J. (1994). Severity ratings for usability problems. Nielsen Norman Group",
        ),
    )
}
DEFAULT_SCALE = "sauro-lewis-1-4"

PROBLEM_FIELDS = ("title", "description", "severity", "tags", "recommendation")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")
_OBS = re.compile(r"^.+:[0-9]+$")
MAX_TEXT = 20_000


@dataclass(frozen=True)
class Problem:
    id: str
    title: str
    description: str = ""
    severity: int | None = None
    tags: tuple[str, ...] = ()
    recommendation: str = ""
    observations: tuple[str, ...] = ()  # observation ids, in the order they were linked


@dataclass
class ProblemList:
    scale: str = DEFAULT_SCALE
    problems: list[Problem] = field(default_factory=list)
    detached: set[str] = field(default_factory=set)  # observations unlinked from their live link
    revision: int = 0
    # free tags on notes (and observations) given after the session: observation id -> tags.
    # The journal is never rewritten; these live here, audited like every other change.
    note_tags: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def severity_scale(self) -> SeverityScale:
        return SEVERITY_SCALES[self.scale]

    def get(self, problem_id: str) -> Problem | None:
        for p in self.problems:
            if p.id == problem_id:
                return p
        return None

    def next_id(self) -> str:
        used = {p.id for p in self.problems}
        n = len(self.problems) + 1
        while f"PR{n}" in used:
            n += 1
        return f"PR{n}"

    def owner(self, observation: str) -> str | None:
        for p in self.problems:
            if observation in p.observations:
                return p.id
        return None


# ---------------------------------------------------------------------------- validation
def check_severity(scale: SeverityScale, value: Any, where: str = "", fld: str = "severity") -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in scale.levels:
        levels = ", ".join(str(v) for v in scale.levels)
        raise StudyError(f"severity {value!r} is not on the {scale.id} scale", file=where or None, field=fld,
                         fix=f"use one of {levels} ({scale.labels[0]} ... {scale.labels[-1]}) or leave it empty")
    return value


def clean_tags(tags: Any, where: str = "", fld: str = "tags") -> tuple[str, ...]:
    if not isinstance(tags, list | tuple) or not all(isinstance(t, str) for t in tags):
        raise StudyError("expected a list of texts", file=where or None, field=fld, fix='write e.g. ["navigation"]')
    out: list[str] = []
    for t in tags:
        t = t.strip()
        if t and t not in out:
            out.append(t)
    return tuple(out)


def _text(d: dict[str, Any], key: str, where: str, fld: str, required: bool = False) -> str:
    v = d.get(key, "")
    if not isinstance(v, str):
        raise StudyError(f"expected a text, got {type(v).__name__}", file=where, field=fld, fix="write it in quotes")
    if required and not v.strip():
        raise StudyError("is empty", file=where, field=fld, fix="give the problem a short title")
    if len(v) > MAX_TEXT:
        raise StudyError(f"is {len(v):,} characters long", file=where, field=fld,
                         fix=f"keep it under {MAX_TEXT:,} characters")
    return v


def problem_from_dict(d: Any, scale: SeverityScale, where: str, index: int) -> Problem:
    fld = f"problems[{index}]"
    if not isinstance(d, dict):
        raise StudyError("expected an object", file=where, field=fld, fix="each problem is {\"id\": ..., \"title\": ...}")
    pid = d.get("id")
    if not isinstance(pid, str) or not _ID.match(pid):
        raise StudyError(f"bad problem id {pid!r}", file=where, field=f"{fld}.id",
                         fix="use letters, digits, '-', '_' or '.', e.g. PR1")
    obs = d.get("observations", [])
    if not isinstance(obs, list) or not all(isinstance(o, str) and _OBS.match(o) for o in obs):
        raise StudyError("expected a list of observation ids like \"P01:12\"", file=where,
                         field=f"{fld}.observations", fix="list the ids shown in the Problems view")
    return Problem(
        id=pid,
        title=_text(d, "title", where, f"{fld}.title", required=True),
        description=_text(d, "description", where, f"{fld}.description"),
        severity=check_severity(scale, d.get("severity"), where, f"{fld}.severity"),
        tags=clean_tags(d.get("tags", []), where, f"{fld}.tags"),
        recommendation=_text(d, "recommendation", where, f"{fld}.recommendation"),
        observations=tuple(dict.fromkeys(obs)),
    )


def problems_from_dict(data: Any, where: str) -> ProblemList:
    """A validated problem list from a decoded ``problems.json``; errors name file and field."""
    if not isinstance(data, dict) or data.get("format") != PROBLEMS_FORMAT:
        raise StudyError("is not a uxlab problems file", file=where, field="format",
                         fix=f"it should start with {{\"format\": \"{PROBLEMS_FORMAT}\", ...}}")
    scale_id = data.get("severity_scale", DEFAULT_SCALE)
    if scale_id not in SEVERITY_SCALES:
        raise StudyError(f"unknown severity scale {scale_id!r}", file=where, field="severity_scale",
                         fix=f"use one of {', '.join(SEVERITY_SCALES)}")
    scale = SEVERITY_SCALES[scale_id]
    raw = data.get("problems", [])
    if not isinstance(raw, list):
        raise StudyError("expected a list", file=where, field="problems", fix="write [] for no problems")
    problems = [problem_from_dict(d, scale, where, i) for i, d in enumerate(raw)]
    seen: dict[str, str] = {}
    ids: set[str] = set()
    for p in problems:
        if p.id in ids:
            raise StudyError(f"problem id {p.id!r} appears twice", file=where, field="problems",
                             fix="give each problem its own id")
        ids.add(p.id)
        for o in p.observations:
            if o in seen:
                raise StudyError(f"observation {o} is in both {seen[o]} and {p.id}", file=where,
                                 field="problems", fix="an observation belongs to one problem; remove one")
            seen[o] = p.id
    detached = data.get("detached", [])
    if not isinstance(detached, list) or not all(isinstance(o, str) for o in detached):
        raise StudyError("expected a list of observation ids", file=where, field="detached", fix="write []")
    revision = data.get("revision", 0)
    if not isinstance(revision, int) or isinstance(revision, bool) or revision < 0:
        raise StudyError(f"bad revision {revision!r}", file=where, field="revision", fix="a whole number >= 0")
    return ProblemList(scale_id, problems, set(detached), revision, _note_tags(data.get("note_tags", {}), where))


def _note_tags(raw: Any, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise StudyError("expected an object mapping observation ids to tags", file=where, field="note_tags",
                         fix='write e.g. {"P01:12": ["navigation"]}, or {}')
    out: dict[str, tuple[str, ...]] = {}
    for oid, tags in raw.items():
        if not _OBS.match(oid):
            raise StudyError(f"bad observation id {oid!r}", file=where, field="note_tags",
                             fix="use the ids shown in the Problems view, like P01:12")
        cleaned = clean_tags(tags, where, f"note_tags.{oid}")
        if cleaned:
            out[oid] = cleaned
    return out


def problems_to_dict(pl: ProblemList) -> dict[str, Any]:
    """The file's content. A list without note tags is written as schema 1, which uxlab versions
    before note tags still open; with note tags it is schema 2, which they refuse (rather than
    drop the tags on their next save)."""
    d: dict[str, Any] = {
        "format": PROBLEMS_FORMAT,
        "schema_version": 2 if pl.note_tags else 1,
        "revision": pl.revision,
        "severity_scale": pl.scale,
        "problems": [problem_to_dict(p) for p in pl.problems],
        "detached": sorted(pl.detached),
    }
    if pl.note_tags:
        d["note_tags"] = {k: list(v) for k, v in sorted(pl.note_tags.items())}
    return d


def problem_to_dict(p: Problem) -> dict[str, Any]:
    return {
        "id": p.id, "title": p.title, "description": p.description, "severity": p.severity,
        "tags": list(p.tags), "recommendation": p.recommendation, "observations": list(p.observations),
    }


# ---------------------------------------------------------------------------- changes
@dataclass(frozen=True)
class Change:
    """One audited change: what (action, problem, field), the old and the new value."""

    action: str
    problem: str
    field: str = ""
    old: Any = None
    new: Any = None
    observation: str = ""  # for a change to a note's tags: which note

    def to_dict(self) -> dict[str, Any]:
        d = {"action": self.action, "problem": self.problem, "field": self.field, "old": self.old, "new": self.new}
        if self.observation:
            d["observation"] = self.observation
        return d


def _jsonable(v: Any) -> Any:
    return list(v) if isinstance(v, tuple) else v


def create_problem(pl: ProblemList, title: str, observations: list[str] | tuple[str, ...] = (),
                   **fields: Any) -> tuple[Problem, list[Change]]:
    """A new problem holding ``observations`` (taken from any problem that held them)."""
    if not title.strip():
        raise StudyError("a problem needs a title", field="title", fix="give it a short title")
    pid = pl.next_id()
    changes = [Change("create", pid, "title", None, title)]
    p = Problem(pid, title)
    pl.problems.append(p)
    if fields:
        changes += update_problem(pl, pid, **fields)
    changes += assign(pl, pid, list(observations))
    got = pl.get(pid)
    assert got is not None
    return got, changes


def _replace(pl: ProblemList, new: Problem) -> None:
    pl.problems = [new if p.id == new.id else p for p in pl.problems]


def _need(pl: ProblemList, problem_id: str) -> Problem:
    p = pl.get(problem_id)
    if p is None:
        raise StudyError(f"there is no problem {problem_id!r}", field="problem", fix="pick a problem from the list")
    return p


def update_problem(pl: ProblemList, problem_id: str, **fields: Any) -> list[Change]:
    """Edit title, description, severity, tags or recommendation; one change per field that
    really changes."""
    p = _need(pl, problem_id)
    bad = set(fields) - set(PROBLEM_FIELDS)
    if bad:
        raise StudyError(f"cannot edit {', '.join(sorted(bad))}", field="problem",
                         fix=f"edit one of {', '.join(PROBLEM_FIELDS)}")
    values: dict[str, Any] = {}
    for k, v in fields.items():
        if k == "severity":
            v = check_severity(pl.severity_scale, v)
        elif k == "tags":
            v = clean_tags(v)
        elif not isinstance(v, str):
            raise StudyError(f"expected a text, got {type(v).__name__}", field=k, fix="give a text")
        elif k == "title" and not v.strip():
            raise StudyError("a problem needs a title", field="title", fix="give it a short title")
        values[k] = v
    changes = [Change("update", problem_id, k, _jsonable(getattr(p, k)), _jsonable(v))
               for k, v in values.items() if getattr(p, k) != v]
    if changes:
        _replace(pl, replace(p, **values))
    return changes


def assign(pl: ProblemList, problem_id: str, observations: list[str]) -> list[Change]:
    """Link observations to a problem, moving them from any problem that held them."""
    target = _need(pl, problem_id)
    changes: list[Change] = []
    for o in observations:
        if not _OBS.match(o):
            raise StudyError(f"bad observation id {o!r}", field="observations", fix="use ids like P01:12")
    for o in dict.fromkeys(observations):
        if o in target.observations:
            pl.detached.discard(o)
            continue
        owner = pl.owner(o)
        if owner is not None:
            changes += unassign(pl, owner, [o], detach=False)
        target = _need(pl, problem_id)
        _replace(pl, replace(target, observations=(*target.observations, o)))
        target = _need(pl, problem_id)
        pl.detached.discard(o)
        changes.append(Change("link", problem_id, "observations", None, o))
    return changes


def unassign(pl: ProblemList, problem_id: str, observations: list[str], *, detach: bool = True) -> list[Change]:
    """Unlink observations from a problem. ``detach`` also overrides a link made live in the
    session (the journal keeps it; the problem list says it no longer counts)."""
    p = _need(pl, problem_id)
    gone = [o for o in observations if o in p.observations]
    changes = [Change("unlink", problem_id, "observations", o, None) for o in gone]
    if gone:
        _replace(pl, replace(p, observations=tuple(o for o in p.observations if o not in set(gone))))
    if detach:
        for o in observations:
            if o not in pl.detached:
                pl.detached.add(o)
                if o not in gone:
                    changes.append(Change("detach", problem_id, "observations", o, None))
    return changes


def merge_problems(pl: ProblemList, into: str, others: list[str]) -> list[Change]:
    """Fold problems into ``into``: their observations move, the problems are deleted (the
    audit trail keeps each deleted problem whole)."""
    _need(pl, into)
    changes: list[Change] = []
    for pid in others:
        if pid == into:
            continue
        p = _need(pl, pid)
        changes += assign(pl, into, list(p.observations))
        changes += delete_problem(pl, pid)
    return changes


def delete_problem(pl: ProblemList, problem_id: str) -> list[Change]:
    p = _need(pl, problem_id)
    pl.problems = [q for q in pl.problems if q.id != problem_id]
    return [Change("delete", problem_id, "", problem_to_dict(p), None)]


def set_scale(pl: ProblemList, scale_id: str) -> list[Change]:
    """Change the study's severity scale. Every severity is cleared (the same number means
    different things on two scales: 1 is the worst on one, cosmetic on the other); the old
    values stay in the audit trail."""
    if scale_id not in SEVERITY_SCALES:
        raise StudyError(f"unknown severity scale {scale_id!r}", field="severity_scale",
                         fix=f"use one of {', '.join(SEVERITY_SCALES)}")
    if scale_id == pl.scale:
        return []
    changes = [Change("scale", "", "severity_scale", pl.scale, scale_id)]
    for p in list(pl.problems):
        if p.severity is not None:
            changes.append(Change("update", p.id, "severity", p.severity, None))
            _replace(pl, replace(p, severity=None))
    pl.scale = scale_id
    return changes


def tag_notes(pl: ProblemList, observations: list[str], add: list[str] | tuple[str, ...] = (),
              remove: list[str] | tuple[str, ...] = ()) -> list[Change]:
    """Add and remove free tags on notes (or observations), by observation id: one ``tag_note``
    change per note whose tags change, with the old and new tag lists. The journal that holds
    the note is not touched."""
    added, removed = clean_tags(list(add), fld="tags"), set(clean_tags(list(remove), fld="tags"))
    changes: list[Change] = []
    for o in dict.fromkeys(observations):
        if not _OBS.match(o):
            raise StudyError(f"bad observation id {o!r}", field="observations", fix="use ids like P01:12")
        old = pl.note_tags.get(o, ())
        new = tuple(t for t in dict.fromkeys((*old, *added)) if t not in removed)
        if new == old:
            continue
        if new:
            pl.note_tags[o] = new
        else:
            pl.note_tags.pop(o, None)
        changes.append(Change("tag_note", "", "tags", list(old), list(new), observation=o))
    return changes
