"""The study's journal becomes unwritable mid-session while the screen is recorded, and the
moderator saves the session elsewhere with real clicks and keys (Xvfb, openbox, xdotool): the
banner's button, the file dialog, a path typed. Afterwards the new journal holds every event the
robot caused, before and after the move, and every recording it names plays from beside it.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import av
import pytest

from uxlab.core.study import Participant, Study, Task
from uxlab.storage.study_files import save_study

from .harness import App, desktop, journal_events, missing_tools

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())} (Debian: xvfb xdotool openbox)"),
]


def _wait(path: Path, test: Any, what: str, timeout: float = 15) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for e in journal_events(path):
            if test(e):
                return e
        time.sleep(0.05)
    raise AssertionError(f"no journal event in {path} for: {what}; last: {[e['kind'] for e in journal_events(path)[-6:]]}")


def _seconds(path: Path) -> float:
    with av.open(str(path)) as c:
        stream = c.streams.video[0]
        last = max((p.pts + (p.duration or 0)) for p in c.demux(stream) if p.pts is not None)
        return float(last * stream.time_base)


class RecordingApp(App):
    def env(self) -> dict[str, str]:
        return {**super().env(), "UXLAB_RECORDING_SYNTHETIC": "screen"}


def test_save_elsewhere_by_hand_keeps_every_event_and_recording(tmp_path: Path) -> None:
    study = tmp_path / "study"
    save_study(study, Study("Moved", [Task("find", {"en": "Find"}, {"en": "Find it."}),
                                      Task("pay", {"en": "Pay"}, {"en": "Pay."})],
                            participants=[Participant("P1")], questionnaires=[], recording="screen"))
    journal = study / "sessions" / "P1.jsonl"
    usb = tmp_path / "usb"
    usb.mkdir()
    moved = usb / "P1-moved.jsonl"
    with desktop() as display:
        app = RecordingApp(display, study, tmp_path / "home", "en").start()
        try:
            app.show_console()
            app.click("mainWindow/participantBox", "focus the participant box")
            app.key("ctrl+a")
            app.type("P1")
            app.click("mainWindow/startSession", "start the session")
            time.sleep(1.0)
            app.key("alt+y", "the participant agreed to be recorded")
            _wait(journal, lambda e: e["kind"] == "recording_started", "recording starts")
            app.key("s", "start task 1")
            _wait(journal, lambda e: e["kind"] == "task_started", "S")
            time.sleep(1.0)
            journal.unlink()  # the journal is gone from under the app (a drive pulled, a sync tool)
            app.key("e", "an error while the journal cannot be written")
            app.click("mainWindow/saveElsewhere", "the banner's Save elsewhere…")
            time.sleep(1.0)
            app.key("ctrl+a", "the file name in the dialog")
            app.type(str(moved))
            app.key("Return", "save")
            _wait(moved, lambda e: e["kind"] == "recording_started" and e["segment"] == 2,
                  "recording goes on beside the new journal")
            app.key("a", "an assist after the move")
            _wait(moved, lambda e: e.get("marker") == "assist", "A after the move")
            time.sleep(1.0)
            app.key("1", "task 1 succeeds")
            _wait(moved, lambda e: e["kind"] == "task_ended", "1 after the move")
        finally:
            app.quit()

    events = journal_events(moved)
    kinds = [e["kind"] for e in events]
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))  # nothing lost
    assert kinds.index("task_started") < kinds.index("marker")
    assert [e.get("marker") for e in events if e["kind"] == "marker"] == ["error", "assist"]
    started = [e for e in events if e["kind"] == "recording_started"]
    assert [e["segment"] for e in started] == [1, 2]
    assert [e["segment"] for e in events if e["kind"] == "recording_stopped"][:1] == [1]
    for e in started:
        for name in e["files"].values():
            assert _seconds(usb / name) > 0.3, name  # plays from beside the new journal
