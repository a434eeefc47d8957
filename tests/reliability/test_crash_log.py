"""Crash logs go to the per-user log folder, each in a new file, never through a link.

They used to be written to a fixed name in the shared temp folder, following symlinks: another
local user could plant ``/tmp/uxlab-crash.log -> a file of yours`` and have uxlab overwrite it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from uxlab.storage.crash_log import log_folder, write_crash_log

posix = pytest.mark.skipif(os.name == "nt", reason="POSIX symlinks and modes")


@pytest.fixture
def state_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return tmp_path


@posix
def test_the_log_is_a_private_new_file_in_the_users_log_folder(state_home: Path) -> None:
    if sys.platform == "linux":
        assert log_folder() == state_home / "state" / "uxlab" / "log"
    first = write_crash_log("Traceback one\n")
    second = write_crash_log("Traceback two\n")
    assert first != second and first.parent == second.parent == log_folder()
    assert first.read_text() == "Traceback one\n" and second.read_text() == "Traceback two\n"
    assert first.stat().st_mode & 0o777 == 0o600
    assert not Path(tempfile.gettempdir(), "uxlab-crash.log").is_symlink()


@posix
def test_a_planted_link_is_never_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    folder = tmp_path / "log"
    folder.mkdir()
    when = 1_800_000_000.0
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(when))
    planted = folder / f"crash-{stamp}-{os.getpid()}.log"
    planted.symlink_to(victim)
    dangling = folder / f"crash-{stamp}-{os.getpid()}-1.log"
    dangling.symlink_to(tmp_path / "would-be-created")
    log = write_crash_log("Traceback\n", folder, when)
    assert log == folder / f"crash-{stamp}-{os.getpid()}-2.log" and not log.is_symlink()
    assert victim.read_text() == "precious"
    assert not (tmp_path / "would-be-created").exists()
    assert log.read_text() == "Traceback\n"


@posix
def test_a_log_folder_that_is_a_link_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "log").symlink_to(elsewhere)
    with pytest.raises(OSError, match="link"):
        write_crash_log("Traceback\n", tmp_path / "log")
    assert list(elsewhere.iterdir()) == []


@posix
def test_the_cli_writes_its_crash_log_there(state_home: Path) -> None:
    """A bug in a command (simulated: a command that divides by zero) is logged there."""
    code = ("import sys, uxlab.cli as c\n"
            "c.COMMANDS['validate'] = lambda a: 1 / 0\n"
            "sys.exit(c.main(['validate', '.']))\n")
    planted = Path(tempfile.gettempdir()) / "uxlab-crash.log"
    env = dict(os.environ, XDG_STATE_HOME=str(state_home / "state"), HOME=str(state_home / "home"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          cwd=state_home)
    assert done.returncode == 1, done.stderr
    logs = list((state_home / "state" / "uxlab" / "log").glob("crash-*.log"))
    assert len(logs) == 1 and "ZeroDivisionError" in logs[0].read_text()
    assert str(logs[0]) in done.stderr and str(planted) not in done.stderr


@posix
def test_the_app_writes_its_crash_log_there(state_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = pytest.importorskip("uxlab.gui.app")
    told: list[str] = []
    monkeypatch.setattr(app.QMessageBox, "warning", lambda *a: told.append(a[2]))
    try:
        raise ValueError("a bug in a slot")
    except ValueError as exc:
        app._excepthook(ValueError, exc, exc.__traceback__)
    logs = list((state_home / "state" / "uxlab" / "log").glob("crash-*.log"))
    assert len(logs) == 1 and "a bug in a slot" in logs[0].read_text()
    assert all(str(logs[0]) in t for t in told)
