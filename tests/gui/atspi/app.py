"""The app as a screen reader meets it: the main window on a copy of the demo study, in the
language given (argv[1]), under a real X server with Qt's AT-SPI bridge on (test_atspi.py).
Writes to argv[2] the accessible names of the buttons the AT-SPI client presses, as the
interface shows them in that language."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[3]


class FastClock:
    """The session's clock (``uxlab.core.clock.Clock``) running ``factor`` times faster."""

    def __init__(self, factor: int) -> None:
        self.factor = factor
        self.mono0, self.wall0 = time.monotonic_ns(), time.time_ns()

    def monotonic_ns(self) -> int:
        return self.mono0 + (time.monotonic_ns() - self.mono0) * self.factor

    def wall_ns(self) -> int:
        return self.wall0 + (time.monotonic_ns() - self.mono0) * self.factor


def study_texts(study: Any) -> list[str]:
    out: list[str] = [study.title, *study.task_questions.emotion_words]
    for t in study.tasks:
        out += [t.id, *t.title.values(), *t.scenario.values(), t.success_criteria or "",
                t.stage, t.condition]
    out += [p.id for p in study.participants]
    out += [str(v) for p in study.participants for v in (p.group, *p.attributes.values()) if v]
    return sorted({x for x in out if x}, key=len, reverse=True)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from uxlab.gui import i18n
    from uxlab.gui.main_window import MainWindow

    app = QApplication(sys.argv)
    app.setOrganizationName("uxlab-atspi")
    app.setApplicationName("uxlab-atspi")
    i18n.install_language(app, sys.argv[1])
    work = Path(tempfile.mkdtemp(prefix="uxlab-atspi-"))
    shutil.copytree(ROOT / "sessions" / "food-delivery", work / "study")
    # one participant of the study not seen yet, who speaks the interface language: the console
    # offers a session to start, and the participant screen speaks that language too
    (work / "study" / "sessions" / "P12.jsonl").unlink()
    data = json.loads((work / "study" / "study.json").read_text(encoding="utf-8"))
    for p in data["participants"]:
        if p["id"] == "P12":
            p["language"] = sys.argv[1]
    (work / "study" / "study.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    window = MainWindow()
    window.resize(1280, 800)
    window.open_study(work / "study")
    window.show()
    run = window.run
    if "fast" in sys.argv[3:]:  # a minute of task time in two seconds (listen.py)
        run.controller.clock = FastClock(30)

    def write_names() -> None:
        names = {"start_session": run.start_session_button.accessibleName(),
                 "start_task": run.buttons["start_task"].accessibleName(),
                 "end_task": run.buttons["end_task"].accessibleName(),
                 "pause": run.buttons["pause"].accessibleName(),
                 "show_participant": run.bar.show_screen_button.accessibleName(),
                 "success": run.outcome_bar.buttons["success"].accessibleName(),
                 # the study's own text (titles, scenarios, ids, words): not interface text
                 "study_text": study_texts(window.context.study)}
        Path(sys.argv[2]).write_text(json.dumps(names, ensure_ascii=False), encoding="utf-8")

    QTimer.singleShot(0, write_names)
    code = app.exec()
    shutil.rmtree(work, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
