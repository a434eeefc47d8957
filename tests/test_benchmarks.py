"""Benchmarks (one-sided, one-sample tests; QtUX ch. 4), recomputed independently with scipy on
the public datasets, plus the CLI and study-file contract.

Method sources: Sauro, J. & Lewis, J. R. (2016). Quantifying the User Experience, 2nd ed.,
ch. 4 (completion vs a benchmark: exact binomial with mid-p; SUS / ratings vs a benchmark:
one-sample t; task time vs a target: t on log times). Lancaster, H. O. (1961). Significance
tests in discrete distributions. JASA 56, 223-234 (mid-p = P(X > x) + 1/2 P(X = x)).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import stats as sps

from uxlab.analysis import benchmarks as bm
from uxlab.analysis.longformat import read_long
from uxlab.analysis.metrics import analyze
from uxlab.cli import main
from uxlab.core.errors import DataError


def test_mid_p_is_lancasters_definition_by_hand() -> None:
    # 9 of 10 against 0.78: P(X = 9) = 10 x 0.78^9 x 0.22, P(X = 10) = 0.78^10.
    p9, p10 = 10 * 0.78**9 * 0.22, 0.78**10
    mid, exact = bm.completion_benchmark(9, 10, 0.78)
    assert exact == pytest.approx(p9 + p10, rel=1e-12)
    assert mid == pytest.approx(p10 + p9 / 2, rel=1e-12)
    assert bm.completion_benchmark(0, 0, 0.78) == (None, None)


def test_benchmark_arguments_and_defaults() -> None:
    assert bm.parse_benchmark_args(["completion=78", "sus=70", "seq=6"]) == {
        "completion": 0.78, "sus": 70.0, "seq": 6.0}
    assert bm.DEFAULTS == {"completion": 0.78, "sus": 68.0, "umux_lite": 68.0, "seq": 5.5}
    for bad in (["speed=3"], ["sus"], ["seq=9"], ["completion=abc"]):
        with pytest.raises(DataError):
            bm.parse_benchmark_args(bad)


def test_cli_benchmark_bad_value_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    demo = Path(__file__).resolve().parents[1] / "sessions" / "food-delivery"
    assert main(["analyze", str(demo), "--benchmark", "seq=12"]) == 2
    err = capsys.readouterr().err
    assert "seq" in err and "Fix" in err and "Traceback" not in err


def test_openshift_completion_and_time_benchmarks_against_scipy(public_data: Path) -> None:
    path = public_data / "openshift_sum" / "long.csv"
    raw = pd.read_csv(path)
    r = analyze(read_long(path), benchmarks={"completion": 0.7})
    entries = [b for b in r["benchmarks"] if b["metric"] == "completion"]
    assert [e["task"] for e in entries] == list(pd.unique(raw["task"]))
    for e in entries:
        d = raw[raw["task"] == e["task"]]
        x, n = int((d["outcome"] == "success").sum()), len(d)
        # independent: P(X > x) + P(X = x)/2 from scipy.stats.binomtest / binom
        exact = sps.binomtest(x, n, 0.7, alternative="greater").pvalue
        assert e["p_exact"] == pytest.approx(exact, rel=1e-10)
        assert e["p"] == pytest.approx(exact - sps.binom.pmf(x, n, 0.7) / 2, rel=1e-10)
        assert e["confidence_better"] == pytest.approx(1 - e["p"])
    # 33 of 33 on T1: far above 70 %, and the reading says so plainly
    first = entries[0]
    assert first["reading"].startswith("T1 Front end: completion 100% (33/33) is above 70% with")


def test_sus_and_seq_one_sample_t_against_scipy(public_data: Path, tmp_path: Path) -> None:
    raw = pd.read_csv(public_data / "sus-analysis-toolkit" / "studyData.csv", sep=";")
    items = raw[[f"Frage {i}" for i in range(1, 11)]].to_numpy(float)
    scores = (items[:, 0::2] - 1).sum(axis=1) * 2.5 + (5 - items[:, 1::2]).sum(axis=1) * 2.5
    seq = (np.arange(len(raw)) % 7) + 1  # a rating column to exercise the SEQ benchmark
    out = pd.DataFrame({"participant": [f"R{i}" for i in range(len(raw))], "task": "t1",
                        "outcome": "success", "time_s": 30 + np.arange(len(raw)), "seq": seq})
    for i in range(1, 11):
        out[f"sus{i}"] = raw[f"Frage {i}"]
    path = tmp_path / "sus.csv"
    out.to_csv(path, index=False)
    r = analyze(read_long(path), benchmarks={"sus": 70})
    sus = next(b for b in r["benchmarks"] if b["metric"] == "sus")
    res = sps.ttest_1samp(scores, 70.0, alternative="greater")
    assert sus["p"] == pytest.approx(res.pvalue, rel=1e-10)
    assert sus["observed"] == pytest.approx(scores.mean())
    s = next(b for b in r["benchmarks"] if b["metric"] == "seq")
    assert s["p"] == pytest.approx(sps.ttest_1samp(seq, 5.5, alternative="greater").pvalue,
                                   rel=1e-10)


def test_time_target_and_saved_benchmarks_in_the_study(tmp_path: Path) -> None:
    """A study folder saves benchmarks; times are tested against each task's target."""
    from uxlab.analysis.tables import load_tables
    from uxlab.demo import write_demo

    folder = tmp_path / "study"
    write_demo(folder, participants=8, seed=3)
    data = json.loads((folder / "study.json").read_text(encoding="utf-8"))
    data["benchmarks"] = {"completion": 0.5, "seq": 4}
    (folder / "study.json").write_text(json.dumps(data), encoding="utf-8")
    tables = load_tables(folder)
    r = analyze(tables)
    assert r["benchmark_values"]["completion"] == 0.5 and r["benchmark_values"]["sus"] == 68
    assert analyze(tables, benchmarks={"completion": 0.9})["benchmark_values"]["completion"] == 0.9
    times = [b for b in r["benchmarks"] if b["metric"] == "time"]
    assert times
    a = tables.attempts
    for e in times:
        task = e["task"]
        target = float(tables.tasks.set_index("task").at[task, "target_time_s"])
        t = a[(a["task"] == task) & (a["outcome"] == "success")]["time_s"].to_numpy(float)
        t = t[t > 0]
        res = sps.ttest_1samp(np.log(t), math.log(target), alternative="less")
        assert e["p"] == pytest.approx(res.pvalue, rel=1e-10)
        assert e["benchmark"] == target


def test_bad_saved_benchmark_names_the_field(tmp_path: Path) -> None:
    from uxlab.core.study import study_from_dict, study_to_dict
    from uxlab.demo import write_demo

    folder = tmp_path / "study"
    write_demo(folder, participants=2, seed=1)
    data = json.loads((folder / "study.json").read_text(encoding="utf-8"))
    data["benchmarks"] = {"seq": 9}
    with pytest.raises(Exception, match=r"benchmarks\.seq"):
        study_from_dict(data)
    data["benchmarks"] = {"sus": 72}
    assert study_to_dict(study_from_dict(data))["benchmarks"] == {"sus": 72.0}


def test_benchmarks_in_the_workbook_and_the_report(tmp_path: Path) -> None:
    from uxlab.analysis.tables import load_tables
    from uxlab.export.html import write_report
    from uxlab.export.xlsx import export_xlsx

    demo = Path(__file__).resolve().parents[1] / "sessions" / "food-delivery"
    tables = load_tables(demo)
    result = analyze(tables)
    out = tmp_path / "r.xlsx"
    export_xlsx(tables, result, out)
    sheet = pd.read_excel(out, sheet_name="Benchmarks")
    assert len(sheet) == len(result["benchmarks"])
    assert sheet["p"].tolist() == pytest.approx([b["p"] for b in result["benchmarks"]])
    codebook = pd.read_excel(out, sheet_name="Codebook")
    assert "confidence_better" in codebook.astype(str).to_numpy().ravel().tolist()
    html = tmp_path / "r.html"
    write_report(tables, html)
    text = html.read_text(encoding="utf-8")
    assert 'id="benchmarks"' in text and result["benchmarks"][0]["reading"] in text


def test_export_and_report_take_benchmarks(tmp_path: Path) -> None:
    demo = Path(__file__).resolve().parents[1] / "sessions" / "food-delivery"
    out = tmp_path / "r.xlsx"
    assert main(["export", str(demo), "-o", str(out), "--benchmark", "completion=0.5"]) == 0
    sheet = pd.read_excel(out, sheet_name="Benchmarks")
    assert (sheet.loc[sheet["metric"] == "completion", "benchmark"] == 0.5).all()
    html = tmp_path / "r.html"
    assert main(["report", str(demo), "-o", str(html), "--benchmark", "sus=60"]) == 0
    assert "above 60 with" in html.read_text(encoding="utf-8")


def test_no_variation_is_said_and_json_ready(tmp_path: Path) -> None:
    rows = ["participant,task,outcome,time_s,seq"] + [f"P{i},t1,success,{30 + i},7"
                                                       for i in range(6)]
    path = tmp_path / "flat.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    r = analyze(read_long(path))
    seq = next(b for b in r["benchmarks"] if b["metric"] == "seq")
    assert seq["no_variation"] is True and seq["p"] is None
    assert "no variation" in seq["reading"] and "above 5.5" in seq["reading"]
    json.dumps(r, allow_nan=False)
