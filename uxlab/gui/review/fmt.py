"""How the review view writes numbers: locale decimal separators (QLocale), intervals as
"72 % (48–88 %)", missing values as an em dash, and method tooltips taken from ``METHODS``.

Nothing here computes a statistic; it only formats what :mod:`uxlab.analysis.metrics` returned.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from uxlab.analysis.metrics import METHODS
from uxlab.export import labels
from uxlab.gui import i18n

MISSING = "—"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewFormat", text)


def is_missing(v: Any) -> bool:
    if v is None:
        return True
    try:
        return math.isnan(float(v))
    except (TypeError, ValueError):
        return True


def number(v: Any, decimals: int = 1) -> str:
    if is_missing(v):
        return MISSING
    return QLocale().toString(float(v), "f", decimals)


def integer(v: Any) -> str:
    """A count in the locale's digits."""
    if is_missing(v):
        return MISSING
    return QLocale().toString(int(v))


def _ci_ends(ci: Sequence[Any] | None) -> tuple[Any, Any]:
    if not ci or len(ci) != 2:
        return None, None
    return ci[0], ci[1]


def with_ci(value: Any, ci: Sequence[Any] | None, decimals: int = 1, unit: str = "") -> str:
    """``5.7 (4.7–6.6)``; the unit, if any, after both the value and the interval."""
    if is_missing(value):
        return MISSING
    text = number(value, decimals) + unit
    lo, hi = _ci_ends(ci)
    if is_missing(lo) or is_missing(hi):
        return text
    dash = " – " if float(lo) < 0 else "–"  # "(−37 – 22)", not "(-37–22)"
    return f"{text} ({number(lo, decimals)}{dash}{number(hi, decimals)}{unit})"


def percent(rate: Any, decimals: int = 0) -> str:
    """A proportion (0-1) as "72 %"."""
    if is_missing(rate):
        return MISSING
    return number(100.0 * float(rate), decimals) + " %"


def percent_ci(rate: Any, ci: Sequence[Any] | None) -> str:
    """A proportion and its interval as "72 % (48–88 %)"."""
    if is_missing(rate):
        return MISSING
    lo, hi = _ci_ends(ci)
    if is_missing(lo) or is_missing(hi):
        return percent(rate)
    return f"{percent(rate)} ({number(100.0 * float(lo), 0)}–{percent(hi)})"


def seconds(v: Any) -> str:
    if is_missing(v):
        return MISSING
    return number(v, 0 if float(v) >= 10 else 1) + " " + _tr("s")


def seconds_ci(v: Any, ci: Sequence[Any] | None) -> str:
    if is_missing(v):
        return MISSING
    lo, hi = _ci_ends(ci)
    if is_missing(lo) or is_missing(hi):
        return seconds(v)
    decimals = 0 if float(v) >= 10 else 1
    return (f"{number(v, decimals)} {_tr('s')} "
            f"({number(lo, decimals)}–{number(hi, decimals)} {_tr('s')})")


def signed(v: Any, decimals: int = 0) -> str:
    """A net score in points: "+58", "−12", "0"."""
    if is_missing(v):
        return MISSING
    x = round(float(v), decimals)
    text = number(abs(x), decimals)
    return ("+" if x > 0 else "−" if x < 0 else "") + text


def p_value(p: Any) -> str:
    if is_missing(p):
        return MISSING
    p = float(p)
    if p < 0.001:
        return "p < " + number(0.001, 3)
    return "p = " + number(p, 3 if p < 0.01 else 2)


def method(name: str) -> str:
    """Tooltip text for a metric: formula, source and missing-data rule from ``METHODS``, in the
    interface language (the export texts' gettext catalogs, resources/catalogs); the source is a
    bibliographic reference and stays as published, isolated left to right in Arabic and Persian."""
    language = i18n.current_language()
    for m in METHODS:
        if m["name"] == name:
            source = m["source"]
            if i18n.is_rtl(language):
                source = "\u2066" + source + "\u2069"
            return "\n".join((labels.method_name(m["name"], language),
                              _tr("Method") + ": " + labels.tr(m["formula"], language),
                              _tr("Source") + ": " + source,
                              _tr("Missing data") + ": " + labels.tr(m["missing_data"], language)))
    return ""


def methods(*names: str) -> str:
    return "\n\n".join(t for t in (method(n) for n in names) if t)
