"""The Comparison tab: the groups compared (pickers when there are more than two), the comparison
table and the benchmarks table."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox

from uxlab.core.errors import UxlabError
from uxlab.gui.review import benchmarks as benchmark_table
from uxlab.gui.review import comparison as comparison_table
from uxlab.gui.review import comparison_many, fmt
from uxlab.gui.review.background import error_text
from uxlab.gui.review.benchmark_editor import BenchmarksDialog, with_benchmarks
from uxlab.gui.review.comparison import isolated


class ComparisonTab:
    """Mixin of :class:`ReviewView`: filling the Comparison tab."""

    def set_groups(self, a: str, b: str) -> None:
        self._flush()
        self._building = True
        self.group_a_combo.setCurrentIndex(max(0, self.group_a_combo.findText(a)))
        self.group_b_combo.setCurrentIndex(max(0, self.group_b_combo.findText(b)))
        self._building = False
        self.refresh()


    def _fill_group_pickers(self, groups: list[str]) -> tuple[str, str] | None:
        """The two groups compared (pickers shown when there are more than two)."""
        self._building = True
        try:
            many = len(groups) > 2
            for w in (self.between_label, self.group_a_combo, self.versus_label, self.group_b_combo):
                w.setVisible(many)
            if groups != self._groups:
                a, b = self.group_a_combo.currentText(), self.group_b_combo.currentText()
                for combo in (self.group_a_combo, self.group_b_combo):
                    combo.clear()
                    combo.addItems(groups)
                self.group_a_combo.setCurrentIndex(max(0, self.group_a_combo.findText(a)))
                b_index = self.group_b_combo.findText(b)
                self.group_b_combo.setCurrentIndex(b_index if b_index >= 0 else
                                                   min(1, len(groups) - 1))
                self._groups = list(groups)
            if len(groups) < 2:
                return None
            a, b = self.group_a_combo.currentText(), self.group_b_combo.currentText()
            return (a, b) if a != b else None
        finally:
            self._building = False

    def edit_benchmarks(self) -> None:
        """Ask for the study's benchmarks and save them in the study file."""
        study = self.context.study
        if study is None:
            return
        dialog = BenchmarksDialog(dict(study.benchmarks), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_benchmarks(dialog.values())

    def set_benchmarks(self, values: dict[str, float]) -> bool:
        """Record the benchmarks in the study file; the view refreshes from the save."""
        study = self.context.study
        if study is None:
            return False
        try:
            self.context.save_study(with_benchmarks(study, values))
        except (UxlabError, OSError) as exc:
            self._message(QMessageBox.Icon.Warning, self.tr("The benchmarks were not saved"),
                          error_text(exc, self.context.folder))
            return False
        self.refresh()
        return True

    def _fill_benchmarks(self) -> None:
        can_save = self.context.study is not None
        self.bench_edit_button.setEnabled(can_save)
        self.bench_edit_button.setToolTip(self.tr(
            "Change the benchmarks the results are tested against; they are saved in the study "
            "file") if can_save else self.tr(
            "A results spreadsheet has no study file to save benchmarks in; use uxlab analyze "
            "--benchmark on the command line instead"))
        names, tips = benchmark_table.headers()
        rows, keys = benchmark_table.rows(self.result or {}, lambda t: self._titles().get(t, t))
        self.bench_model.set_rows(names, rows, keys, tips)
        self.benchmarks_title.setText(self.tr(
            "Benchmarks (one-sided tests; highlighted rows are better than their benchmark at "
            "{0} % confidence): completion 78 %, SEQ 5.5, SUS and UMUX-Lite 68, each task's target "
            "time, or the study's own benchmarks.").format(fmt.integer(round(self.confidence() * 100))))
        self.bench_view.resizeColumnsToContents()

    def _fill_comparison(self) -> None:
        self._fill_benchmarks()
        by = self.compare_by()
        comp = self.result.get("comparison") if self.result else None
        if self.pair is not None:
            groups = [str(g) for g in self.pair.get("groups", [])]
            names, tips = comparison_table.headers(groups)
            rows, keys = comparison_table.rows(self.pair, self._titles())
            self.compare_model.set_rows(names, rows, keys, tips)
            note = self.tr("{0} vs {1} (by {2}), {3} % confidence; highlighted rows differ "
                           "reliably. The p-value and test of each row are those of the "
                           "reading.").format(isolated(groups[0]), isolated(groups[1]),
                                              isolated(by or ""),
                                              fmt.number(round(self.confidence() * 100), 0))
            design = str(self.pair.get("design") or "between")
            pairs = fmt.integer(self.pair.get("pairs") or 0)
            note += " " + {
                "within": self.tr("Design: within-subjects ({0} participants with data under both "
                                  "conditions), so the tests are paired.").format(pairs),
                "mixed": self.tr("Design: mixed ({0} participants with data under both conditions "
                                 "are compared paired).").format(pairs),
            }.get(design, self.tr("Design: between-subjects (independent groups)."))
            note += self._left_out(comp or {}, by or "")
            if comp and len(comp.get("groups", [])) > 2:
                note += " " + self.tr("'{0}' has {1} values: choose the two groups to compare "
                                      "next to 'Compare by'.").format(by,
                                                                     len(comp["groups"]))
            self.compare_note.setText(note)
        elif comp and "tests" in comp:
            self._fill_many(comp, by or "")
        else:
            self.compare_model.set_rows([], [], [])
            if not by:
                self.compare_note.setText(self.tr(
                    "Choose a group or attribute in 'Compare by' to compare two groups side "
                    "by side with significance tests."))
            elif comp is not None and len(comp.get("groups") or []) < 2:
                self.compare_note.setText(self.tr(
                    "'{0}' has {1} value(s); a comparison needs two groups.").format(
                    comparison_table.isolated(by), fmt.integer(len(comp.get("groups") or [])))
                    + self._left_out(comp, by))
            elif comp is not None:
                self.compare_note.setText(self.tr("Choose two different groups to compare."))
            else:
                self.compare_note.setText("")
        self.compare_columns.fit()
        header = self.compare_view.horizontalHeader()
        if header.count():
            header.setSectionResizeMode(header.count() - 1, QHeaderView.ResizeMode.Stretch)
        self.compare_view.resizeRowsToContents()

    def _fill_many(self, comp: dict[str, Any], by: str) -> None:
        """More than two groups: each omnibus test and its Holm-adjusted pairs, as analysed."""
        names, tips = comparison_many.headers()
        rows, keys = comparison_many.rows(comp, self._titles())
        self.compare_model.set_rows(names, rows, keys, tips)
        groups = [comparison_table.isolated(str(g)) for g in comp.get("groups") or []]
        self.compare_note.setText(self.tr(
            "{0} groups by {1} ({2}), {3} % confidence. For each measure, a test across all "
            "groups, then every pair of groups with p adjusted by Holm's method; highlighted rows "
            "differ reliably.").format(fmt.integer(len(groups)), comparison_table.isolated(by),
                                       self.tr(", ").join(groups),
                                       fmt.integer(round(self.confidence() * 100)))
            + self._left_out(comp, by))

    def _left_out(self, comp: dict[str, Any], by: str) -> str:
        """The sentence on participants (or attempts) left out for want of a value, or nothing."""
        n = int(comp.get("left_out") or 0)
        if not n:
            return ""
        if comp.get("design") in ("within", "mixed"):
            text = self.tr("{0} attempt(s) with no value in '{1}' are left out of the comparison.")
        else:
            text = self.tr("{0} participant(s) with no value in '{1}' are left out of the "
                           "comparison.")
        return " " + text.format(fmt.integer(n), comparison_table.isolated(by))
