"""The gettext catalogs of the export and report texts (resources/catalogs/uxlab_<code>.po / .mo):
complete, faithful to their placeholders, compiled from the current .po, read by the program
without Qt, and covering every text the exports look up. The same checks the Qt .ts files have
(tests/test_translations.py)."""

from __future__ import annotations

import ast
import gettext
import importlib.util
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

babel_pofile = pytest.importorskip("babel.messages.pofile", reason="Babel reads the .po files")

from uxlab.analysis.metrics import METHODS  # noqa: E402
from uxlab.export import catalog, labels  # noqa: E402
from uxlab.export.columns import COLUMNS, OPTIONAL_SHEETS, SHEETS  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "catalogs"
CODES = catalog.TRANSLATED
# {name}, {0}, {total:,}, %s, %d, %(name)s, %1 and HTML tags must survive translation unchanged.
PLACEHOLDER = re.compile(r"\{[0-9A-Za-z_]*(?::[^{}]*)?\}|%\([A-Za-z_]+\)[sdfr]|%[sdfr]|%[0-9]"
                         r"|</?[A-Za-z][A-Za-z0-9]*\b[^<>]*>")
ARABIC_YEH_KAF = "\u064a\u0643"   # ي ك: never in Persian, which has ی ک
PERSIAN_YEH_KAF = "\u06cc\u06a9"  # ی ک: never in Arabic


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("labels_to_po", ROOT / "tools" / "labels_to_po.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _read(path: Path, locale: str | None = None):  # type: ignore[no-untyped-def]
    with path.open("rb") as fh:
        return babel_pofile.read_po(fh, locale=locale)


def _messages(code: str) -> list:  # type: ignore[type-arg]
    return [m for m in _read(FOLDER / f"uxlab_{code}.po", code) if m.id]


def _label(m) -> str:  # type: ignore[no-untyped-def]
    return f"{m.context or ''}|{str(m.id)[:70]!r}"


def test_languages_match_the_exports_and_the_interface() -> None:
    from uxlab.gui import i18n_build  # the .ts build runs without Qt, so this imports no Qt

    assert set(CODES) == set(labels.LANGUAGES) - {"en"} == set(i18n_build.TRANSLATED)


@pytest.mark.parametrize("code", CODES)
def test_po_file_is_for_its_language_and_matches_the_template(code: str) -> None:
    cat = _read(FOLDER / f"uxlab_{code}.po")
    assert str(cat.locale) == code
    template = {(m.context, m.id) for m in _read(FOLDER / "uxlab.pot") if m.id}
    ours = {(m.context, m.id) for m in cat if m.id}
    assert ours == template, (f"uxlab_{code}.po and uxlab.pot differ: run python3 make.py "
                              f"translations ({sorted(map(str, ours ^ template))[:5]})")


@pytest.mark.parametrize("code", CODES)
def test_every_message_is_translated(code: str) -> None:
    unfinished = [_label(m) for m in _messages(code) if not m.string or not str(m.string).strip()
                  or m.fuzzy]
    assert not unfinished, f"{code}: {len(unfinished)} unfinished: " + "; ".join(unfinished[:20])


@pytest.mark.parametrize("code", CODES)
def test_placeholders_and_markup_survive(code: str) -> None:
    wrong = [f"{_label(m)} -> {m.string!r}" for m in _messages(code)
             if Counter(PLACEHOLDER.findall(str(m.id))) != Counter(PLACEHOLDER.findall(str(m.string)))]
    assert not wrong, f"{code}: placeholders differ from the source: " + "; ".join(wrong)


@pytest.mark.parametrize("code", CODES)
def test_spacing_and_line_breaks_match(code: str) -> None:
    wrong = [f"{_label(m)} -> {m.string!r}" for m in _messages(code)
             if (str(m.id)[:1].isspace() != str(m.string)[:1].isspace()
                 or str(m.id)[-1:].isspace() != str(m.string)[-1:].isspace()
                 or str(m.id).count("\n") != str(m.string).count("\n"))]
    assert not wrong, f"{code}: " + "; ".join(wrong)


@pytest.mark.parametrize(("code", "foreign"), [("fa", ARABIC_YEH_KAF), ("ar", PERSIAN_YEH_KAF)])
def test_persian_and_arabic_letters_are_not_mixed(code: str, foreign: str) -> None:
    wrong = [_label(m) for m in _messages(code) if any(ch in str(m.string) for ch in foreign)]
    assert not wrong, f"{code} uses the other language's yeh/kaf: " + "; ".join(wrong)


@pytest.mark.parametrize("code", CODES)
def test_committed_mo_is_compiled_from_the_po(code: str) -> None:
    mo = FOLDER / f"uxlab_{code}.mo"
    assert mo.is_file(), f"{mo} is missing: run python3 make.py translations"
    assert mo.read_bytes() == _tool().compiled(code), (
        f"{mo.name} is older than uxlab_{code}.po: run python3 make.py translations")


def test_a_changed_po_makes_its_mo_stale_and_compiling_fixes_it(tmp_path: Path) -> None:
    folder = tmp_path / "catalogs"
    shutil.copytree(FOLDER, folder)
    tool = _tool()
    assert tool.stale(folder) == []
    po = folder / "uxlab_fr.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Synthèse"', 'msgstr "Résumé"'),
                  encoding="utf-8")
    assert tool.stale(folder) == [folder / "uxlab_fr.mo"]
    run = [sys.executable, str(ROOT / "tools" / "labels_to_po.py"), "--folder", str(folder)]
    check = subprocess.run([*run, "--check"], capture_output=True, text=True, check=False)
    assert check.returncode == 1 and "uxlab_fr.mo" in check.stdout
    subprocess.run([*run, "--compile-only"], check=True)
    assert tool.stale(folder) == []
    with (folder / "uxlab_fr.mo").open("rb") as fh:
        assert gettext.GNUTranslations(fh).pgettext(catalog.SHEET, "Summary") == "Résumé"


@pytest.mark.parametrize("code", CODES)
def test_the_program_reads_every_message_as_the_po_says(code: str) -> None:
    """The shipped .mo, read through the package's resources with the standard library, gives
    each .po message's translation under its context."""
    wrong = [_label(m) for m in _messages(code)
             if catalog.text(str(m.id), code, m.context) != m.string]
    assert not wrong, f"{code}: " + "; ".join(wrong[:20])


def test_english_is_the_source_and_unknown_texts_stay_english() -> None:
    assert labels.tr("Completion rate", "en") == "Completion rate"
    assert labels.tr("Completion rate", "fr") == "Taux de réussite"
    assert labels.tr("a text no catalog has", "ru") == "a text no catalog has"
    assert catalog.translated("a text no catalog has", "fa") is None
    # a translation equal to its source is still a translation
    assert catalog.translated("Participants", "fr", catalog.SHEET) == "Participants"


@pytest.mark.parametrize("code", CODES)
def test_every_sheet_column_unit_and_method_has_a_translation(code: str) -> None:
    for key, english in {**SHEETS, **OPTIONAL_SHEETS}.items():
        assert catalog.translated(english, code, catalog.SHEET), (code, key)
    for col, (_meaning, unit) in COLUMNS.items():
        assert catalog.translated(col, code, catalog.HEADER), (code, col)
        assert labels.column_meaning(col, code, "EN") != "EN", (code, col)
        if not re.fullmatch(r"[0-9/ .-]+", unit):
            assert catalog.translated(unit, code, catalog.UNIT), (code, unit)
    for m in METHODS:
        assert (labels.method_name(m["name"], code) != m["name"]
                or m["name"] in _tool().KEPT_AS_IS), (code, m["name"])
    for key in labels.READING_SOURCE:
        assert catalog.translated(labels.READING_SOURCE[key], code, catalog.READING), (code, key)


def _literal_lookups() -> list[tuple[str, int, str]]:
    """Every ``labels.tr("literal", ...)``, ``tr("literal", ...)`` (in labels.py) and
    ``f.t("literal")`` (the HTML report's formatter) outside the GUI, so a text added in code
    without a catalog entry is caught."""
    out = []
    for path in sorted((ROOT / "uxlab").rglob("*.py")):
        if "gui" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            owner = f.value.id if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) else ""
            if ((name == "tr" and (owner == "labels" or path.name == "labels.py"))
                    or (owner == "f" and name == "t")):
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    out.append((str(path.relative_to(ROOT)), node.lineno, arg.value))
    return out


def test_every_literal_text_the_code_looks_up_is_in_the_catalogs() -> None:
    lookups = _literal_lookups()
    assert len(lookups) > 20  # the scan finds the export code's lookups
    template = {m.id for m in _read(FOLDER / "uxlab.pot") if m.id and m.context is None}
    missing = [f"{file}:{line} {text!r}" for file, line, text in lookups if text not in template]
    assert not missing, ("texts looked up in code but absent from resources/catalogs/uxlab.pot "
                         "(add them to the .po files, docs/translating.md): " + "; ".join(missing))


def test_reading_the_catalogs_loads_neither_qt_nor_babel() -> None:
    code = ("import sys; from uxlab.export import labels; labels.tr('Completion rate', 'ar'); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'shiboken6', 'pyqtgraph', 'babel')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_catalogs_ship_as_package_data() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    tool = config["tool"]["setuptools"]
    assert "uxlab.resources.catalogs" in tool["packages"]
    assert "*.mo" in tool["package-data"]["uxlab.resources.catalogs"]


@pytest.mark.slow
def test_make_translations_builds_both_catalog_systems() -> None:
    """``python3 make.py translations --no-update`` compiles the .ts and the .po files; on an
    up-to-date checkout it reproduces every committed compiled file byte for byte."""
    compiled = sorted([*FOLDER.glob("*.mo"), *(ROOT / "resources" / "translations").glob("*.qm")])
    before = {p: p.read_bytes() for p in compiled}
    out = subprocess.run([sys.executable, str(ROOT / "make.py"), "translations", "--no-update"],
                         capture_output=True, text=True, check=False, cwd=ROOT)
    if "lrelease" in out.stdout + out.stderr and out.returncode != 0:
        pytest.skip(f"Qt's lrelease is unavailable here: {out.stderr.strip()[-200:]}")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "labels_to_po.py --compile-only" in out.stdout  # the gettext half ran
    assert {p: p.read_bytes() for p in compiled} == before
