"""The shipped demo study analyses cleanly and is what the generator makes."""

from __future__ import annotations

from pathlib import Path

import pytest

from uxlab.analysis.metrics import analyze
from uxlab.analysis.tables import load_tables
from uxlab.demo import write_demo

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "sessions" / "food-delivery"


def test_shipped_demo_analyses_without_warnings() -> None:
    t = load_tables(DEMO)
    assert t.warnings == []
    assert len(t.participants) == 12
    assert set(t.participants["group"]) == {"current", "prototype"}
    outcomes = set(t.attempts["outcome"])
    assert {"success", "partial", "abandoned", "skipped"} <= outcomes
    assert (t.attempts["pauses"] > 0).any() and (t.attempts["errors"] > 0).any()
    assert (t.attempts["assists"] > 0).any() and (t.attempts["critical"] > 0).any()
    assert t.answers["declined"].sum() == 0 and t.attempts["seq"].isna().any()  # the declined SEQ
    r = analyze(t, by="group")
    assert r["sus"]["n"] == 12 and r["nps"]["n"] == 12
    assert [x["task"] for x in r["tasks"]] == ["register", "find_dish", "add_to_cart", "pay", "track"]
    assert r["comparison"]["groups"] == ["current", "prototype"]


def test_demo_is_deterministic_and_matches_the_shipped_copy(tmp_path: Path) -> None:
    write_demo(tmp_path / "d")
    generated = sorted((tmp_path / "d" / "sessions").glob("*.jsonl"))
    assert len(generated) == 12
    for f in generated:  # sessions someone recorded in the shipped demo by trying the app are ignored
        assert (DEMO / "sessions" / f.name).read_bytes() == f.read_bytes(), f.name


def test_the_demo_a_newcomer_opens_is_a_copy_with_participants_waiting(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from uxlab.demo import demo_workspace
    from uxlab.storage.study_files import open_study

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    copy = demo_workspace(DEMO)
    assert copy.is_relative_to(tmp_path / "data") and not copy.is_relative_to(ROOT)
    loaded = open_study(copy)
    ids = [p.id for p in loaded.study.participants]
    assert ids[:12] == [f"P{i:02d}" for i in range(1, 13)] and ids[12:] == ["P13", "P14", "P15", "P16"]
    assert {p.language for p in loaded.study.participants[12:]} == {"en", "ar", "ru", "fa"}
    assert len(loaded.sessions) == 12  # the four newcomers are waiting to be run
    (copy / "sessions" / "P13.jsonl").write_text("not a journal\n")  # what the newcomer records...
    assert demo_workspace(DEMO) == copy and (copy / "sessions" / "P13.jsonl").exists()  # ...stays
    assert not (DEMO / "sessions" / "P13.jsonl").exists()
