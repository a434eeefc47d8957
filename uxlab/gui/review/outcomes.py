"""Outcome colours (Okabe-Ito, colour-blind safe) with a symbol and a word, never colour alone."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

OUTCOME_COLOURS = {
    "success": "#009E73", "partial": "#E69F00", "fail": "#D55E00", "abandoned": "#CC79A7",
    "skipped": "#999999",
}
OUTCOME_SYMBOLS = {"success": "✓", "partial": "◐", "fail": "✗", "abandoned": "⊘", "skipped": "–"}
EXCLUDED_GREY = QColor("#8a8a8a")


def outcome_word(outcome: str) -> str:
    words = {
        "success": QCoreApplication.translate("Outcome", "success"),
        "partial": QCoreApplication.translate("Outcome", "partial success"),
        "fail": QCoreApplication.translate("Outcome", "failure"),
        "abandoned": QCoreApplication.translate("Outcome", "abandoned"),
        "skipped": QCoreApplication.translate("Outcome", "skipped"),
    }
    return words.get(outcome, outcome or QCoreApplication.translate("Outcome", "not ended"))


@functools.lru_cache(maxsize=16)
def outcome_tint(outcome: str) -> QColor | None:
    """A light tint of the outcome colour: dark text stays readable on it."""
    hex_colour = OUTCOME_COLOURS.get(outcome)
    if hex_colour is None:
        return None
    c = QColor(hex_colour)
    mix = 0.45
    return QColor(round(255 - (255 - c.red()) * mix), round(255 - (255 - c.green()) * mix),
                  round(255 - (255 - c.blue()) * mix))


def outcome_label(outcome: str) -> str:
    """Symbol + word, e.g. "✓ success"."""
    return f"{OUTCOME_SYMBOLS.get(outcome, '?')} {outcome_word(outcome)}"
