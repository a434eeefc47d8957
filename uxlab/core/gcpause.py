"""Pause Python's cyclic garbage collector while loading a study.

Reading 1,000 journals makes about a million small dicts, lists and events that all stay alive
until the tables are built. Each time allocations pass a threshold the collector walks every
one of them, looking for cycles that are not there: loading then spends about as long in the
collector as in the work. Reference counting still frees everything as usual while it is
paused; the collector runs again, once, when the loading is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic collection inside the block (nested blocks are fine); restored afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
