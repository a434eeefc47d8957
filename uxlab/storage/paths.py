"""Participant ids never become raw file paths."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from uxlab.core.errors import UxlabError

_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_UNSAFE = re.compile(r"[^\w.-]", re.UNICODE)
# The tail safe_name adds when it had to change an id (any case: a disk may ignore case).
HASH_TAIL = re.compile(r"-[0-9a-fA-F]{8}$")


def safe_name(raw: str, max_len: int = 64) -> str:
    """A file-name stem for ``raw`` that stays inside its folder on every OS. Readable where it
    can be (``P01`` stays ``P01``); when anything had to change, a short hash of the original
    keeps two different ids from landing on the same file.

    One-to-one: a name is either the id itself, never ending like a hash tail, or ends with the
    hash tail of the id it came from. An id that itself ends like a hash tail (the literal id
    ``a_b-c14cddc0``, which is also the name of ``a/b``) therefore gets a tail of its own."""
    text = unicodedata.normalize("NFC", raw)
    s = _UNSAFE.sub("_", text).strip(" .")
    s = s.lstrip(".")
    if not s:
        s = "_"
    if s.split(".")[0].upper() in _WINDOWS_RESERVED:
        s = "_" + s
    s = s[:max_len]
    if s != raw or HASH_TAIL.search(raw):
        s = f"{s}-{hashlib.sha256(raw.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
    return s


def inside(folder: Path, name: str, suffix: str) -> Path:
    """``folder / (name + suffix)``, refusing anything that would resolve outside ``folder``."""
    target = (folder / f"{name}{suffix}").resolve()
    if target.parent != folder.resolve():
        raise UxlabError(f"'{name}' would be written outside {folder}", fix="use a plain participant id")
    return target
