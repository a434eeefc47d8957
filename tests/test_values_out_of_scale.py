"""Ratings and answers off their scale (issue 10, item 5): the recorder refuses them; a journal
that holds one anyway (edited by hand, written by a bug) loads with that value left out and a
warning naming the file, the line, the item and the value. Reproduced on copies of the demo
study's real journal files; expected figures are computed here straight from the JSON lines."""

from __future__ import annotations

import json
import math
import shutil
import statistics
from pathlib import Path

import pytest

from uxlab.analysis.metrics import analyze
from uxlab.analysis.tables import load_tables
from uxlab.cli import main
from uxlab.core.clock import FakeClock
from uxlab.core.errors import RecorderError
from uxlab.storage.journal import open_recorder
from uxlab.storage.study_files import journal_path, load_study, study_item_scales

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "sessions" / "food-delivery"


def _copy(tmp_path: Path) -> Path:
    dst = tmp_path / "study"
    shutil.copytree(DEMO, dst)
    return dst


def _events(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()[1:] if x.strip()]


def _replace_value(journal: Path, item: str, new: str) -> int:
    """Write ``new`` (JSON text) as the value of the first event answering ``item``; the line."""
    lines = journal.read_text(encoding="utf-8").split("\n")
    for n, line in enumerate(lines):
        if f'"item":"{item}"' in line:
            d = json.loads(line)
            old = json.dumps(d["value"])
            lines[n] = line.replace(f'"item":"{item}","value":{old},', f'"item":"{item}","value":{new},')
            assert lines[n] != line
            journal.write_text("\n".join(lines), encoding="utf-8")
            return n + 1
    raise AssertionError(f"no {item} in {journal}")


# ----------------------------------------------------------------------------- recorder
@pytest.fixture
def recorder(tmp_path: Path):
    study = load_study(DEMO)
    rec = open_recorder(journal_path(tmp_path, "P"), participant="P", clock=FakeClock())
    rec.scales = study_item_scales(study)
    rec.start_session("P", [study.tasks[0].id])
    rec.start_task(study.tasks[0].id)
    rec.end_task("success")
    yield rec, study.tasks[0].id
    rec.sink.close()


@pytest.mark.parametrize(("kind", "item", "value", "words"), [
    ("rate", "seq", 70, "70 is outside the 1-7 scale"),
    ("rate", "seq", -50, "-50 is outside the 1-7 scale"),
    ("rate", "exp_effort", 0, "0 is outside the 1-7 scale"),
    ("answer", "sus1", 99, "99 is outside the 1-5 scale"),
    ("answer", "nps", 11, "11 is outside the 0-10 scale"),
    ("answer", "nps", 7.5, "7.5 is not a whole point of the 0-10 scale"),
    ("rate", "seq", float("nan"), "NaN is not an answer"),
    ("answer", "sus1", float("inf"), "Infinity is not an answer"),
])
def test_recorder_refuses_values_off_the_scale(recorder, kind: str, item: str, value: float, words: str) -> None:
    rec, task = recorder
    path = rec.sink.path
    before = path.read_bytes()
    questionnaire = {"sus1": "sus", "nps": "nps"}.get(item, "")
    with pytest.raises(RecorderError) as err:
        if kind == "rate":
            rec.rate(task, item, value)  # type: ignore[arg-type]
        else:
            rec.answer(questionnaire, item, value)  # type: ignore[arg-type]
    assert words in err.value.message and item in err.value.message
    assert "np.float64" not in err.value.message
    assert path.read_bytes() == before and not rec.unsaved  # nothing written, nothing pending


def test_recorder_takes_the_ends_of_each_scale_and_refuses_an_edit_off_it(recorder) -> None:
    rec, task = recorder
    rec.rate(task, "seq", 1)
    rec.rate(task, "seq", 7)
    e = rec.answer("nps", "nps", 0)
    rec.answer("nps", "nps", 10)
    with pytest.raises(RecorderError, match="12 is outside the 0-10 scale"):
        rec.edit(e.seq, value=12)
    rec.edit(e.seq, value=None, declined=True)  # declining stays possible
    assert rec.state.answers["nps"]["nps"].declined


def test_recorder_without_scales_still_refuses_fractions_and_nan(tmp_path: Path) -> None:
    rec = open_recorder(tmp_path / "P.jsonl", participant="P", clock=FakeClock())
    rec.start_session("P", ["t"])
    rec.start_task("t")
    rec.end_task("success")
    for bad in (7.5, float("nan"), float("inf")):
        with pytest.raises(RecorderError):
            rec.answer("x", "x1", bad)  # type: ignore[arg-type]
    rec.sink.close()


# ----------------------------------------------------------------------------- loader
def _seq_values(study: Path, task: str, skip: Path | None = None) -> list[int]:
    out = []
    for j in sorted((study / "sessions").glob("*.jsonl")):
        if j == skip:
            continue
        out += [e["value"] for e in _events(j) if e["kind"] == "rating" and e.get("task") == task
                and e["item"] == "seq" and not e["declined"]]
    return out


@pytest.mark.parametrize("bad", ["70", "-50", "NaN", "Infinity", "7.5"])
def test_journal_seq_off_scale_is_left_out_with_a_warning(tmp_path: Path, bad: str) -> None:
    study = _copy(tmp_path)
    journal = study / "sessions" / "P01.jsonl"
    task = next(e["task"] for e in _events(journal) if e["kind"] == "rating" and e["item"] == "seq")
    line = _replace_value(journal, "seq", bad)
    tables = load_tables(study)
    expected = _seq_values(study, task, skip=journal) + [
        e["value"] for e in _events(journal)
        if e["kind"] == "rating" and e.get("task") == task and e["item"] == "seq" and e["seq"] != line - 1]
    row = next(t for t in analyze(tables)["tasks"] if t["task"] == task)
    assert row["seq"]["n"] == len(expected)
    assert row["seq"]["mean"] == pytest.approx(statistics.fmean(expected))
    shown = {"70": "70", "-50": "-50", "NaN": "NaN", "Infinity": "Infinity", "7.5": "7.5"}[bad]
    hits = [w for w in tables.warnings if f"P01.jsonl:{line}:" in w]
    assert len(hits) == 1, tables.warnings
    assert "item seq" in hits[0] and shown in hits[0] and "left out" in hits[0]


def test_journal_sus_99_and_nps_7_5_are_left_out(tmp_path: Path) -> None:
    study = _copy(tmp_path)
    journal = study / "sessions" / "P01.jsonl"
    sus_line = _replace_value(journal, "sus1", "99")
    nps_line = _replace_value(journal, "nps", "7.5")
    tables = load_tables(study)
    result = analyze(tables)
    n_nps = sum(1 for j in (study / "sessions").glob("*.jsonl") for e in _events(j)
                if e["kind"] == "answer" and e["item"] == "nps" and not e["declined"])
    assert result["nps"]["n"] == n_nps - 1  # the 7.5 is out, with a word
    assert any(f"P01.jsonl:{nps_line}: item nps: 7.5 is not a whole point of the 0-10 scale" in w
               for w in tables.warnings)
    assert any(f"P01.jsonl:{sus_line}: item sus1: 99 is outside the 1-5 scale" in w for w in tables.warnings)
    # P01's SUS is prorated from the 9 valid items (Lewis & Sauro 2017), not scored with a 99
    ans = {e["item"]: e["value"] for e in _events(journal) if e["kind"] == "answer" and e["questionnaire"] == "sus"}
    contrib = [(v - 1 if int(k[3:]) % 2 else 5 - v) for k, v in ans.items() if k != "sus1"]
    from uxlab.analysis.metrics import participant_scores
    p01 = participant_scores(tables).set_index("participant").loc["P01"]
    assert p01["sus"] == pytest.approx(sum(contrib) * 100 / 36)
    assert not math.isnan(p01["sus"])


def test_cli_analyze_warns_and_still_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    study = _copy(tmp_path)
    line = _replace_value(study / "sessions" / "P02.jsonl", "seq", "70")
    assert main(["analyze", str(study)]) == 0
    err = capsys.readouterr().err
    assert f"P02.jsonl:{line}: item seq: 70 is outside the 1-7 scale" in err
