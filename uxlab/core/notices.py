"""Repeated warnings, summarised: a damaged journal of 2 million lines gives the first few
warnings of each kind and a count of the rest, not 2 million lines in a report. Summarising is
done as the warnings arrive, so the memory they take stays small however many there are."""

from __future__ import annotations

import re
from collections.abc import Iterable

KEEP = 3  # examples shown of each kind of warning
SUMMARY_PREFIX = "… and "
_DIGITS = re.compile(r"\d+")
_SUMMARY = re.compile(r"^… and ([\d,]+) more warnings? like the ones? above$")


def warning_kind(text: str) -> str:
    """Warnings that differ only in their numbers (line, event, value) are of one kind."""
    return _DIGITS.sub("#", text)


class WarningCollector(list[str]):
    """A list of warnings that keeps the first ``keep`` of each kind (and drops exact repeats);
    :meth:`summary` adds, after each kind's last example, how many more there were. Code that
    only appends (``warnings.append(text)``) can use it in place of a plain list."""

    def __init__(self, keep: int = KEEP) -> None:
        super().__init__()
        self.keep = keep
        self._seen: set[str] = set()
        self._count: dict[str, int] = {}
        self._last_at: dict[str, int] = {}

    def append(self, text: str) -> None:
        if text in self._seen:
            return
        m = _SUMMARY.match(text)
        if m:  # a summary line from an earlier pass: its count joins the example above it
            if len(self):
                kind = warning_kind(self[-1])
                self._count[kind] = self._count.get(kind, 0) + int(m.group(1).replace(",", ""))
            return
        kind = warning_kind(text)
        n = self._count.get(kind, 0) + 1
        self._count[kind] = n
        if n <= self.keep:
            self._seen.add(text)
            super().append(text)
            self._last_at[kind] = len(self) - 1

    def extend(self, texts: Iterable[str]) -> None:
        for t in texts:
            self.append(t)

    def summary(self) -> list[str]:
        out = list(self)
        extra = sorted(((self._last_at[k], n - self.keep) for k, n in self._count.items()
                        if n > self.keep and k in self._last_at), reverse=True)
        for at, more in extra:
            out.insert(at + 1, f"{SUMMARY_PREFIX}{more:,} more warning{'s' if more > 1 else ''} "
                               f"like the {'ones' if self.keep > 1 else 'one'} above")
        return out


def summarise_warnings(warnings: Iterable[str], keep: int = KEEP) -> list[str]:
    """The warnings in order, each kind's first ``keep`` kept and the rest counted in one line
    placed after them. Summarising a summarised list gives it back unchanged."""
    c = WarningCollector(keep)
    c.extend(warnings)
    return c.summary()
