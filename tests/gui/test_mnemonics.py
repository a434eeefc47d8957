"""Every Alt+letter does one thing: in each view and each of its tabs (the menus, the views' tabs
and every labelled control visible at once), no two mnemonics share a letter, in every language
the interface speaks. Two controls on one letter make Alt+letter go to the wrong one (Qt hands an
ambiguous mnemonic to either): Alt+B for "Compare by" used to open the Problems view."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from uxlab.gui import i18n
from uxlab.gui.main_window import MainWindow

DEMO = Path(__file__).resolve().parents[2] / "sessions" / "food-delivery"
_MNEMONIC = re.compile(r"&(.)")


def letter(text: str) -> str | None:
    """The mnemonic of a Qt text ("&&" is a literal ampersand)."""
    m = _MNEMONIC.search(text.replace("&&", ""))
    return m.group(1).lower() if m and not m.group(1).isspace() else None


def test_letter_reads_qt_mnemonics() -> None:
    assert letter("Compare &by:") == "b"
    assert letter("&Questions && questionnaires") == "q"
    assert letter("Tom && Jerry") is None
    assert letter("C&omparaison") == "o"


def mnemonics(window: MainWindow) -> list[tuple[str, str]]:
    """(letter, what) of every mnemonic Alt+letter can reach now."""
    out = [(k, f"menu {a.text()}") for a in window.menuBar().actions()
           if a.isVisible() and (k := letter(a.text()))]
    for w in window.findChildren(QWidget):
        if not w.isVisible() or not w.isEnabled():
            continue
        if isinstance(w, QTabBar):
            out += [(k, f"tab {w.tabText(i)}") for i in range(w.count())
                    if w.isTabEnabled(i) and w.isTabVisible(i) and (k := letter(w.tabText(i)))]
        elif isinstance(w, QAbstractButton) and (k := letter(w.text())):
            out.append((k, f"button {w.text()}"))
        elif isinstance(w, QLabel) and w.buddy() is not None and (k := letter(w.text())):
            out.append((k, f"label {w.text()}"))
        elif isinstance(w, QGroupBox) and (k := letter(w.title())):
            out.append((k, f"group {w.title()}"))
    return out


def every_tab(app: QApplication, tabs: QTabWidget, path: str) -> Iterator[str]:
    """Shows each tab of ``tabs`` in turn, and each tab of the tab widgets inside it."""
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        app.processEvents()
        here = f"{path} / {tabs.tabText(i)}"
        inner = [t for t in tabs.widget(i).findChildren(QTabWidget) if t.isVisible()
                 and t.parent() is not None and _nearest_tabs(t) is tabs]
        if not inner:
            yield here
        for t in inner:
            yield from every_tab(app, t, here)


def _nearest_tabs(widget: QWidget) -> QTabWidget | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    return parent


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    study = tmp_path / "study"
    shutil.copytree(DEMO, study)
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.context.open(study)
    w.show()
    qtbot.waitExposed(w)
    yield w
    i18n.install_language(QApplication.instance(), "en")


@pytest.mark.parametrize("language", ["en", "fr", "ru", "ar", "fa"])
def test_no_two_mnemonics_share_a_letter_in_any_view(window: MainWindow, language: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install_language(app, language)
    app.processEvents()
    clashes: list[str] = []
    places = 0
    for place in every_tab(app, window.tabs, ""):
        places += 1
        seen: dict[str, list[str]] = {}
        for key, what in mnemonics(window):
            seen.setdefault(key, []).append(what)
        clashes += [f"{place}: Alt+{key} is {', '.join(whats)}"
                    for key, whats in sorted(seen.items()) if len(whats) > 1]
    assert places >= 20  # every view, the review's charts among them
    assert not clashes, "\n".join(clashes)
