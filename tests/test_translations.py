"""The interface translations (resources/translations/uxlab_<code>.ts / .qm): complete, faithful to
their placeholders, compiled, covering every string of the interface, and drawable with the fonts
the machine has (no boxes)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication

from uxlab.gui import i18n, i18n_build

CODES = i18n_build.TRANSLATED
ROOT = Path(__file__).resolve().parents[1]

# {0}, {name}, {1:.2f}, %1, %L1, %n, %Ln and HTML tags must survive translation unchanged.
PLACEHOLDER = re.compile(r"\{[0-9A-Za-z_]*(?::[^{}]*)?\}|%L?[0-9n]|</?[A-Za-z][A-Za-z0-9]*\b[^<>]*>")
# A keyboard accelerator: '&' before a letter or digit ('&&' is a literal ampersand).
ACCELERATOR = re.compile(r"(?<!&)&(?=[^\s&])")
ARABIC_YEH_KAF = "\u064a\u0643"   # ي ك: never in Persian, which has ی ک
PERSIAN_YEH_KAF = "\u06cc\u06a9"  # ی ک: never in Arabic


def _messages(code: str) -> Iterator[tuple[str, str, ET.Element]]:
    root = ET.parse(i18n_build.ts_path(code)).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message.findtext("source") or "", message


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def _label(context: str, source: str) -> str:
    return f"{context}: {source[:70]!r}"


def test_languages_match_the_interface() -> None:
    assert {"en", *CODES} == set(i18n.LANGUAGES)
    assert set(i18n.RIGHT_TO_LEFT) <= set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_ts_file_is_for_its_language(code: str) -> None:
    root = ET.parse(i18n_build.ts_path(code)).getroot()
    assert root.tag == "TS"
    assert (root.get("language") or "").split("_")[0] == code
    assert root.get("sourcelanguage") == "en"


@pytest.mark.parametrize("code", CODES)
def test_every_message_is_translated(code: str) -> None:
    unfinished = [_label(c, s) for c, s, m in _messages(code)
                  if (m.find("translation") is None
                      or m.find("translation").get("type") == "unfinished")]  # type: ignore[union-attr]
    empty = [_label(c, s) for c, s, m in _messages(code)
             if m.find("translation") is not None and not all(t.strip() for t in _texts(m))]
    assert not unfinished, (f"{len(unfinished)} unfinished {code} message(s); translate them in "
                            f"{i18n_build.ts_path(code).name}: " + "; ".join(unfinished[:20]))
    assert not empty, f"empty {code} translation(s): " + "; ".join(empty[:20])


@pytest.mark.parametrize("code", CODES)
def test_placeholders_and_markup_survive(code: str) -> None:
    wrong = []
    for context, source, message in _messages(code):
        expected = Counter(PLACEHOLDER.findall(source))
        for text in _texts(message):
            if text and Counter(PLACEHOLDER.findall(text)) != expected:
                wrong.append(f"{_label(context, source)} -> {text!r}")
    assert not wrong, f"{code}: placeholders differ from the source: " + "; ".join(wrong)


# Where a view has no free letter left in French, these keep no accelerator rather than share
# one with another control shown at the same time (tests/gui/test_mnemonics.py checks that no
# two share a letter). Each was tried: every letter of the word is taken in its view.
NO_FREE_LETTER = {
    "fr": {("DetailsEditor", "Tit&le:"), ("TaskEditor", "Titl&e:"), ("TaskEditor", "D&uplicate"),
           ("TaskEditor", "Tar&get time:"), ("ProblemEditor", "R&ecommendation"),
           ("ProblemsView", "&Merge problems"), ("ProblemsView", "Sort by &impact"),
           ("TimelineChart", "Pa&ge")},
}


@pytest.mark.parametrize("code", CODES)
def test_accelerators_follow_the_language_rule(code: str) -> None:
    """fr/ru keep one accelerator (on a letter of the translated word) where English has one,
    unless no letter is free in that view (NO_FREE_LETTER), and never more than one; ar/fa drop
    them (Alt+letter on an Arabic keyboard is not a convention)."""
    wrong = []
    for context, source, message in _messages(code):
        has = len(ACCELERATOR.findall(source))
        dropped = (context, source) in NO_FREE_LETTER.get(code, set())
        for text in filter(None, _texts(message)):
            got = len(ACCELERATOR.findall(text))
            if code in i18n.RIGHT_TO_LEFT:
                ok = got == 0
            else:
                ok = got <= 1 and (got == 0) == dropped if has else got <= 1
            if not ok:
                wrong.append(f"{_label(context, source)} -> {text!r}")
    assert not wrong, f"{code}: accelerators: " + "; ".join(wrong)


# A translation ends like its source: "…" still opens a dialog, ":" still labels a field.
FINAL_MARK = {"…": "…", ":": ":", "?": "?؟", ".": ".", "!": "!"}


@pytest.mark.parametrize("code", CODES)
def test_spacing_line_breaks_and_final_marks_match(code: str) -> None:
    wrong = []
    for context, source, message in _messages(code):
        end = source.rstrip()[-1:]
        for text in filter(None, _texts(message)):
            if (source[:1].isspace() != text[:1].isspace()
                    or source[-1:].isspace() != text[-1:].isspace()
                    or source.count("\n") != text.count("\n")
                    or (end in FINAL_MARK and text.rstrip()[-1:] not in FINAL_MARK[end])):
                wrong.append(f"{_label(context, source)} -> {text!r}")
    assert not wrong, f"{code}: " + "; ".join(wrong)


@pytest.mark.parametrize(("code", "foreign"), [("fa", ARABIC_YEH_KAF), ("ar", PERSIAN_YEH_KAF)])
def test_persian_and_arabic_letters_are_not_mixed(code: str, foreign: str) -> None:
    wrong = [_label(c, s) for c, s, m in _messages(code)
             if any(ch in t for t in _texts(m) for ch in foreign)]
    assert not wrong, f"{code} uses the other language's yeh/kaf: " + "; ".join(wrong)


@pytest.mark.parametrize("code", CODES)
def test_committed_qm_is_built_from_the_ts(code: str, tmp_path: Path) -> None:
    qm = i18n_build.qm_path(code)
    assert qm.is_file(), f"{qm} is missing: run python3 make.py translations"
    try:
        i18n_build.find_tool("lrelease")
    except i18n_build.ToolMissing as exc:
        pytest.skip(str(exc))
    fresh = tmp_path / qm.name
    i18n_build.release(i18n_build.ts_path(code), fresh)
    assert fresh.read_bytes() == qm.read_bytes(), (
        f"{qm.name} is older than {qm.with_suffix('.ts').name}: run python3 make.py translations")


def test_ts_files_cover_every_string_of_the_interface(tmp_path: Path) -> None:
    """lupdate over uxlab/gui finds no string the .ts files lack, and none they hold in vain."""
    try:
        i18n_build.find_tool("lupdate")
    except i18n_build.ToolMissing as exc:
        pytest.skip(str(exc))
    copies = []
    for code in CODES:
        copy = tmp_path / i18n_build.ts_path(code).name
        shutil.copyfile(i18n_build.ts_path(code), copy)
        copies.append(copy)
    i18n_build.update(copies)
    for code, copy in zip(CODES, copies, strict=True):
        before = {(c, s) for c, s, _ in _messages(code)}
        after = set()
        for context in ET.parse(copy).getroot().iter("context"):
            for message in context.iter("message"):
                after.add((context.findtext("name") or "", message.findtext("source") or ""))
        new = sorted(after - before)
        gone = sorted(before - after)
        assert not new and not gone, (
            f"{code}: the interface changed since the last translation pass "
            f"({len(new)} new, {len(gone)} removed string(s), e.g. "
            f"{[_label(*x) for x in (new or gone)[:5]]}): run python3 make.py translations "
            "and translate the new strings")
        assert i18n_build.counts(copy).unfinished == 0


@pytest.mark.parametrize("code", CODES)
def test_compiled_translation_ships_as_package_data(code: str) -> None:
    data = i18n.qm_bytes(code)
    assert data is not None and data == i18n_build.qm_path(code).read_bytes()


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    i18n.install_language(qapp, "en")


def test_french_translates_the_main_window_menus(english_after: QApplication) -> None:
    assert i18n.install_language(english_after, "fr") == "fr"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    assert english_after.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert i18n.current_language() == "fr"


@pytest.mark.parametrize("code", sorted(i18n.RIGHT_TO_LEFT))
def test_arabic_and_persian_switch_the_layout_right_to_left(english_after: QApplication,
                                                              code: str) -> None:
    assert i18n.install_language(english_after, code) == code
    assert english_after.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("MainWindow", "&File") not in ("&File", "File")
    i18n.install_language(english_after, "en")
    assert english_after.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_russian_translates_after_a_live_switch(english_after: QApplication) -> None:
    i18n.install_language(english_after, "ar")
    i18n.install_language(english_after, "ru")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Файл"
    assert english_after.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _draws_a_box(text: str, font: QFont) -> bool:
    """True when Qt draws some character of ``text`` as the 'missing glyph' box: neither the
    font nor any fallback font Qt picked has a glyph for it (shaped in context, so Arabic
    joining forms count)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    assert line.isValid()
    return any(0 in run.glyphIndexes() for run in line.glyphRuns())


def _boxes(text: str, font: QFont) -> list[str]:
    """The characters drawn as boxes (named, for the failure message); [] if none."""
    if not _draws_a_box(text, font):
        return []
    missing = [f"U+{ord(ch):04X} {ch}" for ch in sorted(set(text)) if _draws_a_box(ch, font)]
    return missing or ["(a joining form)"]


@pytest.mark.parametrize("code", CODES)
def test_every_translation_draws_without_boxes(qapp: QApplication, code: str) -> None:
    """Needs the fonts docs/i18n.md lists (fonts-dejavu-core on Debian/Ubuntu)."""
    texts = [t.replace("&", "") for _, _, m in _messages(code) for t in _texts(m) if t]
    texts.append(i18n.LANGUAGES[code])
    sample = " ".join(texts).replace("\n", " ")
    for bold in (False, True):
        font = QFont(qapp.font())
        font.setBold(bold)
        missing = _boxes(sample, font)
        assert not missing, (f"{code}{' bold' if bold else ''}: no glyph for {missing} in the fonts "
                             "Qt found; install the fonts listed in docs/i18n.md")


def test_language_names_and_local_digits_draw_without_boxes(qapp: QApplication) -> None:
    sample = " ".join(i18n.LANGUAGES.values()) + " ٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ٫ ٬ ٪ ، ؛ ؟ « » \u061c\u200c\u202f"
    assert not _boxes(sample, qapp.font())


def test_module_translation_helpers_are_spelled_out_for_lupdate() -> None:
    source = (
        "def _tr(text: str) -> str:\n"
        '    return QCoreApplication.translate("TaskTable", text)\n'
        "\n"
        'names = [_tr("Task"), _tr(\'Attempts\'), self._tr("Other", "x"), my_tr("y")]\n'
    )
    out = i18n_build.spell_out_helpers(source)
    assert 'QCoreApplication.translate("TaskTable", "Task")' in out
    assert "QCoreApplication.translate(\"TaskTable\", 'Attempts')" in out
    assert "def _tr(text: str)" in out  # the helper itself is left alone
    assert 'self._tr("Other", "x")' in out and 'my_tr("y")' in out
    assert i18n_build.spell_out_helpers("x = _tr('a')\n") == "x = _tr('a')\n"  # no helper defined


def test_missing_linguist_tools_give_a_clear_message(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(i18n_build.sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(i18n_build.importlib.util, "find_spec", lambda _name: None)
    with pytest.raises(i18n_build.ToolMissing, match="lupdate"):
        i18n_build.find_tool("lupdate")
    assert i18n_build.main(["fr"]) == 1
    err = capsys.readouterr().err
    assert "'lupdate' tool was not found" in err and "make.py translations" in err
    assert i18n_build.main(["xx"]) == 2


def test_plural_forms_follow_each_languages_rules(english_after: QApplication) -> None:
    """Russian picks another form for 1 than for 5, Arabic for 2 (dual) than for 5, French for 1
    than for 2; every form carries the number."""
    plurals = [(c, s) for c, s, m in _messages("ru") if m.get("numerus") == "yes"]
    assert plurals, "no plural message to check"
    differ = {"ru": (1, 5), "ar": (2, 5), "fr": (1, 2)}
    for code in CODES:
        i18n.install_language(english_after, code)
        for context, source in plurals:
            for n in (1, 2, 5):
                assert str(n) in QCoreApplication.translate(context, source, None, n), (code, n)
            if code in differ:
                a, b = differ[code]
                text_a, text_b = (QCoreApplication.translate(context, source, None, n)
                                  .replace(str(n), "") for n in (a, b))
                assert text_a != text_b, (code, source)


def _translate_ts_tool() -> ModuleType:  # tools/ is not a package: load the script as a module
    spec = importlib.util.spec_from_file_location("translate_ts", ROOT / "tools" / "translate_ts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_translate_ts_tool_fills_and_finishes_messages(tmp_path: Path) -> None:
    tool = _translate_ts_tool()
    (tmp_path / "uxlab_ru.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="ru_RU" sourcelanguage="en">\n<context>\n'
        "    <name>MainWindow</name>\n"
        "    <message>\n        <source>&amp;File</source>\n"
        '        <translation type="unfinished"></translation>\n    </message>\n'
        '    <message numerus="yes">\n        <source>%n task(s)</source>\n'
        '        <translation type="unfinished">\n            <numerusform></numerusform>\n'
        "            <numerusform></numerusform>\n            <numerusform></numerusform>\n"
        "        </translation>\n    </message>\n</context>\n</TS>\n", encoding="utf-8")
    todo = tool.todo(tmp_path)
    assert todo == {"MainWindow": {"&File": {"ru": ""}, "%n task(s)": {"ru": ["", "", ""]}}}
    done = tool.apply({"MainWindow": {"&File": {"ru": "&Файл"}},
                       "*": {"%n task(s)": {"ru": ["%n задание", "%n задания", "%n заданий"]}}},
                      tmp_path)
    assert done == {"ru": 2}
    assert tool.todo(tmp_path) == {}
    text = (tmp_path / "uxlab_ru.ts").read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    assert "&amp;Файл" in text and "%n заданий" in text
    # dumped under one context, the finished texts fill the same messages moved to another
    dumped = tool.dump("MainWindow", tmp_path)
    assert dumped == {"MainWindow": {"&File": {"ru": "&Файл"},
                                     "%n task(s)": {"ru": ["%n задание", "%n задания", "%n заданий"]}}}
    assert tool.dump("ReviewView", tmp_path) == {}
    with pytest.raises(ValueError, match="3 plural forms"):
        tool.apply({"*": {"%n task(s)": {"ru": ["x"]}}}, tmp_path, overwrite=True)
    try:
        i18n_build.release(tmp_path / "uxlab_ru.ts", tmp_path / "uxlab_ru.qm")
    except i18n_build.ToolMissing:
        return
    assert (tmp_path / "uxlab_ru.qm").stat().st_size > 0
