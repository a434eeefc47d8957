"""The questions the console asks around a session's end: ending with tasks or questions left,
quitting while a session runs or while events are not on disk, saving the journal elsewhere.
Nothing recorded is dropped without the moderator's word."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from uxlab.core.errors import UxlabError
from uxlab.gui.run.controller import ENDED, IDLE, SessionController


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunView", text)


def confirm_end(parent: QWidget, c: SessionController) -> bool:
    """May the session end now? With tasks or questions left, ask; unanswered questions are then
    recorded as declined."""
    pending = c.pending_task_questions() + c.pending_session_questions()
    left = c.state.next_task()
    if not pending and left is None:
        return True
    parts = []
    if left is not None:
        parts.append(_tr("some tasks were not done (they will count as not attempted)"))
    if pending:
        parts.append(_tr("{0} question(s) are unanswered").format(len(pending)))
    answer = QMessageBox.question(
        parent, _tr("End the session?"),
        _tr("{0}. Unanswered questions will be recorded as declined. End the session?").format("; ".join(parts)))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    c.decline_pending()
    return True


def may_close(parent: QWidget, c: SessionController, save_elsewhere: Callable[[], Path | None],
              still_failing: Callable[[str], None]) -> bool:
    """Closing the app or quitting: ask while a session runs; with events not yet on disk,
    offer Retry / Save elsewhere / Discard."""
    if not c.is_open or c.phase in (ENDED, IDLE):
        return True
    if c.unsaved_count:
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Events not saved"),
                          _tr("{0} event(s) of this session are not on disk yet ({1}).")
                          .format(c.unsaved_count, c.save_error or _tr("the disk refused them")), parent=parent)
        box.setObjectName("unsavedOnCloseBox")
        retry = box.addButton(_tr("Retry saving"), QMessageBox.ButtonRole.AcceptRole)
        elsewhere = box.addButton(_tr("Save elsewhere…"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_tr("Discard them and quit"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is retry:
            if c.retry_saving():
                still_failing(_tr("still failing"))
                return False
        elif clicked is elsewhere:
            if save_elsewhere() is None:
                return False
        elif clicked is not discard:
            return False
        return True
    box = QMessageBox(QMessageBox.Icon.Question, _tr("A session is running"),
                      _tr("The session with participant {0} is still running. Everything recorded is on "
                          "disk; it can be resumed when uxlab opens this study again. Quit now?")
                      .format(c.state.participant), QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("quitDuringSessionBox")
    quit_button = box.addButton(_tr("Quit"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is quit_button


def save_elsewhere(parent: QWidget, c: SessionController, path: Path | None = None) -> Path | None:
    """Write the whole session to another file (the study's disk refuses it). Returns where, or
    None when the moderator cancelled or that failed too (said in a message box)."""
    pid = c.state.participant or "session"
    if path is None:
        name, _ = QFileDialog.getSaveFileName(parent, _tr("Save the session elsewhere"),
                                              str(Path.home() / f"{pid}.jsonl"), _tr("uxlab journal (*.jsonl)"))
        if not name:
            return None
        path = Path(name)
    try:
        out = c.save_elsewhere(path)
    except UxlabError as exc:
        QMessageBox.warning(parent, _tr("Not saved"), exc.message)
        return None
    except OSError as exc:
        QMessageBox.warning(parent, _tr("Not saved"), f"{exc.filename or path}: {exc.strerror or exc}")
        return None
    if c.media_left:  # the journal is safe; say which recordings did not follow it
        QMessageBox.warning(parent, _tr("Recordings not copied"), _tr(
            "The session is saved in {0} and goes on there. These recordings could not be copied "
            "beside it and stay where they were recorded:\n{1}").format(out, "\n".join(c.media_left)))
    return out
