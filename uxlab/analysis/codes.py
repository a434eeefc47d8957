"""Columns as integer codes into their distinct values."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd


def factorize_all(values: Any) -> tuple[np.ndarray, Any]:
    """``pd.factorize(values, use_na_sentinel=False)``: missing values get a code of their own.
    The plain call is tried first: with no missing value the two agree, and the plain one skips
    the scan for missing values that costs as much again on text."""
    codes, uniques = pd.factorize(values)
    if len(codes) and codes.min() < 0:
        return pd.factorize(values, use_na_sentinel=False)
    return codes, uniques
