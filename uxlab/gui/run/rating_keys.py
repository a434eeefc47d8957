"""Ratings typed on the number row: one digit for a 1-7 scale, two for NPS 10.

A digit that could still begin a longer value of the scale ("1" on 0-10) is held and shown as
pending; the next digit completes it ("1", "0" -> 10), Enter or a short pause commits it as it
stands (1), Backspace or Escape drops it. A digit that can only be itself commits at once. A value
outside the scale is refused with the scale named. Pure logic, no Qt: the console shows it.
"""

from __future__ import annotations

from dataclasses import dataclass

COMMIT, WAIT, OUTSIDE = "commit", "wait", "outside"


def _extends(prefix: str, low: int, high: int) -> bool:
    """Some value of the scale is written with more digits than ``prefix`` and starts with it."""
    return any(len(str(v)) > len(prefix) and str(v).startswith(prefix) for v in range(max(low, 0), high + 1))


@dataclass
class DigitEntry:
    pending: str = ""

    def press(self, digit: int, low: int, high: int) -> tuple[str, int | None]:
        """(COMMIT, value), (WAIT, None) while more digits may come, or (OUTSIDE, value)."""
        text = self.pending + str(digit)
        if self.pending == "0":  # "0" then "7" is 7, not 07
            text = str(digit)
        value = int(text)
        valid = low <= value <= high
        if _extends(text, low, high) and (valid or len(text) < len(str(high))):
            self.pending = text
            return WAIT, None
        self.pending = ""
        if valid:
            return COMMIT, value
        return OUTSIDE, value

    def commit(self, low: int, high: int) -> tuple[str, int | None]:
        """Enter, or the pause after a digit: the pending value as it stands."""
        text, self.pending = self.pending, ""
        if not text:
            return WAIT, None
        value = int(text)
        return (COMMIT, value) if low <= value <= high else (OUTSIDE, value)

    def clear(self) -> None:
        self.pending = ""
