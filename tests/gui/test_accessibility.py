"""Every interactive control of every view has an accessible name and a tooltip, and can take the
keyboard focus: the whole app can be used with the keyboard and a screen reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from uxlab.core.study import Participant
from uxlab.gui.main_window import MainWindow

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView, QTextEdit,
               QPlainTextEdit)


def _unlabelled(root: QWidget) -> list[str]:
    missing = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or w.window() is not root.window():
            continue  # (every sub-tab is checked, shown or not; pop-ups are their own windows)
        parent = w.parentWidget()
        # parts of a compound widget (a combo box's line edit, a spin box's editor, scroll bars)
        if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar) or type(w).__name__ in ("QScrollBar", "QHeaderView"):
            continue
        if w.objectName().startswith("qt_"):  # Qt's own internals (tab bar scrollers, ...)
            continue
        problems = []
        if not w.accessibleName():
            problems.append("accessible name")
        if not w.toolTip():
            problems.append("tooltip")
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(w, QAbstractButton):
            problems.append("keyboard focus")
        if problems:
            label = w.accessibleName() or (w.text() if hasattr(w, "text") else "") or w.objectName()
            missing.append(f"{type(w).__name__} '{label}' ({w.objectName()}): no {', '.join(problems)}")
    return missing


@pytest.mark.parametrize("tab", [0, 1, 2, 3])
def test_every_control_is_labelled(qtbot: QtBot, demo_study: Path, tab: int) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_study(demo_study)
    w.show()
    w.tabs.setCurrentIndex(tab)
    if tab == 1:
        w.run.open_session("P60", Participant("P60", group="current"))
        w.run.on_key("s")
    qtbot.wait(10)
    missing = _unlabelled(w.tabs.currentWidget())
    assert not missing, "\n".join(missing)
