"""The Problems view: turn observations into the study's list of usability problems, rate them,
and see who met what (matrix) and how many problems are likely left (discovery curve)."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from uxlab.core.problems import SEVERITY_SCALES
from uxlab.core.study import pick_text
from uxlab.gui.problems.chart import SeverityFrequencyChart
from uxlab.gui.problems.curve import DiscoveryCurve
from uxlab.gui.problems.editor import ProblemEditor
from uxlab.gui.problems.state import ProblemsState
from uxlab.gui.problems.tables import MatrixTable, ObservationTable, ProblemTable
from uxlab.gui.problems.tags import TagBar, TagTable
from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.study_context import StudyContext

FILTER_ALL, FILTER_UNASSIGNED, FILTER_PROBLEM = 0, 1, 2


class ProblemsView(Retranslatable, QWidget):
    def __init__(self, context: StudyContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsView")
        self.state = ProblemsState(context, self)
        self.message = QLabel(self)
        self.message.setObjectName("problemsMessage")
        self.message.setWordWrap(True)
        self.scale_label = QLabel(self)
        self.scale = QComboBox(self)
        self.scale.setObjectName("severityScale")
        self.scale_label.setBuddy(self.scale)
        self.problem_table = ProblemTable(self)
        self.editor = ProblemEditor(self)
        self.observations = ObservationTable(self)
        self.filter = QComboBox(self)
        self.filter.setObjectName("observationFilter")
        self.matrix = MatrixTable(self)
        self.curve = DiscoveryCurve(self)
        self.chart = SeverityFrequencyChart(self)
        self.tag_bar = TagBar(self)
        self.tag_table = TagTable(self)
        self.buttons: dict[str, QPushButton] = {}
        for name, slot in (("new", self.new_from_selection), ("add", self.add_selection),
                           ("unlink", self.unlink_selection), ("merge", self.merge_selected),
                           ("delete", self.delete_selected), ("impact", self.sort_by_impact)):
            b = QPushButton(self)
            b.setObjectName(f"problems_{name}")
            b.clicked.connect(slot)
            self.buttons[name] = b

        top = QHBoxLayout()
        top.addWidget(self.scale_label)
        top.addWidget(self.scale)
        top.addStretch(1)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.problem_table, 3)
        row = QHBoxLayout()
        for key in ("merge", "delete", "impact"):
            row.addWidget(self.buttons[key])
        lv.addLayout(row)
        lv.addWidget(self.editor, 2)
        obs_page = QWidget(self)
        ov = QVBoxLayout(obs_page)
        orow = QHBoxLayout()
        orow.addWidget(self.filter)
        for key in ("new", "add", "unlink"):
            orow.addWidget(self.buttons[key])
        orow.addStretch(1)
        ov.addLayout(orow)
        ov.addWidget(self.observations, 1)
        ov.addWidget(self.tag_bar)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("problemsTabs")
        self.tabs.addTab(obs_page, "")
        self.tabs.addTab(self.chart, "")
        self.tabs.addTab(self.matrix, "")
        self.tabs.addTab(self.curve, "")
        self.tabs.addTab(self.tag_table, "")
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)  # the problem list gets room for its frequency and impact
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)

        self.state.changed.connect(self.refresh)
        self.state.failed.connect(self._show_error)
        self.problem_table.itemSelectionChanged.connect(self._on_problem_selected)
        self.filter.currentIndexChanged.connect(lambda _i: self._fill_observations())
        self.scale.activated.connect(self._on_scale_chosen)
        self.tag_bar.requested.connect(self.tag_selection)
        self.problem_table.observations_dropped.connect(self.drop_observations)
        self.problem_table.problems_dropped.connect(self.drop_problems)
        self.chart.problem_clicked.connect(lambda pid: self.problem_table.select_ids([pid]))
        self.editor.apply_requested.connect(lambda pid, fields: self.state.update(pid, **fields))
        self.retranslate()
        self.state.reload()

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.scale_label.setText(self.tr("Severity &scale:"))
        self.scale.setAccessibleName(self.tr("Severity scale"))
        self.scale.setToolTip(self.tr("The documented scale the study rates severity on; changing it clears "
                                      "the ratings (the audit trail keeps them)"))
        current = self.state.problems.scale
        self.scale.blockSignals(True)
        self.scale.clear()
        self.scale.addItem(self.tr("1–4, 1 = worst (Sauro & Lewis; Lewis 2001)"), "sauro-lewis-1-4")
        self.scale.addItem(self.tr("0–4, 4 = worst (Nielsen 1994)"), "nielsen-0-4")
        self.scale.setCurrentIndex(max(0, self.scale.findData(current)))
        self.scale.blockSignals(False)
        texts = {
            "new": (self.tr("New prob&lem from selection"),
                    self.tr("Make the selected observations one new problem")),
            "add": (self.tr("&Add to problem"),
                    self.tr("Add the selected observations to the problem selected on the left")),
            "unlink": (self.tr("&Unlink"), self.tr("The selected observations no longer count for their problem")),
            "merge": (self.tr("&Merge problems"),
                      self.tr("Fold the selected problems into the first one; the others are deleted "
                              "(kept in the audit trail)")),
            "impact": (self.tr("Sort by &impact"),
                       self.tr("List the problems most impact first (share of participants × severity)")),
            "delete": (self.tr("&Delete problem"),
                       self.tr("Delete the selected problem; its observations become unassigned")),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setAccessibleName(text.replace("&", ""))
            self.buttons[key].setToolTip(tip)
        i = self.filter.currentIndex()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItems([self.tr("All observations"), self.tr("Not yet in a problem"),
                              self.tr("Of the selected problem")])
        self.filter.setCurrentIndex(max(0, i))
        self.filter.blockSignals(False)
        self.filter.setAccessibleName(self.tr("Show observations"))
        self.filter.setToolTip(self.tr("Which observations to list"))
        self.tabs.setTabText(0, self.tr("&Observations"))
        self.tabs.setTabText(1, self.tr("Severity × fre&quency"))
        self.tabs.setTabText(2, self.tr("Problem × participant matri&x"))
        self.tabs.setTabText(3, self.tr("Dis&covery"))
        self.tabs.setTabText(4, self.tr("Tags"))
        self.problem_table.retranslate()
        self.observations.retranslate()
        self.matrix.retranslate()
        self.chart.retranslate()
        self.tag_bar.retranslate()
        self.tag_table.retranslate()
        self.refresh()

    # ------------------------------------------------------------------ drawing
    def refresh(self) -> None:
        s = self.state
        f = s.findings
        if s.error:
            self.message.setText(s.error)
        elif not s.available:
            self.message.setText(self.tr("Open a study folder to collect its problems (a results "
                                         "spreadsheet has no observations)."))
        elif f is not None and f.observations.empty:
            self.message.setText(self.tr("No observations yet: press U during a session to log a problem."))
        else:
            self.message.setText("")
        self.message.setVisible(bool(self.message.text()))
        self.scale.blockSignals(True)
        self.scale.setCurrentIndex(max(0, self.scale.findData(s.problems.scale)))
        self.scale.blockSignals(False)
        for b in self.buttons.values():
            b.setEnabled(f is not None)
        if f is None:
            self.problem_table.setRowCount(0)
            self.observations.setRowCount(0)
            self.matrix.setRowCount(0)
            self.curve.draw(None)
            self.chart.draw(pd.DataFrame(columns=["problem"]), s.problems, 0)
            self.tag_table.setRowCount(0)
            self.editor.show_problem(None, s.problems.scale)
            return
        self.problem_table.fill(f.summary, s.problems)
        self.matrix.fill(f.matrix, f.summary["problem"].tolist())
        self.curve.draw(f.discovery)
        self.chart.draw(f.summary, s.problems, len(f.participants))
        study = s.context.study
        titles = {t.id: pick_text(t.title, study.language, t.id) for t in study.tasks} if study else {}
        self.tag_table.fill(f.tags, titles)
        self._on_problem_selected()

    def _fill_observations(self) -> None:
        f = self.state.findings
        if f is None:
            return
        obs = f.observations
        mode = self.filter.currentIndex()
        if mode == FILTER_UNASSIGNED:
            obs = obs[obs["problem"] == ""]
        elif mode == FILTER_PROBLEM:
            obs = obs[obs["problem"].isin(self.problem_table.selected_ids())]
        self.observations.fill(obs)

    def _on_problem_selected(self) -> None:
        ids = self.problem_table.selected_ids()
        p = self.state.problems.get(ids[0]) if len(ids) == 1 else None
        self.chart.highlight(p.id if p else None)
        self.editor.show_problem(p, self.state.problems.scale)
        self._fill_observations()

    # ------------------------------------------------------------------ commands
    def new_from_selection(self) -> str | None:
        return self.new_problem(self.observations.selected_ids())

    def new_problem(self, obs: list[str]) -> str | None:
        """A new problem of these observations, titled after the first one's text."""
        if not obs:
            return None
        f = self.state.findings
        first = ""
        if f is not None:  # the study's order (participant, then time), whatever the table's sort
            rank = {o: i for i, o in enumerate(f.observations["observation"])}
            obs.sort(key=lambda o: rank.get(o, len(rank)))
            texts = f.observations.set_index("observation")["text"]
            first = str(texts.get(obs[0], "")).strip()
        pid = self.state.create(first[:80] or self.tr("New problem"), obs)
        if pid:
            self.problem_table.select_ids([pid])
            self.editor.title.setFocus()
        return pid

    def tag_selection(self, add: list[str], remove: list[str]) -> bool:
        """Add or remove tags on the selected notes and observations."""
        obs = self.observations.selected_ids()
        return bool(obs) and self.state.tag(obs, add, remove)

    def drop_observations(self, problem_id: str, obs: list[str]) -> bool:
        """Observations dropped onto a problem join it; dropped below the list, they make a new one."""
        if not problem_id:
            return self.new_problem(obs) is not None
        ok = self.state.assign(problem_id, obs)
        if ok:
            self.problem_table.select_ids([problem_id])
        return ok

    def drop_problems(self, into: str, others: list[str]) -> bool:
        """Problems dropped onto another are merged into it (as Merge problems does)."""
        ok = bool(others) and self.state.merge(into, others)
        if ok:
            self.problem_table.select_ids([into])
        return ok

    def add_selection(self) -> bool:
        ids = self.problem_table.selected_ids()
        obs = self.observations.selected_ids()
        if len(ids) != 1 or not obs:
            return False
        return self.state.assign(ids[0], obs)

    def unlink_selection(self) -> bool:
        obs = self.observations.selected_ids()
        return bool(obs) and self.state.unassign(obs)

    def merge_selected(self) -> bool:
        ids = self.problem_table.selected_ids()
        if len(ids) < 2:
            return False
        order = [p.id for p in self.state.problems.problems if p.id in ids]
        ok = self.state.merge(order[0], order[1:])
        if ok:
            self.problem_table.select_ids([order[0]])
        return ok

    def delete_selected(self, confirm: bool = True) -> bool:
        ids = self.problem_table.selected_ids()
        if len(ids) != 1:
            return False
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Delete the problem?"),
                self.tr("Delete problem {0}? Its observations become unassigned; the audit trail keeps "
                        "the problem.").format(ids[0]))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self.state.delete(ids[0])

    def sort_by_impact(self) -> None:
        self.problem_table.sortByColumn(self.problem_table.IMPACT, Qt.SortOrder.DescendingOrder)

    def _on_scale_chosen(self, index: int) -> None:
        scale = self.scale.itemData(index)
        if scale == self.state.problems.scale or scale not in SEVERITY_SCALES:
            return
        rated = any(p.severity is not None for p in self.state.problems.problems)
        if rated:
            answer = QMessageBox.question(
                self, self.tr("Change the severity scale?"),
                self.tr("The same number means different things on the two scales, so every rating is "
                        "cleared (the audit trail keeps the old ones). Change the scale?"))
            if answer != QMessageBox.StandardButton.Yes:
                self.refresh()
                return
        self.state.set_scale(scale)

    def _show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The change was not saved"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("problemsErrorBox")
        box.open()
