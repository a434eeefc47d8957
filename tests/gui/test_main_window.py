"""The main window: opening studies (good and bad), recent studies, language switching live."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from uxlab.core.study import Participant
from uxlab.gui import i18n, settings
from uxlab.gui.main_window import MainWindow
from uxlab.gui.run.controller import TASK


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes are answered 'No' and their texts collected."""
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> QMessageBox.StandardButton:
        shown.append(box.text())
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def test_opens_the_demo_and_remembers_it(qtbot: QtBot, demo_study: Path, boxes: list[str]) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_study(demo_study)
    assert "Food delivery" in w.windowTitle()
    assert settings.recent_studies() == [demo_study.resolve()]
    assert not boxes  # every demo session ended: nothing to resume


def test_a_broken_study_gets_a_clear_message_not_a_traceback(qtbot: QtBot, tmp_path: Path,
                                                              boxes: list[str]) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "study.json").write_text('{"schema_version": 1, "title": "x", "tasks": [{"id": "a"}]}',
                                       encoding="utf-8")
    w = MainWindow()
    qtbot.addWidget(w)
    assert not w.open_study(folder)
    assert len(boxes) == 1
    assert "study.json" in boxes[0] and "tasks" in boxes[0]  # names the file and the field
    assert "Traceback" not in boxes[0]


def test_newer_schema_is_refused_politely(qtbot: QtBot, demo_study: Path, boxes: list[str]) -> None:
    path = demo_study / "study.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"schema_version": 1', '"schema_version": 99'),
                    encoding="utf-8")
    w = MainWindow()
    qtbot.addWidget(w)
    assert not w.open_study(demo_study)
    assert "newer" in boxes[0].lower() or "update" in boxes[0].lower()


def test_language_switch_keeps_the_running_session(qtbot: QtBot, demo_study: Path, boxes: list[str]) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_study(demo_study)
    run = w.run
    run.open_session("P50", Participant("P50", group="current"))
    run.on_key("s")
    assert run.controller.phase == TASK
    seq = run.controller.state.last_seq
    w.set_language("ar")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.processEvents()  # LanguageChange events are delivered through the event loop
    try:
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert run.controller.phase == TASK and run.controller.state.last_seq == seq
        run.on_key("e")  # keys keep working after the switch
        assert run.controller.state.last_seq == seq + 1
        if i18n.qm_bytes("ar"):
            assert w.file_menu.title() != "&File"
    finally:
        w.set_language("en")
        app.processEvents()
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert w.file_menu.title() == "&File"


def test_new_study_is_created_and_opened(qtbot: QtBot, tmp_path: Path, boxes: list[str]) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.create_study(tmp_path / "new")
    assert (tmp_path / "new" / "study.json").exists()
    assert w.context.study is not None and len(w.context.study.tasks) == 1
    assert not w.create_study(tmp_path / "new")  # never overwrites a study
    assert "already" in boxes[-1]


def _answer_with(monkeypatch: pytest.MonkeyPatch, button_text: str, shown: list[str]) -> None:
    """Message boxes are answered by clicking the button whose text is ``button_text``."""

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.objectName())
        for b in box.buttons():
            if b.text().replace("&", "") == button_text:
                b.click()
                return 0
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


def test_quitting_during_a_session_asks_first(qtbot: QtBot, demo_study: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_study(demo_study)
    w.show()
    w.run.open_session("P51", Participant("P51", group="current"))
    w.run.on_key("s")
    shown: list[str] = []
    _answer_with(monkeypatch, "Cancel", shown)
    w.act_quit.trigger()  # Ctrl+Q mid-task
    assert shown == ["quitDuringSessionBox"]
    assert w.isVisible() and w.run.controller.phase == TASK
    _answer_with(monkeypatch, "Quit", shown)
    try:
        w.close()
        assert not w.isVisible()
        assert not w.run.controller.is_open  # released: resumable next time
    finally:
        w.run.controller.close()


def test_closing_with_events_not_on_disk_offers_retry_on_a_full_disk(
        qtbot: QtBot, demo_study: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real full file system (a 512 KiB tmpfs), not a mock: the close is refused until the events
    are saved, and Retry after freeing space writes them."""
    import shutil
    import subprocess

    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.decode().strip()})")
    try:
        study = mount / "study"
        shutil.copytree(demo_study, study, ignore=shutil.ignore_patterns("*.jsonl"))
        w = MainWindow()
        qtbot.addWidget(w)
        w.open_study(study)
        w.show()
        w.run.open_session("P52", Participant("P52", group="current"))
        w.run.on_key("s")
        filler = mount / "filler"
        with filler.open("wb", buffering=0) as f:  # fill the disk to the last block
            try:
                while True:
                    f.write(b"\0" * 4096)
                    f.flush()
            except OSError:
                pass
        for _ in range(1000):  # the journal's last page has some room left: log until it is full
            w.run.on_key("e")
            if w.run.controller.unsaved_count:
                break
        assert w.run.controller.unsaved_count == 1
        acknowledged = sum(1 for e in w.run.controller.state.events if e.kind == "marker")
        shown: list[str] = []
        _answer_with(monkeypatch, "Cancel", shown)
        w.close()
        assert shown == ["unsavedOnCloseBox"] and w.isVisible()
        filler.unlink()
        _answer_with(monkeypatch, "Retry saving", shown)
        w.close()
        assert not w.isVisible()
        from uxlab.storage.journal import read_journal
        events = read_journal(study / "sessions" / "P52.jsonl").events
        assert sum(1 for e in events if e.kind == "marker") == acknowledged + 1  # the unsaved one too
    finally:
        if "w" in locals():
            w.run.controller.close()  # never leave a session open for the teardown's close()
        subprocess.run(["umount", "-l", str(mount)], check=False)
