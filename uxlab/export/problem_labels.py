"""English export texts of the formative findings (Problems and Problem matrix sheets); their
translations are in the gettext catalogs (resources/catalogs). The columns are merged into
:mod:`uxlab.export.columns` at import."""

from __future__ import annotations

PROBLEM_SHEETS = {"problems": "Problems", "problem_matrix": "Problem matrix", "tags": "Tags"}
TAG_SHEET_COLUMNS = ["tag", "task", "tagged_problems", "tagged_notes"]

PROBLEM_SHEET_COLUMNS = [
    "problem", "problem_title", "severity", "severity_label", "problem_tags", "participants_met",
    "frequency", "frequency_lo", "frequency_hi", "problem_observations", "problem_tasks", "impact",
    "recommendation", "problem_description",
]
PERCENT = {"frequency", "frequency_lo", "frequency_hi"}

# machine name -> (meaning, unit), English
COLUMNS: dict[str, tuple[str, str]] = {
    "problem": ("Problem id from the study's problem list (problems.json)", "text"),
    "problem_title": ("Short title of the problem", "text"),
    "severity": ("Severity on the study's scale (sauro-lewis-1-4: 1 = worst; nielsen-0-4: 4 = worst); "
                 "empty = not rated", "number"),
    "severity_label": ("What the severity level means on that scale", "text"),
    "problem_tags": ("Free tags, separated by ;", "text"),
    "participants_met": ("Participants who met the problem at least once", "count"),
    "frequency": ("Share of the participants tested who met the problem", "fraction (shown as %)"),
    "frequency_lo": ("Lower bound of the adjusted-Wald interval", "fraction (shown as %)"),
    "frequency_hi": ("Upper bound of the adjusted-Wald interval", "fraction (shown as %)"),
    "problem_observations": ("Observations linked to the problem", "count"),
    "problem_tasks": ("Tasks the problem was observed on, separated by ;", "text"),
    "impact": ("Sort key: frequency x severity weight (docs/metrics.md)", "number"),
    "recommendation": ("What to change", "text"),
    "problem_description": ("What happens and why it matters", "text"),
    "tag": ("A free tag given to problems or notes", "text"),
    "tagged_problems": ("Problems carrying the tag (on a task row: those met on that task; on the row "
                        "without a task: over all tasks)", "count"),
    "tagged_notes": ("Notes and observations tagged with it (on a task row: recorded during that task; on "
                     "the row without a task: over all tasks)", "count"),
}
MATRIX_MEANING = "1 = this participant met the problem at least once; 0 = did not"


# The HTML report's findings sentence (translated in the catalogs; keeps its {placeholders}).
DISCOVERY_SENTENCE = ("{n} participants tested, {problems} problems observed ({once} by one participant only). "
                      "Observed mean problem frequency p = {p}; adjusted for the small sample (Lewis 2001) "
                      "p = {p_adj}. About {found} of the problems are likely found so far (about {total} in "
                      "all); finding {g85} needs {n85} participants in all, {g90} needs {n90}.")
