"""Every journal line is checked: the quick check (valid_event) accepts exactly the lines the
field-by-field check accepts from a JSON parser, and a damaged line still gets its precise error
(file:line, field, what was expected) in the journal's warnings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from uxlab.core.errors import JournalError
from uxlab.core.events import EVENT_KINDS, checked_event, event_from_dict, valid_event
from uxlab.storage.journal import read_journal

HEADER = {"format": "uxlab-journal", "schema_version": 1, "session_id": "P01", "participant": "P01"}
GOOD = {"seq": 2, "kind": "rating", "t_ns": 5_000, "wall": "2026-01-01T00:00:05Z",
        "task": "t1", "item": "seq", "value": 6, "declined": False}


def _journal(tmp_path: Path, bad: dict[str, Any] | list[Any]) -> list[str]:
    lines = [HEADER,
             {"seq": 1, "kind": "session_started", "t_ns": 0, "wall": "w", "participant": "P01", "order": ["t1"]},
             bad,
             {"seq": 3, "kind": "session_ended", "t_ns": 9_000, "wall": "w"}]
    path = tmp_path / "P01.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    read = read_journal(path)
    assert [e.seq for e in read.events] == ([1, 2, 3] if not read.warnings else [1, 3])
    return read.warnings


def _with(**changes: Any) -> dict[str, Any]:
    d = {**GOOD, **changes}
    return {k: v for k, v in d.items() if v is not _DROP}


_DROP = object()
DAMAGED = "the journal is damaged here; skipped"


@pytest.mark.parametrize(("bad", "message"), [
    (_with(seq=_DROP), "P01.jsonl:3, field 'seq': the event has no 'seq'. Fix: " + DAMAGED),
    (_with(wall=_DROP), "P01.jsonl:3, field 'wall': the event has no 'wall'. Fix: " + DAMAGED),
    (_with(seq=0), "P01.jsonl:3, field 'seq': bad sequence number 0. Fix: " + DAMAGED),
    (_with(seq=True), "P01.jsonl:3, field 'seq': bad sequence number True. Fix: " + DAMAGED),
    (_with(seq="2"), "P01.jsonl:3, field 'seq': bad sequence number '2'. Fix: " + DAMAGED),
    (_with(kind="teleport"), "P01.jsonl:3, field 'kind': unknown event kind 'teleport'. Fix: written by a newer uxlab? update uxlab; skipped"),
    (_with(kind=["rating"]), "P01.jsonl:3, field 'kind': unknown event kind ['rating']. Fix: written by a newer uxlab? update uxlab; skipped"),
    (_with(t_ns=-1), "P01.jsonl:3, field 't_ns': bad time -1. Fix: " + DAMAGED),
    (_with(t_ns=1.5), "P01.jsonl:3, field 't_ns': bad time 1.5. Fix: " + DAMAGED),
    (_with(wall=7), "P01.jsonl:3, field 'wall': bad wall-clock time. Fix: " + DAMAGED),
    (_with(declined=_DROP), "P01.jsonl:3, field 'declined': a 'rating' event needs 'declined'. Fix: " + DAMAGED),
    (_with(value=True), "P01.jsonl:3, field 'value': 'value' is bool, expected a number or null. Fix: " + DAMAGED),
    (_with(value="6"), "P01.jsonl:3, field 'value': 'value' is str, expected a number or null. Fix: " + DAMAGED),
    (_with(declined=0), "P01.jsonl:3, field 'declined': 'declined' is int, expected true or false. Fix: " + DAMAGED),
    (_with(task=3), "P01.jsonl:3, field 'task': 'task' is int, expected a task id. Fix: " + DAMAGED),
    (_with(at_t_ns=False), "P01.jsonl:3, field 'at_t_ns': 'at_t_ns' is bool, expected a time in nanoseconds. Fix: " + DAMAGED),
    (["not", "an", "object"], "P01.jsonl:3: not an event; skipped"),
])
def test_a_damaged_line_gets_its_precise_error(tmp_path: Path, bad: Any, message: str) -> None:
    warnings = _journal(tmp_path, bad)
    assert len(warnings) == 1, warnings
    assert warnings[0].endswith(message), warnings[0]


def test_a_good_line_with_optional_and_unknown_keys_is_read(tmp_path: Path) -> None:
    # optional keys (word, at_t_ns) and keys this uxlab does not know (a newer recorder's) pass
    assert _journal(tmp_path, _with(word="calm", at_t_ns=4_000, camera_gain=3)) == []
    assert _journal(tmp_path, _with(value=None)) == []
    assert _journal(tmp_path, _with(value=6.5)) == []


def test_every_kind_with_its_required_keys_passes_the_quick_check() -> None:
    sample = {"participant": "P", "order": [], "task": "t", "outcome": "success", "marker": "note",
              "text": "x", "item": "i", "value": 1, "declined": False, "questionnaire": "sus",
              "target": 1, "changes": {}, "given": True, "sources": ["screen"], "segment": 1,
              "files": {}, "at_t_ns": 0, "source": "screen"}
    for kind, keys in EVENT_KINDS.items():
        d = {"seq": 1, "kind": kind, "t_ns": 0, "wall": "w", **{k: sample[k] for k in keys}}
        quick = valid_event(d)
        assert quick is not None, kind
        assert quick == checked_event(d, "f:2")
        assert d["seq"] == 1, "the line's dict is left as it was"


class _Int(int):
    pass


def test_an_int_subclass_is_left_to_the_full_check() -> None:
    d = {**GOOD, "seq": _Int(4)}
    assert valid_event(d) is None
    assert event_from_dict(d, "f:2").seq == 4


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-3, max_value=2**70) | st.floats(allow_nan=False)
    | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=3), inner, max_size=2),
    max_leaves=4,
)
_keys = st.sampled_from(["seq", "kind", "t_ns", "wall", "task", "item", "value", "declined", "outcome",
                         "marker", "text", "target", "changes", "at_t_ns", "segment", "files", "given",
                         "sources", "questionnaire", "participant", "order", "word", "other"])


@settings(max_examples=400, deadline=None)
@given(base_kind=st.sampled_from(sorted(EVENT_KINDS)), drop=st.lists(_keys, max_size=2),
       extra=st.dictionaries(_keys, _json_values, max_size=3))
def test_quick_and_full_checks_agree(base_kind: str, drop: list[str], extra: dict[str, Any]) -> None:
    d: dict[str, Any] = {"seq": 3, "kind": base_kind, "t_ns": 10, "wall": "w"}
    d.update({k: GOOD.get(k, "x") for k in EVENT_KINDS[base_kind]})
    d.update(extra)
    for k in drop:
        d.pop(k, None)
    d = json.loads(json.dumps(d))  # what a journal line decodes to
    try:
        full = checked_event(d, "f:2")
    except JournalError:
        full = None
    assert valid_event(d) == full
