"""The command line contract: exit codes, one clear message, JSON shape, no NaN."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from uxlab.cli import main

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "sessions" / "food-delivery"


def test_analyze_json_contract_in_a_subprocess() -> None:
    out = subprocess.run([sys.executable, "-m", "uxlab", "analyze", str(DEMO), "--json", "--by", "group"],
                         capture_output=True, text=True, check=True).stdout
    r = json.loads(out)  # strict JSON: a NaN would not parse as a number here
    assert r["confidence"] == 0.95
    t = r["tasks"][0]
    for key in ("task", "attempts", "successes", "completion_rate", "completion_ci", "time_success",
                "time_all", "seq", "experience", "errors_mean", "assists_mean"):
        assert key in t
    assert set(t["time_success"]) >= {"n", "geomean", "ci", "median", "mean", "sd"}
    assert set(t["experience"]) == {"success", "effort", "emotion"}
    assert set(r["sus"]) >= {"n", "mean", "sd", "ci", "grade", "percentile", "adjective"}
    assert set(r["umux_lite"]) >= {"n", "mean", "ci", "sus_equivalent"}
    assert set(r["nps"]) >= {"n", "score", "promoters", "passives", "detractors"}
    assert set(r["participants"][0]) >= {"participant", "group", "sus", "umux_lite", "nps"}
    comp = r["comparison"]
    assert comp["groups"] == ["current", "prototype"]
    assert set(comp["tasks"][0]["completion"]) >= {"rate_a", "rate_b", "test", "p"}
    assert comp["tasks"][0]["completion"]["test"] == "N-1 two-proportion test"
    assert set(comp["sus"]) >= {"mean_a", "mean_b", "test", "p"}
    assert "NaN" not in out


def test_readable_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(DEMO), "--confidence", "90"]) == 0
    out = capsys.readouterr().out
    assert "90% confidence" in out and "register" in out and "SUS" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["analyze", "/no/such/study"], "does not exist"),
        (["analyze", str(DEMO), "--confidence", "3"], "not a confidence level"),
        (["analyze", str(DEMO), "--by", "shoe_size"], "unknown column 'shoe_size'"),
        (["export", str(DEMO), "-o", "/no/such/dir/out.xlsx"], "does not exist"),
        (["export", str(DEMO), "-o", "out.csv"], "must end in .xlsx"),
        (["frobnicate", "x", "y"], "unexpected arguments"),
    ],
)
def test_bad_input_exits_2_with_one_clear_line(argv: list[str], message: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("uxlab: error:")


def test_bad_study_file_names_file_and_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    study = json.loads((DEMO / "study.json").read_text())
    study["tasks"][2]["target_time_s"] = "soon"
    (tmp_path / "study.json").write_text(json.dumps(study))
    assert main(["analyze", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "study.json" in err and "tasks[2].target_time_s" in err and "Fix:" in err


def test_demo_and_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", str(tmp_path / "d"), "--participants", "4"]) == 0
    assert main(["demo", str(tmp_path / "d")]) == 2  # never overwrites a study
    assert main(["export", str(tmp_path / "d"), "-o", str(tmp_path / "r.xlsx")]) == 0
    assert (tmp_path / "r.xlsx").stat().st_size > 5000
    assert main(["validate", str(tmp_path / "d")]) == 0
    assert "4 participants" in capsys.readouterr().out


def test_small_p_long_task_names_zero_times_and_skips(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    long_name = "find the refund policy in the help centre"
    rows = ["participant,task,outcome,time_s,group"]
    rows += [f"A{i},{long_name},success,{20 + i},A" for i in range(10)]
    rows += [f"B{i},{long_name},success,{200 + i},B" for i in range(10)]
    rows += ["A0,second,success,0,A", "A1,second,skipped,,A", "B0,second,success,12,B"]
    path = tmp_path / "study.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert main(["analyze", str(path), "--by", "group"]) == 0
    captured = capsys.readouterr()
    assert long_name in captured.out  # not cut at 18 characters
    assert "p < 0.001" in captured.out and "p=0.000" not in captured.out
    assert "task second: 1 attempt(s) with a time of 0 s or less" in captured.err
    assert main(["validate", str(path)]) == 0
    # 23 rows, one of them skipped: 22 attempts
    assert "22 attempts, 1 skipped" in capsys.readouterr().out
