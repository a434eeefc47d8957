"""Shared test set-up. Qt runs offscreen so the suite works with no display."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

PUBLIC_DATA = Path(os.environ.get(
    "UXLAB_PUBLIC_DATA", Path(__file__).resolve().parents[1].parent / "shared" / "public-data"))


@pytest.fixture
def public_data() -> Path:
    """The project's shared folder of real public study datasets (never copied into the repo);
    tests using it skip, saying why, when it is absent."""
    if not PUBLIC_DATA.is_dir():
        pytest.skip(f"public datasets not found at {PUBLIC_DATA} (set UXLAB_PUBLIC_DATA)")
    return PUBLIC_DATA
