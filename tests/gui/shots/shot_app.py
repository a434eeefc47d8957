"""Shared by the screenshot scripts: their QApplication (its own settings, numbers written as an
English locale writes them), a fresh work folder, and letting the event loop settle."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication


def shot_app() -> tuple[QApplication, Path]:
    app = QApplication(sys.argv)
    app.setOrganizationName("uxlab-shots")
    app.setApplicationName("uxlab-shots")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return app, Path(tempfile.mkdtemp(prefix="uxlab-shot-"))


def settle(app: QApplication, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()
