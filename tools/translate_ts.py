#!/usr/bin/env python3
"""Work on the interface translations (resources/translations/uxlab_<code>.ts) without Qt Linguist.

    python tools/translate_ts.py todo                # unfinished messages (and lupdate's
                                                     # suggestions), as JSON to fill in
    python tools/translate_ts.py apply FILE.json     # write translations in, mark them finished
    python tools/translate_ts.py apply FILE.json --overwrite   # also replace finished ones
    python tools/translate_ts.py dump CONTEXT        # the finished translations of one context,
                                                     # as JSON (to carry them when code moves)

FILE.json maps context -> source text -> language -> translation, e.g.
    {"MainWindow": {"&File": {"fr": "&Fichier", "ar": "ملف", "fa": "پرونده", "ru": "&Файл"}}}
The context "*" matches every context. A plural message (%n) takes a list: one entry per
numerus form of that language, in the order lupdate created them.
Then run ``python -m uxlab.gui.i18n_build`` to tidy the .ts files and compile the .qm files.
Standard library only.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'

Table = dict[str, dict[str, dict[str, str | list[str]]]]


def ts_files(folder: Path = TS_DIR) -> dict[str, Path]:
    return {p.stem.split("_", 1)[1]: p for p in sorted(folder.glob("uxlab_*.ts"))}


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        out.extend((name, m) for m in context.iter("message"))
    return out


def todo(folder: Path = TS_DIR) -> Table:
    """Every unfinished message and, per language, its current text: empty, or the suggestion
    lupdate filled in when the same text moved to another context (review it, then apply)."""
    table: Table = {}
    for code, path in ts_files(folder).items():
        for context, message in _messages(ET.parse(path).getroot()):
            tr = message.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            forms = tr.findall("numerusform")
            slot: str | list[str] = ([f.text or "" for f in forms] if message.get("numerus") == "yes"
                                     else tr.text or "")
            table.setdefault(context, {}).setdefault(source, {})[code] = slot
    return table


def dump(context: str, folder: Path = TS_DIR) -> Table:
    """The finished translations of ``context`` in the same JSON shape ``apply`` reads: kept
    before code moves to another class, then applied to the new context's messages."""
    table: Table = {}
    for code, path in ts_files(folder).items():
        for name, message in _messages(ET.parse(path).getroot()):
            tr = message.find("translation")
            if name != context or tr is None or tr.get("type") is not None:
                continue
            forms = tr.findall("numerusform")
            value: str | list[str] = ([f.text or "" for f in forms] if message.get("numerus") == "yes"
                                      else tr.text or "")
            table.setdefault(context, {}).setdefault(message.findtext("source") or "", {})[code] = value
    return table


def _lookup(table: Table, context: str, source: str, code: str) -> str | list[str] | None:
    for ctx in (context, "*"):
        entry = table.get(ctx, {}).get(source)
        if entry and entry.get(code) not in (None, "", []):
            return entry[code]
    return None


def apply(table: Table, folder: Path = TS_DIR, overwrite: bool = False) -> dict[str, int]:
    """Write the translations of ``table`` into the .ts files; returns how many per language."""
    done: dict[str, int] = {}
    for code, path in ts_files(folder).items():
        tree = ET.parse(path)
        n = 0
        for context, message in _messages(tree.getroot()):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("obsolete", "vanished"):
                continue
            if tr.get("type") != "unfinished" and not overwrite:
                continue
            value = _lookup(table, context, message.findtext("source") or "", code)
            if value is None:
                continue
            if message.get("numerus") == "yes":
                forms = tr.findall("numerusform")
                if not isinstance(value, list) or len(value) != len(forms):
                    raise ValueError(f"{code} {context}: {message.findtext('source')!r} needs a "
                                     f"list of {len(forms)} plural forms")
                for form, text in zip(forms, value, strict=True):
                    form.text = text
            else:
                if not isinstance(value, str):
                    raise ValueError(f"{code} {context}: {message.findtext('source')!r} "
                                     "takes one string")
                tr.text = value
            tr.attrib.pop("type", None)
            n += 1
        path.write_text(HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n",
                        encoding="utf-8")
        done[code] = n
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("todo", help="print the unfinished messages as JSON")
    ap = sub.add_parser("apply", help="write translations from a JSON file")
    ap.add_argument("file", type=Path)
    ap.add_argument("--overwrite", action="store_true", help="replace finished translations too")
    dp = sub.add_parser("dump", help="print one context's finished translations as JSON")
    dp.add_argument("context")
    args = parser.parse_args(argv)
    if args.command in ("todo", "dump"):
        json.dump(todo() if args.command == "todo" else dump(args.context), sys.stdout,
                  ensure_ascii=False, indent=1)
        print()
        return 0
    table = json.loads(args.file.read_text(encoding="utf-8"))
    for code, n in apply(table, overwrite=args.overwrite).items():
        print(f"{code}: {n} translation(s) written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
