"""The methods shown in the review's tooltips (formula, source, missing-data rule) speak the
interface language (issue 16: they stayed English in every language). The reference is the
codebook (uxlab/analysis/codebook.py) and its translations; the citation stays as published,
isolated left to right in Arabic and Persian so its brackets and numbers keep their order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from uxlab.analysis.codebook import METHODS
from uxlab.gui import i18n
from uxlab.gui.main_window import MainWindow
from uxlab.gui.review import fmt

# every method a review tooltip shows (grep "fmt.method" in uxlab/gui/review)
SHOWN = ("Attempts", "Completion rate", "Completion rate confidence interval",
         "Time on task (successful attempts / all attempts)", "SEQ and other rating scales",
         "Experience net score (success, effort, emotion)", "SUS", "SUS grade", "SUS percentile",
         "SUS adjective", "UMUX-Lite", "NPS", "CSAT", "CES", "Comparing completion rates",
         "Comparing times, ratings and SUS", "More than two groups")
SCRIPT = {"ar": r"[\u0600-\u06FF]", "fa": r"[\u0600-\u06FF]", "ru": r"[\u0400-\u04FF]", "fr": r"[a-zàâçéèêëîïôûùüÿœ’]"}
ISOLATE = ("\u2066", "\u2069")


def test_every_shown_method_is_in_the_codebook() -> None:
    names = {m["name"] for m in METHODS}
    assert set(SHOWN) <= names
    shown_in_code = set()
    for path in (Path(__file__).resolve().parents[2] / "uxlab" / "gui" / "review").glob("*.py"):
        shown_in_code |= set(re.findall(r'fmt\.methods?\(([^)]*)\)', path.read_text(encoding="utf-8")))
    quoted = {q for call in shown_in_code for q in re.findall(r'"([^"]+)"', call)}
    assert quoted <= set(SHOWN), quoted - set(SHOWN)


@pytest.mark.parametrize("language", ["fr", "ar", "fa", "ru"])
def test_method_tooltips_are_translated(qapp: QApplication, language: str) -> None:
    i18n.install_language(qapp, language)
    try:
        for name in SHOWN:
            m = next(x for x in METHODS if x["name"] == name)
            lines = fmt.method(name).split("\n")
            assert len(lines) == 4, lines
            formula, source, missing = (line.split(": ", 1)[1] for line in lines[1:])
            for english, shown in ((m["formula"], formula), (m["missing_data"], missing)):
                assert shown != english and re.search(SCRIPT[language], shown), (language, name, shown)
            if language in ("ar", "fa"):
                assert source == ISOLATE[0] + m["source"] + ISOLATE[1]
                # every left-to-right isolate is closed
                for text in (formula, missing):
                    assert text.count(ISOLATE[0]) == text.count(ISOLATE[1]), text
            else:
                assert source == m["source"]
            # the numbers of the method are all there (decimal comma in French and Russian)
            digits = re.findall(r"\d+", m["formula"])
            assert re.findall(r"\d+", formula) == digits, (language, name)
    finally:
        i18n.install_language(qapp, "en")


def test_the_task_table_header_tooltip_speaks_persian(qtbot: QtBot, qapp: QApplication,
                                                      demo_study: Path) -> None:
    i18n.install_language(qapp, "fa")
    try:
        w = MainWindow()
        qtbot.addWidget(w)
        w.open_study(demo_study)
        model = w.review.tasks_page.task_view.model()
        tip = model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert "موفقیت‌ها / تلاش‌ها" in tip and "successes / attempts" not in tip, tip
    finally:
        i18n.install_language(qapp, "en")
