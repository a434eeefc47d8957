"""The layering we hold to, checked on the real import graph (import-linter checks it statically
in `make.py test`; this checks what actually gets imported at run time)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imported_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    ).stdout
    return set(out.split())


def test_command_line_path_imports_no_qt() -> None:
    mods = _imported_after("import uxlab.cli")
    assert not {m for m in mods if m.startswith(("PySide6", "pyqtgraph", "shiboken6"))}


def test_core_imports_no_io_libraries_or_qt() -> None:
    mods = _imported_after(
        "import uxlab.core.study, uxlab.core.session, uxlab.core.recorder, uxlab.core.events,"
        " uxlab.core.clock, uxlab.core.ordering, uxlab.core.questionnaires"
    )
    heavy = {"pandas", "openpyxl", "xlsxwriter", "PySide6", "pyqtgraph", "uxlab.storage", "uxlab.gui"}
    assert not {m for m in mods if m.split(".")[0] in heavy or m in heavy}


def test_every_package_is_listed_for_the_wheel() -> None:
    """A new subpackage that is not listed in pyproject.toml would be missing from a real install."""
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "uxlab").rglob("__init__.py")
    }
    assert found - listed == set(), f"add these to [tool.setuptools] packages: {sorted(found - listed)}"
