"""Results files as researchers have them: the public datasets in ../shared/public-data read AS
THEY ARE (raw files included, no conversion), with expected numbers computed here from the raw
file with pandas / numpy / scipy, or the published values quoted in each folder's SOURCE.md."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from uxlab.analysis.longformat import read_long, read_results
from uxlab.analysis.metrics import analyze
from uxlab.cli import main

SUS_FRAGE = [f"Frage {i}" for i in range(1, 11)]


def _sus_scores(items: pd.DataFrame) -> pd.Series:
    """SUS by Brooke (1996): odd items score - 1, even items 5 - score, sum x 2.5."""
    a = items.to_numpy(float)
    return pd.Series(((a[:, 0::2] - 1).sum(1) + (5 - a[:, 1::2]).sum(1)) * 2.5, index=items.index)


def _cli_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:  # type: ignore[type-arg]
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


# ------------------------------------------------------------ sus-analysis-toolkit (SOURCE.md)
# jblattgerste/sus-analysis-toolkit assets/studyData.csv: 38 respondents, `Frage 1..10`, `System`,
# `;` separated, no participant column; the questionnaire-only study of issue 13.
def test_sus_toolkit_questionnaire_only_as_it_is(public_data: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = public_data / "sus-analysis-toolkit" / "studyData.csv"
    raw = pd.read_csv(path, sep=";")
    expected = _sus_scores(raw[SUS_FRAGE])
    tables, summary = read_results(path)
    assert summary.layout == "questionnaire" and len(tables.tasks) == 0 and len(tables.attempts) == 0
    assert len(tables.participants) == 38 == len(raw)
    assert {f: c for f, (c, _) in summary.mapping.entries.items()} == {
        f"sus{i}": f"Frage {i}" for i in range(1, 11)}
    assert any("each row is one participant" in n for n in tables.notices)
    # `--by System` (the header's own case), which failed before: group means and Welch's ANOVA
    r = _cli_json(capsys, "analyze", str(path), "--json", "--by", "System")
    assert r["tasks"] == [] and r["sus"]["n"] == 38
    assert r["sus"]["mean"] == pytest.approx(expected.mean())
    groups = {g["group"]: g["sus"] for g in r["comparison"]["per_group"]}
    for system, scores in expected.groupby(raw["System"]):
        assert groups[system]["n"] == len(scores)
        assert groups[system]["mean"] == pytest.approx(scores.mean())
    # the same mapping given explicitly, as the issue asks (`--map "sus1=Frage 1"` ...)
    given = [a for i in range(1, 11) for a in ("--map", f"sus{i}=frage {i}")]
    r2 = _cli_json(capsys, "analyze", str(path), "--json", "--by", "SYSTEM", *given)
    assert r2["sus"]["mean"] == pytest.approx(expected.mean())


def test_sus_toolkit_welch_anova_matches_an_independent_computation(public_data: Path) -> None:
    """Welch's (1951) ANOVA written out here with numpy (weights n / s^2) on the raw scores."""
    path = public_data / "sus-analysis-toolkit" / "studyData.csv"
    raw = pd.read_csv(path, sep=";")
    scores = _sus_scores(raw[SUS_FRAGE])
    g = [scores[raw["System"] == s].to_numpy() for s in pd.unique(raw["System"])]
    n = np.array([len(x) for x in g], float)
    m = np.array([x.mean() for x in g])
    w = n / np.array([x.var(ddof=1) for x in g])
    mw = (w * m).sum() / w.sum()
    k = len(g)
    lam = ((1 - w / w.sum()) ** 2 / (n - 1)).sum()
    f = ((w * (m - mw) ** 2).sum() / (k - 1)) / (1 + 2 * (k - 2) / (k ** 2 - 1) * lam)
    df2 = (k ** 2 - 1) / (3 * lam)
    p = stats.f.sf(f, k - 1, df2)
    sus = analyze(read_long(path), by="system")["comparison"]["sus"]
    assert sus["statistic"] == pytest.approx(f) and sus["df2"] == pytest.approx(df2)
    assert sus["p"] == pytest.approx(p, rel=1e-6)


def test_validate_prints_the_mapping_and_what_would_load(public_data: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = public_data / "sus-analysis-toolkit" / "studyData.csv"
    assert main(["validate", str(path), "--map", "sus1=Frage 1"]) == 0
    out = capsys.readouterr().out
    assert "separator ';'" in out and "questionnaire only" in out
    assert "sus1        <- 'Frage 1' (given)" in out and "sus10       <- 'Frage 10' (guessed)" in out
    assert "participant <- (none: each row is one participant, numbered by row)" in out
    assert "38 participants, 0 tasks" in out and "380 answers" in out and "'System'" in out


# ------------------------------------------------------------------ openshift_sum raw (SOURCE.md)
def test_openshift_raw_with_a_mapping(public_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """raw/final-combined-data.csv: par, task, time, sat, comp (1/0), group (1/2). Published
    (SOURCE.md): completion T3 4/20 & 4/13, T4 11/20 & 6/13; geometric means of successful times,
    Version A, T1..T4 = 62.4242 / 83.6977 / 394.704 / 364.934 s."""
    path = public_data / "openshift_sum" / "raw" / "final-combined-data.csv"
    r = _cli_json(capsys, "analyze", str(path), "--json", "--map", "participant=par",
                  "--map", "outcome=comp", "--by", "Group")
    assert r["comparison"]["groups"] == ["1", "2"]  # Version A, Version B
    per = {t["task"]: t for t in r["comparison"]["tasks"]}
    for task, (a, na, b, nb) in {"3": (4, 20, 4, 13), "4": (11, 20, 6, 13)}.items():
        c = per[task]["completion"]
        assert (c["successes_a"], c["n_a"], c["successes_b"], c["n_b"]) == (a, na, b, nb)
    for task, gm in zip("1234", (62.4242, 83.6977, 394.704, 364.934), strict=True):
        assert per[task]["time_success"]["geomean_a"] == pytest.approx(gm, abs=1e-3)
    assert per["1"]["time_success"]["geomean_b"] == pytest.approx(50.7784, abs=1e-3)
    assert per["2"]["time_success"]["geomean_b"] == pytest.approx(52.6611, abs=1e-3)
    # without the mapping, the error names what is missing and how to map it
    assert main(["analyze", str(path)]) == 2
    err = capsys.readouterr().err
    assert "missing required column(s) participant, outcome" in err and "--map outcome=COLUMN" in err


# --------------------------------------------------------- crypto_wallets_tutorial raw (SOURCE.md)
def test_crypto_wallets_wide_table_as_it_is(public_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """raw/06_dat.csv: one row per participant, T1_Completion (Pass/Fail), T1_Time ... T5, SUS
    (a score), User (the wallet). Published in the chapter (SOURCE.md): T4 completion MetaMask
    0.87, Argent 0.60, Coinbase 0.27; SUS means 52 / 66 / 79; geometric means of successful
    times, MetaMask, 352 / 204 / 48 / 213 / 96 s."""
    path = public_data / "crypto_wallets_tutorial" / "raw" / "06_dat.csv"
    tables, summary = read_results(path)
    assert summary.layout == "wide" and tables.tasks["task"].tolist() == ["T1", "T2", "T3", "T4", "T5"]
    assert len(tables.participants) == 45 and len(tables.attempts) == 225
    raw = pd.read_csv(path)
    assert int(tables.attempts["success"].sum()) == int(
        (raw[[f"T{i}_Completion" for i in range(1, 6)]] == "Pass").to_numpy().sum())
    r = _cli_json(capsys, "analyze", str(path), "--json", "--by", "user")
    per = {g["group"]: g for g in r["comparison"]["per_group"]}
    t4 = {w: next(t for t in g["tasks"] if t["task"] == "T4")["completion_rate"] for w, g in per.items()}
    assert [round(t4[w], 2) for w in ("MetaMask", "Argent", "Coinbase")] == [0.87, 0.60, 0.27]
    assert [round(per[w]["sus"]["mean"]) for w in ("MetaMask", "Argent", "Coinbase")] == [52, 66, 79]
    gm = [round(t["time_success_geomean"]) for t in per["MetaMask"]["tasks"]]
    assert gm == [352, 204, 48, 213, 96]


# --------------------------------------------------------------------- rrux (CR line endings)
def test_rrux_sus_items_q1_to_q10_with_cr_line_endings(public_data: Path) -> None:
    """rrux/sus_calculation.csv: old Mac CR line endings, `Participant, q1..q10, SUS Score`; the
    SUS computed from q1..q10 equals the file's own `SUS Score` for every participant."""
    path = public_data / "rrux" / "sus_calculation.csv"
    assert b"\r" in path.read_bytes() and b"\n" not in path.read_bytes()
    raw = pd.read_csv(path, lineterminator="\r")
    tables = read_long(path)
    r = analyze(tables)
    got = {p["participant"]: p["sus"] for p in r["participants"]}
    assert len(got) == len(raw) == 39
    for pid, score in zip(raw["Participant"].astype(str), raw["SUS Score"], strict=True):
        assert got[pid] == pytest.approx(score)
    assert r["sus"]["mean"] == pytest.approx(raw["SUS Score"].mean())


# --------------------------------------------------------------- pageguide (completed / failed)
def test_pageguide_outcome_words(public_data: Path) -> None:
    """pg_raw_outcomes.csv writes outcomes as completed / partial / failed."""
    path = public_data / "pageguide" / "pg_raw_outcomes.csv"
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    tables = read_long(path)
    words = {"completed": "success", "failed": "fail", "partial": "partial"}
    assert set(raw["outcome"].str.strip().str.lower()) <= set(words)
    assert tables.attempts["outcome"].tolist() == [words[w.strip().lower()] for w in raw["outcome"]]
