"""Loading pauses the cyclic garbage collector and always restores it as it was."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from uxlab.analysis.tables import load_tables
from uxlab.core.errors import UxlabError
from uxlab.core.gcpause import paused_gc

DEMO = Path(__file__).resolve().parents[1] / "sessions" / "food-delivery"


def test_paused_inside_restored_after_even_on_error() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():  # nested
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), paused_gc():
        raise ValueError
    assert gc.isenabled()


def test_left_disabled_when_it_was_disabled() -> None:
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_loading_a_study_restores_the_collector(tmp_path: Path) -> None:
    assert len(load_tables(DEMO).events) > 0 and gc.isenabled()
    with pytest.raises(UxlabError):
        load_tables(tmp_path)  # a folder without study.json: fails inside the pause
    assert gc.isenabled()
