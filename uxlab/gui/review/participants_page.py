"""The Participants tab: the outcome of every task for every participant, their questionnaire
scores, and the buttons that exclude or include one (the view records it in the study file)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from uxlab.gui import i18n
from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.review import participant_table
from uxlab.gui.review.exclusion import ExcludeDialog
from uxlab.gui.review.state import ReviewState
from uxlab.gui.review.table_views import fit_columns, make_table, select_key, selected_key


class ParticipantsPage(Retranslatable, QWidget):
    # (participant, excluded, reason): the researcher asked to exclude or include them again
    exclusion_asked = Signal(str, bool, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = ReviewState()
        self._made_for: tuple[object, ...] | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.exclude_button = QPushButton(self)
        self.exclude_button.setObjectName("excludeButton")
        self.include_button = QPushButton(self)
        self.include_button.setObjectName("includeButton")
        self.legend_label = QLabel(self)
        bar.addWidget(self.exclude_button)
        bar.addWidget(self.include_button)
        bar.addSpacing(16)
        bar.addWidget(self.legend_label, 1)
        layout.addLayout(bar)
        self.people_view, self.people_model, self.people_proxy = make_table("participantTable",
                                                                        self)
        layout.addWidget(self.people_view, 1)
        self.people_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self.exclude_button.clicked.connect(self.exclude_selected)
        self.include_button.clicked.connect(self.include_selected)
        self.retranslate()

    def show_state(self, state: ReviewState) -> None:
        self.state = state
        self._fill()

    def _fill(self) -> None:
        shown, scores = self.state.shown, self.state.scores
        # The matrix depends on the data, the filter and the language, not on the confidence
        # level or the comparison: with 1,000 participants, rebuilding it is most of a refresh.
        made_for = (self.state.tables, self.state.filter, i18n.current_language(),
                    QLocale().name(), shown is None)
        last = self._made_for
        if last is not None and last[0] is made_for[0] and last[1:] == made_for[1:]:
            self._update_buttons()
            return
        self._made_for = made_for
        selected = self.selected_participant()
        if shown is None or scores is None:
            self.people_model.set_rows([], [], [])
        else:
            tasks = [(str(t), self.state.title(str(t))) for t in shown.tasks["task"]]
            names, tips = participant_table.layout(shown, tasks)
            rows, keys = participant_table.rows(shown, scores, tasks)
            self.people_model.set_rows(names, rows, keys, tips)
            fit_columns(self.people_view)
        select_key(self.people_view, selected)
        self._update_buttons()

    # ------------------------------------------------------------------ selection, exclusion
    def selected_participant(self) -> str | None:
        return selected_key(self.people_view)

    def select_participant(self, participant: str) -> None:
        select_key(self.people_view, participant)

    def is_excluded(self, participant: str) -> bool:
        tables = self.state.tables
        if tables is None:
            return False
        p = tables.participants
        row = p[p["participant"].astype(str) == participant]
        return bool(len(row)) and participant_table.is_excluded(row["excluded"].iloc[0]
                                                                if "excluded" in row else False)

    def exclude_selected(self) -> None:
        pid = self.selected_participant()
        if pid is None:
            return
        dialog = ExcludeDialog(pid, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.reason_text():
            self.exclusion_asked.emit(pid, True, dialog.reason_text())

    def include_selected(self) -> None:
        pid = self.selected_participant()
        if pid is not None:
            self.exclusion_asked.emit(pid, False, "")

    def _update_buttons(self) -> None:
        pid = self.selected_participant()
        can_save = self.state.can_save
        excluded = pid is not None and self.is_excluded(pid)
        self.exclude_button.setEnabled(can_save and pid is not None and not excluded)
        self.include_button.setEnabled(can_save and pid is not None and excluded)
        if not can_save:
            tip = self.tr("A results spreadsheet has no study file to record exclusions in; "
                          "remove the participant's rows in the spreadsheet instead")
        else:
            tip = self.tr("Leave the selected participant out of every number, with a reason "
                          "saved in the study file (no data is deleted)")
        self.exclude_button.setToolTip(tip)
        self.include_button.setToolTip(self.tr(
            "Count the selected participant in the analysis again") if can_save else tip)

    def retranslate(self) -> None:
        self.people_view.setAccessibleName(self.tr("Participants"))
        self.people_view.setToolTip(self.tr("Select a participant to exclude or include them"))
        self.exclude_button.setText(self.tr("E&xclude…"))
        self.exclude_button.setAccessibleName(self.tr("Exclude the selected participant"))
        self.include_button.setText(self.tr("&Include again"))
        self.include_button.setAccessibleName(self.tr("Include the selected participant again"))
        self.legend_label.setText(self.tr(
            "✓ success   ◐ partial   ✗ failure   ⊘ abandoned   – skipped   "
            "(greyed: excluded from the analysis)"))
        self._fill()
