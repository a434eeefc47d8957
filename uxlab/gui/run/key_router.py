"""The moderator's keys reach the session whatever was clicked last.

A QShortcut fires only while the focus is inside its widget: after a click on a rating button
that the form then deletes, on the menu bar, or on the participant's window, letters and digits
went nowhere and the moderator believed events recorded that were not. This router is an
application-wide event filter: while the console is the visible view, every key press in the
moderator's window or the participant's window goes to the console first, unless the moderator
is typing text (a note, a participant id), a menu or a modal dialog is open, or the key is not
one of the session's keys (Ctrl+Enter, which types nothing, works from text fields too).

It handles ``ShortcutOverride`` as well as ``KeyPress``: a key the console uses is claimed before
any menu shortcut can take it, and the time is taken at the ``KeyPress``.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TEXT_ENTRY = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)

# X11 (evdev) key codes of the letter keys -> the letter they carry on a US keyboard. With an
# Arabic, Persian or Russian layout active, the S key types "س" or "Ы": the console still reads it
# as S, so the one-key logging keys work whatever layout the moderator types notes in.
_XKB_LETTERS = dict(zip(
    (24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 38, 39, 40, 41, 42, 43, 44, 45, 46, 52, 53, 54, 55, 56, 57, 58),
    "QWERTYUIOPASDFGHJKLZXCVBNM", strict=True))


def typing_text(focus: QWidget | None) -> bool:
    """The focus is where the moderator types text: letters and digits are theirs."""
    if focus is None or not focus.isEnabled() or not focus.isVisible():
        return False
    # An editable combo box keeps the focus itself and hands keys to its line edit.
    return isinstance(focus, TEXT_ENTRY) or (isinstance(focus, QComboBox) and focus.isEditable())


@dataclass(frozen=True)
class KeyPress:
    """One key as the console reads it."""

    sequence: str  # portable text, e.g. "S", "Ctrl+Z", "Return"
    latin: str  # the same key on a US layout ("S" for the key that types "س"), or ""
    digit: int | None  # 0-9 for a digit key in any script (Western, Arabic-Indic, Persian)
    timestamp_ms: int  # the window system's time of the key event (for the timing self-test)
    received_ns: int  # time.monotonic_ns() when the event reached uxlab


def _portable(key: int, mods: Qt.KeyboardModifier) -> str:
    combo = QKeyCombination(mods, Qt.Key(key))
    return QKeySequence(combo).toString(QKeySequence.SequenceFormat.PortableText)


def key_press(event: QKeyEvent) -> KeyPress:
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = event.key()
    letter = Qt.Key.Key_A.value <= key <= Qt.Key.Key_Z.value
    if letter and mods == Qt.KeyboardModifier.ShiftModifier:
        mods = Qt.KeyboardModifier.NoModifier  # Shift+S is S (caps lock, a resting finger)
    sequence = _portable(key, mods)
    latin = ""
    if QGuiApplication.platformName() == "xcb":
        us = _XKB_LETTERS.get(event.nativeScanCode())
        if us is not None:
            latin = _portable(Qt.Key[f"Key_{us}"].value, mods)
    digit = None
    text = event.text()
    if not (mods & ~Qt.KeyboardModifier.ShiftModifier) and len(text) == 1:
        value = unicodedata.digit(text, None)
        if value is not None:
            digit = value
            sequence = str(value)
    return KeyPress(sequence, latin, digit, event.timestamp(), time.monotonic_ns())


class ConsoleKeyRouter(QObject):
    """Install with :meth:`install`; ``wants(key, typing)`` says whether the console uses a key
    now (``typing``: the focus is in a text field, whose letters and digits are the moderator's),
    ``deliver(key)`` handles it. ``windows()`` lists the top-level windows whose keys belong to
    the session (the moderator's and the participant's)."""

    def __init__(self, console: QWidget, wants: Callable[[KeyPress, bool], bool],
                 deliver: Callable[[KeyPress], None], windows: Callable[[], list[QWidget]]) -> None:
        super().__init__(console)
        self._console = console
        self._wants = wants
        self._deliver = deliver
        self._windows = windows
        self._installed = False

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def _active_for(self, obj: QObject) -> bool:
        if not isinstance(obj, QWidget) or not self._console.isVisible():
            return False
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return False
        window = obj.window()
        return any(window is w for w in self._windows())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not self._active_for(obj):
            return False
        assert isinstance(event, QKeyEvent)
        key = key_press(event)
        if not self._wants(key, typing_text(QApplication.focusWidget())):
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
            self._deliver(key)
        return True
