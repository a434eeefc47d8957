"""Hostile and broken input: every loader ends in a loaded object or a clear uxlab error naming
the file and the place; never an unhandled exception, a hang or unbounded memory."""

from __future__ import annotations

import json
import os
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from uxlab.analysis.longformat import read_long
from uxlab.core.clock import FakeClock
from uxlab.core.errors import SchemaVersionError, UxlabError
from uxlab.core.questionnaires import questionnaire_from_dict
from uxlab.core.study import Study, study_from_dict
from uxlab.storage import journal as journal_mod
from uxlab.storage import study_files
from uxlab.storage.journal import open_recorder, read_journal
from uxlab.storage.study_files import load_study, parse_study_bytes

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "sessions" / "food-delivery"
# UXLAB_FUZZ_EXAMPLES=5000 runs a deeper search locally; CI keeps the default.
FUZZ = settings(max_examples=int(os.environ.get("UXLAB_FUZZ_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=30,
)


def _sample_journal(tmp_path: Path) -> Path:
    clock = FakeClock()
    path = tmp_path / "P.jsonl"
    rec = open_recorder(path, participant="P", clock=clock)
    rec.start_session("P", ["a", "b"])
    rec.start_task("a")
    clock.advance(3)
    rec.marker("note", "é ا ж 😀")
    rec.end_task("success")
    rec.rate("a", "seq", 5)
    rec.sink.close()  # type: ignore[attr-defined]
    return path


# ------------------------------------------------------------------ journals
def test_journal_truncated_at_every_byte_offset(tmp_path: Path) -> None:
    raw = _sample_journal(tmp_path).read_bytes()
    full = read_journal(tmp_path / "P.jsonl")
    header_end = raw.index(b"\n") + 1
    line_ends = [i + 1 for i, b in enumerate(raw) if b == ord("\n")]
    cut = tmp_path / "cut.jsonl"
    for n in range(len(raw) + 1):
        cut.write_bytes(raw[:n])
        if n < header_end:
            with pytest.raises(UxlabError, match=r"cut\.jsonl"):
                read_journal(cut)
            continue
        r = read_journal(cut)
        complete = sum(1 for e in line_ends if e <= n) - 1  # minus the header
        assert [e.seq for e in r.events] == [e.seq for e in full.events[:complete]], n
        assert bool(r.torn_bytes) == (n not in line_ends)


def test_damaged_journals_load_what_is_intact(tmp_path: Path) -> None:
    path = _sample_journal(tmp_path)
    lines = path.read_bytes().split(b"\n")
    variants = {
        "crlf": b"\r\n".join(lines),
        "bom": b"\xef\xbb\xbf" + b"\n".join(lines),
        "bad utf8": b"\n".join([*lines[:2], b'{"seq": 3, "kind": "marker", "\xff\xfe"}', *lines[3:]]),
        "huge line": b"\n".join([*lines[:2], b"x" * (journal_mod.MAX_LINE + 10), *lines[3:]]),
        "duplicate": b"\n".join([*lines[:3], lines[2], *lines[3:]]),
        "out of order": b"\n".join([lines[0], lines[2], lines[1], *lines[3:]]),
    }
    for name, data in variants.items():
        path.write_bytes(data)
        r = read_journal(path)
        assert r.events, name
        seqs = [e.seq for e in r.events]
        assert seqs == sorted(set(seqs)), name
        if name not in ("crlf", "bom"):
            assert r.warnings, name


def test_newer_journal_refused_untouched_older_migrated_with_original_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _sample_journal(tmp_path)
    raw = path.read_bytes()
    newer = raw.replace(b'"schema_version":1', b'"schema_version":9', 1)
    path.write_bytes(newer)
    with pytest.raises(SchemaVersionError, match="newer uxlab"):
        open_recorder(path)
    assert path.read_bytes() == newer
    # Pretend the current schema is 2 and that version 1 needs a migration renaming a field.
    path.write_bytes(raw)

    def v1_to_v2(header, events):  # type: ignore[no-untyped-def]
        for e in events:
            if e.get("kind") == "marker":
                e["text"] = e["text"].upper()
        return header, events

    monkeypatch.setattr(journal_mod, "JOURNAL_SCHEMA_VERSION", 2)
    monkeypatch.setitem(journal_mod.MIGRATIONS, 1, v1_to_v2)
    rec = open_recorder(path, clock=FakeClock())
    rec.sink.close()  # type: ignore[attr-defined]
    assert (tmp_path / "P.jsonl.v1.bak").read_bytes() == raw
    r = read_journal(path)
    assert r.header["schema_version"] == 2 and r.migrated_from is None
    assert [e.data["text"] for e in r.events if e.kind == "marker"] == ["É ا Ж 😀"]


def test_older_study_is_migrated_with_the_original_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend the current study schema is 2 and version 1 named the title 'name'."""
    old = json.loads((DEMO / "study.json").read_text())
    old["name"] = old.pop("title")
    raw = json.dumps(old).encode()
    (tmp_path / "study.json").write_bytes(raw)

    def v1_to_v2(d: dict) -> dict:  # type: ignore[type-arg]
        d["title"] = d.pop("name")
        return d

    def validate_as_current(d: dict, name: str) -> Study:  # type: ignore[type-arg]
        return study_from_dict({**d, "schema_version": 1}, name)  # the model itself is unchanged

    monkeypatch.setattr(study_files, "STUDY_SCHEMA_VERSION", 2)
    monkeypatch.setitem(study_files.STUDY_MIGRATIONS, 1, v1_to_v2)
    monkeypatch.setattr(study_files, "study_from_dict", validate_as_current)
    s = load_study(tmp_path)
    assert s.title == "Food delivery app: current design vs prototype"
    assert (tmp_path / "study.json.v1.bak").read_bytes() == raw


@FUZZ
@given(data=st.binary(max_size=400))
def test_fuzz_journal_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "f.jsonl"
    header = json.dumps({"format": "uxlab-journal", "schema_version": 1}).encode() + b"\n"
    for blob in (data, header + data):
        path.write_bytes(blob)
        try:
            read_journal(path).state()
        except UxlabError as exc:
            assert "f.jsonl" in exc.message


@FUZZ
@given(events=st.lists(st.dictionaries(
    st.sampled_from(["seq", "kind", "t_ns", "wall", "task", "marker", "text", "outcome", "target",
                     "item", "value", "declined", "changes", "order", "participant", "questionnaire"]),
    json_values | st.sampled_from(["marker", "task_started", "task_ended", "undo", "edit", "rating",
                                   "session_started", "answer", "error", "success", "a"]) | st.integers(1, 5),
    max_size=10), max_size=12))
def test_fuzz_journal_events_replay_never_crash(tmp_path: Path, events: list) -> None:  # type: ignore[type-arg]
    path = tmp_path / "e.jsonl"
    lines = [json.dumps({"format": "uxlab-journal", "schema_version": 1})]
    lines += [json.dumps(e, allow_nan=True) for e in events]
    path.write_text("\n".join(lines) + "\n")
    read_journal(path).state()


# ------------------------------------------------------------------ study and questionnaire files
@FUZZ
@given(value=json_values, key=st.sampled_from(["title", "tasks", "order", "participants", "task_questions",
                                               "questionnaires", "custom_items", "participant_fields"]))
def test_fuzz_study_fields(value: object, key: str) -> None:
    d = json.loads((DEMO / "study.json").read_text())
    d[key] = value
    try:
        parse_study_bytes(json.dumps(d).encode(), "fuzz/study.json")
    except UxlabError as exc:
        assert exc.message.startswith("fuzz/study.json")


@FUZZ
@given(data=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_fuzz_study_bytes(data: bytes) -> None:
    try:
        parse_study_bytes(data, "s.json")
    except UxlabError as exc:
        assert exc.message.startswith("s.json")


@FUZZ
@given(d=st.dictionaries(st.sampled_from(["schema_version", "id", "scale", "items", "scoring", "translations",
                                          "name", "scope"]), json_values, max_size=8))
def test_fuzz_questionnaire_definitions(d: dict) -> None:  # type: ignore[type-arg]
    try:
        questionnaire_from_dict(d, "q.json")
    except UxlabError as exc:
        assert "q.json" in exc.message


# ------------------------------------------------------------------ long-format imports
cell = st.text(alphabet=string.printable + "éاж=+-@", max_size=8)


@FUZZ
@given(rows=st.lists(st.lists(cell, min_size=4, max_size=6), max_size=8),
       header=st.sampled_from([["participant", "task", "outcome", "time_s"],
                               ["participant", "task", "outcome", "time_s", "sus1", "group"],
                               ["a", "b", "c", "d"]]))
def test_fuzz_long_format_csv(tmp_path: Path, rows: list, header: list) -> None:  # type: ignore[type-arg]
    import csv

    path = tmp_path / "r.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    try:
        read_long(path)
    except UxlabError as exc:
        assert "r.csv" in exc.message


def test_zip_bomb_like_xlsx_is_refused(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("xl/worksheets/sheet1.xml", "w") as f:
            chunk = b"0" * 1_000_000
            for _ in range(300):  # 300 MB of zeros, ~300 KB compressed
                f.write(chunk)
    with pytest.raises(UxlabError, match="refused as unsafe"):
        read_long(path)


def test_rows_longer_than_the_header_with_an_unreadable_number(tmp_path: Path) -> None:
    """Found by the fuzzer: a row with more cells than the header (pandas then builds a
    non-unique row index) plus a time that is not a number crashed the reader."""
    path = tmp_path / "r.csv"
    path.write_text("participant,task,outcome,time_s\n,0,,,,:\n,0,,\n", encoding="utf-8")
    try:
        read_long(path)
    except UxlabError as exc:
        assert "r.csv" in exc.message
