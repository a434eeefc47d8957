"""The formative findings the review's exports carry: the open study folder's problems (its
``problems.json`` and the observations in its journals). A results spreadsheet has none."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from uxlab.analysis.problems import Findings
    from uxlab.storage.study_files import LoadedStudy


def study_findings(loaded: LoadedStudy | None, confidence: float) -> Findings | None:
    """The study's findings for the Problems and Problem matrix sheets and the report's findings
    section; None when no study folder is open. Runs in the export's worker thread (it reads
    ``problems.json``); a damaged problem list fails the export with its message (file, field,
    fix) rather than writing a workbook that silently lacks the problems."""
    if loaded is None:
        return None
    from uxlab.analysis.problems import build_findings

    return build_findings(loaded, confidence=confidence)
