"""Excel's cell limit: a cell holds at most 32,767 characters (UTF-16 code units); Excel
repairs or cuts a workbook with longer cells. Longer texts are cut here, visibly: the cell ends
with a marker giving the full length and pointing to the CSV export, which keeps every text
whole. The codebook says so (labels.text_limit_note)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from uxlab.export import labels

EXCEL_CELL_CHARS = 32_767


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def fit_excel(text: str, language: str = "en") -> str:
    """``text`` when it fits in a cell, else its start and the cut marker, 32,767 units in all."""
    if len(text) <= EXCEL_CELL_CHARS // 2 or _utf16_units(text) <= EXCEL_CELL_CHARS:
        return text  # the first test: even if every character took two units it would fit
    marker = labels.cut_marker(len(text), language)
    room = EXCEL_CELL_CHARS - _utf16_units(marker)
    head = text.encode("utf-16-le", "surrogatepass")[: room * 2].decode("utf-16-le", "ignore")
    return head + marker


def fit_excel_frame(frame: pd.DataFrame, language: str = "en") -> pd.DataFrame:
    """The frame with every text cell that is too long for Excel cut (other cells untouched;
    the frame is copied only when a cell is cut)."""
    out = frame
    for col in frame.columns:
        values = frame[col].to_numpy()
        if values.dtype != object or not len(values):
            continue
        kind = pd.api.types.infer_dtype(values, skipna=True)
        if kind != "string" and not kind.startswith("mixed"):
            continue  # numbers, booleans, dates: no text to cut
        try:  # all text: map(len) runs in C (~25 ms per million cells)
            if max(map(len, values)) <= EXCEL_CELL_CHARS // 2:
                continue
            lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
        except TypeError:  # text with missing values (NaN, None) or numbers among it
            lengths = np.fromiter((len(v) if isinstance(v, str) else 0 for v in values), dtype=np.int64,
                                  count=len(values))
        long = lengths > EXCEL_CELL_CHARS // 2
        if not long.any():
            continue
        if out is frame:
            out = frame.copy()
        fitted = values.copy()
        for i in np.flatnonzero(long):
            fitted[i] = fit_excel(values[i], language)
        out[col] = fitted
    return out
