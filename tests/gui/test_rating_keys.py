"""Ratings typed on the number row (uxlab.gui.run.rating_keys): two digits for NPS 10, a pending
digit shown before it is committed, out-of-scale digits refused."""

from __future__ import annotations

from uxlab.gui.run.rating_keys import COMMIT, OUTSIDE, WAIT, DigitEntry


def test_nps_ten_is_two_digits_and_one_waits_for_a_second() -> None:
    d = DigitEntry()
    assert d.press(1, 0, 10) == (WAIT, None) and d.pending == "1"
    assert d.press(0, 0, 10) == (COMMIT, 10) and d.pending == ""
    assert d.press(1, 0, 10) == (WAIT, None)
    assert d.commit(0, 10) == (COMMIT, 1)  # Enter, or the pause: 1 as it stands
    assert d.press(7, 0, 10) == (COMMIT, 7)  # 70 is off the scale: 7 at once
    assert d.press(0, 0, 10) == (COMMIT, 0)
    assert d.press(1, 0, 10) == (WAIT, None)
    assert d.press(1, 0, 10) == (OUTSIDE, 11) and d.pending == ""


def test_seven_point_scales_commit_each_digit_and_refuse_the_rest() -> None:
    d = DigitEntry()
    assert d.press(6, 1, 7) == (COMMIT, 6)
    assert d.press(1, 1, 7) == (COMMIT, 1)  # no 1x value on 1-7: no waiting
    assert d.press(8, 1, 7) == (OUTSIDE, 8)
    assert d.press(0, 1, 7) == (OUTSIDE, 0)


def test_a_scale_from_one_to_ten_and_clearing() -> None:
    d = DigitEntry()
    assert d.press(1, 1, 10) == (WAIT, None)
    d.clear()
    assert d.pending == "" and d.commit(1, 10) == (WAIT, None)
