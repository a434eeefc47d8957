"""GUI tests: offscreen Qt, settings isolated per test, a fresh copy of the demo study."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "sessions" / "food-delivery"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Iterator[Path]:
    where = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(where))
    qapp.setOrganizationName("uxlab-test")
    qapp.setApplicationName("uxlab-test")
    yield where
    QSettings().clear()


@pytest.fixture
def demo_study(tmp_path: Path) -> Path:
    """A private copy of the committed demo study (tests may record into it)."""
    dest = tmp_path / "food-delivery"
    shutil.copytree(DEMO, dest)
    return dest


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """A test that leaves a session running must not hang the teardown: closing the main window
    during a session asks first (a modal box nobody answers offscreen). Runs before pytest-qt
    closes the test's widgets (its teardown hook, which comes before fixture finalizers)."""
    if QApplication.instance() is not None:
        from uxlab.gui.main_window import MainWindow

        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow):
                w.run.controller.close()
    return (yield)


@pytest.fixture
def english_numbers() -> Iterator[None]:
    """Numbers written as an English locale writes them (tests that read values off tables)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)
