"""The review's Excel export and HTML report from the GUI carry the study's formative findings:
problems made in the Problems view come out as the Problems and Problem matrix sheets (and the
report's findings section), with the counts of who met what."""

from __future__ import annotations

import math
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from uxlab.core.clock import FakeClock
from uxlab.core.study import Participant, Study, Task
from uxlab.gui.problems.view import ProblemsView
from uxlab.gui.review.background import DONE, FAILED
from uxlab.gui.review.view import ReviewView
from uxlab.gui.study_context import StudyContext
from uxlab.storage.journal import open_recorder
from uxlab.storage.problems_file import problems_path
from uxlab.storage.study_files import journal_path, save_study

pytestmark = pytest.mark.usefixtures("english_numbers")  # numbers as an English locale writes them

MET = {"search": ["P1", "P2", "P3"], "fees": ["P2"]}  # problem -> who met it
PEOPLE = ["P1", "P2", "P3", "P4"]  # P4 was tested and met nothing


@pytest.fixture
def study(tmp_path: Path) -> Path:
    folder = tmp_path / "study"
    save_study(folder, Study(title="S", tasks=[Task("a", {"en": "A"}, {"en": "A"})],
                             participants=[Participant(p) for p in PEOPLE]))
    for pid in PEOPLE:
        rec = open_recorder(journal_path(folder, pid), participant=pid, clock=FakeClock())
        rec.start_session(pid, ["a"])
        rec.start_task("a")
        for problem, who in MET.items():
            if pid in who:
                rec.observe_problem(f"{problem} ({pid})")
        rec.end_task("success")
        rec.end_session()
    return folder


def _make_problems_in_the_gui(view: ProblemsView) -> None:
    """Select each problem's observations in the Observations table and make a problem."""
    t = view.observations
    for problem, severity in (("search", 2), ("fees", 1)):
        t.clearSelection()
        for r in range(t.rowCount()):
            if t.item(r, 3).text().startswith(problem + " "):
                t.selectionModel().select(t.model().index(r, 0), QItemSelectionModel.SelectionFlag.Select
                                          | QItemSelectionModel.SelectionFlag.Rows)
        pid = view.new_from_selection()
        assert pid is not None
        assert view.state.update(pid, title=problem.title(), severity=severity)


def _adjusted_wald(x: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    # Sauro & Lewis (2016), ch. 3: p_adj = (x + z²/2) / (n + z²), p_adj ± z·sqrt(p_adj(1-p_adj)/(n+z²))
    p = (x + z * z / 2) / (n + z * z)
    half = z * math.sqrt(p * (1 - p) / (n + z * z))
    return max(0.0, p - half), min(1.0, p + half)


def _open(qtbot: QtBot, folder: Path) -> tuple[ProblemsView, ReviewView]:
    context = StudyContext()
    context.open(folder)
    problems, review = ProblemsView(context), ReviewView(context)
    qtbot.addWidget(problems)
    qtbot.addWidget(review)
    review.context_ref = context  # type: ignore[attr-defined]
    return problems, review


def test_excel_saved_from_the_review_has_the_problem_sheets(qtbot: QtBot, study: Path, tmp_path: Path) -> None:
    problems, review = _open(qtbot, study)
    _make_problems_in_the_gui(problems)
    target = tmp_path / "out.xlsx"
    job = review.export_excel(target)
    assert job is not None
    qtbot.waitUntil(lambda: job.state != "", timeout=30000)
    assert job.state == DONE, job.payload
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames[-3:] == ["Problems", "Problem matrix", "Codebook"]
    ws = wb["Problems"]
    head = [c.value for c in ws[1]]
    rows = [dict(zip(head, [c.value for c in r], strict=True)) for r in ws.iter_rows(min_row=2)]
    # impact = share x severity weight (1-4 scale, 1 worst): search 3/4 x 3/4 = .5625 > fees 1/4 x 1
    assert [(r["problem_title"], r["severity"], r["participants_met"]) for r in rows] == [
        ("Search", 2, 3), ("Fees", 1, 1)]
    assert rows[0]["frequency"] == pytest.approx(0.75)
    assert (rows[0]["frequency_lo"], rows[0]["frequency_hi"]) == pytest.approx(_adjusted_wald(3, 4))
    assert (rows[1]["frequency_lo"], rows[1]["frequency_hi"]) == pytest.approx(_adjusted_wald(1, 4))
    m = wb["Problem matrix"]
    assert [c.value for c in m[1]] == ["problem", "problem_title", *PEOPLE]
    matrix = {r[1]: r[2:] for r in m.iter_rows(min_row=2, values_only=True)}
    assert matrix == {title.title(): tuple(int(p in who) for p in PEOPLE) for title, who in MET.items()}
    wb.close()
    review.exports.last_message.close()


def test_html_report_from_the_review_has_the_findings_section(qtbot: QtBot, study: Path, tmp_path: Path) -> None:
    problems, review = _open(qtbot, study)
    _make_problems_in_the_gui(problems)
    review.exports.open_url = lambda _url: None
    target = tmp_path / "report.html"
    job = review.html_report(target)
    assert job is not None
    qtbot.waitUntil(lambda: job.state != "", timeout=30000)
    assert job.state == DONE, job.payload
    text = target.read_text("utf-8")
    section = text[text.index('<section id="findings">'):]
    section = section[:section.index("</section>")]
    assert section.index("Fees") < section.index("Search")  # severity first (1 = scenario failure)


def test_a_damaged_problem_list_fails_the_export_naming_the_file(qtbot: QtBot, study: Path,
                                                                tmp_path: Path) -> None:
    problems, review = _open(qtbot, study)
    _make_problems_in_the_gui(problems)
    problems_path(study).write_text('{"format": "uxlab-problems", "schema_version": 1, "problems": [', "utf-8")
    target = tmp_path / "out.xlsx"
    job = review.export_excel(target)
    assert job is not None
    qtbot.waitUntil(lambda: job.state != "", timeout=30000)
    assert job.state == FAILED
    assert "problems.json" in str(job.payload) and "not valid JSON" in str(job.payload)
    assert not target.exists()
    review.exports.last_message.close()
