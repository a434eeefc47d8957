"""Right-to-left polish, checked with Qt's own text layout (the bidirectional algorithm as the
screen shows it): Latin ids stay next to their Arabic label, brackets land on the right side,
the review writes one kind of digits, and decimal boxes take the locale's separator."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QKeyEvent, QTextDocument, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.review_helpers import open_review
from uxlab.core.study import Participant
from uxlab.gui import i18n
from uxlab.gui.main_window import MainWindow
from uxlab.gui.plan.view import PlanView
from uxlab.gui.study_context import StudyContext


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    i18n.install_language(qapp, "ar")
    try:
        yield
    finally:
        i18n.install_language(qapp, "en")


def visual_x(text: str) -> list[float]:
    """The x position where each character of ``text`` is drawn, laid out right to left on one
    line as a right-to-left label draws it."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10000)
    layout.endLayout()
    return [line.cursorToX(i)[0] for i in range(len(text))]


def plain(rich: str) -> str:
    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText()


def test_visual_x_sees_the_split_the_isolates_prevent(qapp: QApplication) -> None:
    """The measuring tool itself: without isolates the id drifts to the far end of the line."""
    word = "المشارك"
    split = visual_x(f"{word} P14 · current — 1. Find a pizza")
    kept = visual_x(f"{word} \u2068P14\u2069 · \u2068current\u2069 — 1. Find a pizza")
    w = len(word) - 1  # the word's last (leftmost) letter
    assert split[w] - split[len(word) + 3] > 100  # the "4" of P14 far from the word
    assert 0 < kept[w] - kept[len(word) + 4] < 40  # (one more character: the FSI)


def test_order_line_keeps_participant_id_next_to_the_word(qtbot: QtBot, demo_study: Path,
                                                          arabic: None) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_study(demo_study)
    w.run.open_session("P14", Participant("P14", group="current"))
    text = plain(w.run.order_label.text())
    word = "المشارك"
    assert text.startswith(word)
    x = visual_x(text)
    last_letter = x[len(word) - 1]
    id_at = text.index("P14")
    four = x[id_at + 2]
    assert 0 < last_letter - four < 40, (text, last_letter, four)
    group_at = text.index("\u2068", id_at) + 1  # the group (the study's, for a known id)
    assert x[group_at] < four  # then the group, further left, in reading order


def _type(widget: QWidget, text: str) -> None:
    """Key presses carrying ``text`` one character at a time, as an Arabic keyboard sends them."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


@pytest.mark.parametrize(("code", "typed", "shown"), [
    ("ar", "12.5", "١٢٫٥"), ("ar", "12٫5", "١٢٫٥"), ("ar", "١٢٫٥", "١٢٫٥"), ("ar", "90", "٩٠٫٠"),
    ("fa", "12.5", "۱۲٫۵"), ("fa", "۱۲٫۵", "۱۲٫۵"), ("fr", "12.5", "12,5"), ("fr", "12,5", "12,5"),
    ("en", "12.5", "12.5")])
def test_seconds_box_takes_the_locale_separator_and_the_point(qtbot: QtBot, qapp: QApplication,
                                                              demo_study: Path, code: str,
                                                              typed: str, shown: str) -> None:
    i18n.install_language(qapp, code)
    try:
        context = StudyContext()
        context.open(demo_study)
        plan = PlanView(context)
        qtbot.addWidget(plan)
        plan.show()
        plan.tasks.list.setCurrentRow(0)
        box = plan.tasks.target
        box.setFocus()
        box.lineEdit().selectAll()
        _type(box.lineEdit(), typed)
        box.interpretText()
        assert box.value() == float(typed.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫,",
                                                                    "01234567890123456789..")))
        assert box.cleanText() == shown
    finally:
        i18n.install_language(qapp, "en")


ISOLATED = re.compile("\u2068[^\u2069]*\u2069")
LATIN_WORD = re.compile("[A-Za-z]{2,}")


def test_comparison_speaks_arabic_with_one_kind_of_digits_and_brackets_in_place(
        qtbot: QtBot, demo_study: Path, arabic: None) -> None:
    view = open_review(qtbot, demo_study, "group")
    model = view.comparison_page.compare_model
    tests, readings = model.column_texts(5), model.column_texts(7)
    assert "اختبار t لويلش على لوغاريتم الأزمنة" in tests  # was English
    assert len(readings) > 5
    for r in range(len(readings)):
        # the computed columns (values, difference, test, p, reading) and the n tooltips write
        # Arabic-Indic digits only; names the user typed are isolated and left as typed
        texts = [model.cell(r, c).text for c in range(2, 8)]
        texts += [model.cell(r, 2).tooltip, model.cell(r, 3).tooltip]
        for text in texts:
            bare = ISOLATED.sub("", text)
            assert not re.search("[0-9]", bare), text
            assert not LATIN_WORD.search(bare.replace("n = ", "")), text
    for text in readings:
        x = visual_x(text)
        for i, ch in enumerate(text):
            # in a right-to-left line an opening bracket stands to the right of what it opens
            if ch == "(":
                assert x[i] > x[i + 1], (text, i)
            if ch == ")":
                assert x[i] < x[i - 1], (text, i)


def test_benchmarks_read_in_arabic_with_one_kind_of_digits(qtbot: QtBot, demo_study: Path,
                                                          arabic: None) -> None:
    """The Benchmarks table's reading and test were English sentences with task ids and Western
    digits; now in the interface language, task titles isolated as typed."""
    view = open_review(qtbot, demo_study)
    model = view.comparison_page.bench_model
    readings = model.column_texts(7)
    assert len(readings) >= 10
    for r, text in enumerate(readings):
        bare = ISOLATED.sub("", text)
        for kept in ("SEQ", "SUS", "UMUX-Lite", "NPS", "mid-p", "p = ", "n = "):
            bare = bare.replace(kept, "")
        assert not re.search("[0-9]", bare), text
        assert not LATIN_WORD.search(bare), text
        assert re.search("[\u0600-\u06ff]", bare), text
        test = model.cell(r, 5).tooltip.replace("mid-p", "")
        assert test and not LATIN_WORD.search(test), r


def test_order_line_runs_right_to_left_task_by_task(qtbot: QtBot, demo_study: Path,
                                                    arabic: None) -> None:
    """Each task of the order is one unit: its number stays beside its (Latin) title, and the
    tasks follow each other from the right (the first task rightmost)."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_study(demo_study)
    w.run.open_session("P14", Participant("P14", group="current"))
    text = plain(w.run.order_label.text())
    x = visual_x(text)
    # (measured at the number's full stop: at the digit, the cursor sits on a direction boundary)
    stops = [m.start() + 1 for m in re.finditer(r"\d\. ", text)]
    assert len(stops) == 5, text
    numbers = [x[i] for i in stops]
    assert numbers == sorted(numbers, reverse=True), (text, numbers)  # 1 rightmost
    for i in stops:  # the title's first letter right after its number, not a line away
        title = re.search("[A-Za-z]", text[i:])
        assert title is not None
        assert 0 < x[i + title.start()] - x[i] < 30, (text, i)
