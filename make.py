#!/usr/bin/env python3
"""One-command setup and tasks for uxlab. Needs only Python 3.11+.

    python3 make.py run      # set up .venv if needed, open uxlab on (a copy of) the demo study
    python3 make.py test     # set up .venv if needed, run lint, type checks and the tests
    python3 make.py bench    # run the benchmarks and print their figures
    python3 make.py translations   # compile the .ts (Qt) and .po (gettext) catalogs
    python3 make.py screenshots    # redraw docs/screenshots/ (under Xvfb when xvfb-run exists)

The virtual environment lives in .venv/ and is rebuilt when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".uxlab-installed"


def _fingerprint() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_venv() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - make.py runs on whatever python3 is
        sys.exit(f"uxlab needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if not PY.exists():
        print(f"Creating virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    if not STAMP.exists() or STAMP.read_text() != _fingerprint():
        print("Installing uxlab and its dependencies into .venv ...", flush=True)
        subprocess.check_call([str(PY), "-m", "pip", "install", "-q", "--upgrade", "pip"])
        subprocess.check_call(
            [str(PY), "-m", "pip", "install", "-q", "-e", f"{ROOT}[test,dev]"]
        )
        STAMP.write_text(_fingerprint())


def run(cmd: list[str], env: dict[str, str] | None = None) -> int:
    print("$", " ".join(cmd), flush=True)
    return subprocess.call(cmd, cwd=ROOT, env=env)


def task_run(args: list[str]) -> int:
    # The demo opens as a copy in the user's data folder: sessions recorded while trying the app
    # never land in the repository.
    target = args or ["--demo"]
    return run([str(PY), "-m", "uxlab", *target])


def task_test(args: list[str]) -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    lint = [p for p in ("uxlab", "tests", "benchmarks", "tools", "make.py") if (ROOT / p).exists()]
    steps = [
        [str(BIN / "ruff"), "check", *lint],
        [str(BIN / "lint-imports")],
        [str(BIN / "mypy"), "uxlab/core"],
        [str(PY), "-m", "pytest", *args],
    ]
    for step in steps:
        rc = run(step, env)
        if rc != 0:
            print(f"FAILED: {' '.join(step)} (exit {rc})", flush=True)
            return rc
    return 0


def task_bench(args: list[str]) -> int:
    rc = 0
    for script in sorted((ROOT / "benchmarks").glob("bench_*.py")):
        rc |= run([str(PY), str(script), *args])
    return rc


def task_translations(args: list[str]) -> int:
    """Both catalog systems: the interface's Qt .ts -> .qm, and the export texts' gettext
    .po -> .mo (tools/labels_to_po.py; with --no-update it only compiles)."""
    rc = run([str(PY), "-m", "uxlab.gui.i18n_build", *args])
    po = [str(PY), str(ROOT / "tools" / "labels_to_po.py")]
    return rc or run([*po, "--compile-only"] if "--no-update" in args else po)


def task_screenshots(args: list[str]) -> int:
    import shutil

    rc = 0
    for script in sorted((ROOT / "tests" / "gui" / "shots").glob("*_shot.py")):
        if shutil.which("xvfb-run"):
            rc |= run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", str(PY), str(script), *args])
        else:
            rc |= run([str(PY), str(script), *args], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return rc


TASKS = {
    "run": task_run,
    "test": task_test,
    "bench": task_bench,
    "translations": task_translations,
    "screenshots": task_screenshots,
}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in TASKS:
        print(__doc__)
        return 2
    ensure_venv()
    return TASKS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
