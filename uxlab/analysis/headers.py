"""Header cells and written values as people type them, compared loosely: case, accents, spaces,
underscores, hyphens and brackets do not matter, nor do the Arabic / Persian letter variants
(ي/ی, ك/ک, أ/ا, ة/ه), the zero-width non-joiner or the script of the digits (١, ۱, 1).

``normalise("Frage 1") == normalise("frage_1") == "frage 1"``; ``normalise("Durée (s)") ==
"duree s"``; ``normalise("N/A") == "n a"``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_LETTERS = str.maketrans({
    "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ـ": "",  # Arabic / Persian variants, tatweel
    "\u200c": " ", "\u200d": "", "\u00a0": " ",  # zero-width (non-)joiner, no-break space
    "ß": "ss",
})
_SEPARATORS = re.compile(r"[\W_]+", re.UNICODE)


@lru_cache(maxsize=4096)
def normalise(text: object) -> str:
    """The loose form of a header or a word: lower case, no accents, ASCII digits, words joined
    by one space."""
    s = unicodedata.normalize("NFKD", str(text).translate(_LETTERS).casefold())
    s = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch
                for ch in s if unicodedata.category(ch) != "Mn")
    return _SEPARATORS.sub(" ", s).strip()


def match_column(name: str, columns: Iterable[object]) -> object | None:
    """The column ``name`` designates: the exact header if there is one, else the only header
    equal to it loosely (see :func:`normalise`); None when there is none or more than one."""
    cols = list(columns)
    if name in cols:
        return name
    key = normalise(name)
    found = [c for c in cols if normalise(c) == key]
    return found[0] if len(found) == 1 else None


def column_key(name: object) -> str:
    """The name a header keeps as a participant attribute (as ``--by`` and the exports show it):
    lower case, spaces as underscores (accents kept: it is a name people read)."""
    return "_".join(str(name).strip().lower().split())
