"""The gettext catalogs of the export and report texts (resources/catalogs/uxlab_<lang>.mo).

Standard library only (``gettext``): the command line reads them without Qt and without Babel.
The ``.mo`` files are committed, compiled from the ``.po`` files translators edit
(docs/translating.md), so an installed uxlab needs no build step. English is the source
language: a text without a translation comes back in English, never blank.
"""

from __future__ import annotations

import gettext
from functools import cache

from uxlab.core.errors import UxlabError
from uxlab.storage.resources import resource

TRANSLATED: tuple[str, ...] = ("fr", "ar", "fa", "ru")

# Message contexts (msgctxt); tools/labels_to_po.py writes the catalogs with the same ones.
SHEET = "sheet name"
HEADER = "column header"
MEANING = "column meaning: "  # + machine column name
UNIT = "unit"
METHOD = "method"
READING = "comparison reading"
LAYOUT = "codebook layout"
UNIT_SYMBOL = "unit symbol"


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The compiled catalog of ``language``; English (and any other) gets the identity."""
    if language not in TRANSLATED:
        return gettext.NullTranslations()
    node = resource("catalogs", f"uxlab_{language}.mo")
    try:
        with node.open("rb") as fh:
            return gettext.GNUTranslations(fh)
    except (OSError, ValueError) as exc:
        raise UxlabError(f"cannot read the export texts of '{language}': {exc}",
                         file=f"resources/catalogs/uxlab_{language}.mo",
                         fix="reinstall uxlab, or run 'python3 make.py translations' in a "
                             "source checkout") from exc


def text(msgid: str, language: str, context: str | None = None) -> str:
    """``msgid`` (English) in ``language``, under ``context`` when given; English otherwise."""
    cat = translations(language)
    return cat.pgettext(context, msgid) if context is not None else cat.gettext(msgid)


def translated(msgid: str, language: str, context: str | None = None) -> str | None:
    """Like :func:`text`, but None when the catalog has no translation."""
    out = text(msgid, language, context)
    return None if out == msgid and not _same_on_purpose(msgid, language, context) else out


def _same_on_purpose(msgid: str, language: str, context: str | None) -> bool:
    # A translation may equal its source ("Participants" in French): the catalog then holds it.
    key = f"{context}\x04{msgid}" if context is not None else msgid
    return key in getattr(translations(language), "_catalog", {})
