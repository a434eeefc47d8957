"""Guards against a Qt binding that would crash a long session.

PySide6 6.12.0 on CPython 3.11 returns None from void methods without taking a reference: each
call of e.g. ``QLabel.setText`` lowers None's reference count by one until the interpreter aborts
with "deallocating None" — minutes into a live session, whose console calls such methods on every
key. (From CPython 3.12 None is immortal and the fault is harmless.)"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from CPython 3.12")
def test_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("x")
        label.setEnabled(True)
    after = sys.getrefcount(None)
    assert before - after < 100, (
        f"each void Qt call dropped a reference to None ({before - after} over 10,000 calls): this "
        "PySide6 build would abort a long session; install a version the project supports")
