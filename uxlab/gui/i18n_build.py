"""Rebuild the interface translations: ``python -m uxlab.gui.i18n_build`` (``make.py translations``).

1. ``pyside6-lupdate`` scans every ``.py`` under ``uxlab/gui`` and merges new or changed strings into
   ``resources/translations/uxlab_<code>.ts`` (existing translations are kept; strings no longer in
   the code are dropped);
2. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads.

The ``.qm`` files are committed, so an installed uxlab needs no build step. Options:
``--no-update`` only compiles (no source scan); ``--check`` exits 1 when a message is unfinished.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUI_DIR = ROOT / "uxlab" / "gui"
TS_DIR = ROOT / "resources" / "translations"
# Every language but English, the source language. Kept here (not imported from i18n) so the build
# runs without starting Qt; tests check it matches i18n.LANGUAGES.
TRANSLATED = ("fr", "ar", "fa", "ru")


class ToolMissing(RuntimeError):
    """A Qt Linguist tool (lupdate / lrelease) could not be found."""


@dataclass(frozen=True)
class Counts:
    finished: int
    unfinished: int

    @property
    def total(self) -> int:
        return self.finished + self.unfinished


def find_tool(name: str) -> Path:
    """``name`` is 'lupdate' or 'lrelease'. Looks next to this Python (a venv's bin), on PATH,
    then inside the installed PySide6 package."""
    exe = ".exe" if os.name == "nt" else ""
    candidates = [Path(sys.executable).parent / f"pyside6-{name}{exe}"]
    for found in (shutil.which(f"pyside6-{name}"), shutil.which(name)):
        if found:
            candidates.append(Path(found))
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        candidates.append(Path(spec.origin).parent / f"{name}{exe}")
    for path in candidates:
        if path.is_file() and os.access(path, os.X_OK):
            return path
    raise ToolMissing(
        f"Qt's '{name}' tool was not found (looked for pyside6-{name} next to {sys.executable}, "
        f"on PATH and in the PySide6 package). Install PySide6 (pip install PySide6-Essentials) "
        "in this environment, or run 'python3 make.py translations', which sets it up."
    )


def ts_path(code: str, folder: Path = TS_DIR) -> Path:
    return folder / f"uxlab_{code}.ts"


def qm_path(code: str, folder: Path = TS_DIR) -> Path:
    return folder / f"uxlab_{code}.qm"


def gui_sources(gui_dir: Path = GUI_DIR) -> list[Path]:
    """Every Python file of the interface, in a stable order."""
    return sorted(p for p in gui_dir.rglob("*.py") if "__pycache__" not in p.parts)


# A module-level translation helper, e.g.
#     def _tr(text: str) -> str:
#         return QCoreApplication.translate("TaskTable", text)
# lupdate cannot see through it, so its calls are spelled out before scanning (see below).
_HELPER = re.compile(
    r"^def (?P<name>\w+)\(\s*(?P<arg>\w+)(?:\s*:\s*str)?\s*\)(?:\s*->\s*str)?\s*:\s*\n"
    r"\s+return\s+(?:QCoreApplication|QApplication)\.translate\(\s*"
    r"(?P<q>[\"'])(?P<context>[^\"']+)(?P=q)\s*,\s*(?P=arg)\s*\)",
    re.MULTILINE)


def spell_out_helpers(source: str) -> str:
    """``_tr("Task")`` -> ``QCoreApplication.translate("TaskTable", "Task")`` for every module-level
    helper that only forwards its text to ``translate`` with a fixed context, so that lupdate
    extracts those strings under the context they are looked up with at run time."""
    for helper in _HELPER.finditer(source):
        call = re.compile(rf"(?<![\w.])(?<!def ){re.escape(helper['name'])}\(")
        source = call.sub(f'QCoreApplication.translate("{helper["context"]}", ', source)
    return source


def _run(cmd: list[str]) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(
            f"{Path(cmd[0]).name} failed (exit {done.returncode}):\n{done.stdout}{done.stderr}"
        )
    return done.stdout + done.stderr


def update(ts_files: list[Path], sources: list[Path] | None = None) -> str:
    """Merge the strings found in ``sources`` into ``ts_files`` (created when missing)."""
    sources = gui_sources() if sources is None else sources
    lupdate = find_tool("lupdate")
    for ts in ts_files:
        ts.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="uxlab-lupdate-") as tmp:
        scanned = []
        for i, src in enumerate(sources):
            copy = Path(tmp) / f"{i:04d}_{src.name}"
            copy.write_text(spell_out_helpers(src.read_text(encoding="utf-8")), encoding="utf-8")
            scanned.append(copy)
        cmd = [str(lupdate), "-no-obsolete", "-locations", "none", "-source-language", "en",
               *map(str, scanned), "-ts", *map(str, ts_files)]
        return _run(cmd)


def release(ts: Path, qm: Path) -> None:
    """Compile one ``.ts`` into ``qm`` (the same options the committed files were built with)."""
    _run([str(find_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)])


def counts(ts: Path) -> Counts:
    """Finished / unfinished messages of a ``.ts`` file."""
    finished = unfinished = 0
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        if kind == "unfinished":
            unfinished += 1
        else:
            finished += 1
    return Counts(finished, unfinished)


def build(codes: tuple[str, ...] = TRANSLATED, *, scan: bool = True,
          folder: Path = TS_DIR) -> dict[str, Counts]:
    """Update (when ``scan``) and compile the translations of ``codes``; returns their counts."""
    ts_files = [ts_path(c, folder) for c in codes]
    if scan:
        update(ts_files)
    result: dict[str, Counts] = {}
    for code, ts in zip(codes, ts_files, strict=True):
        if not ts.exists():
            raise FileNotFoundError(f"{ts} does not exist; run without --no-update to create it.")
        release(ts, qm_path(code, folder))
        result[code] = counts(ts)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m uxlab.gui.i18n_build", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-update", action="store_true",
                        help="only compile the .ts files (do not scan the sources)")
    parser.add_argument("--check", action="store_true",
                        help="exit with status 1 if any message is still unfinished")
    parser.add_argument("languages", nargs="*", metavar="CODE",
                        help=f"languages to build (default: {' '.join(TRANSLATED)})")
    args = parser.parse_args(argv)
    codes = tuple(args.languages) or TRANSLATED
    unknown = [c for c in codes if c not in TRANSLATED]
    if unknown:
        print(f"Unknown language code(s): {', '.join(unknown)}. Known: {' '.join(TRANSLATED)}.",
              file=sys.stderr)
        return 2
    try:
        result = build(codes, scan=not args.no_update)
    except (ToolMissing, RuntimeError, FileNotFoundError) as exc:
        print(f"uxlab translations: {exc}", file=sys.stderr)
        return 1
    if not args.no_update:
        print(f"Scanned {len(gui_sources())} source files under {GUI_DIR.relative_to(ROOT)}.")
    for code, c in result.items():
        print(f"{code}: {c.finished} finished, {c.unfinished} unfinished "
              f"-> {qm_path(code).relative_to(ROOT)}")
    if args.check and any(c.unfinished for c in result.values()):
        print("Some messages are unfinished: translate them in the .ts files, then rebuild.",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
