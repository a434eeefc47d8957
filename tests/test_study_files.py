"""Study files: validation names file, field path and fix; saves are atomic; ids stay inside."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from uxlab.core.errors import SchemaVersionError, StudyError
from uxlab.core.ordering import task_order, williams_rows
from uxlab.core.study import OrderPolicy, study_from_dict, study_to_dict
from uxlab.storage.study_files import journal_path, load_study, parse_study_bytes, save_study

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "sessions" / "food-delivery"


def _demo_dict() -> dict:
    return json.loads((DEMO / "study.json").read_text())


@pytest.mark.parametrize(
    ("mutate", "field", "text"),
    [
        (lambda d: d["tasks"][2].__setitem__("target_time_s", "soon"), "tasks[2].target_time_s", "expected a number"),
        (lambda d: d["tasks"][1].__setitem__("time_limit_s", 5), "tasks[1].time_limit_s", "shorter than the target"),
        (lambda d: d["tasks"][0].pop("scenario"), "tasks[0].scenario", "is missing"),
        (lambda d: d["tasks"][3].__setitem__("id", "find_dish"), "tasks[3].id", "appears twice"),
        (lambda d: d["order"].__setitem__("policy", "shuffle"), "order.policy", "unknown policy"),
        (lambda d: d.__setitem__("tasks", []), "tasks", "no tasks"),
        (lambda d: d["participants"][0].__setitem__("id", "../x"), "participants[0].id", "not a valid id"),
    ],
)
def test_validation_errors_name_the_field_path(mutate, field: str, text: str) -> None:  # type: ignore[no-untyped-def]
    d = _demo_dict()
    mutate(d)
    with pytest.raises(StudyError) as info:
        parse_study_bytes(json.dumps(d).encode(), "my/study.json")
    assert info.value.field == field and text in info.value.message
    assert info.value.message.startswith("my/study.json, field") and "Fix:" in info.value.message


def test_json_syntax_error_gives_line_and_column() -> None:
    with pytest.raises(StudyError, match=r"line 2, column"):
        parse_study_bytes(b'{"schema_version": 1,\n "title": "x" "tasks": []}', "s.json")


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    d = _demo_dict()
    d["schema_version"] = 7
    raw = json.dumps(d).encode()
    (tmp_path / "study.json").write_bytes(raw)
    with pytest.raises(SchemaVersionError, match="newer uxlab"):
        load_study(tmp_path)
    assert (tmp_path / "study.json").read_bytes() == raw


def test_round_trip_and_save_keeps_previous_copy(tmp_path: Path) -> None:
    s = load_study(DEMO)
    assert study_from_dict(study_to_dict(s)) == s
    save_study(tmp_path, s)
    s.title = "Renamed"
    save_study(tmp_path, s)
    assert load_study(tmp_path).title == "Renamed"
    assert json.loads((tmp_path / "study.json.bak").read_text())["title"] != "Renamed"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("pid", ["../../etc/passwd", "a/b", "CON", "nul.txt", "x\x00y", "مشارك ١", "..", "", " "])
def test_participant_ids_stay_inside_sessions(tmp_path: Path, pid: str) -> None:
    p = journal_path(tmp_path, pid)
    assert p.parent == (tmp_path / "sessions").resolve()
    assert p.name.endswith(".jsonl") and "\x00" not in p.name and "/" not in p.name
    assert p.stem.split(".")[0].upper() not in {"CON", "NUL"}


def test_distinct_ids_get_distinct_files(tmp_path: Path) -> None:
    ids = ["a/b", "a_b", "a\\b", "A_B"]
    assert len({journal_path(tmp_path, i) for i in ids}) == len(ids)


def test_williams_design_is_balanced() -> None:
    """Williams (1949): in an even-n design each task appears once per position and each ordered
    pair of adjacent tasks appears exactly once across the n rows."""
    for n in (4, 6):
        rows = williams_rows(n)
        assert all(sorted(r[k] for r in rows) == list(range(n)) for k in range(n))
        pairs = [(r[k], r[k + 1]) for r in rows for k in range(n - 1)]
        assert len(pairs) == len(set(pairs)) == n * (n - 1)
    rows5 = williams_rows(5)  # odd n: square and mirror, each pair twice over 2n rows
    pairs = [(r[k], r[k + 1]) for r in rows5 for k in range(4)]
    assert all(pairs.count(p) == 2 for p in set(pairs)) and len(set(pairs)) == 20


def test_random_order_is_reproducible_per_seed() -> None:
    ids = [f"t{i}" for i in range(8)]
    a = task_order(ids, OrderPolicy("random", 5), 3, "P4")
    assert a == task_order(ids, OrderPolicy("random", 5), 3, "P4") and sorted(a) == ids
    assert a != task_order(ids, OrderPolicy("random", 6), 3, "P4")
