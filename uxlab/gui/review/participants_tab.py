"""The Participants tab: the outcome matrix and the exclusions recorded in the study file."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QMessageBox

from uxlab.core.errors import UxlabError
from uxlab.gui import i18n
from uxlab.gui.review import participant_table
from uxlab.gui.review.background import error_text
from uxlab.gui.review.exclusion import ExcludeDialog, with_exclusion
from uxlab.gui.review.table_views import fit_columns


class ParticipantsTab:
    """Mixin of :class:`ReviewView`: the participant matrix and exclusions."""

    def _fill_people(self) -> None:
        shown, scores = self.shown, self._scores
        # The matrix depends on the data, the filter and the language, not on the confidence
        # level or the comparison: with 1,000 participants, rebuilding it is most of a refresh.
        made_for = (self.tables, self.filter_choice(), i18n.current_language(),
                    QLocale().name(), shown is None)
        last = getattr(self, "_people_made_for", None)
        if last is not None and last[0] is made_for[0] and last[1:] == made_for[1:]:
            self._update_exclusion_buttons()
            return
        self._people_made_for = made_for
        selected = self._selected_key(self.people_view)
        if shown is None or scores is None:
            self.people_model.set_rows([], [], [])
        else:
            titles = self._titles()
            tasks = [(str(t), titles.get(str(t), str(t))) for t in shown.tasks["task"]]
            names, tips = participant_table.layout(shown, tasks)
            rows, keys = participant_table.rows(shown, scores, tasks)
            self.people_model.set_rows(names, rows, keys, tips)
            fit_columns(self.people_view)
        self._select_key(self.people_view, selected)
        self._update_exclusion_buttons()


    def selected_participant(self) -> str | None:
        return self._selected_key(self.people_view)

    def select_participant(self, participant: str) -> None:
        self._flush()
        self._select_key(self.people_view, participant)

    def _participant_excluded(self, participant: str) -> bool:
        if self.tables is None:
            return False
        p = self.tables.participants
        row = p[p["participant"].astype(str) == participant]
        return bool(len(row)) and participant_table.is_excluded(row["excluded"].iloc[0]
                                                                if "excluded" in row else False)

    def _update_exclusion_buttons(self) -> None:
        pid = self.selected_participant()
        can_save = self.context.study is not None
        excluded = pid is not None and self._participant_excluded(pid)
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

    def exclude_selected(self) -> None:
        pid = self.selected_participant()
        if pid is None:
            return
        dialog = ExcludeDialog(pid, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.reason_text():
            self.set_excluded(pid, True, dialog.reason_text())

    def include_selected(self) -> None:
        pid = self.selected_participant()
        if pid is not None:
            self.set_excluded(pid, False, "")

    def set_excluded(self, participant: str, excluded: bool, reason: str) -> bool:
        """Record the (in)exclusion in the study file; the view refreshes from the save."""
        study = self.context.study
        if study is None:
            return False
        group = ""
        if self.tables is not None and "group" in self.tables.participants:
            p = self.tables.participants
            match = p.loc[p["participant"].astype(str) == participant, "group"]
            if len(match) and isinstance(match.iloc[0], str):
                group = match.iloc[0]
        try:
            self.context.save_study(with_exclusion(study, participant, excluded, reason, group))
        except (UxlabError, OSError) as exc:
            self._message(QMessageBox.Icon.Warning, self.tr("The exclusion was not saved"),
                          error_text(exc, self.context.folder))
            return False
        self.refresh()
        self.select_participant(participant)
        return True
