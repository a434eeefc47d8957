"""What every results chart shares: the data it draws from, lazy drawing, live retranslation."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from uxlab.analysis.metrics import task_summary
from uxlab.analysis.model import StudyTables
from uxlab.gui.review.chart_style import HoverTips, make_plot_widget, set_title


def _by_labels(values: pd.Series) -> pd.Series:
    """Group labels as ``analyze`` makes them: text, missing stays missing."""
    return pd.Series([None if pd.isna(v) else str(v) for v in values.tolist()],
                     index=values.index, dtype=object)


def group_tables(tables: StudyTables, by: str, group: str) -> StudyTables:
    """The study restricted to the participants whose ``by`` column is ``group``."""
    p = tables.participants
    keep = set(p.loc[_by_labels(p[by]) == group, "participant"])

    def only(df: pd.DataFrame) -> pd.DataFrame:
        if not len(df):
            return df
        return df[df["participant"].isin(keep)].reset_index(drop=True)

    return dataclasses.replace(
        tables, participants=only(p), attempts=only(tables.attempts),
        answers=only(tables.answers), events=only(tables.events))


@dataclass
class GroupTasks:
    group: str
    rows: list[dict[str, Any]]  # per task (study order): task, attempts, completion_rate/_ci


@dataclass
class ChartData:
    """One analysed study: ``result`` is ``uxlab.analysis.metrics.analyze(tables, confidence,
    by)``. Charts read numbers from ``result``; what it does not carry (per-group confidence
    intervals when exactly two groups are compared) comes from ``task_summary`` per group."""

    tables: StudyTables
    result: dict[str, Any]
    by: str | None
    _groups: list[GroupTasks] | None = field(default=None, repr=False)
    _included: StudyTables | None = field(default=None, repr=False)

    @property
    def confidence(self) -> float:
        return float(self.result.get("confidence", 0.95))

    @property
    def tasks(self) -> list[dict[str, Any]]:
        return list(self.result.get("tasks", []))

    @property
    def task_ids(self) -> list[str]:
        return [str(t["task"]) for t in self.tasks]

    def included(self) -> StudyTables:
        if self._included is None:
            self._included = self.tables.included()
        return self._included

    def groups(self) -> list[GroupTasks]:
        """Completion per task for each comparison group (empty without ``by``)."""
        if self._groups is not None:
            return self._groups
        comparison = self.result.get("comparison") or {}
        out: list[GroupTasks] = []
        if self.by and comparison.get("per_group") is not None:
            out = [GroupTasks(str(g["group"]), list(g["tasks"])) for g in comparison["per_group"]]
        elif self.by and comparison.get("groups"):
            ids = self.task_ids
            for g in comparison["groups"]:
                s = task_summary(group_tables(self.tables, self.by, str(g)), self.confidence)
                s = s.set_index(s["task"].astype(str)).reindex(ids)
                rows = [{"task": t, "attempts": _num(r["attempts"]),
                         "completion_rate": _num(r["completion_rate"]),
                         "completion_ci": [_num(r["completion_lo"]), _num(r["completion_hi"])]}
                        for t, r in zip(ids, s.to_dict("records"), strict=True)]
                out.append(GroupTasks(str(g), rows))
        self._groups = out
        return out

    def comparison_entry(self, task: str, key: str) -> dict[str, Any] | None:
        """The comparison test for one task ("completion" or "time_success"), if any."""
        for entry in (self.result.get("comparison") or {}).get("tasks", []):
            if entry.get("task") == task:
                found = entry.get(key)
                return found if isinstance(found, dict) else None
        return None


def _num(v: Any) -> float | None:
    if v is None:
        return None
    f = float(v)
    return None if np.isnan(f) else f


def fnum(v: Any) -> float:
    """A result number as float, NaN for ``None``."""
    return float("nan") if v is None else float(v)


class ChartBase(QWidget):
    """A chart: a plot, optional controls above it, drawn when first shown (or exported)."""

    key = "chart"  # file names: chart-<key>.png / .svg

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"chart_{self.key}")
        self.plot_widget = make_plot_widget(self)
        self.plot_widget.setObjectName(f"chart_{self.key}_plot")
        self.plot = self.plot_widget.getPlotItem()
        self.hover = HoverTips(self.plot_widget)
        self.data: ChartData | None = None
        self.drawn = False
        self.controls = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.controls)
        layout.addWidget(self.plot_widget, 1)

    # -- to implement
    def title(self) -> str:
        raise NotImplementedError

    def draw(self, data: ChartData) -> None:
        raise NotImplementedError

    def retranslate_controls(self) -> None:
        """Texts of the chart's own controls (none by default)."""

    # -- shared behaviour
    def set_data(self, data: ChartData | None) -> None:
        self.data = data
        self.drawn = False
        if self.isVisible():
            self.ensure_drawn()

    def ensure_drawn(self) -> None:
        if self.drawn:
            return
        self.redraw()

    def redraw(self) -> None:
        self.plot.clear()
        self.hover.clear()
        set_title(self.plot, self.title())
        if self.data is not None:
            self.draw(self.data)
        self.drawn = True

    def retranslate(self) -> None:
        self.retranslate_controls()
        self.plot_widget.setAccessibleName(self.title())
        self.plot_widget.setToolTip("")
        if self.drawn:
            self.redraw()
        else:
            set_title(self.plot, self.title())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_drawn()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
