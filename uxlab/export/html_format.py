"""Escaping and number formatting for the HTML report (shared by its section writers)."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from typing import Any

from uxlab.export import labels

INTERVAL_DASH = "\u2009–\u2009"  # thin spaces keep "−31 – 31" apart from a minus sign


def e_(text: Any) -> str:
    """Escape any text from people (titles, groups, reasons) for HTML text or attributes."""
    return html.escape("" if text is None else str(text), quote=True)


def raw_(v: Any) -> str:
    """The exact value for a data-* attribute: repr of the float, empty when missing."""
    if v is None or (isinstance(v, float) and not math.isfinite(v)):
        return ""
    return repr(float(v)) if isinstance(v, float) else str(v)


class Fmt:
    """Number formatting in the report's language (labels.format_number)."""

    def __init__(self, language: str) -> None:
        self.lang = language

    @property
    def sep(self) -> str:
        """The list separator: the Arabic comma in ar / fa."""
        return "، " if self.lang in labels.RIGHT_TO_LEFT else ", "

    @property
    def semi(self) -> str:
        """The semicolon: the Arabic one in ar / fa."""
        return "؛ " if self.lang in labels.RIGHT_TO_LEFT else "; "

    def side(self, where: str) -> str:
        """SVG attributes for a label that extends ``after`` (to the right of) or ``before`` (to
        the left of) its x. Arabic and Persian labels are laid out right-to-left inside the
        left-to-right chart, so they read in order."""
        if self.lang in labels.RIGHT_TO_LEFT:
            return f'direction="rtl" text-anchor="{"end" if where == "after" else "start"}"'
        return f'text-anchor="{"start" if where == "after" else "end"}"'

    def t(self, text: str) -> str:
        return e_(labels.tr(text, self.lang))

    def n(self, v: Any, d: int = 1, sign: bool = False) -> str:
        return labels.format_number(v, d, self.lang, sign=sign)

    def pct(self, v: Any, d: int = 0) -> str:
        return labels.format_percent(v, d, self.lang)

    def secs(self, v: Any) -> str:
        if v is None:
            return "–"
        return self.n(v, 0 if v >= 10 else 1)

    def interval(self, ci: Sequence[Any] | None, kind: str = "num", d: int = 1) -> str:
        if not ci or ci[0] is None or ci[1] is None:
            return "–"
        if kind == "pct":
            lo, hi = self.pct(ci[0]), self.pct(ci[1])
        elif kind == "s":
            lo, hi = self.secs(ci[0]), self.secs(ci[1])
        else:
            lo, hi = self.n(ci[0], d), self.n(ci[1], d)
        return f"{lo}{INTERVAL_DASH}{hi}"

    def value_td(self, v: Any, text: str) -> str:
        return f'<td class="num" data-value="{raw_(v)}">{text}</td>'

    def ci_td(self, ci: Sequence[Any] | None, kind: str = "num", d: int = 1) -> str:
        lo, hi = (ci[0], ci[1]) if ci else (None, None)
        return (f'<td class="ci" dir="ltr" data-lo="{raw_(lo)}" data-hi="{raw_(hi)}">'
                f"{self.interval(ci, kind, d)}</td>")


# =============================================================================== sections
