#!/usr/bin/env python3
"""Carry the export/report texts from per-language Python dicts into the gettext catalogs, then
compile them: ``python3 tools/labels_to_po.py``.

The catalogs (resources/catalogs/uxlab.pot and uxlab_<lang>.po, compiled to .mo) are where these
texts live; docs/translating.md says how a translator works on them. This script is repeatable:

1. it reads the existing catalogs (translations made in Poedit are kept);
2. if the legacy dicts still exist in the code (``_SHEET_NAMES``, ``_COLUMNS``, ``_UNITS``,
   ``_TEXTS``, ``_READING``, ``_CUT_MARKER``, ``_TEXT_LIMIT_NOTE`` in uxlab/export/labels.py,
   ``SHEET_NAMES``, ``HEADERS``, ``MATRIX_MEANINGS``, ``TEXTS`` in problem_labels.py,
   ``LAYOUT_NOTE`` in xlsx.py), their entries are added to the catalogs, a dict's text winning
   over the catalog's (the dict is the newer edit when someone added a label there);
3. it writes the template and the catalogs, then compiles every .po into its .mo with Babel.

Where the dicts are gone it only normalises and recompiles. ``--check`` writes nothing and exits 1
when a .mo is missing or older in content than its .po.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CATALOG_DIR = ROOT / "resources" / "catalogs"
TRANSLATED = ("fr", "ar", "fa", "ru")
DOMAIN = "uxlab"
# Instrument names every language writes the same way (the dicts left them out where unchanged).
KEPT_AS_IS = frozenset({"SUS", "UMUX-Lite", "NPS", "CSAT", "CES", "SEQ"})
# Fixed dates: the files change only when a text does.
FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)

# Message contexts (msgctxt): the ones uxlab/export/catalog.py looks texts up with.
from uxlab.export.catalog import HEADER, LAYOUT, MEANING, METHOD, READING, SHEET, UNIT, UNIT_SYMBOL  # noqa: E402

# Texts that were inline dicts in the code, carried once: a catalog's own text wins over these.
INLINE = {
    (UNIT_SYMBOL, "s"): {"fr": "s", "ar": "ث", "fa": "ث", "ru": "с"},
}


@dataclass
class Entry:
    context: str | None
    msgid: str
    strings: dict[str, str] = field(default_factory=dict)
    comment: str = ""

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.context, self.msgid)


def _legacy_entries() -> Iterator[Entry]:
    """Every text the legacy dicts still hold, as catalog entries."""
    from uxlab.export import columns, labels, problem_labels, xlsx

    english_sheets = {**columns.SHEETS, **columns.OPTIONAL_SHEETS}
    sheet_names = _merged(getattr(labels, "_SHEET_NAMES", {}), getattr(problem_labels, "SHEET_NAMES", {}))
    for lang, names in sheet_names.items():
        for key, text in names.items():
            yield Entry(SHEET, english_sheets[key], {lang: text}, f"sheet key: {key}")

    heads = _merged(getattr(labels, "_COLUMNS", {}), getattr(problem_labels, "HEADERS", {}))
    for lang, cols in heads.items():
        for key, (header, meaning) in cols.items():
            english = _english_meaning(key, columns, xlsx)
            yield Entry(HEADER, key, {lang: header}, f"meaning: {english}")
            yield Entry(MEANING + key, english, {lang: meaning})

    for lang, units in getattr(labels, "_UNITS", {}).items():
        for text, translated in units.items():
            yield Entry(UNIT, text, {lang: translated})

    texts = _merged(getattr(labels, "_TEXTS", {}), getattr(problem_labels, "TEXTS", {}))
    matrix = getattr(problem_labels, "MATRIX_MEANINGS", {})
    for lang, text in matrix.items():
        texts.setdefault(lang, {})[problem_labels.MATRIX_MEANING] = text
    for lang, table in texts.items():
        for text, translated in table.items():
            if text != text.strip():  # a method name that differs from the same word elsewhere
                yield Entry(METHOD, text.strip(), {lang: translated.strip()})
            else:
                yield Entry(None, text, {lang: translated})

    for lang, words in getattr(labels, "_READING", {}).items():
        for key, translated in words.items():
            stripped = translated.strip() if key.endswith(" ") else translated
            yield Entry(READING, labels.READING_SOURCE[key], {lang: stripped})

    for name in ("_CUT_MARKER", "_TEXT_LIMIT_NOTE"):
        table = getattr(labels, name, {})
        for lang, translated in table.items():
            if lang != "en":
                yield Entry(None, table["en"], {lang: translated})

    layout = getattr(xlsx, "LAYOUT_NOTE", "")
    for lang, translated in (layout.items() if isinstance(layout, dict) else ()):
        if lang != "en":
            yield Entry(LAYOUT, labels.LAYOUT_NOTE_SOURCE, {lang: translated})


def _merged(*tables: dict[str, dict]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for table in tables:
        for lang, entries in table.items():
            out.setdefault(lang, {}).update(entries)
    return out


def _english_meaning(key: str, columns: object, xlsx: object) -> str:
    cols = getattr(columns, "COLUMNS", {})
    if key in cols:
        return str(cols[key][0])
    summary = getattr(xlsx, "SUMMARY_MEANINGS", {})
    if key in summary:
        return str(summary[key][0])
    raise SystemExit(f"labels_to_po: column '{key}' has a translated meaning but no English one "
                     "in uxlab/export/columns.py COLUMNS; add it there, then run again")


def _po_path(lang: str, folder: Path = CATALOG_DIR) -> Path:
    return folder / f"uxlab_{lang}.po"


def _read(path: Path, locale: str | None) -> Catalog | None:
    if not path.exists():
        return None
    with path.open("rb") as fh:
        return read_po(fh, locale=locale, domain=DOMAIN)


def _new_catalog(locale: str | None) -> Catalog:
    cat = Catalog(locale=locale, domain=DOMAIN, project="uxlab", version="0.1",
                  copyright_holder="uxlab contributors",
                  msgid_bugs_address="the uxlab issue tracker",
                  creation_date=FIXED_DATE, revision_date=FIXED_DATE,
                  language_team=f"uxlab {locale}" if locale else "uxlab",
                  last_translator="uxlab contributors",
                  header_comment="# Export and report texts of uxlab (docs/translating.md).\n"
                                 "# Written and compiled by tools/labels_to_po.py.")
    cat.fuzzy = False
    return cat


def collect() -> list[Entry]:
    """The union of the existing catalogs and the legacy dicts, in a stable order."""
    entries: dict[tuple[str | None, str], Entry] = {}
    template = _read(CATALOG_DIR / "uxlab.pot", None)
    if template is not None:
        for m in template:
            if m.id:
                comment = "\n".join(m.auto_comments)
                entries[(m.context, str(m.id))] = Entry(m.context, str(m.id), {}, comment)
    for lang in TRANSLATED:
        cat = _read(_po_path(lang), lang)
        for m in cat or []:
            if not m.id:
                continue
            e = entries.setdefault((m.context, str(m.id)), Entry(m.context, str(m.id)))
            if m.string and not m.fuzzy:
                e.strings[lang] = str(m.string)
            if not e.comment and m.auto_comments:
                e.comment = "\n".join(m.auto_comments)
    for (context, msgid), strings in INLINE.items():
        e = entries.setdefault((context, msgid), Entry(context, msgid))
        e.strings = {**strings, **e.strings}
    for new in _legacy_entries():
        e = entries.setdefault(new.key, Entry(new.context, new.msgid))
        e.strings.update(new.strings)
        e.comment = new.comment or e.comment
    for e in entries.values():
        if e.context is None and e.msgid in KEPT_AS_IS:
            e.strings = {lang: e.strings.get(lang) or e.msgid for lang in TRANSLATED}
    return list(entries.values())


def write(entries: list[Entry]) -> None:
    CATALOG_DIR.mkdir(parents=True, exist_ok=True)
    template = _new_catalog(None)
    for e in entries:
        template.add(e.msgid, "", context=e.context, auto_comments=_comments(e))
    _write_po(template, CATALOG_DIR / "uxlab.pot")
    for lang in TRANSLATED:
        cat = _new_catalog(lang)
        for e in entries:
            cat.add(e.msgid, e.strings.get(lang, ""), context=e.context,
                    auto_comments=_comments(e))
        _write_po(cat, _po_path(lang))


def _comments(e: Entry) -> list[str]:
    return e.comment.splitlines() if e.comment else []


def _write_po(cat: Catalog, path: Path) -> None:
    buf = io.BytesIO()
    write_po(buf, cat, width=100, sort_output=False, include_previous=False)
    path.write_bytes(buf.getvalue())


def compiled(lang: str, folder: Path = CATALOG_DIR) -> bytes:
    """The .mo bytes Babel makes from the current .po of ``lang`` (untranslated and fuzzy
    messages left out, so the program shows English there)."""
    cat = _read(_po_path(lang, folder), lang)
    if cat is None:
        raise SystemExit(f"labels_to_po: {_po_path(lang, folder)} is missing")
    buf = io.BytesIO()
    write_mo(buf, cat, use_fuzzy=False)
    return buf.getvalue()


def compile_all(folder: Path = CATALOG_DIR) -> None:
    for lang in TRANSLATED:
        data = compiled(lang, folder)
        mo = folder / f"uxlab_{lang}.mo"
        if not mo.exists() or mo.read_bytes() != data:
            mo.write_bytes(data)


def stale(folder: Path = CATALOG_DIR) -> list[Path]:
    """The .mo files that are missing or differ from what their .po compiles to."""
    out = []
    for lang in TRANSLATED:
        mo = folder / f"uxlab_{lang}.mo"
        if not mo.exists() or mo.read_bytes() != compiled(lang, folder):
            out.append(mo)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 when a compiled catalog is stale")
    parser.add_argument("--compile-only", action="store_true",
                        help="only compile the .po files into .mo (no dict carry-over)")
    parser.add_argument("--folder", type=Path, default=CATALOG_DIR,
                        help="the catalog folder (--check and --compile-only)")
    args = parser.parse_args(argv)
    if args.check:
        bad = stale(args.folder)
        for path in bad:
            print(f"stale or missing: {path} (run python3 make.py translations)")
        return 1 if bad else 0
    if args.compile_only:
        compile_all(args.folder)
        return 0
    entries = collect()
    write(entries)
    missing = {lang: sum(1 for e in entries if lang not in e.strings) for lang in TRANSLATED}
    print(f"{len(entries)} messages; untranslated: "
          + ", ".join(f"{k} {v}" for k, v in missing.items()))
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
