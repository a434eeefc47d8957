"""A whole moderated session driven from the keyboard, checked in the journal and the metrics."""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from uxlab.analysis.metrics import analyze
from uxlab.analysis.tables import load_tables
from uxlab.core.clock import FakeClock
from uxlab.core.study import Participant, Study, Task, TaskQuestions
from uxlab.gui.run.controller import (
    BETWEEN,
    ENDED,
    FINISHING,
    QUESTIONNAIRE,
    RATING,
    TASK,
    SessionController,
)
from uxlab.gui.run.view import RunView
from uxlab.gui.study_context import StudyContext
from uxlab.storage import journal as journal_mod
from uxlab.storage.journal import read_journal
from uxlab.storage.study_files import journal_path, save_study

S = 1_000_000_000


def _study(folder: Path, questionnaires: list[str] | None = None) -> Path:
    tasks = [
        Task("order", {"en": "Order a pizza", "fr": "Commander une pizza"},
             {"en": "Order a margherita for tonight.", "fr": "Commandez une margherita pour ce soir."},
             success_criteria="Order confirmation page shown", target_time_s=30, time_limit_s=60),
        Task("track", {"en": "Track the order"}, {"en": "Find out when it arrives."},
             target_time_s=20, time_limit_s=60),
    ]
    study = Study("Pizza", tasks, task_questions=TaskQuestions(seq=True, experience=False,
                                                               emotion_words=("Calm", "Annoyed")),
                  questionnaires=questionnaires if questionnaires is not None else ["sus"],
                  participants=[Participant("P1", group="A", language="fr")])
    save_study(folder, study)
    return folder


@pytest.fixture
def console(qtbot: QtBot, tmp_path: Path) -> tuple[RunView, FakeClock, Path]:
    folder = _study(tmp_path / "pizza")
    context = StudyContext()
    context.open(folder)
    clock = FakeClock()
    view = RunView(context, controller=SessionController(clock=clock))
    qtbot.addWidget(view)
    view.show()
    return view, clock, folder


def keys(qtbot: QtBot, view: RunView, text: str) -> None:
    for ch in text:
        qtbot.keyClick(view, ch)


def test_keyboard_session_is_journaled_and_measured(qtbot: QtBot, console: tuple[RunView, FakeClock, Path]) -> None:
    view, clock, folder = console
    view.participant_box.setCurrentIndex(view.participant_box.findData("P1"))
    view.participant_box.setFocus()
    qtbot.keyClick(view.participant_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.controller.phase == BETWEEN
    assert view.controller.state.order == ["order", "track"]

    keys(qtbot, view, "s")  # start task 1
    assert view.controller.phase == TASK
    clock.advance(10)
    keys(qtbot, view, "e")  # error at 10 s
    clock.advance(5)
    keys(qtbot, view, "n")  # note key at 15 s ...
    assert view.note_edit.hasFocus()
    clock.advance(4)  # ... typed during 4 s: letters go into the note, not to the shortcuts
    qtbot.keyClicks(view.note_edit, "searched the menu, then asked")
    qtbot.keyClick(view.note_edit, Qt.Key.Key_Return)
    assert view.controller.phase == TASK
    keys(qtbot, view, "p")  # pause at 19 s
    clock.advance(30)
    assert view.controller.current is not None and view.controller.current.paused
    keys(qtbot, view, "p")  # resume at 49 s
    clock.advance(6)
    keys(qtbot, view, "a")  # assist at 55 s
    keys(qtbot, view, "1")  # success at 55 s: net 25 s, gross 55 s
    assert view.controller.phase == RATING
    assert view.form.isVisible()
    keys(qtbot, view, "6")  # SEQ = 6 by digit key
    assert view.controller.phase == RATING  # the emotion word is still asked
    view.form.word_buttons[0].click()  # "Calm"
    assert view.controller.phase == BETWEEN

    keys(qtbot, view, "s")
    clock.advance(70)  # beyond target (30 s) and limit (60 s)
    view._update_timer()
    assert "LIMIT" in view.timer_panel.cue_label.text()
    keys(qtbot, view, "4")  # abandoned
    keys(qtbot, view, "x")  # SEQ declined explicitly
    assert view.controller.pending_word()
    keys(qtbot, view, "x")  # the emotion word declined explicitly too
    assert view.controller.phase == QUESTIONNAIRE
    sus = [4, 2, 5, 1, 4, 2, 5, 1, 4, 2]
    keys(qtbot, view, "".join(str(v) for v in sus))
    assert view.controller.phase == FINISHING
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # keyboard alone
    assert view.controller.phase == ENDED

    read = read_journal(journal_path(folder, "P1"))
    kinds = [e.kind for e in read.events]
    assert kinds.count("marker") == 3 and kinds[-1] == "session_ended"
    note = next(e for e in read.events if e.kind == "marker" and e.data["marker"] == "note")
    assert note.data["at_t_ns"] == 15 * S  # the key press, not the Enter 4 s later
    assert note.data["text"] == "searched the menu, then asked"

    tables = load_tables(folder)
    att = tables.attempts.set_index("task")
    assert att.loc["order", "outcome"] == "success"
    assert att.loc["order", "time_s"] == pytest.approx(25.0)
    assert att.loc["order", "gross_s"] == pytest.approx(55.0)
    assert att.loc["order", "errors"] == 1 and att.loc["order", "assists"] == 1
    assert att.loc["order", "seq"] == 6
    assert att.loc["track", "outcome"] == "abandoned"
    result = analyze(tables)
    # Brooke (1996): odd items x-1, even items 5-x, sum x 2.5 -> (3+3+4+4+3+3+4+4+3+3) x 2.5 = 85
    assert result["sus"]["n"] == 1 and result["sus"]["mean"] == pytest.approx(85.0)
    tasks = {t["task"]: t for t in result["tasks"]}
    assert tasks["order"]["successes"] == 1 and tasks["track"]["successes"] == 0


def test_undo_and_correction_are_new_events(qtbot: QtBot, console: tuple[RunView, FakeClock, Path]) -> None:
    view, clock, folder = console
    view.open_session("P1")
    view.setFocus()
    keys(qtbot, view, "s")
    clock.advance(3)
    keys(qtbot, view, "ee")
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the second error
    keys(qtbot, view, "3")  # fail
    ended = next(e for e in view.controller.state.events if e.kind == "task_ended")
    view.controller.edit(ended.seq, outcome="partial")
    tables = load_tables(folder)
    row = tables.attempts.set_index("task").loc["order"]
    assert row["errors"] == 1
    assert row["outcome"] == "partial"
    kinds = [e.kind for e in read_journal(journal_path(folder, "P1")).events]
    assert kinds.count("marker") == 2 and "undo" in kinds and "edit" in kinds  # nothing erased
    texts = [view.log.item(r, 3).text() for r in range(view.log.rowCount())]
    assert any(t.startswith("(undone)") for t in texts)


def test_rating_cannot_be_skipped_silently(qtbot: QtBot, console: tuple[RunView, FakeClock, Path]) -> None:
    view, _clock, _ = console
    view.open_session("P1")
    view.setFocus()
    keys(qtbot, view, "s")
    keys(qtbot, view, "1")
    keys(qtbot, view, "s")  # refused: the SEQ is not answered
    assert view.controller.phase == RATING
    assert "ratings" in view.status.text()
    keys(qtbot, view, "9")  # outside the 1-7 scale: refused, nothing recorded
    assert view.controller.phase == RATING and "outside" in view.status.text()


def test_rebinding_keys_and_conflicts(qtbot: QtBot, console: tuple[RunView, FakeClock, Path]) -> None:
    view, _clock, _ = console
    with pytest.raises(ValueError):
        view.set_key_map({**view.key_map, "assist": "E"})  # "E" is the error key
    view.set_key_map({**view.key_map, "error": "Q"})
    view.open_session("P1")
    view.setFocus()
    keys(qtbot, view, "sqe")  # q = error now; e no longer logs anything
    markers = [e for e in view.controller.state.events if e.kind == "marker"]
    assert [m.data["marker"] for m in markers] == ["error"]
    assert "[Q]" in view.buttons["error"].text()


def test_participant_screen_shows_only_what_the_participant_may_see(
        qtbot: QtBot, console: tuple[RunView, FakeClock, Path]) -> None:
    view, clock, _ = console
    view.open_session("P1")
    view.show_participant_screen()
    screen = view.participant_screen
    assert screen is not None
    qtbot.addWidget(screen)
    view.setFocus()
    keys(qtbot, view, "s")
    texts = " ".join(w.text() for w in screen.findChildren(type(view.task_title)))
    assert "Commandez une margherita" in texts  # the participant's language (fr), not the moderator's
    assert "confirmation" not in texts  # never the success criteria
    clock.advance(3)
    view._update_timer()
    assert view.timer_panel.timer_label.text() == "00:03.0"
    texts = " ".join(w.text() for w in screen.findChildren(type(view.task_title)))
    assert not re.search(r"\d\d:\d\d", texts)  # never the timer
    clock.advance(9)
    qtbot.mouseClick(screen.done, Qt.MouseButton.LeftButton)  # "I'm done" at 12 s
    clock.advance(8)  # the moderator takes 8 s to judge
    keys(qtbot, view, "2")
    a = view.controller.state.attempts["order"]
    assert a.outcome == "partial" and a.net_ns() == 12 * S
    assert screen.pages.currentWidget() is screen.form  # the SEQ is asked on the participant's screen
    screen.form.value_buttons[("seq", "seq")][4].click()  # 5
    assert view.controller.state.attempts["order"].ratings["seq"].value == 5


def test_disk_failure_keeps_events_and_recovers(qtbot: QtBot, console: tuple[RunView, FakeClock, Path],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    view, clock, folder = console
    view.open_session("P1")
    view.setFocus()
    keys(qtbot, view, "s")
    real = journal_mod.JournalWriter.append

    def full(self: journal_mod.JournalWriter, event: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(journal_mod.JournalWriter, "append", full)
    clock.advance(2)
    keys(qtbot, view, "ee")
    assert view.banner.isVisible()
    assert view.controller.unsaved_count == 2
    assert "No space left" in view.banner.text.text()
    monkeypatch.setattr(journal_mod.JournalWriter, "append", real)
    view.banner.retry_button.click()
    assert not view.banner.isVisible()
    markers = [e for e in read_journal(journal_path(folder, "P1")).events if e.kind == "marker"]
    assert len(markers) == 2


def test_save_elsewhere_when_the_journal_is_deleted(qtbot: QtBot, console: tuple[RunView, FakeClock, Path],
                                                    tmp_path: Path) -> None:
    view, _clock, folder = console
    view.open_session("P1")
    view.setFocus()
    keys(qtbot, view, "s")
    journal_path(folder, "P1").unlink()  # someone deletes the file under the app
    keys(qtbot, view, "e")
    assert view.banner.isVisible() and view.controller.unsaved_count == 1
    out = view.save_elsewhere(tmp_path / "rescued.jsonl")
    assert out is not None and not view.banner.isVisible()
    keys(qtbot, view, "a")  # recording continues in the new file
    kinds = [e.kind for e in read_journal(out).events]
    assert kinds[:2] == ["session_started", "task_started"] and kinds.count("marker") == 2


def test_ending_early_records_unanswered_as_declined(qtbot: QtBot, console: tuple[RunView, FakeClock, Path],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    view, _clock, folder = console
    view.open_session("P1")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.setFocus()
    keys(qtbot, view, "k")  # skip task 1 (no ratings after a skip)
    keys(qtbot, view, "k")  # skip task 2
    assert view.controller.phase == QUESTIONNAIRE
    view.end_session()
    assert view.controller.phase == ENDED
    answers = [e for e in read_journal(journal_path(folder, "P1")).events if e.kind == "answer"]
    assert len(answers) == 10 and all(e.data["declined"] for e in answers)


def test_moderator_can_run_tasks_out_of_order(qtbot: QtBot, console: tuple[RunView, FakeClock, Path]) -> None:
    view, _clock, _ = console
    view.open_session("P1")
    view.next_task_button.click()  # pick "track" instead of "order"
    assert view.controller.upcoming_task() == "track"
    keys(qtbot, view, "s")
    assert view.controller.current is not None and view.controller.current.task == "track"
    keys(qtbot, view, "k")  # skip it
    assert view.controller.upcoming_task() == "order"  # back to the one passed over
    assert not view.controller.choose_next("track")  # an ended task cannot be chosen again


def test_a_participant_typed_at_the_console_is_asked_for_a_group(
        qtbot: QtBot, console: tuple[RunView, FakeClock, Path]) -> None:
    from uxlab.gui.run.new_participant import NewParticipantDialog

    view, _clock, folder = console
    study = view.context.study
    assert study is not None
    dialog = NewParticipantDialog("P9", study, view)
    qtbot.addWidget(dialog)
    dialog._accept()  # nothing chosen: refused, with the reason shown
    assert dialog.result() == 0 and dialog.error.text()
    dialog.group_box.setCurrentIndex(dialog.group_box.findData("A"))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    dialog._accept()
    assert dialog.result() == 1
    p = dialog.participant()
    assert (p.id, p.group) == ("P9", "A")
    assert view.open_session("P9", p)
    assert view.controller.state.group == "A"
    events = read_journal(journal_path(folder, "P9")).events
    assert events[0].data["group"] == "A"


def test_u_logs_a_problem_observation_at_the_key_linked_to_a_known_problem(
        qtbot: QtBot, console: tuple[RunView, FakeClock, Path]) -> None:
    from uxlab.core.problems import create_problem
    from uxlab.storage.problems_file import load_problems, save_problems

    view, clock, folder = console
    problems = load_problems(folder)
    known, changes = create_problem(problems, "Basket icon not found")
    save_problems(folder, problems, changes)
    view.open_session("P1")
    view.on_key("s")
    clock.advance(7)
    view.on_key("u")
    pressed = view.controller.now()
    clock.advance(9)  # typing takes a while: the observation keeps the key's moment
    view.note_edit.setText("could not find the basket")
    view.commit_note()
    events = read_journal(journal_path(folder, "P1")).events
    obs = [e for e in events if e.kind == "problem_observation"]
    assert len(obs) == 1 and obs[0].data["task"] == "order" and obs[0].moment_ns == pressed
    assert "problem" not in obs[0].data  # free text: not linked
    view.on_key("u")
    assert view.note_bar.problem_titles.stringList() == ["Basket icon not found"]
    view.note_edit.setText("basket icon not found")  # picked from the list (any case)
    view.commit_note()
    obs = [e for e in read_journal(journal_path(folder, "P1")).events if e.kind == "problem_observation"]
    assert obs[-1].data["problem"] == known.id


def test_nps_typed_as_two_digits_and_a_corrected_answer_is_marked_in_the_log(
        qtbot: QtBot, tmp_path: Path) -> None:
    folder = _study(tmp_path / "nps", questionnaires=["nps"])
    context = StudyContext()
    context.open(folder)
    clock = FakeClock()
    view = RunView(context, controller=SessionController(clock=clock))
    qtbot.addWidget(view)
    view.show()
    view.open_session("P1")
    for key in "s162s162":  # two tasks: start, success, SEQ 6, emotion word 2 by digit
        view.on_key(key)
    assert view.controller.phase == QUESTIONNAIRE
    view.on_key("1")
    assert view.digits.pending == "1" and view.form.pending_label is not None
    assert "1" in view.form.pending_label.text()  # the pending value is visible
    view.on_key("0")
    answers = [e for e in read_journal(journal_path(folder, "P1")).events if e.kind == "answer"]
    assert [(e.data["item"], e.data["value"]) for e in answers] == [("nps", 10)]
    word = [e for e in read_journal(journal_path(folder, "P1")).events if e.data.get("item") == "emotion_word"]
    assert word[0].data["word"] == "Annoyed"
    view.controller.edit(answers[0].seq, value=9)
    row = view.log._rows[answers[0].seq]
    assert view.log.item(row, 3).text() == "nps.nps = 9 (corrected)"


def test_text_people_typed_is_shown_as_typed_never_as_rich_text(qtbot: QtBot, tmp_path: Path) -> None:
    """A task title `<img src=...>` must not render an image on the console or the participant
    screen: every label showing people's text is plain text."""
    from PySide6.QtWidgets import QLabel

    folder = tmp_path / "hostile"
    hostile = '<img src="/etc/passwd"><b>bold</b>'
    save_study(folder, Study("S", [Task("t1", {"en": hostile}, {"en": hostile}, success_criteria=hostile)],
                             participants=[Participant("P1")]))
    context = StudyContext()
    context.open(folder)
    view = RunView(context, controller=SessionController(clock=FakeClock()))
    qtbot.addWidget(view)
    view.show()
    view.open_session("P1")
    view.show_participant_screen()
    view.on_key("s")
    screen = view.participant_screen
    assert screen is not None
    qtbot.addWidget(screen)
    shown = [w for w in [*view.findChildren(QLabel), *screen.findChildren(QLabel)] if hostile in w.text()]
    assert len(shown) >= 4  # console title, scenario, criteria; participant title, scenario
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in shown)
    assert hostile not in view.order_label.text()  # the rich order line escapes it
