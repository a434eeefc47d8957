"""The study: what a researcher scripts before sessions. Parsed from plain data, validated.

A study file is JSON (``study.json``) carrying ``schema_version``. This module only turns plain
Python data into a validated :class:`Study` and back; reading and writing files is storage's job.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from uxlab.core.errors import StudyError
from uxlab.core.participant_ids import clash_error, id_key

STUDY_SCHEMA_VERSION = 1

ORDER_POLICIES = ("fixed", "random", "latin_square")
TRIO_ITEMS = ("exp_success", "exp_effort", "exp_emotion")
TASK_RATING_ITEMS = ("seq", *TRIO_ITEMS)
BUILTIN_QUESTIONNAIRES = ("sus", "umux_lite", "nps", "csat", "ces")
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
MAX_TASK_SECONDS = 86_400  # a target time or time limit beyond a day is a typing slip
MAX_SCALE_POINT = 1_000  # custom item scales stay within -1000..1000
MAX_SEED = 2**63 - 1
# Participant attribute fields become table columns beside these: a field may not take their name.
RESERVED_FIELD_NAMES = ("participant", "task", "language", "excluded", "exclude_reason", "session_id",
                        "status", "started", "ended")

# Text in one or several languages: {"en": "...", "fr": "..."}. A plain string means the
# study's own language.
LocalizedText = dict[str, str]


def pick_text(text: LocalizedText, language: str, fallback: str) -> str:
    """The text in ``language``, else in ``fallback``, else any language, else ''."""
    if language in text:
        return text[language]
    if fallback in text:
        return text[fallback]
    return next(iter(text.values()), "")


@dataclass(frozen=True)
class ParticipantField:
    name: str
    label: str
    choices: tuple[str, ...] = ()


@dataclass
class Participant:
    id: str
    group: str = ""
    language: str = ""
    attributes: dict[str, str] = field(default_factory=dict)
    excluded: bool = False
    exclude_reason: str = ""


@dataclass
class Task:
    id: str
    title: LocalizedText
    scenario: LocalizedText
    success_criteria: str = ""
    target_time_s: float | None = None
    time_limit_s: float | None = None
    stage: str = ""
    condition: str = ""  # within-subjects designs: the condition (design, tool) it is done under


@dataclass
class TaskQuestions:
    seq: bool = True
    experience: bool = False
    emotion_words: tuple[str, ...] = ()

    def items(self) -> tuple[str, ...]:
        """The rating items asked after each task, in order."""
        out: list[str] = []
        if self.seq:
            out.append("seq")
        if self.experience:
            out.extend(TRIO_ITEMS)
        return tuple(out)


@dataclass(frozen=True)
class CustomItem:
    id: str
    text: LocalizedText
    scale_min: int = 1
    scale_max: int = 7
    low_label: LocalizedText = field(default_factory=dict)
    high_label: LocalizedText = field(default_factory=dict)


@dataclass
class OrderPolicy:
    policy: str = "fixed"
    seed: int = 0


@dataclass
class Study:
    title: str
    tasks: list[Task]
    description: str = ""
    language: str = "en"
    languages: tuple[str, ...] = ()
    participant_fields: list[ParticipantField] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    task_questions: TaskQuestions = field(default_factory=TaskQuestions)
    questionnaires: list[str] = field(default_factory=list)
    custom_items: list[CustomItem] = field(default_factory=list)
    order: OrderPolicy = field(default_factory=OrderPolicy)
    participant_can_end_task: bool = True
    benchmarks: dict[str, float] = field(default_factory=dict)  # e.g. {"completion": 0.78}
    design: str = ""  # declared: between, within or mixed ("" = not declared)
    # What a session records, with the participant's consent: see RECORDING_MODES.
    recording: str = "off"
    schema_version: int = STUDY_SCHEMA_VERSION

    def task(self, task_id: str) -> Task:
        for t in self.tasks:
            if t.id == task_id:
                return t
        raise KeyError(task_id)

    @property
    def task_ids(self) -> list[str]:
        return [t.id for t in self.tasks]

    def participant(self, pid: str) -> Participant | None:
        for p in self.participants:
            if p.id == pid:
                return p
        return None

    def stages(self) -> list[str]:
        """Journey stages in the order tasks first name them."""
        seen: list[str] = []
        for t in self.tasks:
            if t.stage and t.stage not in seen:
                seen.append(t.stage)
        return seen


# ----------------------------------------------------------------------------- parsing


class _Reader:
    """Walks plain data, raising StudyError with the file and the dotted field path."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, path: str, problem: str, fix: str) -> StudyError:
        return StudyError(problem, file=self.file, field=path, fix=fix)

    def obj(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, f"expected an object, got {_kind(value)}", "write it as {...}")
        return value

    def lst(self, value: Any, path: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(path, f"expected a list, got {_kind(value)}", "write it as [...]")
        return value

    def string(self, d: dict[str, Any], key: str, path: str, default: str | None = None) -> str:
        if key not in d or d[key] is None:
            if default is None:
                raise self.fail(_join(path, key), "is missing", f"add \"{key}\": \"...\"")
            return default
        v = d[key]
        if not isinstance(v, str):
            raise self.fail(_join(path, key), f"expected text, got {_kind(v)}", "put it in quotes")
        return v

    def text(self, d: dict[str, Any], key: str, path: str, lang: str, required: bool) -> LocalizedText:
        p = _join(path, key)
        v = d.get(key)
        if v is None or v == "":
            if required:
                raise self.fail(p, "is missing", f"add \"{key}\": \"...\" (or one text per language)")
            return {}
        if isinstance(v, str):
            return {lang: v}
        if isinstance(v, dict):
            out: LocalizedText = {}
            for code, s in v.items():
                if not isinstance(s, str):
                    raise self.fail(f"{p}.{code}", f"expected text, got {_kind(s)}", "put it in quotes")
                out[str(code)] = s
            if required and not out:
                raise self.fail(p, "has no text in any language", "add at least one language")
            return out
        raise self.fail(p, f"expected text or {{language: text}}, got {_kind(v)}", "use a string")

    def number(self, d: dict[str, Any], key: str, path: str, *, positive: bool = True) -> float | None:
        v = d.get(key)
        if v is None:
            return None
        where = _join(path, key)
        if isinstance(v, bool) or not isinstance(v, int | float):
            raise self.fail(where, f"expected a number of seconds, got {_kind(v)}", "e.g. 90")
        if isinstance(v, float) and math.isnan(v):
            raise self.fail(where, "is NaN (not a number), not a number of seconds", "write a number, e.g. 90, or leave it out")
        if positive and v <= 0:
            raise self.fail(where, f"must be greater than 0, got {_number_text(v)}", "use a positive number or leave it out")
        if v > MAX_TASK_SECONDS:
            raise self.fail(where, f"{_number_text(v)} s is longer than a day ({MAX_TASK_SECONDS:,} s)",
                            "write the time in seconds, e.g. 90, or leave it out")
        return float(v)

    def boolean(self, d: dict[str, Any], key: str, path: str, default: bool) -> bool:
        v = d.get(key, default)
        if not isinstance(v, bool):
            raise self.fail(_join(path, key), f"expected true or false, got {_kind(v)}", "write true or false")
        return v

    def ident(self, d: dict[str, Any], key: str, path: str) -> str:
        v = self.string(d, key, path)
        if not _ID_RE.match(v):
            raise self.fail(
                _join(path, key),
                f"'{v}' is not a valid id",
                "use 1-64 letters, digits, '_', '-' or '.', starting with a letter or digit",
            )
        return v


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _number_text(v: int | float) -> str:
    if isinstance(v, float) and math.isinf(v):
        return "Infinity" if v > 0 else "-Infinity"
    if isinstance(v, int) and abs(v) >= 10**15:
        return f"a {len(str(abs(v)))}-digit number"
    return f"{v:g}"


def _kind(v: Any) -> str:
    if v is None:
        return "nothing (null)"
    if isinstance(v, bool):
        return "true/false"
    return {str: "text", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(v), type(v).__name__
    )


def study_from_dict(data: Any, file: str = "study.json") -> Study:
    """Validate plain data (already migrated to the current schema) into a Study."""
    r = _Reader(file)
    d = r.obj(data, "")
    version = d.get("schema_version")
    if version != STUDY_SCHEMA_VERSION:
        raise r.fail(
            "schema_version",
            f"expected {STUDY_SCHEMA_VERSION}, got {version!r}",
            "storage migrates older versions; newer ones need a newer uxlab",
        )
    title = r.string(d, "title", "")
    if not title.strip():
        raise r.fail("title", "is empty", "give the study a title")
    lang = r.string(d, "language", "", "en")
    languages_raw = r.lst(d.get("languages", [lang]), "languages")
    languages = tuple(str(x) for x in languages_raw) or (lang,)

    fields: list[ParticipantField] = []
    for i, f in enumerate(r.lst(d.get("participant_fields", []), "participant_fields")):
        p = f"participant_fields[{i}]"
        fo = r.obj(f, p)
        choices = r.lst(fo.get("choices", []), f"{p}.choices")
        name = r.ident(fo, "name", p)
        if name.lower() in RESERVED_FIELD_NAMES:
            raise r.fail(f"{p}.name", f"'{name}' is the name of a column uxlab fills itself",
                         f"rename the field (e.g. '{name}_info'); reserved: {', '.join(RESERVED_FIELD_NAMES)}")
        twin = next((i_ for i_, f_ in enumerate(fields) if f_.name.lower() == name.lower()), None)
        if twin is not None:
            raise r.fail(f"{p}.name", f"the field name '{name}' is already used by participant_fields[{twin}]",
                         "give each participant field its own name")
        fields.append(ParticipantField(name, r.string(fo, "label", p, name), tuple(str(c) for c in choices)))

    participants: list[Participant] = []
    seen_p: dict[str, str] = {}  # id_key -> id: ids one disk would confuse are refused too
    for i, pd in enumerate(r.lst(d.get("participants", []), "participants")):
        p = f"participants[{i}]"
        po = r.obj(pd, p)
        pid = r.ident(po, "id", p)
        other = seen_p.get(id_key(pid))
        if other == pid:
            raise r.fail(f"{p}.id", f"participant '{pid}' appears twice", "give each participant a unique id")
        if other is not None:
            raise clash_error(pid, other, file=r.file, field=f"{p}.id")
        seen_p[id_key(pid)] = pid
        attrs_raw = r.obj(po.get("attributes", {}), f"{p}.attributes")
        participants.append(
            Participant(
                id=pid,
                group=r.string(po, "group", p, ""),
                language=r.string(po, "language", p, ""),
                attributes={str(k): str(v) for k, v in attrs_raw.items()},
                excluded=r.boolean(po, "excluded", p, False),
                exclude_reason=r.string(po, "exclude_reason", p, ""),
            )
        )

    tasks: list[Task] = []
    seen_t: set[str] = set()
    tasks_raw = r.lst(d.get("tasks"), "tasks") if "tasks" in d else None
    if not tasks_raw:
        raise r.fail("tasks", "the study has no tasks", "add at least one task with an id, title and scenario")
    for i, td in enumerate(tasks_raw):
        p = f"tasks[{i}]"
        to = r.obj(td, p)
        tid = r.ident(to, "id", p)
        if tid in seen_t:
            raise r.fail(f"{p}.id", f"task id '{tid}' appears twice", "give each task a unique id")
        seen_t.add(tid)
        target = r.number(to, "target_time_s", p)
        limit = r.number(to, "time_limit_s", p)
        if target is not None and limit is not None and limit < target:
            raise r.fail(f"{p}.time_limit_s", f"limit {limit:g} s is shorter than the target {target:g} s",
                         "make the time limit at least the target time")
        tasks.append(
            Task(
                id=tid,
                title=r.text(to, "title", p, lang, required=True),
                scenario=r.text(to, "scenario", p, lang, required=True),
                success_criteria=r.string(to, "success_criteria", p, ""),
                target_time_s=target,
                time_limit_s=limit,
                stage=r.string(to, "stage", p, ""),
                condition=r.string(to, "condition", p, "").strip(),
            )
        )

    tq = r.obj(d.get("task_questions", {}), "task_questions")
    words = r.lst(tq.get("emotion_words", []), "task_questions.emotion_words")
    task_questions = TaskQuestions(
        seq=r.boolean(tq, "seq", "task_questions", True),
        experience=r.boolean(tq, "experience", "task_questions", False),
        emotion_words=tuple(str(w) for w in words),
    )

    questionnaires: list[str] = []
    for i, q in enumerate(r.lst(d.get("questionnaires", []), "questionnaires")):
        if not isinstance(q, str) or not _ID_RE.match(q):
            raise r.fail(f"questionnaires[{i}]", f"expected a questionnaire id, got {q!r}",
                         f"use one of {', '.join(BUILTIN_QUESTIONNAIRES)} or a file's id")
        if q in questionnaires:
            raise r.fail(f"questionnaires[{i}]", f"'{q}' is listed twice", "list it once")
        questionnaires.append(q)

    custom: list[CustomItem] = []
    for i, cd in enumerate(r.lst(d.get("custom_items", []), "custom_items")):
        p = f"custom_items[{i}]"
        co = r.obj(cd, p)
        lo, hi = co.get("scale_min", 1), co.get("scale_max", 7)
        if (not (isinstance(lo, int) and isinstance(hi, int)) or isinstance(lo, bool) or isinstance(hi, bool)
                or lo >= hi or not -MAX_SCALE_POINT <= lo < hi <= MAX_SCALE_POINT):
            shown = "..".join(_number_text(x) if isinstance(x, int | float) and not isinstance(x, bool) else _kind(x)
                              for x in (lo, hi))
            raise r.fail(f"{p}.scale_max", f"scale {shown} is not a range of whole numbers within "
                         f"-{MAX_SCALE_POINT:,}..{MAX_SCALE_POINT:,}", "e.g. scale_min 1, scale_max 7")
        custom.append(
            CustomItem(
                id=r.ident(co, "id", p),
                text=r.text(co, "text", p, lang, required=True),
                scale_min=lo,
                scale_max=hi,
                low_label=r.text(co, "low_label", p, lang, required=False),
                high_label=r.text(co, "high_label", p, lang, required=False),
            )
        )

    od = r.obj(d.get("order", {}), "order")
    policy = r.string(od, "policy", "order", "fixed")
    if policy not in ORDER_POLICIES:
        raise r.fail("order.policy", f"unknown policy '{policy}'", f"use one of {', '.join(ORDER_POLICIES)}")
    seed = od.get("seed", 0)
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise r.fail("order.seed", f"expected a whole number, got {_kind(seed)}", "e.g. 12345")
    if not -MAX_SEED <= seed <= MAX_SEED:
        raise r.fail("order.seed", f"{_number_text(seed)} is out of range", f"use a whole number from -{MAX_SEED} to {MAX_SEED}")

    return Study(
        title=title,
        description=r.string(d, "description", "", ""),
        language=lang,
        languages=languages,
        participant_fields=fields,
        participants=participants,
        tasks=tasks,
        task_questions=task_questions,
        questionnaires=questionnaires,
        custom_items=custom,
        order=OrderPolicy(policy, seed),
        participant_can_end_task=r.boolean(d, "participant_can_end_task", "", True),
        benchmarks=_benchmarks(r, d.get("benchmarks", {})),
        design=_design(r, d.get("design", "")),
        recording=_recording(r, d.get("recording", "off")),
    )


DESIGNS = ("", "between", "within", "mixed")

# A study records nothing ("off"), the participant's screen only ("screen": the privacy setting),
# or the screen, a webcam and the microphone ("screen_camera_voice").
RECORDING_MODES: dict[str, tuple[str, ...]] = {
    "off": (), "screen": ("screen",), "screen_camera_voice": ("screen", "camera", "voice"),
}


def _recording(r: _Reader, value: Any) -> str:
    if not isinstance(value, str) or value not in RECORDING_MODES:
        raise r.fail("recording", f"expected off, screen or screen_camera_voice, got {value!r}",
                     "e.g. \"recording\": \"screen\" (or leave it out: nothing is recorded)")
    return value


def _design(r: _Reader, value: Any) -> str:
    """Optional declared design: between, within or mixed (checked against the data)."""
    if not isinstance(value, str) or value not in DESIGNS:
        raise r.fail("design", f"expected between, within or mixed, got {value!r}",
                     "e.g. \"design\": \"within\" (or leave it out)")
    return value


BENCHMARK_RANGES: dict[str, tuple[float, float]] = {
    "completion": (0.0, 1.0), "sus": (0.0, 100.0), "umux_lite": (0.0, 100.0), "seq": (1.0, 7.0),
    "nps": (-100.0, 100.0),
}


def _benchmarks(r: _Reader, value: Any) -> dict[str, float]:
    """Optional ``benchmarks``: {"completion": 0.78, "sus": 68, "seq": 5.5, ...}."""
    d = r.obj(value, "benchmarks")
    out: dict[str, float] = {}
    for name, v in d.items():
        path = f"benchmarks.{name}"
        if name not in BENCHMARK_RANGES:
            raise r.fail(path, "is not a benchmark", f"use {', '.join(BENCHMARK_RANGES)}")
        low, high = BENCHMARK_RANGES[name]
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not low <= v <= high:
            raise r.fail(path, f"expected a number from {low:g} to {high:g}, got {v!r}",
                         f"e.g. {BENCHMARK_RANGES_EXAMPLE[name]}")
        out[name] = float(v)
    return out


BENCHMARK_RANGES_EXAMPLE = {"completion": "0.78", "sus": "68", "umux_lite": "68", "seq": "5.5",
                            "nps": "30"}


def _text_out(t: LocalizedText, lang: str) -> str | LocalizedText:
    if set(t) == {lang}:
        return t[lang]
    return dict(t)


def study_to_dict(s: Study) -> dict[str, Any]:
    """Plain data for the study file; ``study_from_dict(study_to_dict(s)) == s``."""
    out: dict[str, Any] = {
        "schema_version": STUDY_SCHEMA_VERSION,
        "title": s.title,
        "description": s.description,
        "language": s.language,
        "languages": list(s.languages),
        "participant_fields": [
            {"name": f.name, "label": f.label, **({"choices": list(f.choices)} if f.choices else {})}
            for f in s.participant_fields
        ],
        "participants": [],
        "tasks": [],
        "task_questions": {
            "seq": s.task_questions.seq,
            "experience": s.task_questions.experience,
            "emotion_words": list(s.task_questions.emotion_words),
        },
        "questionnaires": list(s.questionnaires),
        "custom_items": [],
        "order": {"policy": s.order.policy, "seed": s.order.seed},
        "participant_can_end_task": s.participant_can_end_task,
        **({"benchmarks": dict(s.benchmarks)} if s.benchmarks else {}),
        **({"design": s.design} if s.design else {}),
        **({"recording": s.recording} if s.recording != "off" else {}),
    }
    for p in s.participants:
        pd: dict[str, Any] = {"id": p.id, "group": p.group}
        if p.language:
            pd["language"] = p.language
        if p.attributes:
            pd["attributes"] = dict(p.attributes)
        if p.excluded:
            pd["excluded"] = True
            pd["exclude_reason"] = p.exclude_reason
        out["participants"].append(pd)
    for t in s.tasks:
        td: dict[str, Any] = {
            "id": t.id,
            "title": _text_out(t.title, s.language),
            "scenario": _text_out(t.scenario, s.language),
            "success_criteria": t.success_criteria,
        }
        if t.target_time_s is not None:
            td["target_time_s"] = t.target_time_s
        if t.time_limit_s is not None:
            td["time_limit_s"] = t.time_limit_s
        if t.stage:
            td["stage"] = t.stage
        if t.condition:
            td["condition"] = t.condition
        out["tasks"].append(td)
    for c in s.custom_items:
        cd: dict[str, Any] = {
            "id": c.id,
            "text": _text_out(c.text, s.language),
            "scale_min": c.scale_min,
            "scale_max": c.scale_max,
        }
        if c.low_label:
            cd["low_label"] = _text_out(c.low_label, s.language)
        if c.high_label:
            cd["high_label"] = _text_out(c.high_label, s.language)
        out["custom_items"].append(cd)
    return out
