"""What every results chart shares: the data it draws from, lazy drawing, live retranslation."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray
from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from uxlab.analysis.model import ATTEMPTED_OUTCOMES, StudyTables
from uxlab.analysis.stats import adjusted_wald_arrays
from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.review.chart_style import HoverTips, make_plot_widget, set_title
from uxlab.gui.review.chart_table import DESCRIBED_ROWS, ChartTableDialog, split_tip


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
class AttemptArrays:
    """Attempted tasks with a time: task row (study order), time, outcome, participant."""

    code: NDArray[np.intp]
    time_s: NDArray[np.float64]
    outcome: NDArray[np.object_]
    participant: NDArray[np.object_]

    @classmethod
    def of(cls, attempts: pd.DataFrame, task_ids: list[str]) -> AttemptArrays:
        if not len(attempts):
            return cls(np.zeros(0, np.intp), np.zeros(0), np.zeros(0, object),
                       np.zeros(0, object))
        t = pd.to_numeric(attempts["time_s"], errors="coerce").to_numpy(float)
        outcome = attempts["outcome"].to_numpy(object)
        code = pd.Index(task_ids).get_indexer(attempts["task"].astype(str))
        keep = (pd.Series(outcome).isin(ATTEMPTED_OUTCOMES).to_numpy() & (code >= 0)
                & ~np.isnan(t) & (t > 0))
        return cls(code[keep], t[keep], outcome[keep],
                   attempts["participant"].to_numpy(object)[keep])


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
    _attempts: AttemptArrays | None = field(default=None, repr=False)
    _timeline: pd.DataFrame | None = field(default=None, repr=False)
    _participant_ids: list[str] | None = field(default=None, repr=False)

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
        """Completion per task for each comparison group (empty without ``by``).

        With other than two groups ``analyze`` gives each group's rates and intervals
        (``per_group``). With two it gives each group's rate and attempts (``rate_a``, ``n_a``)
        but no interval; the interval is then the one ``analyze`` computes, from the same
        function (:func:`uxlab.analysis.stats.adjusted_wald_arrays`) and the same counts
        (successes = rate x attempts), so no statistic is re-derived here.
        """
        if self._groups is not None:
            return self._groups
        comparison = self.result.get("comparison") or {}
        out: list[GroupTasks] = []
        if self.by and comparison.get("per_group") is not None:
            out = [GroupTasks(str(g["group"]), list(g["tasks"])) for g in comparison["per_group"]]
        elif self.by and len(comparison.get("groups") or []) == 2:
            entries = {str(e["task"]): e.get("completion") or {}
                       for e in comparison.get("tasks", [])}
            for side, group in zip("ab", comparison["groups"], strict=True):
                rows = []
                for task in self.task_ids:
                    c = entries.get(task, {})
                    rate, n = c.get(f"rate_{side}"), int(c.get(f"n_{side}") or 0)
                    ci: list[float | None] = [None, None]
                    if rate is not None and n > 0:
                        lo, hi = adjusted_wald_arrays(round(rate * n), n, self.confidence)
                        ci = [_num(lo), _num(hi)]
                    rows.append({"task": task, "attempts": n, "completion_rate": rate,
                                 "completion_ci": ci})
                out.append(GroupTasks(str(group), rows))
        self._groups = out
        return out

    def participant_ids(self) -> list[str]:
        if self._participant_ids is None:
            self._participant_ids = [str(p) for p in self.included().participants["participant"]]
        return self._participant_ids

    def timeline_events(self, first_row: int = 0, stop_row: int | None = None) -> pd.DataFrame:
        """Task starts/ends and markers of the participants at rows ``first_row`` to
        ``stop_row`` (all by default), each with ``row``: its participant's position in
        :meth:`participant_ids`. Which events belong to which row is worked out once per result
        (numbers only); a page then copies the columns of its own events alone: 40
        participants' events, not 166,000."""
        ev = self.included().events
        if self._timeline is None:
            rows, positions = np.empty(0, np.intp), np.empty(0, np.intp)
            if len(ev):
                positions = np.flatnonzero(  # a hash look-up per event: half of three compares
                    ev["kind"].isin(("task_started", "task_ended", "marker")).to_numpy())
                who = ev["participant"].to_numpy(object)[positions]
                if not pd.api.types.is_string_dtype(ev["participant"]):
                    who = np.array([str(x) for x in who], dtype=object)  # as participant_ids
                rows = pd.Index(self.participant_ids()).get_indexer(who)
                keep = rows >= 0
                rows, positions = rows[keep], positions[keep]
                order = np.argsort(rows, kind="stable")
                rows, positions = rows[order], positions[order]
            self._timeline = pd.DataFrame({"row": rows, "position": positions})
        index = self._timeline
        rows = index["row"].to_numpy()
        stop = len(self.participant_ids()) if stop_row is None else stop_row
        lo, hi = np.searchsorted(rows, [first_row, stop])
        cols = [c for c in ("participant", "kind", "t_s", "task", "marker", "text", "outcome",
                            "undone") if c in ev.columns]
        page = ev.iloc[index["position"].to_numpy()[lo:hi]][cols]
        return page.assign(row=rows[lo:hi]).reset_index(drop=True)

    def attempt_arrays(self) -> AttemptArrays:
        """The attempts the time chart plots, as arrays (made once per result)."""
        if self._attempts is None:
            self._attempts = AttemptArrays.of(self.included().attempts, self.task_ids)
        return self._attempts

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


class ChartBase(Retranslatable, QWidget):
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
        # the text alternative: the chart's data as a table (and, shorter, its description)
        self.table_button = QPushButton(self)
        self.table_button.setObjectName(f"chart_{self.key}_table")
        self.table_button.clicked.connect(self.show_table)
        self.table_dialog: ChartTableDialog | None = None
        top = QHBoxLayout()
        top.addLayout(self.controls, 1)
        top.addWidget(self.table_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
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
        self._describe()

    # -- the text alternative
    def table_rows(self) -> list[tuple[str, str]]:
        """The chart's data, one row per bar, point or band: (what it is, its values)."""
        self.ensure_drawn()
        return [split_tip(t) for t in self.hover.texts()]

    def _describe(self) -> None:
        """The accessible description of the plot: its first rows, then how many more."""
        count = self.hover.count()
        if not count:
            text = self.tr("No data to show.")
        else:
            lines = [": ".join(x for x in split_tip(t) if x) for t in self.hover.texts(DESCRIBED_ROWS)]
            text = self.tr("Chart data, {0} rows:").format(count) + "\n" + "\n".join(lines)
            if count > DESCRIBED_ROWS:
                text += "\n" + self.tr("…and {0} more rows: use “Show data as table”.").format(
                    count - DESCRIBED_ROWS)
        self.plot_widget.setAccessibleDescription(text)
        self.plot_widget.viewport().setAccessibleDescription(text)

    def show_table(self) -> ChartTableDialog:
        """The chart's data in a table dialog (kept until closed)."""
        if self.table_dialog is not None:
            self.table_dialog.close()
        self.table_dialog = ChartTableDialog(self.title(), self.table_rows(), self)
        self.table_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.table_dialog.destroyed.connect(self._table_closed)
        self.table_dialog.show()
        return self.table_dialog

    def _table_closed(self) -> None:
        self.table_dialog = None

    def retranslate(self) -> None:
        self.retranslate_controls()
        self.plot_widget.setAccessibleName(self.title())
        self.plot_widget.viewport().setAccessibleName(self.title())
        self.table_button.setText(self.tr("Show data as table"))
        self.table_button.setAccessibleName(self.tr("Show the data of the chart as a table"))
        self.table_button.setToolTip(self.tr(
            "The numbers of every bar, point and band of this chart in a table, for the keyboard "
            "and screen readers"))
        if self.drawn:
            self.redraw()
        else:
            set_title(self.plot, self.title())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_drawn()

