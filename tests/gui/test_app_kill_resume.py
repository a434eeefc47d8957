"""The app process is killed mid-session (SIGKILL: no chance to clean up); the next start offers
to resume, and the session continues with every event recorded before the kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from uxlab.analysis.tables import load_tables
from uxlab.gui.main_window import MainWindow
from uxlab.gui.run.controller import ENDED, TASK
from uxlab.storage.journal import read_journal
from uxlab.storage.study_files import journal_path

CHILD = textwrap.dedent("""
    import sys, time
    from uxlab.gui.app import make_app
    app = make_app(["uxlab"])
    from uxlab.gui.main_window import MainWindow
    w = MainWindow()
    w.open_study(sys.argv[1])
    w.show()
    run = w.run
    from uxlab.core.study import Participant
    run.open_session("P77", Participant("P77", group="current"))
    for key in "se":
        run.on_key(key)
        app.processEvents()
    run.open_note("note", run.controller.now())
    run.note_edit.setText("kill me now")
    run.commit_note()
    run.on_key("a")
    print("recorded", run.controller.state.last_seq, flush=True)
    time.sleep(60)  # the parent kills us here, mid-task
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_app_resumes_the_session(qtbot: QtBot, demo_study: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    child = subprocess.Popen([sys.executable, str(script), str(demo_study)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env, text=True)
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("recorded"), child.stderr.read() if child.stderr else line
        last_seq = int(line.split()[1])
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    before = read_journal(journal_path(demo_study, "P77"))
    assert before.events[-1].seq == last_seq  # everything the app showed was on disk

    asked: list[str] = []

    def answer_yes(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer_yes)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_study(demo_study)
    assert asked and "P77" in asked[0]
    run = window.run
    c = run.controller
    assert c.is_open and c.state.participant == "P77"
    assert c.phase == TASK and c.current is not None and c.current.paused  # paused on resume
    assert [e.seq for e in c.state.events[: len(before.events)]] == [e.seq for e in before.events]
    note = next(e for e in c.state.events if e.kind == "marker" and e.data["marker"] == "note")
    assert note.data["text"] == "kill me now"
    run.on_key("p")  # resume
    run.on_key("1")  # success
    c.decline_pending()
    while c.state.next_task() is not None:
        run.on_key("k")
    c.decline_pending()
    run.end_session()
    assert c.phase == ENDED
    tables = load_tables(demo_study)
    rows = tables.attempts[tables.attempts["participant"] == "P77"]
    first = rows[rows["outcome"] == "success"]
    assert len(first) == 1 and bool(first["interrupted"].iloc[0])
    assert int(first["errors"].iloc[0]) == 1 and int(first["assists"].iloc[0]) == 1
    window.close()
