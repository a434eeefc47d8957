"""Clocks: a monotonic clock for durations, a wall clock for display. Injectable for tests."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def monotonic_ns(self) -> int:
        """Nanoseconds from an arbitrary origin; never goes backwards."""
        ...

    def wall_ns(self) -> int:
        """Nanoseconds since the Unix epoch (UTC), for display only."""
        ...


class SystemClock:
    """The real clocks: ``time.monotonic_ns`` for durations, ``time.time_ns`` for display."""

    def monotonic_ns(self) -> int:
        return time.monotonic_ns()

    def wall_ns(self) -> int:
        return time.time_ns()


@dataclass
class FakeClock:
    """A clock tests move by hand: ``clock.advance(1.5)`` moves both clocks 1.5 s."""

    mono: int = 1_000_000_000
    wall: int = 1_767_225_600 * 1_000_000_000  # 2026-01-01T00:00:00Z

    def monotonic_ns(self) -> int:
        return self.mono

    def wall_ns(self) -> int:
        return self.wall

    def advance(self, seconds: float) -> None:
        step = round(seconds * 1e9)
        self.mono += step
        self.wall += step


def wall_iso(wall_ns: int) -> str:
    """ISO 8601 UTC with milliseconds, e.g. ``2026-01-01T09:00:00.123Z``."""
    dt = datetime.fromtimestamp(wall_ns / 1e9, tz=UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"
