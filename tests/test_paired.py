"""Within-subjects (paired) designs against published worked examples and the real public
within-subjects studies (RobotReviewer, PageGuide), recomputed here with pandas and scipy.

Sources:
- Fagerland, M. W., Lydersen, S. & Laake, P. (2013). The McNemar test for binary matched-pairs
  data: mid-p and asymptotic are better than exact conditional. BMC Medical Research
  Methodology 13:91, worked example (airway hyper-responsiveness before/after, discordant
  pairs 1 and 7): exact conditional p = 0.070, mid-p = 0.039.
- R Core Team, stats::t.test help page, ``t.test(extra ~ group, data = sleep, paired = TRUE)``:
  t = -4.0621, df = 9, p = 0.002833, 95% CI of the mean difference -2.4598858 to -0.7001142.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import stats as sps

from uxlab.analysis import paired as pr
from uxlab.analysis.longformat import read_long
from uxlab.analysis.metrics import analyze
from uxlab.core.errors import DataError

SLEEP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
SLEEP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]


def test_mcnemar_exact_and_mid_p_fagerland_example() -> None:
    exact, mid = pr.mcnemar(1, 7)
    assert round(exact, 3) == 0.070
    assert round(mid, 3) == 0.039
    assert pr.mcnemar(0, 0) == (1.0, 1.0)
    assert pr.mcnemar(5, 5)[0] == 1.0


def test_paired_t_r_sleep_example() -> None:
    r = pr.paired_t(np.array(SLEEP_1) - np.array(SLEEP_2))
    assert r["mean"] == pytest.approx(-1.58)
    assert (r["t"], r["df"]) == (pytest.approx(-4.0621, abs=1e-4), 9.0)
    assert r["p"] == pytest.approx(0.002833, abs=1e-6)
    assert (r["low"], r["high"]) == (pytest.approx(-2.4598858, abs=1e-7),
                                     pytest.approx(-0.7001142, abs=1e-7))
    flat = pr.paired_t(np.array([2.0, 2.0, 2.0]))
    assert flat["no_variation"] and flat["p"] is None and flat["low"] == flat["high"] == 2.0


def test_robotreviewer_within_subjects_against_scipy(public_data: Path) -> None:
    """41 participants, 4 articles, two with machine assistance (ml) and two manually: the
    group column varies within participants, so the comparison is within-subjects."""
    path = public_data / "rrux" / "rr_group.csv"
    tables = read_long(path)
    assert any("within-subjects condition" in w for w in tables.warnings)
    comp = analyze(tables, by="group")["comparison"]
    raw = pd.read_csv(path)
    assert (comp["design"], comp["pairs"], comp["groups"]) == ("within", 41, ["ml", "manual"])
    ok = raw[raw["outcome"] == "success"].assign(log=lambda d: np.log(d["time_s"]))
    per = ok.groupby(["participant", "group"])["log"].mean().unstack().dropna()
    la, lb = per["ml"].to_numpy(), per["manual"].to_numpy()
    res = sps.ttest_rel(la, lb)
    ci = res.confidence_interval(0.95)
    pt = comp["participant_time"]
    assert pt["pairs"] == len(per) == 41
    assert (pt["t"], pt["df"], pt["p"]) == (pytest.approx(res.statistic, abs=1e-10),
                                            res.df, pytest.approx(res.pvalue, abs=1e-12))
    assert pt["ratio"] == pytest.approx(math.exp((la - lb).mean()), rel=1e-12)
    assert pt["ratio_ci"] == pytest.approx([math.exp(ci.low), math.exp(ci.high)], rel=1e-10)
    assert pt["wilcoxon_p"] == pytest.approx(sps.wilcoxon(la - lb).pvalue, rel=1e-10)
    # each article was read under one condition per participant: independent per task
    for t in comp["tasks"]:
        assert t["design"] == "independent"
        d = ok[ok["task"] == t["task"]]
        w = sps.ttest_ind(d.loc[d["group"] == "ml", "log"], d.loc[d["group"] == "manual", "log"],
                          equal_var=False)
        assert t["time_success"]["p"] == pytest.approx(w.pvalue, abs=1e-12)


def _pageguide_by_type(public_data: Path, tmp_path: Path) -> tuple[Path, pd.DataFrame]:
    """PageGuide: each participant answered questions of three types (find, guide, hide) under
    both conditions. Task = question type, keeping each participant's first question of that
    type under each condition, so the same task appears under both conditions."""
    raw = pd.read_csv(public_data / "pageguide" / "pg_long.csv")
    parts = raw["task"].str.extract(re.compile(r"^Q\d+-(?P<type>\w+)-(?P<cond>control|extension)$"))
    assert parts.notna().all().all()
    d = raw.assign(task=parts["type"], condition=parts["cond"])
    d = d.drop_duplicates(["participant", "task", "condition"], keep="first")
    path = tmp_path / "pg.csv"
    d.to_csv(path, index=False)
    return path, d


def test_pageguide_paired_tasks_against_scipy(public_data: Path, tmp_path: Path) -> None:
    path, d = _pageguide_by_type(public_data, tmp_path)
    comp = analyze(read_long(path), by="condition")["comparison"]
    groups = comp["groups"]
    assert set(groups) == {"control", "extension"}
    a, b = groups
    n_both = (d.groupby("participant")["condition"].nunique() == 2).sum()
    assert comp["pairs"] == n_both
    assert comp["design"] == ("within" if n_both == d["participant"].nunique() else "mixed")
    for t in comp["tasks"]:
        sub = d[d["task"] == t["task"]]
        wide = sub.pivot(index="participant", columns="condition", values=["outcome", "time_s"])
        both = wide["outcome"][[a, b]].dropna()
        assert t["design"] == "paired" and t["pairs"] == len(both)
        sa, sb = (both[a] == "success").to_numpy(), (both[b] == "success").to_numpy()
        bb, cc = int((sa & ~sb).sum()), int((~sa & sb).sum())
        c = t["completion"]
        assert c["discordant"] == [bb, cc]
        exact = sps.binomtest(min(bb, cc), bb + cc, 0.5).pvalue if bb + cc else 1.0
        mid = exact - sps.binom.pmf(min(bb, cc), bb + cc, 0.5) if bb + cc else 1.0
        assert c["p_exact"] == pytest.approx(min(1.0, exact), abs=1e-12)
        assert c["p"] == pytest.approx(min(1.0, mid), abs=1e-12)
        assert c["rate_a"] == pytest.approx(sa.mean())
        succ = sub[sub["outcome"] == "success"].pivot(index="participant", columns="condition",
                                                      values="time_s")[[a, b]].dropna()
        tm = t["time_success"]
        assert tm["pairs"] == len(succ)
        if len(succ) >= 2:
            res = sps.ttest_rel(np.log(succ[a]), np.log(succ[b]))
            ci = res.confidence_interval(0.95)
            assert tm["p"] == pytest.approx(res.pvalue, abs=1e-12)
            assert tm["ratio_ci"] == pytest.approx([math.exp(ci.low), math.exp(ci.high)],
                                                   rel=1e-10)


def test_mixed_design_and_duplicate_rows(tmp_path: Path) -> None:
    rows = ["participant,task,outcome,time_s,condition"]
    rows += [f"P{i},t1,success,{20 + i},A" for i in range(4)]
    rows += [f"P{i},t1,{'success' if i % 2 else 'fail'},{30 + i},B" for i in range(3)]
    path = tmp_path / "m.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    comp = analyze(read_long(path), by="condition")["comparison"]
    assert (comp["design"], comp["pairs"]) == ("mixed", 3)
    assert comp["tasks"][0]["completion"]["discordant"] == [2, 0]
    # the same task twice with nothing to tell the rows apart is still an error
    dup = tmp_path / "dup.csv"
    dup.write_text("participant,task,outcome,time_s\n1,ml,success,4\n1,ml,success,5\n",
                   encoding="utf-8")
    with pytest.raises(DataError, match="rows 2 and 3"):
        read_long(dup)


def test_within_comparison_in_the_workbook_and_report(public_data: Path, tmp_path: Path) -> None:
    from uxlab.export.html import write_report
    from uxlab.export.xlsx import export_xlsx

    tables = read_long(public_data / "rrux" / "rr_group.csv")
    result = analyze(tables, by="group")
    out = tmp_path / "rr.xlsx"
    export_xlsx(tables, result, out)
    sheet = pd.read_excel(out, sheet_name="Comparison")
    row = sheet[sheet["metric"].astype(str).str.startswith("time per participant")].iloc[0]
    pt = result["comparison"]["participant_time"]
    assert (row["estimate"], row["ci_low"], row["p"]) == (
        pytest.approx(pt["ratio"]), pytest.approx(pt["ratio_ci"][0]), pytest.approx(pt["p"]))
    html = tmp_path / "rr.html"
    write_report(tables, html, by="group")
    text = html.read_text(encoding="utf-8")
    assert 'data-design="within"' in text and 'data-pairs="41"' in text


def test_study_file_conditions_and_declared_design(tmp_path: Path) -> None:
    """A study folder whose tasks each belong to a condition: compared within participants;
    the declared design is checked against the data."""
    import json

    from uxlab.analysis.tables import load_tables
    from uxlab.core.study import study_from_dict, study_to_dict
    from uxlab.demo import write_demo

    folder = tmp_path / "study"
    write_demo(folder, participants=10, seed=5)
    data = json.loads((folder / "study.json").read_text(encoding="utf-8"))
    for i, task in enumerate(data["tasks"]):
        task["condition"] = "old menu" if i % 2 == 0 else "new menu"
    data["design"] = "within"
    assert study_to_dict(study_from_dict(data))["design"] == "within"
    (folder / "study.json").write_text(json.dumps(data), encoding="utf-8")
    tables = load_tables(folder)
    r = analyze(tables, by="condition")
    comp = r["comparison"]
    assert (comp["design"], comp["declared_design"]) == ("within", "within")
    a = tables.attempts
    ok = a[(a["outcome"] == "success") & (a["time_s"] > 0)].assign(log=lambda d: np.log(d["time_s"]))
    per = ok.groupby(["participant", "condition"])["log"].mean().unstack().dropna()
    g1, g2 = comp["groups"]
    res = sps.ttest_rel(per[g1], per[g2])
    assert comp["participant_time"]["p"] == pytest.approx(res.pvalue, abs=1e-12)
    assert comp["pairs"] == len(per)
    assert not any("declares" in w for w in r["warnings"])
    data["design"] = "between"
    (folder / "study.json").write_text(json.dumps(data), encoding="utf-8")
    r = analyze(load_tables(folder), by="condition")
    assert any("declares a between-subjects design" in w for w in r["warnings"])
    data["design"] = "crossover"
    with pytest.raises(Exception, match="design"):
        study_from_dict(data)
