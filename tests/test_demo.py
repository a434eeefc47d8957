"""The shipped demo study analyses cleanly and is what the generator makes."""

from __future__ import annotations

from pathlib import Path

from uxlab.analysis.metrics import analyze
from uxlab.analysis.tables import load_tables
from uxlab.demo import write_demo

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "sessions" / "food-delivery"


def test_shipped_demo_analyses_without_warnings() -> None:
    t = load_tables(DEMO)
    assert t.warnings == []
    # 12 sessions run; 4 participants wait, so a newcomer can start a session at once
    assert len(t.participants) == 16
    assert (t.participants["status"] == "complete").sum() == 12
    assert set(t.participants.loc[t.participants["status"] == "", "participant"]) == {"P13", "P14", "P15", "P16"}
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
