"""One-key logging: the actions a moderator triggers from the keyboard and their keys.

Defaults are laptop-friendly (letters and digits only: no function-row, numpad or media keys) and
mnemonic in English. Every key is rebindable (Keys… in the View menu); a binding that clashes with
another is refused before it is saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence


@dataclass(frozen=True)
class KeyAction:
    id: str
    default: str

    def label(self) -> str:
        return QCoreApplication.translate("keys", _LABELS[self.id])


_LABELS = {
    "start_task": QT_TRANSLATE_NOOP("keys", "Start next task"),
    "pause": QT_TRANSLATE_NOOP("keys", "Pause / resume"),
    "end_task": QT_TRANSLATE_NOOP("keys", "End task (choose outcome)"),
    "success": QT_TRANSLATE_NOOP("keys", "Outcome: success"),
    "partial": QT_TRANSLATE_NOOP("keys", "Outcome: partial success"),
    "fail": QT_TRANSLATE_NOOP("keys", "Outcome: fail"),
    "abandoned": QT_TRANSLATE_NOOP("keys", "Outcome: abandoned (gave up)"),
    "error": QT_TRANSLATE_NOOP("keys", "Error"),
    "assist": QT_TRANSLATE_NOOP("keys", "Assist"),
    "note": QT_TRANSLATE_NOOP("keys", "Note (timestamped at the key press)"),
    "critical": QT_TRANSLATE_NOOP("keys", "Critical incident"),
    "problem": QT_TRANSLATE_NOOP("keys", "Usability problem observed (with a short text)"),
    "undo": QT_TRANSLATE_NOOP("keys", "Undo last marker"),
    "skip": QT_TRANSLATE_NOOP("keys", "Skip task"),
    "declined": QT_TRANSLATE_NOOP("keys", "Rating declined"),
}

ACTIONS: tuple[KeyAction, ...] = (
    KeyAction("start_task", "S"),
    KeyAction("pause", "P"),
    KeyAction("end_task", "D"),
    KeyAction("success", "1"),
    KeyAction("partial", "2"),
    KeyAction("fail", "3"),
    KeyAction("abandoned", "4"),
    KeyAction("error", "E"),
    KeyAction("assist", "A"),
    KeyAction("note", "N"),
    KeyAction("critical", "C"),
    KeyAction("problem", "U"),
    KeyAction("undo", "Ctrl+Z"),
    KeyAction("skip", "K"),
    KeyAction("declined", "X"),
)
ACTION_IDS = tuple(a.id for a in ACTIONS)


def normalise(key: str) -> str:
    """One canonical text per key sequence ('ctrl+z' and 'Ctrl+Z' are the same key)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)


def bindings(overrides: dict[str, str] | None = None) -> dict[str, str]:
    """The keys in effect: defaults with the saved overrides applied (unknown actions ignored)."""
    out = {a.id: normalise(a.default) for a in ACTIONS}
    for action, key in (overrides or {}).items():
        if action in out:
            out[action] = normalise(key)
    return out


def conflicts(keys: dict[str, str]) -> list[tuple[str, str, str]]:
    """(key, action, other action) for every key bound to two actions; empty keys are unbound."""
    seen: dict[str, str] = {}
    out: list[tuple[str, str, str]] = []
    for action in ACTION_IDS:
        key = normalise(keys.get(action, ""))
        if not key:
            continue
        if key in seen:
            out.append((key, seen[key], action))
        else:
            seen[key] = action
    return out
