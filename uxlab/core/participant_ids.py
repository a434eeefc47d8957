"""When two participant ids are the same participant as far as a disk is concerned.

Each participant's session is one journal file named after the id. Disks that labs use (NTFS,
APFS, exFAT) ignore upper / lower case and some treat the two Unicode encodings of an accented
letter as one name, so ``P01`` and ``p01`` would open the same file and merge two people's data.
Such ids are refused wherever an id is created: the study file, the participants editor and an
id typed in the session console.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from uxlab.core.errors import StudyError


def id_key(pid: str) -> str:
    """The form two ids share when a case-insensitive, normalising disk would confuse them:
    Unicode NFC, then case folded (upper-casing first also folds letters such as the dotless
    ``ı`` that Windows' upper-case table maps onto ``I``)."""
    text = unicodedata.normalize("NFC", pid)
    return unicodedata.normalize("NFC", text.upper().casefold())


def clashing_id(pid: str, others: Iterable[str]) -> str | None:
    """The first of ``others`` that is a different id but the same file name for some disk."""
    key = id_key(pid)
    for other in others:
        if other != pid and id_key(other) == key:
            return other
    return None


def clash_error(pid: str, other: str, *, file: str | None = None, field: str | None = None) -> StudyError:
    return StudyError(
        f"participant id '{pid}' differs from '{other}' only by upper / lower case or accent encoding; "
        "Windows and macOS disks treat them as one file, so the two sessions would be merged",
        file=file, field=field, fix=f"give a clearly different id, or use '{other}' for that participant",
    )


def check_participant_id(pid: str, others: Iterable[str]) -> None:
    """Raise a StudyError when ``pid`` would share a session file with one of ``others``."""
    other = clashing_id(pid, others)
    if other is not None:
        raise clash_error(pid, other)
