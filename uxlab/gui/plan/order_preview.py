"""Task order policy (fixed, random with a seed, balanced Latin square) and a preview of the order
each participant will get, computed by the same function the session runner uses."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSignalBlocker, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from uxlab.core.ordering import task_order, williams_rows
from uxlab.core.study import ORDER_POLICIES, Study, pick_text
from uxlab.gui.plan.fields import FieldBox, problem_text
from uxlab.gui.plan.validation import Problem
from uxlab.gui.retranslate import Retranslatable

PREVIEW_ROWS_WITHOUT_PARTICIPANTS = 8
MAX_PREVIEW_ROWS = 2000


def preview_orders(study: Study) -> list[tuple[str, list[str]]]:
    """(participant label, task ids in order) for each listed participant, or for the first few
    session numbers when no participant is listed yet."""
    ids = study.task_ids
    people = [(p.id, p.id) for p in study.participants[:MAX_PREVIEW_ROWS]]
    if not people:
        people = [(f"#{i + 1}", "") for i in range(PREVIEW_ROWS_WITHOUT_PARTICIPANTS)]
    return [(label, task_order(ids, study.order, i, pid)) for i, (label, pid) in enumerate(people)]


class OrderEditor(Retranslatable, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study: Study | None = None
        self._loading = False
        self.policy = QComboBox(self)
        self.policy.setObjectName("orderPolicy")
        for code in ORDER_POLICIES:
            self.policy.addItem(code, code)
        self.seed = QLineEdit(self)
        self.seed.setObjectName("orderSeed")
        self.seed.setValidator(QIntValidator(-(2**31), 2**31 - 1, self.seed))
        self.policy_box = FieldBox(self.policy, narrow=True)
        self.seed_box = FieldBox(self.seed, narrow=True)
        self.policy_label = QLabel(self)
        self.policy_label.setBuddy(self.policy)
        self.seed_label = QLabel(self)
        self.seed_label.setBuddy(self.seed)
        form = QFormLayout()
        form.addRow(self.policy_label, self.policy_box)
        form.addRow(self.seed_label, self.seed_box)
        self.explain = QLabel(self)
        self.explain.setObjectName("orderExplanation")
        self.explain.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setObjectName("orderPreview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        self.policy.currentIndexChanged.connect(self._on_policy)
        self.seed.textEdited.connect(self._on_seed)
        self.retranslate()

    def retranslate(self) -> None:
        names = {"fixed": self.tr("Fixed: every participant in the task list's order"),
                 "random": self.tr("Random: shuffled per participant (reproducible from the seed)"),
                 "latin_square": self.tr("Balanced Latin square (Williams design)")}
        for i in range(self.policy.count()):
            self.policy.setItemText(i, names.get(str(self.policy.itemData(i)), str(self.policy.itemData(i))))
        self.policy_label.setText(self.tr("T&ask order:"))
        self.policy.setAccessibleName(self.tr("Task order policy"))
        self.policy.setToolTip(self.tr("How the order of tasks is decided for each participant"))
        self.seed_label.setText(self.tr("Random s&eed:"))
        self.seed.setAccessibleName(self.tr("Random seed"))
        self.seed.setToolTip(self.tr("A whole number; the same seed always gives the same orders"))
        self.table.setAccessibleName(self.tr("Task order per participant"))
        self.table.setToolTip(self.tr("The order each participant will get, in the order participants are listed"))
        self.refresh()


    def load(self, study: Study) -> None:
        self.study = study
        self._loading = True
        try:
            with QSignalBlocker(self.policy):
                idx = self.policy.findData(study.order.policy)
                self.policy.setCurrentIndex(max(idx, 0))
            self.seed.setText(str(study.order.seed))
        finally:
            self._loading = False
        self.refresh()

    def _on_policy(self, _index: int) -> None:
        if self.study is None or self._loading:
            return
        self.study.order.policy = str(self.policy.currentData())
        self.refresh()
        self.changed.emit()

    def _on_seed(self, text: str) -> None:
        if self.study is None or self._loading:
            return
        try:
            self.study.order.seed = int(text)
        except ValueError:
            self.study.order.seed = 0
        self.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        """Recompute the preview (after any change to tasks, participants or the policy)."""
        study = self.study
        if study is None:
            return
        self.seed.setEnabled(study.order.policy == "random")
        self.explain.setText(self._explanation(study))
        rows = preview_orders(study)
        titles = {t.id: pick_text(t.title, study.language, study.language) for t in study.tasks}
        n = len(study.tasks)
        self.table.setUpdatesEnabled(False)
        try:
            self.table.clear()
            self.table.setColumnCount(n)
            self.table.setRowCount(len(rows))
            self.table.setHorizontalHeaderLabels([QLocale().toString(i + 1) for i in range(n)])
            self.table.setVerticalHeaderLabels([label for label, _ in rows])
            for r, (_label, order) in enumerate(rows):
                for c, tid in enumerate(order):
                    item = QTableWidgetItem(tid)
                    item.setToolTip(titles.get(tid, ""))
                    self.table.setItem(r, c, item)
        finally:
            self.table.setUpdatesEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def _explanation(self, study: Study) -> str:
        n = len(study.tasks)
        policy = study.order.policy
        if policy == "fixed":
            return self.tr("Every participant does the tasks in the order of the task list.")
        if policy == "random":
            return self.tr("Each participant gets their own shuffled order, computed from the seed, their place "
                           "in the list and their id, so it is the same every time.")
        cycle = len(williams_rows(n))
        text = self.tr("Each task comes equally often in each position, and each task follows every other "
                       "task equally often, once you have a multiple of {0} participants.").format(cycle)
        k = len(study.participants)
        if k and cycle and k % cycle:
            text += " " + self.tr("You have {0}: {1} more would complete the balance.").format(k, cycle - k % cycle)
        elif k and cycle:
            text += " " + self.tr("You have {0}: balanced.").format(k)
        return text

    def show_problems(self, problems: list[Problem]) -> None:
        policy = next((p for p in problems if p.path == "order.policy"), None)
        seed = next((p for p in problems if p.path in ("order.seed", "order")), None)
        self.policy_box.set_problem(problem_text(policy) if policy else "")
        self.seed_box.set_problem(problem_text(seed) if seed else "")

    def focus_problem(self, problem: Problem) -> None:
        (self.seed if problem.path == "order.seed" else self.policy).setFocus()
