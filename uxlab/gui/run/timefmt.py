"""Session times as the moderator reads them."""

from __future__ import annotations


def clock_text(ns: int, tenths: bool = True) -> str:
    """1 h 02 min 03.4 s -> '1:02:03.4'; 83.4 s -> '01:23.4'."""
    ns = max(0, ns)
    total_tenths = ns // 100_000_000
    s, tenth = divmod(total_tenths, 10)
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    text = f"{h}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}"
    return f"{text}.{tenth}" if tenths else text
