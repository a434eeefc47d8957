"""What the review's pages show: one snapshot per refresh, computed by :class:`ReviewView` and
handed to each page, which reads it and keeps nothing else of the view."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from uxlab.analysis.model import StudyTables


@dataclass(frozen=True)
class ReviewState:
    tables: StudyTables | None = None  # everything open (excluded participants too)
    shown: StudyTables | None = None  # after the "show only" filter
    result: dict[str, Any] | None = None  # analyze(shown, confidence, by)
    pair: dict[str, Any] | None = None  # the two-group comparison shown, if any
    scores: pd.DataFrame | None = None  # participant_scores(shown), excluded participants too
    titles: dict[str, str] = field(default_factory=dict)  # task id -> title in the language shown
    confidence: float = 0.95
    by: str | None = None  # the column compared by
    filter: tuple[str | None, str | None] = (None, None)  # (column, value) shown only
    loaded: Any = None  # the open study's sessions (the player finds recordings there)
    can_save: bool = False  # a study file holds exclusions and benchmarks (not a spreadsheet)

    def title(self, task: str) -> str:
        return self.titles.get(task, task)
