"""Every text of the review view's own widgets, set again when the language changes."""

from __future__ import annotations

from uxlab.gui.review import fmt
from uxlab.gui.review.charts_tab import CHARTS_INSTALLED
from uxlab.gui.review.export_actions import write_report


class ReviewTexts:
    """Mixin of :class:`ReviewView`: ``retranslate``."""

    def retranslate(self) -> None:
        self.confidence_label.setText(self.tr("&Confidence:"))
        self.confidence_combo.setToolTip(self.tr(
            "Confidence level of every interval and the threshold of the comparison tests "
            "(a difference is reliable when p < 1 − confidence)"))
        self.confidence_combo.setAccessibleName(self.tr("Confidence level"))
        for i in range(self.confidence_combo.count()):  # in the locale's digits
            self.confidence_combo.setItemText(i, fmt.percent(self.confidence_combo.itemData(i)))
        self.compare_label.setText(self.tr("Compare &by:"))
        self.compare_combo.setToolTip(self.tr(
            "Split the results by group or by a participant attribute and compare two "
            "groups with significance tests"))
        self.compare_combo.setAccessibleName(self.tr("Compare by"))
        self.group_a_combo.setToolTip(self.tr("First group of the comparison"))
        self.group_a_combo.setAccessibleName(self.tr("First group compared"))
        self.group_b_combo.setToolTip(self.tr("Second group of the comparison"))
        self.group_b_combo.setAccessibleName(self.tr("Second group compared"))
        self.versus_label.setText(self.tr("vs"))
        self.between_label.setText(self.tr("groups:"))
        self.tabs.setAccessibleName(self.tr("Results"))
        self.filter_label.setText(self.tr("&Show:"))
        self.filter_combo.setToolTip(self.tr(
            "Show only the participants of one group or with one attribute value; every "
            "number is then computed on them"))
        self.filter_combo.setAccessibleName(self.tr("Show participants"))
        self.excel_button.setText(self.tr("&Excel…"))
        self.excel_button.setToolTip(self.tr(
            "Export every participant, task, attempt, event and answer with the analysis and "
            "a codebook to an Excel workbook (Ctrl+E)"))
        self.excel_button.setAccessibleName(self.tr("Export to Excel"))
        self.html_button.setText(self.tr("&HTML report…"))
        self.html_button.setAccessibleName(self.tr("HTML report"))
        self.html_button.setToolTip(
            self.tr("Write a self-contained HTML report and open it in the browser")
            if write_report is not None else self.tr("The HTML report is not available in "
                                                     "this version"))
        self.charts_button.setText(self.tr("Export c&harts…"))
        self.charts_button.setAccessibleName(self.tr("Export charts"))
        self.charts_button.setToolTip(
            self.tr("Save every chart as an image file in a folder") if CHARTS_INSTALLED
            else self.tr("Charts are not available in this version"))
        self.warnings_toggle.setToolTip(self.tr("Show or hide what was found while loading"))
        self.warnings_toggle.setAccessibleName(self.tr("Loading warnings"))
        self.empty_label.setText(self.tr(
            "Open a study (File > Open study) or a results spreadsheet to review its results."))
        self.summary_box.setTitle(self.tr("Study summary"))
        self.success_only.setText(self.tr("Time on task: &successful attempts only"))
        self.success_only.setToolTip(self.tr(
            "Checked: time on task of successful attempts (the usual report). Unchecked: "
            "all attempts, including failed and abandoned ones"))
        self.success_only.setAccessibleName(self.tr("Time on task of successful attempts only"))
        self.tabs.setTabText(0, self.tr("&Tasks"))
        self.tabs.setTabText(1, self.tr("&Participants"))
        self.tabs.setTabText(2, self.tr("C&omparison"))
        self.tabs.setTabToolTip(0, self.tr("One row per task; select a task to see its attempts"))
        self.tabs.setTabToolTip(1, self.tr("Outcome of every task for every participant, "
                                           "questionnaire scores, exclusions"))
        self.tabs.setTabToolTip(2, self.tr("Two groups side by side with significance tests"))
        if self.charts_page is not None:
            self.tabs.setTabText(3, self.tr("C&harts"))
            self.tabs.setTabToolTip(3, self.tr("Charts of the results"))
        self.task_view.setAccessibleName(self.tr("Task results"))
        self.task_view.setToolTip(self.tr("Select a task to see its attempts below"))
        self.attempt_view.setAccessibleName(self.tr("Attempts at the selected task"))
        self.attempt_view.setToolTip(self.tr("Select an attempt to see its events and notes"))
        self.event_view.setAccessibleName(self.tr("Events of the selected attempt"))
        self.event_view.setToolTip(self.tr("Everything recorded during the attempt, in order"))
        self.people_view.setAccessibleName(self.tr("Participants"))
        self.people_view.setToolTip(self.tr("Select a participant to exclude or include them"))
        self.bench_edit_button.setText(self.tr("E&dit benchmarks…"))
        self.bench_edit_button.setAccessibleName(self.tr("Edit the study's benchmarks"))
        self.bench_view.setAccessibleName(self.tr("Benchmarks"))
        self.bench_view.setToolTip(self.tr("Each result tested one-sided against its benchmark or "
                                           "target; highlighted rows are better than it"))
        self.compare_view.setAccessibleName(self.tr("Group comparison"))
        self.compare_view.setToolTip(self.tr(
            "Highlighted rows: reliable difference at the chosen confidence level"))
        self.exclude_button.setText(self.tr("E&xclude…"))
        self.exclude_button.setAccessibleName(self.tr("Exclude the selected participant"))
        self.include_button.setText(self.tr("&Include again"))
        self.include_button.setAccessibleName(self.tr("Include the selected participant again"))
        self.legend_label.setText(self.tr(
            "✓ success   ◐ partial   ✗ failure   ⊘ abandoned   – skipped   "
            "(greyed: excluded from the analysis)"))
        self._update_exclusion_buttons()
        if self.tables is not None:
            self._fill_choices(self.tables)  # "nothing", "everyone", "group" in the new language
        self._fill_all()
