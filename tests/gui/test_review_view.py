"""Review view: the numbers it shows are analyze()'s, exclusions land in study.json, exports run
in a worker thread (and can be cancelled), and it opens big studies and long-format files."""

from __future__ import annotations

import csv
import os
import shutil
import time
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer, QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.gui.review_helpers import open_review
from uxlab.analysis.metrics import analyze
from uxlab.analysis.tables import load_tables
from uxlab.demo import generate_large
from uxlab.export.columns import SHEETS
from uxlab.gui.review import fmt
from uxlab.gui.review import view as review_module
from uxlab.gui.review.background import CANCELLED, DONE
from uxlab.gui.review.exclusion import ExcludeDialog, with_exclusion
from uxlab.gui.review.outcomes import EXCLUDED_GREY
from uxlab.gui.review.task_table import COL_COMPLETION, COL_TASK, COL_TIME
from uxlab.gui.review.view import ReviewView
from uxlab.storage.study_files import load_study, sessions_dir

pytestmark = pytest.mark.usefixtures("english_numbers")  # numbers as an English locale writes them

TASK_TITLES = ["Create an account", "Find a dish", "Add to cart", "Pay for the order",
               "Track the delivery"]


@pytest.fixture(scope="module")
def big_study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1,000 participants x 5 tasks with real journals (fsync skipped: speed only)."""
    folder = tmp_path_factory.mktemp("big") / "study"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(os, "fsync", lambda _fd: None)
        mp.setattr(os, "fdatasync", lambda _fd: None)
        generate_large(folder, participants=1000, tasks=5)
    return folder


def close_message(view: ReviewView) -> None:
    box = view.exports.last_message
    if box is not None:
        box.close()


# ---------------------------------------------------------------------------- task table
def test_task_rows_follow_study_order_and_show_analyze_completion(qtbot: QtBot,
                                                                 demo_study: Path) -> None:
    view = open_review(qtbot, demo_study)
    result = analyze(load_tables(demo_study), 0.95)
    assert view.task_column(COL_TASK) == TASK_TITLES
    expected = [fmt.percent_ci(t["completion_rate"], t["completion_ci"]) for t in result["tasks"]]
    assert view.task_column(COL_COMPLETION) == expected
    assert view.task_column(COL_COMPLETION)[0] == "83 % (54–97 %)"  # 10 of 12, adjusted Wald
    tip = view.tasks_page.task_model.headerData(COL_COMPLETION, Qt.Orientation.Horizontal,
                                     Qt.ItemDataRole.ToolTipRole)
    assert "adjusted Wald" in tip and "Agresti" in tip


def test_confidence_level_changes_the_intervals(qtbot: QtBot, demo_study: Path) -> None:
    view = open_review(qtbot, demo_study)
    view.options.confidence_combo.setCurrentIndex(view.options.confidence_combo.findData(0.90))
    qtbot.waitUntil(lambda: view.result is not None and view.result["confidence"] == 0.90)
    result = analyze(load_tables(demo_study), 0.90)
    assert view.task_column(COL_COMPLETION) == [
        fmt.percent_ci(t["completion_rate"], t["completion_ci"]) for t in result["tasks"]]
    assert view.task_column(COL_COMPLETION)[0] != "83 % (54–97 %)"


def test_numbers_use_the_locale_decimal_separator(qtbot: QtBot, demo_study: Path) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    view = open_review(qtbot, demo_study)
    assert view.task_column(4)[0] == "5,7 (4,7–6,6)"  # SEQ of "Create an account"
    assert view.summary.value_text("sus").startswith("68,8 (63,1–74,4)")


def test_successful_only_toggle_changes_the_time_column(qtbot: QtBot, demo_study: Path) -> None:
    view = open_review(qtbot, demo_study)
    result = analyze(load_tables(demo_study), 0.95)
    successful = view.task_column(COL_TIME)
    assert successful == [fmt.seconds_ci(t["time_success"]["geomean"], t["time_success"]["ci"])
                          for t in result["tasks"]]
    view.tasks_page.success_only.setChecked(False)
    every = view.task_column(COL_TIME)
    assert every == [fmt.seconds_ci(t["time_all"]["geomean"], t["time_all"]["ci"])
                     for t in result["tasks"]]
    assert every != successful
    assert "all attempts" in view.tasks_page.task_model.headers()[COL_TIME]


def test_sorting_by_completion_orders_rows_by_rate(qtbot: QtBot, demo_study: Path) -> None:
    view = open_review(qtbot, demo_study)
    view.tasks_page.task_view.sortByColumn(COL_COMPLETION, Qt.SortOrder.AscendingOrder)
    result = analyze(load_tables(demo_study), 0.95)
    by_rate = sorted(result["tasks"], key=lambda t: t["completion_rate"])
    assert view.task_column(COL_COMPLETION) == [
        fmt.percent_ci(t["completion_rate"], t["completion_ci"]) for t in by_rate]


# ---------------------------------------------------------------------------- comparison
def test_compare_by_group_shows_tests_p_values_and_readings(qtbot: QtBot,
                                                           demo_study: Path) -> None:
    view = open_review(qtbot, demo_study)
    view.set_compare_by("group")
    comparison = analyze(load_tables(demo_study), 0.95, "group")["comparison"]
    model = view.comparison_page.compare_model
    assert model.headers()[2:4] == comparison["groups"]
    differences = model.column_texts(4)
    tests = model.column_texts(5)
    p_values = model.column_texts(6)
    readings = model.column_texts(7)
    assert "Welch t-test on log times" in tests
    assert any(t in ("N-1 two-proportion test", "Fisher exact test") for t in tests)
    assert all(p.startswith("p ") for p in p_values)
    sus = comparison["sus"]
    assert p_values[-2] == fmt.p_value(sus["p"])
    reading = readings[-2].replace("\u2068", "").replace("\u2069", "")  # (isolated group names)
    assert reading.startswith("prototype higher (")
    assert f"{fmt.p_value(sus['p'])} ({sus['test']})" in reading
    differences = [d.replace("\u2066", "").replace("\u2069", "") for d in differences]
    assert differences[-2] == (f"{sus['difference']:.1f} ({sus['difference_ci'][0]:.1f} – "
                               f"{sus['difference_ci'][1]:.1f}); g = {sus['hedges_g']:.2f}")
    assert "Design: between-subjects" in view.comparison_page.compare_note.text()


def test_filter_shows_one_group_only(qtbot: QtBot, demo_study: Path) -> None:
    view = open_review(qtbot, demo_study)
    assert "group = prototype" in [view.options.filter_combo.itemText(i)
                                   for i in range(view.options.filter_combo.count())]
    view.set_filter("group", "prototype")
    assert view.shown is not None and len(view.shown.participants) == 6
    assert view.participants_page.people_model.rowCount() == 6
    assert view.summary.value_text("participants").startswith("6 included")


# ---------------------------------------------------------------------------- drill-down
def test_drill_down_from_task_to_attempt_events_and_notes(qtbot: QtBot,
                                                        demo_study: Path) -> None:
    view = open_review(qtbot, demo_study)
    view.select_task("pay")
    assert view.tasks_page.attempt_model.rowCount() == 12
    view.select_attempt("P03")
    details = view.tasks_page.event_model.column_texts(2)
    assert any("abandoned" in d for d in details)
    assert any("could not find where to enter the code" in d for d in details)
    assert "could not find where to enter the code" in view.tasks_page.notes_label.text()
    view.refresh()  # e.g. a session was recorded: the drill-down stays where it was
    assert view.selected_task() == "pay"
    assert any("abandoned" in d for d in view.tasks_page.event_model.column_texts(2))


# ---------------------------------------------------------------------------- exclusions
def test_excluding_a_participant_writes_the_study_and_changes_n(qtbot: QtBot,
                                                               demo_study: Path) -> None:
    view = open_review(qtbot, demo_study)
    assert view.summary.value_text("participants").startswith("12 included, 0 excluded")
    assert view.set_excluded("P03", True, "did not meet the screener")
    study = load_study(demo_study)
    p03 = study.participant("P03")
    assert p03 is not None and p03.excluded and p03.exclude_reason == "did not meet the screener"
    assert view.summary.value_text("participants").startswith("11 included, 1 excluded")
    assert view.result is not None and view.result["sus"]["n"] == 11
    row = view.participants_page.people_model.keys().index("P03")
    cell = view.participants_page.people_model.cell(row, 0)
    assert cell.foreground == EXCLUDED_GREY
    assert view.participants_page.people_model.headers()[2] == "Exclusion"
    assert "did not meet the screener" in view.participants_page.people_model.column_texts(2)[row]
    assert (sessions_dir(demo_study) / "P03.jsonl").exists()  # nothing deleted
    assert view.participants_page.include_button.isEnabled() and not view.participants_page.exclude_button.isEnabled()
    view.include_selected()
    p03 = load_study(demo_study).participant("P03")
    assert p03 is not None and not p03.excluded
    assert view.summary.value_text("participants").startswith("12 included, 0 excluded")


def test_exclude_dialog_needs_a_reason(qtbot: QtBot) -> None:
    dialog = ExcludeDialog("P07")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason.setPlainText("  technical problem ")
    assert ok.isEnabled() and dialog.reason_text() == "technical problem"


def test_exclusion_adds_a_participant_missing_from_the_study(demo_study: Path) -> None:
    study = load_study(demo_study)
    study.participants = [p for p in study.participants if p.id != "P05"]
    out = with_exclusion(study, "P05", True, "no consent", group="current")
    entry = out.participant("P05")
    assert entry is not None and entry.excluded and entry.group == "current"
    assert study.participant("P05") is None  # the original is untouched


# ---------------------------------------------------------------------------- refresh
def test_a_new_session_updates_the_view(qtbot: QtBot, demo_study: Path, tmp_path: Path) -> None:
    journal = sessions_dir(demo_study) / "P12.jsonl"
    kept = tmp_path / "P12.jsonl"
    shutil.move(journal, kept)
    view = open_review(qtbot, demo_study)
    view.show()
    assert view.task_column(1)[0] == "11"
    shutil.move(kept, journal)
    view.context.reload_sessions()
    qtbot.waitUntil(lambda: view.task_column(1)[0] == "12")


def test_a_hidden_view_waits_until_shown_to_recompute(qtbot: QtBot, demo_study: Path,
                                                       tmp_path: Path) -> None:
    """While a session runs in another tab, a recorded session costs the moderator nothing."""
    journal = sessions_dir(demo_study) / "P12.jsonl"
    kept = tmp_path / "P12.jsonl"
    shutil.move(journal, kept)
    view = open_review(qtbot, demo_study)
    assert not view.isVisible()
    shutil.move(kept, journal)
    view.context.reload_sessions()
    qtbot.wait(50)
    assert view.task_column(1)[0] == "11"  # not recomputed while hidden
    view.show()
    qtbot.waitUntil(lambda: view.task_column(1)[0] == "12")


def test_loading_warnings_are_shown(qtbot: QtBot, demo_study: Path) -> None:
    journal = sessions_dir(demo_study) / "P02.jsonl"
    with journal.open("ab") as f:
        f.write(b'{"this line": "is damaged"\n')
    view = open_review(qtbot, demo_study)
    assert view.context.loaded is not None and view.context.loaded.warnings
    assert view.notices.warnings_toggle.isVisibleTo(view)
    view.notices.warnings_toggle.click()
    assert view.notices.warnings_text.isVisibleTo(view)
    assert "P02" in view.notices.warnings_text.text()


def test_language_change_relabels_without_losing_results(qtbot: QtBot,
                                                         demo_study: Path) -> None:
    view = open_review(qtbot, demo_study)
    before = view.task_column(COL_COMPLETION)
    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.task_column(COL_COMPLETION) == before
    assert view.tabs.tabText(0) == "Tas&ks"


# ---------------------------------------------------------------------------- exports
def test_excel_export_runs_in_a_worker_and_writes_a_workbook(qtbot: QtBot, demo_study: Path,
                                                             tmp_path: Path) -> None:
    view = open_review(qtbot, demo_study)
    opened: list[QUrl] = []
    view.exports.open_url = opened.append
    target = tmp_path / "out" / "results.xlsx"
    target.parent.mkdir()
    job = view.export_excel(target)
    assert job is not None
    assert job.state == ""  # returned to the event loop before the workbook is written
    qtbot.waitUntil(lambda: job.state != "", timeout=30000)
    assert job.state == DONE, job.payload
    book = openpyxl.load_workbook(target, read_only=True)
    assert {SHEETS[k] for k in ("summary", "tasks", "participants", "attempts", "events",
                                "questionnaires", "codebook")} <= set(book.sheetnames)
    book.close()
    box = view.exports.last_message
    assert box is not None and "results.xlsx" in box.text()
    folder_button = next(b for b in box.buttons() if b.objectName() == "openFolderButton")
    folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(target.parent))]


def test_excel_export_keeps_the_window_responsive(qtbot: QtBot, big_study: Path,
                                                  tmp_path: Path) -> None:
    view = open_review(qtbot, big_study)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    target = tmp_path / "big.xlsx"
    started = time.perf_counter()
    job = view.export_excel(target)
    assert job is not None
    qtbot.waitUntil(lambda: job.state != "", timeout=120000)
    timer.stop()
    elapsed = time.perf_counter() - started
    assert job.state == DONE, job.payload
    assert target.exists()
    # the GUI thread kept running its timers while the workbook was written
    assert len(ticks) >= max(2, int(elapsed / 0.02) // 4)
    close_message(view)


def test_cancelling_the_export_writes_nothing(qtbot: QtBot, big_study: Path,
                                              tmp_path: Path) -> None:
    view = open_review(qtbot, big_study)
    target = tmp_path / "cancelled.xlsx"
    job = view.export_excel(target)
    assert job is not None and view.exports.progress is not None
    cancel_button = view.exports.progress.findChild(QPushButton)
    assert cancel_button is not None
    cancel_button.click()  # the progress dialog's Cancel button
    qtbot.waitUntil(lambda: job.state != "", timeout=60000)
    assert job.state == CANCELLED
    assert not target.exists()
    assert not list(tmp_path.glob("*.xlsx*"))  # no temp file left behind either
    box = view.exports.last_message
    assert box is not None and "Nothing was written" in box.text()
    close_message(view)


def test_export_error_names_the_file(qtbot: QtBot, demo_study: Path, tmp_path: Path) -> None:
    view = open_review(qtbot, demo_study)
    target = tmp_path / "missing-folder" / "results.xlsx"
    job = view.export_excel(target)
    assert job is not None
    qtbot.waitUntil(lambda: job.state != "", timeout=30000)
    assert job.state == "failed"
    box = view.exports.last_message
    assert box is not None and box.icon() == QMessageBox.Icon.Warning
    assert str(target) in box.text()


@pytest.mark.skipif(review_module.write_report is None, reason="no HTML report module")
def test_html_report_is_written_and_opened(qtbot: QtBot, demo_study: Path,
                                          tmp_path: Path) -> None:
    view = open_review(qtbot, demo_study)
    opened: list[QUrl] = []
    view.exports.open_url = opened.append
    job = view.html_report(tmp_path / "report.html")
    assert job is not None
    qtbot.waitUntil(lambda: job.state != "", timeout=60000)
    assert job.state == DONE, job.payload
    assert (tmp_path / "report.html").stat().st_size > 0
    assert opened and opened[0].toLocalFile().endswith("report.html")


@pytest.mark.skipif(review_module.ChartsPanel is None, reason="no charts module")
def test_export_charts_writes_images(qtbot: QtBot, demo_study: Path, tmp_path: Path) -> None:
    view = open_review(qtbot, demo_study)
    view.show()
    paths = view.export_charts(tmp_path / "charts")
    assert paths and all(p.exists() and p.stat().st_size > 0 for p in paths)
    close_message(view)


# ---------------------------------------------------------------------------- other sources
def test_opens_a_study_with_1000_participants(qtbot: QtBot, big_study: Path) -> None:
    started = time.perf_counter()
    view = open_review(qtbot, big_study)
    assert time.perf_counter() - started < 10
    assert view.participants_page.people_model.rowCount() == 1000
    assert view.tasks_page.task_model.rowCount() == 5
    started = time.perf_counter()
    view.set_compare_by("group")
    assert time.perf_counter() - started < 5
    assert view.comparison_page.compare_model.rowCount() > 0


def write_long_csv(path: Path, groups: tuple[str, ...] = ("current", "prototype")) -> Path:
    """A long-format results file (README "long format"): one row per participant x task."""
    outcomes = ["success", "success", "fail", "partial", "success", "abandoned"]
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["participant", "task", "outcome", "time_s", "group", "seq", "errors",
                    *[f"sus{i}" for i in range(1, 11)], "nps"])
        for i in range(12):
            group = groups[i % len(groups)]
            sus = [4 if k % 2 == 0 else 2 for k in range(10)]
            for k, task in enumerate(["search", "checkout"]):
                w.writerow([f"R{i + 1:02d}", task, outcomes[(i + k) % len(outcomes)],
                            30 + 7 * i + 11 * k, group, 3 + (i + k) % 5, i % 3, *sus,
                            i % 11])
    return path


def test_opens_a_long_format_csv(qtbot: QtBot, tmp_path: Path) -> None:
    path = write_long_csv(tmp_path / "legacy.csv")
    view = open_review(qtbot, path)
    assert view.context.is_results_file
    assert view.tasks_page.task_model.rowCount() == 2
    assert view.participants_page.people_model.rowCount() == 12
    result = analyze(load_tables(path), 0.95)
    assert view.task_column(COL_COMPLETION) == [
        fmt.percent_ci(t["completion_rate"], t["completion_ci"]) for t in result["tasks"]]
    assert view.summary.value_text("sus").startswith(fmt.number(result["sus"]["mean"], 1))
    view.select_participant("R01")
    assert not view.participants_page.exclude_button.isEnabled()  # no study file to record it in
    assert not view.set_excluded("R01", True, "x")


def test_drill_down_works_right_to_left(qtbot: QtBot, demo_study: Path) -> None:
    view = open_review(qtbot, demo_study)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view.show()
    qtbot.waitExposed(view)
    view.select_task("track")
    assert view.selected_task() == "track"
    assert view.tasks_page.attempt_model.rowCount() == 12


def test_excel_export_proposes_the_study_name_and_adds_the_suffix(
        qtbot: QtBot, demo_study: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    view = open_review(qtbot, demo_study)
    asked: list[str] = []

    def fake_dialog(_parent: object, _title: str, start: str, _pattern: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "chosen"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    job = view.export_excel()
    assert job is not None
    assert asked == [str(demo_study / "food-delivery-results.xlsx")]
    qtbot.waitUntil(lambda: job.state != "", timeout=30000)
    assert job.state == DONE and (tmp_path / "chosen.xlsx").exists()
    close_message(view)


def test_within_subjects_condition_can_be_compared(qtbot: QtBot, tmp_path: Path) -> None:
    """A condition that varies within participants is offered under 'Compare by' and compared
    paired: the per-participant time row and the difference column come from analyze."""
    path = tmp_path / "within.csv"
    rows = ["participant,task,outcome,time_s,condition"]
    for i in range(8):
        for k, task in enumerate(["t1", "t2", "t3", "t4"]):
            cond = "old" if (k + i) % 2 == 0 else "new"
            rows.append(f"P{i},{task},success,{40 + 5 * i + (15 if cond == 'old' else 0) + k},{cond}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    view = open_review(qtbot, path)
    assert view.options.compare_combo.findData("condition") >= 0
    assert view.options.filter_combo.findData("condition") < 0  # compared by, not filtered on
    view.set_compare_by("condition")
    comparison = analyze(load_tables(path), 0.95, "condition")["comparison"]
    assert comparison["design"] == "within"
    assert (f"Design: within-subjects ({comparison['pairs']} participants"
            in view.comparison_page.compare_note.text())
    measures = view.comparison_page.compare_model.column_texts(1)
    assert "Time per participant, successful (geometric mean)" in measures
    row = measures.index("Time per participant, successful (geometric mean)")
    ratio = comparison["participant_time"]["ratio"]
    assert view.comparison_page.compare_model.column_texts(4)[row].startswith(f"× {ratio:.2f}")


def test_benchmarks_are_listed_with_their_one_sided_tests(qtbot: QtBot, demo_study: Path) -> None:
    from uxlab.analysis.metrics import analyze
    from uxlab.analysis.tables import load_tables

    view = open_review(qtbot, demo_study)
    expected = analyze(load_tables(demo_study), confidence=0.95)["benchmarks"]
    model = view.comparison_page.bench_model
    assert model.rowCount() == len(expected) > 0
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[0] == "Create an account" and first[1] == "Completion rate"
    from uxlab.gui.review import fmt

    assert first[2] == fmt.percent(0.78) and first[3] == str(expected[0]["n"])
    # the analysis' English reading, worded by the view with the task's title and the locale's
    # percent style ("83 %")
    shown = first[-1].replace("\u2068", "").replace("\u2069", "")
    english = expected[0]["reading"].replace(expected[0]["task"], "Create an account", 1)
    assert shown == english.replace("%", " %")
    sus = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "SUS (mean)")
    assert model.index(sus, 2).data() == "68.0"
