"""The Plan view edits the study and writes it back: what the researcher changes is what the file
holds, invalid input is shown next to its field and never written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from uxlab.core.ordering import task_order
from uxlab.core.study import Study, Task
from uxlab.gui.plan.order_preview import preview_orders
from uxlab.gui.plan.validation import check_study
from uxlab.gui.plan.view import TAB_ORDER, TAB_TASKS, PlanView
from uxlab.gui.study_context import StudyContext
from uxlab.storage.study_files import load_study, study_file

pytestmark = pytest.mark.gui


@pytest.fixture
def context(demo_study: Path) -> StudyContext:
    ctx = StudyContext()
    ctx.open(demo_study)
    return ctx


@pytest.fixture
def view(qtbot: QtBot, context: StudyContext) -> PlanView:
    v = PlanView(context)
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    return v


def _file_bytes(folder: Path) -> bytes:
    return study_file(folder).read_bytes()


def test_shows_the_demo_study(view: PlanView, context: StudyContext) -> None:
    assert view.stack.currentWidget() is view.editor_page
    assert view.details.title.text() == context.study.title  # type: ignore[union-attr]
    assert view.tasks.list.count() == 5
    assert view.tasks.list.item(0).text().startswith("register")
    assert view.participants.table.rowCount() == 12
    assert view.order.policy.currentData() == "latin_square"
    assert not view.has_unsaved_changes()
    assert view.problems == []


def test_edit_target_time_and_scenario_then_save(qtbot: QtBot, view: PlanView, demo_study: Path) -> None:
    with qtbot.waitSignal(view.dirty_changed) as blocker:
        view.tasks.list.setCurrentRow(1)
        view.tasks.target.setValue(120)
    assert blocker.args == [True]
    assert view.has_unsaved_changes()
    assert "*" in view.status.text()
    view.tasks.scenario.setPlainText("Find a vegetarian curry, delivered in under 30 minutes.")
    # the French text is edited separately, through the language selector
    view.tasks.text_language.setCurrentIndex(view.tasks.text_language.findData("fr"))
    assert view.tasks.scenario.toPlainText().startswith("Vous avez envie")
    view.tasks.scenario.setPlainText("Trouvez un curry végétarien livré en moins de 30 minutes.")
    qtbot.keyClicks(view.tasks.task_title, " !")

    with qtbot.waitSignal(view.dirty_changed) as blocker:
        assert view.save() is True
    assert blocker.args == [False]
    assert not view.has_unsaved_changes()

    saved = load_study(demo_study)
    task = saved.task("find_dish")
    assert task.target_time_s == 120
    assert task.time_limit_s == 300
    assert task.scenario["en"] == "Find a vegetarian curry, delivered in under 30 minutes."
    assert task.scenario["fr"] == "Trouvez un curry végétarien livré en moins de 30 minutes."
    assert task.title["en"] == "Find a dish" and task.title["fr"] == "Trouver un plat !"
    # the languages not edited keep their text
    assert task.scenario["ru"].startswith("Вам захотелось") and task.title["ar"] == "ابحث عن طبق"
    assert study_file(demo_study).with_name("study.json.bak").exists()  # the previous version is kept


def _answer_removals(view: PlanView, monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[tuple[str, int]]:
    asked: list[tuple[str, int]] = []

    def confirm(task: Task, sessions: int) -> bool:
        asked.append((task.id, sessions))
        return answer

    monkeypatch.setattr(view.tasks, "confirm_remove", confirm)
    return asked


def test_add_duplicate_remove_and_reorder_tasks(view: PlanView, demo_study: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _answer_removals(view, monkeypatch, True)
    tl = view.tasks
    tl.list.setCurrentRow(4)  # track
    tl.add_task()
    assert tl.list.count() == 6 and tl.list.currentRow() == 5
    new_id = tl.task_id.text()
    assert new_id == "task6"
    assert view.validate()[0].path == "tasks[5].scenario"  # a new task needs its scenario
    tl.scenario.setPlainText("Rate the courier.")

    tl.list.setCurrentRow(0)
    tl.duplicate_task()
    assert tl.list.currentRow() == 1 and tl.task_id.text() == "register_copy"

    tl.list.setCurrentRow(3)  # add_to_cart
    tl.remove_task()
    assert asked == [("add_to_cart", 12)]  # all 12 demo sessions recorded it: the researcher is asked
    tl.list.setCurrentRow(tl.list.count() - 1)
    tl.remove_task()  # a task added since the last save goes without asking
    assert len(asked) == 1
    tl.add_task()
    tl.scenario.setPlainText("Rate the courier.")

    # drag-and-drop goes through the model's row move: pay (row 3) to the top
    assert tl.list.model().moveRow(QModelIndex(), 3, QModelIndex(), 0)
    # keyboard: Alt+Down on the list moves the selected task one place down
    tl.list.setCurrentRow(0)
    tl.move_task(1)
    assert view.has_unsaved_changes()
    assert view.save() is True

    saved = load_study(demo_study)
    assert saved.task_ids == ["register", "pay", "register_copy", "find_dish", "track", new_id]
    assert saved.task(new_id).scenario == {"en": "Rate the courier."}
    assert saved.task("register_copy").scenario == saved.task("register").scenario


def test_reorder_by_keyboard_shortcut(qtbot: QtBot, view: PlanView, monkeypatch: pytest.MonkeyPatch) -> None:
    _answer_removals(view, monkeypatch, True)
    view.tabs.setCurrentIndex(TAB_TASKS)
    view.tasks.list.setCurrentRow(0)
    view.tasks.list.setFocus()
    qtbot.keyClick(view.tasks.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.draft is not None
    assert view.draft.task_ids[:2] == ["find_dish", "register"]
    assert view.tasks.list.currentRow() == 1
    qtbot.keyClick(view.tasks.list, Qt.Key.Key_Delete)  # removes the selected task
    assert view.draft.task_ids == ["find_dish", "add_to_cart", "pay", "track"]


def test_time_limit_below_target_is_shown_and_not_saved(view: PlanView, demo_study: Path) -> None:
    before = _file_bytes(demo_study)
    view.tasks.list.setCurrentRow(0)
    view.tasks.target.setValue(200)  # limit stays 180
    assert view.save() is False
    assert _file_bytes(demo_study) == before
    box = view.tasks.boxes["time_limit_s"]
    assert box.invalid
    assert "shorter than the target" in box.error.text()
    assert "border: 2px solid #D55E00" in box.frame.styleSheet()
    assert not view.tasks.boxes["target_time_s"].invalid
    assert view.problem_frame.isVisible()
    assert view.problem_list.count() == 1
    assert "Task 1 (register)" in view.problem_list.item(0).text()
    assert view.save_error.isVisible()
    assert view.has_unsaved_changes()

    view.tasks.limit.setValue(240)
    assert view.save() is True
    assert not box.invalid
    assert load_study(demo_study).task("register").time_limit_s == 240


def test_duplicate_task_id_is_shown_next_to_the_field(view: PlanView, demo_study: Path) -> None:
    before = _file_bytes(demo_study)
    view.tasks.list.setCurrentRow(2)
    view.tasks.task_id.setText("pay")
    view.tasks._on_id("pay")  # what typing does (textEdited)
    assert view.save() is False
    assert _file_bytes(demo_study) == before
    assert "appears twice" in view.tasks.boxes["id"].error.text()
    assert view.tasks.list.item(2).toolTip()  # the task is marked in the list too
    # other tasks' forms show no problem
    view.tasks.list.setCurrentRow(0)
    assert not view.tasks.boxes["id"].invalid
    # clicking the problem goes to the task and its field
    view.tabs.setCurrentIndex(TAB_ORDER)
    view._go_to_problem(view.problem_list.item(0))
    assert view.tabs.currentIndex() == TAB_TASKS
    assert view.tasks.list.currentRow() == 2
    assert view.tasks.boxes["id"].invalid


def test_invalid_id_and_empty_title_use_the_file_rules(view: PlanView, demo_study: Path) -> None:
    view.details.title.setText("")
    view.details._on_title("")
    view.tasks.list.setCurrentRow(1)
    view.tasks.task_id.setText("find dish")
    view.tasks._on_id("find dish")
    problems = view.validate()
    assert [p.path for p in problems] == ["title", "tasks[1].id"]
    assert view.details.boxes["title"].invalid
    assert "not a valid id" in view.tasks.boxes["id"].error.text()
    assert view.save() is False
    assert load_study(demo_study).title.startswith("Food delivery")


def test_questions_questionnaires_and_study_details_are_saved(view: PlanView, demo_study: Path) -> None:
    view.questions.seq.setChecked(False)
    view.questions.words.setPlainText("calm\nstressed\n\ncalm")
    view.questions.set_questionnaire("nps", False)
    view.questions.set_questionnaire("ces", True)
    view.details.can_end.setChecked(False)
    view.details.languages.setText("en, fr, ar")
    view.details._on_languages("en, fr, ar")
    assert view.tasks.text_language.findData("ar") >= 0  # the new language can be written in
    view.details.description.setPlainText("Second round.")
    assert view.save() is True
    saved = load_study(demo_study)
    assert saved.task_questions.seq is False and saved.task_questions.experience is True
    assert saved.task_questions.emotion_words == ("calm", "stressed")
    assert saved.questionnaires == ["sus", "umux_lite", "ces"]
    assert saved.participant_can_end_task is False
    assert saved.languages == ("en", "fr", "ar")
    assert saved.description == "Second round."


def test_participants_edit_add_remove(view: PlanView, demo_study: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[list[str]] = []
    monkeypatch.setattr(view.participants, "confirm_remove", lambda ids: asked.append(ids) or True)
    table = view.participants.table
    table.item(0, 1).setText("prototype")  # group
    exp_col = 3 + view.participants.attributes.index("experience")
    table.item(0, exp_col).setText("novice")
    table.item(5, 2).setText("en")  # P06 now reads English
    view.participants.add_participant()
    assert table.rowCount() == 13 and table.item(12, 0).text() == "P13"
    table.selectRow(1)
    view.participants.remove_participants()
    assert asked == [["P02"]]  # P02 has a recorded session: the researcher was asked
    assert "12 participants" in view.participants.count_label.text()
    assert view.save() is True
    saved = load_study(demo_study)
    assert [p.id for p in saved.participants][:2] == ["P01", "P03"]
    assert saved.participants[-1].id == "P13"
    p01 = saved.participant("P01")
    assert p01 is not None and p01.group == "prototype" and p01.attributes["experience"] == "novice"
    assert saved.participant("P06").language == "en"  # type: ignore[union-attr]


def test_duplicate_participant_is_marked_and_not_saved(view: PlanView, demo_study: Path) -> None:
    before = _file_bytes(demo_study)
    view.participants.table.item(3, 0).setText("P01")
    assert view.save() is False
    assert _file_bytes(demo_study) == before
    assert view.participants.table.item(3, 0).toolTip().startswith("participant 'P01' appears twice")
    assert "Row 4" in view.participants.box.error.text()


def test_participant_id_differing_only_by_case_is_marked_and_not_saved(view: PlanView, demo_study: Path) -> None:
    """p01 and P01 would share one session file on Windows and macOS disks."""
    before = _file_bytes(demo_study)
    view.participants.table.item(3, 0).setText("p01")
    assert view.save() is False
    assert _file_bytes(demo_study) == before
    assert "'p01' differs from 'P01' only by upper / lower case" in view.participants.table.item(3, 0).toolTip()
    assert "Row 4" in view.participants.box.error.text()
    view.participants.table.item(3, 0).setText("p13")  # where the next proposed id would be P13
    view.participants.add_participant()  # never proposes an id that clashes either
    ids = [p.id for p in view.participants.study.participants]  # type: ignore[union-attr]
    assert ids[-1] not in ("P13", "p13") and len({i.casefold() for i in ids}) == len(ids)


def test_exclusions_are_shown_read_only(qtbot: QtBot, demo_study: Path) -> None:
    data = json.loads(study_file(demo_study).read_text(encoding="utf-8"))
    data["participants"][2].update(excluded=True, exclude_reason="used the wrong device")
    study_file(demo_study).write_text(json.dumps(data), encoding="utf-8")
    ctx = StudyContext()
    ctx.open(demo_study)
    v = PlanView(ctx)
    qtbot.addWidget(v)
    cols = v.participants.table.columnCount()
    reason = v.participants.table.item(2, cols - 1)
    assert reason.text() == "used the wrong device"
    assert not reason.flags() & Qt.ItemFlag.ItemIsEditable
    assert "1 excluded" in v.participants.count_label.text()


def test_outside_save_keeps_pending_edits(view: PlanView, context: StudyContext, demo_study: Path) -> None:
    """Review saves an exclusion while the plan has unsaved edits: both survive."""
    view.tasks.list.setCurrentRow(0)
    view.tasks.target.setValue(75)
    study = load_study(demo_study)
    study.participants[0].excluded, study.participants[0].exclude_reason = True, "no-show"
    context.save_study(study)
    assert view.has_unsaved_changes()
    assert view.tasks.target.value() == 75
    assert view.save() is True
    saved = load_study(demo_study)
    assert saved.task("register").target_time_s == 75
    assert saved.participants[0].excluded and saved.participants[0].exclude_reason == "no-show"


def test_own_save_keeps_the_selection(view: PlanView) -> None:
    view.tabs.setCurrentIndex(TAB_TASKS)
    view.tasks.list.setCurrentRow(3)
    view.tasks.criteria.setPlainText("Paid.")
    assert view.save() is True
    assert view.tasks.list.currentRow() == 3
    assert view.tasks.criteria.toPlainText() == "Paid."
    assert view.tabs.currentIndex() == TAB_TASKS


def test_latin_square_preview_matches_task_order(view: PlanView) -> None:
    study = view.draft
    assert isinstance(study, Study)
    table = view.order.table
    assert table.rowCount() == 12 and table.columnCount() == 5
    for row, p in enumerate(study.participants):
        expected = task_order(study.task_ids, study.order, row, p.id)
        shown = [table.item(row, c).text() for c in range(5)]
        assert shown == expected
        assert table.verticalHeaderItem(row).text() == p.id
    # 5 tasks: the Williams design needs 10 rows; 12 participants are 8 short of 20
    assert "multiple of 10" in view.order.explain.text()
    assert "8 more" in view.order.explain.text()


def test_order_policy_change_updates_preview_and_saves(view: PlanView, demo_study: Path) -> None:
    view.order.policy.setCurrentIndex(view.order.policy.findData("random"))
    assert view.order.seed.isEnabled()
    view.order.seed.setText("7")
    view.order._on_seed("7")
    study = view.draft
    assert study is not None
    first = [view.order.table.item(0, c).text() for c in range(5)]
    assert first == task_order(study.task_ids, study.order, 0, "P01")
    assert view.save() is True
    saved = load_study(demo_study)
    assert (saved.order.policy, saved.order.seed) == ("random", 7)
    view.order.policy.setCurrentIndex(view.order.policy.findData("fixed"))
    assert all(order == study.task_ids for _, order in preview_orders(study))


def test_calm_explanation_without_study_or_for_results_file(qtbot: QtBot, tmp_path: Path) -> None:
    ctx = StudyContext()
    v = PlanView(ctx)
    qtbot.addWidget(v)
    assert v.stack.currentWidget() is v.message
    assert "No study is open" in v.message.text()
    assert v.save() is True and not v.has_unsaved_changes()
    csv = tmp_path / "results.csv"
    csv.write_text("participant,task,outcome,time_s\nP1,t1,success,30\nP2,t1,fail,50\n", encoding="utf-8")
    ctx.open(csv)
    assert v.stack.currentWidget() is v.message
    assert "results spreadsheet" in v.message.text()


def test_save_failure_is_reported(view: PlanView, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_study: Study) -> None:
        raise PermissionError(13, "Permission denied", "study.json")

    monkeypatch.setattr(view.context, "save_study", refuse)
    view.tasks.list.setCurrentRow(0)
    view.tasks.target.setValue(61)
    assert view.save() is False
    assert "Permission denied" in view.save_error.text()
    assert view.has_unsaved_changes()


def test_right_to_left_mirrors_and_language_change_retranslates(qtbot: QtBot, view: PlanView,
                                                                 qapp: QApplication) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert view.isRightToLeft()
        assert view.tasks.list.isRightToLeft()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    view.tabs.setTabText(TAB_TASKS, "x")
    QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.tabs.tabText(TAB_TASKS) == "Tas&ks"


def test_check_study_reports_every_problem(context: StudyContext) -> None:
    import copy
    study = copy.deepcopy(context.study)
    assert study is not None
    study.tasks[0].time_limit_s = 10
    study.tasks[2].scenario = {}
    study.tasks[3].id = "register"
    paths = [p.path for p in check_study(study)]
    # a repeated id is marked on both tasks, whichever one the researcher means to change
    assert paths == ["tasks[0].time_limit_s", "tasks[0].id", "tasks[2].scenario", "tasks[3].id"]


def test_participant_attributes_rename_and_choices(view: PlanView, demo_study: Path) -> None:
    attrs = view.participants.attributes_editor
    assert attrs.table.item(1, 0).text() == "experience"
    attrs.table.item(1, 0).setText("app_use")  # rename: participants' values follow
    attrs.table.item(1, 2).setText("novice, regular, expert")
    attrs.add_attribute()
    attrs.table.item(2, 1).setText("Age band")
    headers = [view.participants.table.horizontalHeaderItem(c).text()
               for c in range(view.participants.table.columnCount())]
    assert "Age band" in headers
    assert view.participants.delegate.choices[3] == ["", "novice", "regular", "expert"]
    assert view.save() is True
    saved = load_study(demo_study)
    assert [(f.name, f.label, f.choices) for f in saved.participant_fields][1:] == [
        ("app_use", "Food-delivery app experience", ("novice", "regular", "expert")),
        ("attribute1", "Age band", ()),
    ]
    assert saved.participants[0].attributes == {"app_use": "regular"}


def test_invalid_attribute_name_is_shown(view: PlanView, demo_study: Path) -> None:
    before = _file_bytes(demo_study)
    view.participants.attributes_editor.table.item(1, 0).setText("app use")
    assert view.save() is False
    assert _file_bytes(demo_study) == before
    assert "not a valid id" in view.participants.attributes_editor.box.error.text()
    assert [p.path for p in view.problems] == ["participant_fields[1].name"]


def test_recorded_task_is_guarded(view: PlanView, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _answer_removals(view, monkeypatch, False)
    view.tasks.list.setCurrentRow(2)
    assert not view.tasks.recorded_note.isHidden()
    assert "12 session(s) recorded this task" in view.tasks.recorded_note.text()
    view.tasks.remove_task()  # declined: nothing changes
    assert asked == [("add_to_cart", 12)]
    assert view.draft is not None and "add_to_cart" in view.draft.task_ids
    assert not view.has_unsaved_changes()
    view.tasks.task_id.setText("cart")
    view.tasks._on_id("cart")
    assert "under the id 'add_to_cart'" in view.tasks.recorded_note.text()


def test_main_window_marks_unsaved_changes_and_saves_with_the_menu(qtbot: QtBot, demo_study: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from uxlab.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_study(demo_study)
    plan = window.plan
    plan.tasks.list.setCurrentRow(0)
    plan.tasks.target.setValue(65)
    assert window.windowTitle().startswith(f"{plan.draft.title}*")  # type: ignore[union-attr]
    window.act_save.trigger()
    assert "*" not in window.windowTitle()
    assert load_study(demo_study).task("register").target_time_s == 65
    # unsaved edits are guarded on close: Cancel keeps the window open
    plan.tasks.target.setValue(70)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert window.close() is False
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    assert window.close() is True
    assert load_study(demo_study).task("register").target_time_s == 70


def test_renaming_a_recorded_participant_warns(view: PlanView, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(view.participants, "confirm_remove", lambda ids: False)
    view.participants.table.item(2, 0).setText("P03b")
    note = view.participants.recorded_note
    assert not note.isHidden() and "P03 has a recorded session" in note.text()
    view.participants.table.item(2, 0).setText("P03")
    assert note.isHidden()
    view.participants.table.selectRow(0)
    view.participants.remove_participants()  # declined
    assert view.participants.table.rowCount() == 12


def test_revert_goes_back_to_the_saved_study(view: PlanView, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not view.revert_button.isEnabled()
    view.tasks.list.setCurrentRow(0)
    view.tasks.target.setValue(99)
    view.tasks.add_task()
    assert view.revert_button.isEnabled()
    monkeypatch.setattr(view, "confirm_revert", lambda: False)
    view.revert_button.click()
    assert view.has_unsaved_changes()
    monkeypatch.setattr(view, "confirm_revert", lambda: True)
    view.revert_button.click()
    assert not view.has_unsaved_changes()
    assert view.tasks.list.count() == 5
    view.tasks.list.setCurrentRow(0)
    assert view.tasks.target.value() == 60


def test_live_language_switch_keeps_edits_and_marks_nothing(view: PlanView, qapp: QApplication) -> None:
    from uxlab.gui import i18n

    view.tasks.list.setCurrentRow(1)
    view.tasks.target.setValue(500)  # an invalid edit: limit 300 < target 500
    assert len(view.validate()) == 1
    try:
        i18n.install_language(qapp, "fr")
        qapp.processEvents()
        assert view.isRightToLeft() is False
        i18n.install_language(qapp, "ar")
        qapp.processEvents()
        assert view.isRightToLeft()
    finally:
        i18n.install_language(qapp, "en")
        qapp.processEvents()
    assert view.tasks.target.value() == 500
    assert view.has_unsaved_changes()
    assert view.problem_list.count() == 1
    assert view.tabs.tabText(TAB_TASKS) == "Tas&ks"


def test_custom_items_are_listed_and_kept(qtbot: QtBot, demo_study: Path) -> None:
    data = json.loads(study_file(demo_study).read_text(encoding="utf-8"))
    data["custom_items"] = [{"id": "trust", "text": {"en": "I would trust this app with my card"},
                             "scale_min": 1, "scale_max": 5}]
    study_file(demo_study).write_text(json.dumps(data), encoding="utf-8")
    ctx = StudyContext()
    ctx.open(demo_study)
    v = PlanView(ctx)
    qtbot.addWidget(v)
    assert not v.questions.custom.isHidden()
    assert "I would trust this app with my card (1–5)" in v.questions.custom.text()
    v.details.title.setText("Round 2")
    v.details._on_title("Round 2")
    assert v.save() is True
    saved = load_study(demo_study)
    assert saved.title == "Round 2"
    assert [c.id for c in saved.custom_items] == ["trust"]


def test_drop_as_remove_and_insert_reorders_too(qtbot: QtBot, view: PlanView) -> None:
    """Some drops reach the list as a removal and an insertion rather than a move."""
    lst = view.tasks.list
    item = lst.takeItem(0)
    lst.insertItem(3, item)
    qtbot.waitUntil(lambda: view.has_unsaved_changes(), timeout=1000)
    assert view.draft is not None
    assert view.draft.task_ids == ["find_dish", "add_to_cart", "pay", "register", "track"]


def test_saving_without_changes_writes_nothing(qtbot: QtBot, view: PlanView, context: StudyContext,
                                               demo_study: Path) -> None:
    mtime = study_file(demo_study).stat().st_mtime_ns
    with qtbot.assertNotEmitted(context.study_changed):
        assert view.save() is True
    assert study_file(demo_study).stat().st_mtime_ns == mtime


def test_task_condition_is_edited_and_saved(qtbot: QtBot, view: PlanView, demo_study: Path) -> None:
    """Within-subjects studies: the condition a task is done under, offered from the others."""
    view.tasks.list.setCurrentRow(0)
    view.tasks.condition.setCurrentText("old menu")
    view.tasks.list.setCurrentRow(1)
    assert view.tasks.condition.findText("old menu") >= 0  # offered for the next task
    qtbot.keyClicks(view.tasks.condition, "new menu")
    assert view.save() is True
    saved = load_study(demo_study)
    assert [t.condition for t in saved.tasks[:3]] == ["old menu", "new menu", ""]
