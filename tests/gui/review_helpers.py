"""Opening the review view on a study or results file, as the tests of its parts need it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from uxlab.gui.review.view import ReviewView
from uxlab.gui.study_context import StudyContext


def open_review(qtbot: QtBot, path: Path, compare_by: str | None = None) -> ReviewView:
    """The review of ``path`` (its context kept alive with it), compared by ``compare_by``."""
    context = StudyContext()
    context.open(path)
    view = ReviewView(context)
    qtbot.addWidget(view)
    view.context_ref = context  # type: ignore[attr-defined]  # keep the context alive
    view.resize(1400, 900)
    if compare_by:
        view.set_compare_by(compare_by)
    return view
