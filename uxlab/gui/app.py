"""Start the desktop app: `uxlab [STUDY]`."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from uxlab.gui import i18n, settings, widget_map
from uxlab.storage.crash_log import write_crash_log


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("uxlab")
    app.setApplicationName("uxlab")
    app.setApplicationDisplayName("uxlab")
    i18n.install_language(app, settings.language())
    return app


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """A bug in a slot: log the traceback, tell the user in one sentence, keep running.
    (Recorded events are already on disk; the session continues.)"""
    try:
        log: Path | str = write_crash_log("".join(traceback.format_exception(kind, value, tb)))
    except OSError as exc:
        log = f"(no log written: {exc.strerror or exc})"
    sys.__stderr__.write(f"uxlab: internal error {kind.__name__}: {value} (details in {log})\n")
    if QApplication.instance() is not None:
        QMessageBox.warning(None, "uxlab",
                            QApplication.translate("app", "Something went wrong inside uxlab. Everything "
                                                   "recorded so far is saved. Details were written to {0}; "
                                                   "please report them.").format(log))


def run_app(path: Path | None = None) -> int:
    from uxlab.gui.main_window import MainWindow  # after QApplication exists

    app = make_app()
    sys.excepthook = _excepthook
    window = MainWindow()
    widget_map.install(window)
    window.show()
    if path is not None:
        window.open_study(Path(path))
    else:
        recent = settings.recent_studies()
        if recent:
            window.open_study(recent[0])
    return app.exec()
