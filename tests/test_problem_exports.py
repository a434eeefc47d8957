"""Formative findings in the exports: `uxlab analyze --json` carries problems and discovery, the
workbook gains a Problems sheet (most impact first) and the problem x participant matrix, in
every export language, with the codebook describing each new column."""

from __future__ import annotations

import json
import math
from pathlib import Path

import openpyxl
import pytest

from uxlab.analysis.problems import observations_table
from uxlab.cli import main
from uxlab.core import problems as pm
from uxlab.core.clock import FakeClock
from uxlab.core.study import Participant, Study, Task
from uxlab.export import labels
from uxlab.export.problem_labels import COLUMNS as PROBLEM_COLUMNS
from uxlab.export.problem_labels import PROBLEM_SHEETS
from uxlab.storage.journal import open_recorder
from uxlab.storage.problems_file import load_problems, save_problems
from uxlab.storage.study_files import journal_path, open_study, save_study

MET = {"PR1": ["P1", "P2", "P3"], "PR2": ["P1"], "PR3": ["P2", "P4"]}  # who met what
PEOPLE = ["P1", "P2", "P3", "P4", "P5"]  # P5 met nothing but was tested


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("findings")
    save_study(folder, Study(title="F", tasks=[Task("a", {"en": "A"}, {"en": "A"})],
                             participants=[Participant(p) for p in PEOPLE]))
    for pid in PEOPLE:
        rec = open_recorder(journal_path(folder, pid), participant=pid, clock=FakeClock())
        rec.start_session(pid, ["a"])
        rec.start_task("a")
        for prob, who in MET.items():
            if pid in who:
                rec.observe_problem(f"{prob} seen by {pid}")
        rec.end_task("success")
        rec.end_session()
    obs = observations_table(open_study(folder))
    pl = load_problems(folder)
    changes: list[pm.Change] = []
    for prob, sev, title in (("PR1", 3, "=HYPERLINK(\"x\")"), ("PR2", 1, "Checkout fails"), ("PR3", None, "Fees")):
        ids = obs.loc[obs["text"].str.startswith(prob + " "), "observation"].tolist()
        changes += pm.create_problem(pl, title, ids, severity=sev)[1]
    save_problems(folder, pl, changes)
    return folder


def test_analyze_json_carries_findings(study: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(study), "--json"]) == 0
    f = json.loads(capsys.readouterr().out)["findings"]
    assert f["participants"] == PEOPLE
    assert f["matrix"] == {"PR1": [1, 1, 1, 0, 0], "PR2": [1, 0, 0, 0, 0], "PR3": [0, 1, 0, 1, 0]}
    # impact: PR1 3/5 x .5 = .3 ; PR2 1/5 x 1 = .2 ; PR3 unrated
    assert [p["problem"] for p in f["problems"]] == ["PR1", "PR2", "PR3"]
    d = f["discovery"]
    p = 6 / 15
    assert d["p"] == pytest.approx(p) and d["once"] == 1
    assert d["p_adjusted"] == pytest.approx(0.5 * (p - 0.2) * 0.8 + 0.5 * p / (1 + 1 / 3))


def test_workbook_has_problems_and_matrix_sheets(study: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    assert main(["export", str(study), "-o", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[-3:] == ["Problems", "Problem matrix", "Codebook"]
    ws = wb["Problems"]
    head = [c.value for c in ws[1]]
    rows = [dict(zip(head, [c.value for c in r], strict=True)) for r in ws.iter_rows(min_row=2)]
    assert [r["problem"] for r in rows] == ["PR1", "PR2", "PR3"]
    assert rows[0]["problem_title"] == "=HYPERLINK(\"x\")" and ws["B2"].data_type == "s"  # text, never a formula
    assert rows[0]["participants_met"] == 3 and rows[0]["frequency"] == pytest.approx(0.6)
    z = 1.959963984540054
    pa = (3 + z * z / 2) / (5 + z * z)
    half = z * math.sqrt(pa * (1 - pa) / (5 + z * z))
    assert (rows[0]["frequency_lo"], rows[0]["frequency_hi"]) == pytest.approx((pa - half, pa + half))
    assert "%" in ws.cell(2, head.index("frequency") + 1).number_format
    assert rows[2]["severity"] is None  # not rated: an empty cell
    m = wb["Problem matrix"]
    assert [c.value for c in m[1]] == ["problem", "problem_title", *PEOPLE]
    assert [c.value for c in m[3]][2:] == [1, 0, 0, 0, 0]
    book = [[c.value for c in r] for r in wb["Codebook"].iter_rows(min_row=2)]
    described = {(r[1], r[2]): r[3] for r in book if r[0] == "column"}
    assert described[("Problems", "frequency")] == PROBLEM_COLUMNS["frequency"][0]
    assert "met the problem" in described[("Problem matrix", "P5")]


@pytest.mark.parametrize("lang", ["fr", "ar", "fa", "ru"])
def test_translated_problem_sheets(study: Path, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"r-{lang}.xlsx"
    assert main(["export", str(study), "-o", str(out), "--language", lang]) == 0
    wb = openpyxl.load_workbook(out)
    name = labels.sheet_name("problems", lang, PROBLEM_SHEETS["problems"])
    assert name != "Problems" and name in wb.sheetnames
    ws = wb[name]
    assert [c.value for c in ws[2]][:3] == ["problem", "problem_title", "severity"]  # machine names, row 2
    for col in PROBLEM_COLUMNS:
        assert labels.column_header(col, lang) != col, (lang, col)
        assert labels.column_meaning(col, lang, "EN") != "EN", (lang, col)
    assert bool(ws.sheet_view.rightToLeft) == (lang in ("ar", "fa"))


def test_a_study_without_problems_gets_no_problem_sheets(tmp_path: Path) -> None:
    from uxlab.demo import write_demo

    folder = write_demo(tmp_path / "demo", participants=3)
    out = tmp_path / "r.xlsx"
    assert main(["export", str(folder), "-o", str(out)]) == 0
    assert "Problems" not in openpyxl.load_workbook(out, read_only=True).sheetnames


@pytest.mark.parametrize("lang", ["en", "fr", "ar", "fa", "ru"])
def test_report_has_a_findings_section_sorted_by_severity(study: Path, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"report-{lang}.html"
    assert main(["report", str(study), "-o", str(out), "--language", lang]) == 0
    text = out.read_text("utf-8")
    section = text[text.index('<section id="findings">'):]
    section = section[:section.index("</section>")]
    # severity first: PR2 (1 = scenario failure) before PR1 (3), unrated PR3 last
    order = [section.index(f"<td>{p}</td>") for p in ("PR2", "PR1", "PR3")]
    assert order == sorted(order)
    assert "&lt;" not in section or "=HYPERLINK(&quot;x&quot;)" in section  # escaped, never raw HTML
    assert "{" not in section  # every placeholder of the discovery sentence was filled
    if lang == "en":
        assert "3 / 5" in section and ">60%<" in section and 'data-value="1"' in section
        assert "Lewis 2001" in section


def test_report_of_a_study_without_problems_has_no_findings_section(tmp_path: Path) -> None:
    from uxlab.demo import write_demo

    folder = write_demo(tmp_path / "demo", participants=3)
    out = tmp_path / "r.html"
    assert main(["report", str(folder), "-o", str(out)]) == 0
    assert 'id="findings"' not in out.read_text("utf-8")


def test_plan_discovery_from_the_studys_matrix(study: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "discovery", "--study", str(study), "--goal", "0.85", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    p = 6 / 15
    p_adj = 0.5 * (p - 0.2) * 0.8 + 0.5 * p / (1 + 1 / 3)
    n = math.ceil(math.log(0.15) / math.log(1 - p_adj))
    assert plan["n"] == n and plan["notes"]["more_participants"] == n - 5
    assert plan["inputs"]["p"] == pytest.approx(p_adj)
