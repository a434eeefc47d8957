"""The researcher's language in exports and reports: sheet names, column headers, codebook
meanings, report texts, number formatting and the plain reading of a comparison.

The texts live in gettext catalogs (resources/catalogs/uxlab_<lang>.po, compiled to .mo and
read by :mod:`uxlab.export.catalog`; docs/translating.md). The translations (fr, ar, fa, ru) are
the project's own, not professionally reviewed (docs/export.md). English is the source: every
lookup falls back to it for a text without a translation, so a missing entry shows English,
never a blank. Machine column names never change with the language: scripts read them from the
documented machine-name row.
"""

from __future__ import annotations

import math
import re
from typing import Any

from uxlab.core.errors import UxlabError
from uxlab.export import catalog
from uxlab.export.columns import COLUMNS as _ENGLISH_COLUMNS

LANGUAGES: tuple[str, ...] = ("en", "fr", "ar", "fa", "ru")
RIGHT_TO_LEFT: frozenset[str] = frozenset({"ar", "fa"})
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "ar": "العربية", "fa": "فارسی",
                  "ru": "Русский"}


def check_language(code: str | None) -> str:
    """The language code, lower-cased, or a clear error naming the supported ones."""
    lang = (code or "en").strip().lower().replace("_", "-").split("-")[0]
    if lang not in LANGUAGES:
        raise UxlabError(f"unknown language '{code}'", field="language",
                         fix=f"use one of {', '.join(LANGUAGES)}")
    return lang


# ============================================================================ sheet names
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")


def excel_sheet_name(text: str) -> str:
    """A valid Excel sheet name: no [ ] : * ? / \\, no leading/trailing apostrophe, at most
    31 characters (Excel counts UTF-16 code units), never empty."""
    name = _SHEET_FORBIDDEN.sub(" ", text).strip().strip("'").strip()
    out = ""
    for ch in name:
        if len((out + ch).encode("utf-16-le")) // 2 > 31:
            break
        out += ch
    out = out.rstrip().rstrip("'")
    return out or "Sheet"


def sheet_name(key: str, language: str, english: str) -> str:
    """The sheet name for ``key`` (summary, tasks, ...) in ``language``; ``english`` otherwise."""
    return excel_sheet_name(catalog.text(english, language, catalog.SHEET))


# ============================================================================ columns
# machine name -> (short header, meaning). English headers are the machine names themselves.


def column_key(sheet_key: str, column: str) -> str:
    """The codebook key of a column: the Events sheet's ``seq`` is the journal sequence number."""
    return "seq_no" if sheet_key == "events" and column == "seq" else column


def column_header(column: str, language: str, sheet_key: str = "") -> str:
    """The human header of a machine column; study attributes keep their own name."""
    return catalog.translated(column_key(sheet_key, column), language, catalog.HEADER) or column


def column_meaning(column: str, language: str, english: str) -> str:
    """The meaning of a machine column in ``language``; ``english`` when it has none."""
    source = _ENGLISH_COLUMNS[column][0] if column in _ENGLISH_COLUMNS else english
    return catalog.translated(source, language, catalog.MEANING + column) or english


def unit(text: str, language: str) -> str:
    return catalog.text(text, language, catalog.UNIT)


def seconds_symbol(language: str) -> str:
    """The short symbol for seconds after a number: s, ث, с."""
    return catalog.text("s", language, catalog.UNIT_SYMBOL)


# ============================================================================ other texts
# Looked up by their English source text; used by the workbook (summary, comparison, codebook)
# and the HTML report.


def tr(text: str, language: str) -> str:
    """``text`` (English source) in ``language``; English when there is no translation."""
    return catalog.text(text, language)


def method_name(name: str, language: str) -> str:
    """A METHODS entry's name: its own translation (context "method") where a name also serves
    elsewhere with another wording, else the plain text's."""
    return catalog.translated(name, language, catalog.METHOD) or tr(name, language)


# ============================================================================ numbers
_DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹"}
_DECIMAL = {"en": ".", "fr": ",", "ru": ",", "ar": "٫", "fa": "٫"}
_GROUP = {"en": ",", "fr": "\u202f", "ru": "\u00a0", "ar": "٬", "fa": "٬"}
_PERCENT = {"en": "%", "fr": "\u202f%", "ru": "\u00a0%", "ar": "٪", "fa": "٪"}
_MINUS = "\u2212"


def format_number(value: Any, decimals: int, language: str, *, sign: bool = False) -> str:
    """``value`` rounded to ``decimals`` in the language's convention (docs/export.md):
    en 1,234.5 · fr 1 234,5 · ru 1 234,5 · ar ١٬٢٣٤٫٥ · fa ۱٬۲۳۴٫۵; None/NaN -> an en dash."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    v = float(value)
    text = f"{abs(v):,.{decimals}f}"
    negative = v < 0 and text.strip("0.,") != ""
    intpart, _, frac = text.partition(".")
    out = intpart.replace(",", _GROUP.get(language, ","))
    if frac:
        out += _DECIMAL.get(language, ".") + frac
    digits = _DIGITS.get(language)
    if digits:
        out = out.translate(str.maketrans("0123456789", digits))
    if negative:
        out = _MINUS + out
    elif sign and v > 0 and text.strip("0.,") != "":
        out = "+" + out
    return out


def format_percent(fraction: Any, decimals: int, language: str) -> str:
    """A 0-1 fraction as a percentage: 0.833 -> "83%" (en), "83 %" (fr), "٨٣٪" (ar)."""
    if fraction is None or (isinstance(fraction, float) and not math.isfinite(fraction)):
        return "–"
    return format_number(100 * float(fraction), decimals, language) + _PERCENT.get(language, "%")


def format_p(p: float, language: str) -> str:
    """The p-value as analyze's readings show it: p < 0.001, p = 0.003, p = 0.07."""
    if p < 0.001:
        return "p < " + format_number(0.001, 3, language)
    return "p = " + format_number(p, 3 if p < 0.01 else 2, language)


# ============================================================================ readings
# The English source of each reading template; uxlab/analysis/comparisons.py words the same
# decisions in English for ``analyze``'s own ``reading``.
READING_SOURCE = {
    "none": "not enough data to compare {label} ({a}: n = {na}, {b}: n = {nb})",
    "same": "no reliable difference in {label} ({a} {prefix}{va} vs {b} {vb}), {stat}",
    "win": "{win} {verb} ({prefix}{vw} vs {vl}), {stat}",
    "faster": "faster",
    "higher": "{label} higher",
    "geometric mean ": "geometric mean",
    "mean ": "mean",
    "Fisher exact": "Fisher exact",
    "flat_same": "no difference in {label}: every value is {va} in both {a} and {b} (no variation, "
                 "so no test)",
    "flat_diff": "{label}: every value in {a} is {prefix}{va} and every value in {b} is {vb}; with "
                 "no variation within the groups the difference is exact for these data and no "
                 "test applies",
    "check": "check",
}


def _word(key: str, language: str) -> str:
    out = catalog.text(READING_SOURCE[key], language, catalog.READING)
    return out + " " if key.endswith(" ") else out


def _value(kind: str, v: float, language: str) -> str:
    if kind == "rate":
        return format_percent(v, 0, language)
    if kind == "time":
        return f"{format_number(v, 0 if v >= 10 else 1, language)} {seconds_symbol(language)}"
    return format_number(v, 1, language)


def reading(entry: dict[str, Any], language: str) -> str:
    """The plain reading of one comparison entry of ``analyze(...)["comparison"]``.

    English returns analyze's own ``reading`` text. Other languages word the same decision the
    same way as :func:`uxlab.analysis.metrics.plain_reading` (reliable = p below alpha; Fisher's
    p when the analysis recommends it); nothing is recomputed, only worded.
    """
    if language not in catalog.TRANSLATED:
        return str(entry.get("reading") or "")
    from uxlab.analysis.stats import FISHER_TEST
    from uxlab.export.readings import test_name  # (it reads this module)

    words = {key: _word(key, language) for key in READING_SOURCE}
    groups = entry.get("groups") or ["A", "B"]
    a, b = str(groups[0]), str(groups[1])
    alpha = float(entry.get("alpha") or 0.05)
    metric = str(entry.get("metric") or "score")
    if "rate_a" in entry:
        kind, va, vb, label = "rate", entry.get("rate_a"), entry.get("rate_b"), tr("completion", language)
    elif "geomean_a" in entry:
        kind, va, vb = "time", entry.get("geomean_a"), entry.get("geomean_b")
        label = tr("time on task", language)
    else:
        kind, va, vb, label = "mean", entry.get("mean_a"), entry.get("mean_b"), metric
    test = str(entry.get("test") or "")
    p = entry.get("p")
    fisher = entry.get("fisher_p")
    use_fisher = fisher is not None and entry.get("recommended") == FISHER_TEST
    if use_fisher:
        p, test = fisher, FISHER_TEST
    prefix = words["geometric mean "] if kind == "time" else words["mean "] if kind == "mean" else ""
    if entry.get("no_variation") and va is not None and vb is not None:
        if va == vb:
            return words["flat_same"].format(label=label, a=a, b=b, va=_value(kind, va, language))
        return words["flat_diff"].format(label=label, a=a, b=b,
                                         prefix=words["geometric mean "] if kind == "time" else "",
                                         va=_value(kind, va, language),
                                         vb=_value(kind, vb, language))
    if p is None or va is None or vb is None:
        return words["none"].format(label=label, a=a, b=b, na=entry.get("n_a", 0),
                                    nb=entry.get("n_b", 0))
    extra = ""
    if fisher is not None and not use_fisher:
        extra = f"; {words['Fisher exact']} {format_p(fisher, language)}"
    if entry.get("wilcoxon_p") is not None:
        extra += (f"; {words['check']}: {test_name('Wilcoxon signed-rank test', language)} "
                  f"{format_p(entry['wilcoxon_p'], language)}")
    stat = f"{format_p(p, language)} ({test_name(test, language)}{extra})"
    if p >= alpha or va == vb:
        return words["same"].format(label=label, a=a, b=b, prefix=prefix,
                                    va=_value(kind, va, language), vb=_value(kind, vb, language),
                                    stat=stat)
    first_wins = va > vb if kind != "time" else va < vb
    win = a if first_wins else b
    vw, vl = (va, vb) if first_wins else (vb, va)
    verb = words["faster"] if kind == "time" else words["higher"].format(label=label)
    return words["win"].format(win=win, verb=verb, prefix=prefix, vw=_value(kind, vw, language),
                               vl=_value(kind, vl, language), stat=stat)


# --------------------------------------------------------------------------- Excel's cell limit
CUT_MARKER = " […cut: {total} characters in all; the full text is in the CSV export]"
TEXT_LIMIT_NOTE = ("A cell of Excel holds at most 32,767 characters. Longer texts (notes, event "
                   "texts, attributes) are cut there, ending with the marker “[…cut: N characters "
                   "in all; the full text is in the CSV export]”; the CSV files (uxlab export "
                   "--csv) keep every text whole.")


# The codebook's layout note of a translated workbook (the English workbook has its own, without
# the row of headers: uxlab/export/xlsx.py LAYOUT_NOTE).
LAYOUT_NOTE_SOURCE = ("Row 1 of every sheet: the headers in this language; row 2: the stable "
                      "machine names of the columns (the same in every language, for scripts, "
                      "e.g. pandas.read_excel(..., header=1)); the data start on row 3.")


def layout_note(language: str) -> str:
    """The codebook's note on the header rows of a translated workbook."""
    return catalog.text(LAYOUT_NOTE_SOURCE, language, catalog.LAYOUT)


def cut_marker(total: int, language: str) -> str:
    """The visible end of a text cut to fit an Excel cell; ``total`` is the full length."""
    return tr(CUT_MARKER, language).format(total=format_number(total, 0, language))


def text_limit_note(language: str) -> str:
    """The codebook's note on Excel's cell limit and where the full texts are."""
    return tr(TEXT_LIMIT_NOTE, language)
