"""resources/ ships inside the wheel and is found with importlib.resources after a regular,
non-editable install."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_carries_resources_and_they_load_after_install(tmp_path: Path) -> None:
    wheel_dir = tmp_path / "wheel"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheel_dir), str(ROOT)],
        check=True, capture_output=True,
    )
    (wheel,) = wheel_dir.glob("uxlab-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "uxlab/resources/questionnaires/sus.json" in names
    assert {f"uxlab/resources/catalogs/uxlab_{c}.mo" for c in ("fr", "ar", "fa", "ru")} <= names
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
        check=True, capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run(
        [sys.executable, "-c",
         "import uxlab, uxlab.storage.resources as r; from uxlab.export import labels;"
         "print(uxlab.__file__); print(sorted(r.builtin_questionnaires()));"
         "print(labels.tr('Completion rate', 'fr'))"],
        check=True, capture_output=True, text=True, env=env, cwd=tmp_path,
    ).stdout.splitlines()
    assert out[0].startswith(str(target)), "the installed copy, not the source tree, was imported"
    assert "sus" in out[1]
    assert out[2] == "Taux de réussite"  # the compiled export catalogs ship, no build step
