"""Shared by the console screenshot scripts: the main window on a private copy of the demo study,
in one interface language, with a new participant's session open on the Run view."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]


def open_console(app: Any, folder: Path, code: str, pid: str, size: tuple[int, int]) -> tuple[Any, Any, Any]:
    """(main window, run view, fake clock) with ``pid``'s session open, the interface in ``code``."""
    from uxlab.core.clock import FakeClock
    from uxlab.core.study import Participant
    from uxlab.gui import i18n
    from uxlab.gui.main_window import MainWindow

    shutil.copytree(ROOT / "sessions" / "food-delivery", folder)
    i18n.install_language(app, code)
    w = MainWindow()
    w.resize(*size)
    w.show()
    w.open_study(folder)
    study = w.context.study
    assert study is not None
    study = dataclasses.replace(study, participants=[*study.participants,
                                                     Participant(pid, group="prototype", language=code)])
    w.context.save_study(study)
    run = w.run
    clock = FakeClock()
    run.controller.clock = clock
    w.tabs.setCurrentWidget(run)
    run.open_session(pid)
    return w, run, clock
