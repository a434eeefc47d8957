"""A study is a folder: ``study.json`` plus ``sessions/`` with one journal per session."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from uxlab.core.errors import JournalError, SchemaVersionError, StudyError, UxlabError
from uxlab.core.notices import summarise_warnings
from uxlab.core.participant_ids import clash_error, clashing_id, id_key
from uxlab.core.scales import ItemScales, item_scales
from uxlab.core.session import SessionState
from uxlab.core.study import STUDY_SCHEMA_VERSION, Study, study_from_dict, study_to_dict
from uxlab.storage.atomic import atomic_write_bytes
from uxlab.storage.journal import SUFFIX, JournalRead, read_journal
from uxlab.storage.paths import HASH_TAIL, inside, safe_name
from uxlab.storage.resources import builtin_questionnaires

STUDY_FILE = "study.json"
SESSIONS_DIR = "sessions"
MAX_STUDY_BYTES = 20_000_000
MAX_HEAD = 65_536  # bytes read to find whose journal a file is

StudyMigration = Callable[[dict[str, Any]], dict[str, Any]]
STUDY_MIGRATIONS: dict[int, StudyMigration] = {}


def study_file(folder: Path) -> Path:
    return Path(folder) / STUDY_FILE


def sessions_dir(folder: Path) -> Path:
    return Path(folder) / SESSIONS_DIR


def parse_study_bytes(raw: bytes, name: str) -> Study:
    """Decode, migrate and validate a study file's bytes; errors name the file and field."""
    if len(raw) > MAX_STUDY_BYTES:
        raise StudyError(f"the file is {len(raw):,} bytes, too large for a study", file=name,
                         fix="a study file holds the script, not data; check you opened the right file")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise StudyError(f"is not UTF-8 text (byte {exc.start})", file=name,
                         fix="save the file as UTF-8") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StudyError(f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}", file=name,
                         fix="correct the JSON syntax there (a missing comma or quote?)") from exc
    except RecursionError as exc:
        raise StudyError("is nested too deeply", file=name, fix="check the file") from exc
    except ValueError as exc:  # Python refuses to read integers of more than 4,300 digits
        raise StudyError(f"holds a number too long to read{_long_number_place(text)}", file=name,
                         fix="a study needs no number that long; correct or remove it") from exc
    bad_text = _first_unencodable(data)
    if bad_text is not None:
        where, index = bad_text
        raise StudyError(f"the text has a lone surrogate (an invalid character) at character {index + 1}",
                         file=name, field=where,
                         fix="retype that text, or remove the \\ud800-\\udfff escape written there")
    if not isinstance(data, dict):
        raise StudyError("expected a JSON object at the top", file=name, fix="the file should start with {")
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise StudyError(f"expected a whole number, got {version!r}", file=name, field="schema_version",
                         fix=f"add \"schema_version\": {STUDY_SCHEMA_VERSION}")
    if version > STUDY_SCHEMA_VERSION:
        raise SchemaVersionError(
            f"written by a newer uxlab (study schema {version}; this uxlab reads up to {STUDY_SCHEMA_VERSION})",
            file=name, field="schema_version", fix="update uxlab to open this study; the file is left untouched",
        )
    while version < STUDY_SCHEMA_VERSION:
        step = STUDY_MIGRATIONS.get(version)
        if step is None:
            raise StudyError(f"no migration from study schema {version}", file=name, field="schema_version",
                             fix="open it with the uxlab version that wrote it")
        data = step(dict(data))
        version += 1
        data["schema_version"] = version
    return study_from_dict(data, name)


_LONG_NUMBER = re.compile(r"\d{4000,}")


def _long_number_place(text: str) -> str:
    m = _LONG_NUMBER.search(text)
    if m is None:
        return ""
    line = text.count("\n", 0, m.start()) + 1
    column = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
    return f" ({len(m.group()):,} digits at line {line}, column {column})"


def _first_unencodable(data: Any) -> tuple[str, int] | None:
    """The dotted path and character index of the first text (value or key) that is not valid
    Unicode (a lone surrogate from a ``\\ud800`` escape): such text cannot be written as UTF-8, so
    every report and export would fail on it later."""
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, str):
            bad = _surrogate_index(node)
            if bad is not None:
                return path or "(top)", bad
        elif isinstance(node, dict):
            for k, v in reversed(list(node.items())):
                key_path = f"{path}.{k}" if path else str(k)
                bad = _surrogate_index(str(k))
                if bad is not None:
                    return (path or "(top)") + " (a key)", bad
                stack.append((key_path, v))
        elif isinstance(node, list):
            stack.extend((f"{path}[{i}]", v) for i, v in reversed(list(enumerate(node))))
    return None


def _surrogate_index(text: str) -> int | None:
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def load_study(folder: Path) -> Study:
    path = study_file(folder)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise StudyError("no study file here", file=str(path),
                         fix="open a study folder (it holds study.json), or create one with `uxlab demo DIR`") from exc
    except OSError as exc:
        raise StudyError(f"cannot read it ({exc.strerror or exc})", file=str(path), fix="check permissions") from exc
    study = parse_study_bytes(raw, str(path))
    if _needs_migration_backup(raw):
        backup = path.with_name(f"{STUDY_FILE}.v{json.loads(raw)['schema_version']}.bak")
        if not backup.exists():
            atomic_write_bytes(backup, raw)
    return study


def _needs_migration_backup(raw: bytes) -> bool:
    try:
        return int(json.loads(raw.lstrip(b"\xef\xbb\xbf")).get("schema_version", STUDY_SCHEMA_VERSION)) < STUDY_SCHEMA_VERSION
    except (ValueError, AttributeError, TypeError):
        return False


def study_bytes(study: Study) -> bytes:
    return (json.dumps(study_to_dict(study), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def save_study(folder: Path, study: Study) -> None:
    """Atomic save; the previous version is kept as ``study.json.bak``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    sessions_dir(folder).mkdir(exist_ok=True)
    path = study_file(folder)
    data = study_bytes(study)
    if path.exists():
        old = path.read_bytes()
        if old == data:
            return
        atomic_write_bytes(path.with_name(STUDY_FILE + ".bak"), old)
    atomic_write_bytes(path, data)


def study_item_scales(study: Study | None) -> ItemScales:
    """The scale of every item a session of ``study`` can record (built-in questionnaires and
    the study's custom items)."""
    return item_scales(study, builtin_questionnaires().values())


def journal_path(folder: Path, participant: str) -> Path:
    """The journal of ``participant``'s session in the study ``folder``.

    One participant, one file, on every disk: raises a StudyError when the id differs from the
    id of a recorded session only by case or Unicode encoding (a case-insensitive disk would
    open that session's file), or when the file there holds another participant's session."""
    d = sessions_dir(folder)
    d.mkdir(parents=True, exist_ok=True)
    path = inside(d, safe_name(participant), SUFFIX)
    if HASH_TAIL.search(participant):  # earlier versions named this journal as the id itself
        legacy = d / f"{participant}{SUFFIX}"
        if not path.exists() and journal_participant(legacy) == participant:
            return legacy
    if path.exists():  # on a case-insensitive disk this may be another participant's file
        owner = journal_participant(path)
        if owner is None or owner == participant:
            return path
        if id_key(owner) == id_key(participant):
            raise clash_error(participant, owner, file=str(path))
        raise StudyError(f"this session file belongs to participant '{owner}', not '{participant}'",
                         file=str(path), fix="give the participant a different id")
    other = clashing_id(participant, _recorded_ids(d))
    if other is not None:
        raise clash_error(participant, other, file=str(d))
    return path


def _recorded_ids(d: Path) -> list[str]:
    """Participant ids of the journals in ``d``: a name without a hash tail is the id itself
    (cheap: a directory listing); a hashed name's id is read from its header."""
    ids: list[str] = []
    for name in os.listdir(d):
        if not name.endswith(SUFFIX) or name.startswith("."):
            continue
        stem = name[: -len(SUFFIX)]
        if HASH_TAIL.search(stem):
            owner = journal_participant(d / name)
            if owner is not None:
                ids.append(owner)
        else:
            ids.append(stem)
    return ids


def journal_participant(path: Path) -> str | None:
    """The participant a journal was recorded for (its header, else its first event), or None
    when the file is missing or unreadable. Reads only the first lines."""
    try:
        with open(path, "rb") as f:
            head = f.read(MAX_HEAD)
    except OSError:
        return None
    lines = head.lstrip(b"\xef\xbb\xbf").split(b"\n")[:2]
    for line in lines:
        try:
            d = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            return None
        if not isinstance(d, dict):
            return None
        found = d.get("participant") if "format" in d or d.get("kind") == "session_started" else None
        if isinstance(found, str) and found:
            return found
    return None


@dataclass
class LoadedSession:
    path: Path
    read: JournalRead
    state: SessionState


@dataclass
class LoadedStudy:
    folder: Path
    study: Study
    sessions: list[LoadedSession] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # journals that could not be read at all

    @property
    def warnings(self) -> list[str]:
        out = list(self.problems)
        for s in self.sessions:
            out.extend(s.state.warnings)
        return summarise_warnings(out)  # the first few of each kind and a count of the rest


def load_sessions(folder: Path) -> tuple[list[LoadedSession], list[str]]:
    sessions: list[LoadedSession] = []
    problems: list[str] = []
    d = sessions_dir(folder)
    if not d.is_dir():
        return sessions, problems
    for path in sorted(d.glob(f"*{SUFFIX}")):
        try:
            read = read_journal(path)
        except (JournalError, SchemaVersionError) as exc:
            problems.append(exc.message)
            continue
        _repair_lone_surrogates(read)
        state = read.state()
        if not state.started:
            continue
        sessions.append(LoadedSession(path, read, state))
    return sessions, problems


def _repair_lone_surrogates(read: JournalRead) -> None:
    """A ``\\ud800`` escape in a journal decodes to text that cannot be written as UTF-8: every
    report and export would fail on it. Such characters become U+FFFD, with a warning naming the
    line; the journal itself is left as it is. Only journals holding such an escape are walked."""
    if not read.surrogate_escapes:  # found while reading the journal
        return
    line_of = read.lines
    for e in read.events:
        for key, value in list(e.data.items()):
            fixed = _without_lone_surrogates(value)
            if fixed is not value:
                e.data[key] = fixed
                read.warnings.append(f"{read.path}:{line_of.get(e.seq, 0)}: '{key}' holds an invalid character "
                                     "(a lone surrogate); it is shown as \ufffd")
    for key, value in list(read.header.items()):
        fixed = _without_lone_surrogates(value)
        if fixed is not value:
            read.header[key] = fixed
            read.warnings.append(f"{read.path}:1: '{key}' holds an invalid character (a lone surrogate); "
                                 "it is shown as \ufffd")


def _without_lone_surrogates(value: Any) -> Any:
    """``value`` itself when it holds no lone surrogate, else a repaired copy."""
    if isinstance(value, str):
        if _surrogate_index(value) is None:
            return value
        return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    if isinstance(value, list):
        items = [_without_lone_surrogates(v) for v in value]
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    if isinstance(value, dict):
        pairs = {_without_lone_surrogates(k): _without_lone_surrogates(v) for k, v in value.items()}
        changed = len(pairs) != len(value) or any(
            pk is not k or pv is not v for (pk, pv), (k, v) in zip(pairs.items(), value.items(), strict=True))
        return pairs if changed else value
    return value


def open_study(folder: Path) -> LoadedStudy:
    """The study file and every readable journal. A damaged journal never blocks the others."""
    folder = Path(folder)
    if not folder.exists():
        raise UxlabError(f"{folder} does not exist", fix="give the path of a study folder")
    study = load_study(folder)
    sessions, problems = load_sessions(folder)
    return LoadedStudy(folder, study, sessions, problems)
