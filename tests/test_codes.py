"""Integer codes of a column: the same codes and values as pandas' own ``use_na_sentinel=False``
(missing values counted as a value of their own, in order of first appearance)."""

import math

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from uxlab.analysis.codes import factorize_all

cells = st.lists(st.one_of(st.sampled_from(["a", "b", " a", "", "1"]), st.none(),
                           st.just(math.nan), st.integers(0, 3)), max_size=40)


def _same(ours, theirs) -> None:
    assert np.array_equal(ours[0], theirs[0])
    assert [repr(v) for v in ours[1]] == [repr(v) for v in theirs[1]]


@given(cells)
def test_object_arrays_are_coded_as_pandas_codes_them_keeping_missing_values(values) -> None:
    array = np.array(values, dtype=object)
    ours = factorize_all(array)
    _same(ours, pd.factorize(array, use_na_sentinel=False))
    assert (ours[0] >= 0).all()


@given(cells)
def test_series_keep_their_index_type_of_values(values) -> None:
    series = pd.Series(values, dtype=object)
    ours = factorize_all(series)
    theirs = pd.factorize(series, use_na_sentinel=False)
    _same(ours, theirs)
    assert type(ours[1]) is type(theirs[1])


def test_a_missing_value_first_gets_code_zero() -> None:
    codes, values = factorize_all(np.array([None, "x", None], dtype=object))
    assert codes.tolist() == [0, 1, 0]
    assert pd.isna(values[0]) and values[1] == "x"


def test_empty() -> None:
    codes, values = factorize_all(np.array([], dtype=object))
    assert len(codes) == 0 and len(values) == 0
