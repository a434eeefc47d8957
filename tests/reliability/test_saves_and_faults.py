"""Saves killed midway, disk full, read-only folders, files deleted under the app."""

from __future__ import annotations

import errno
import os
import random
import signal
import sys
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from uxlab.analysis.metrics import analyze
from uxlab.analysis.tables import load_tables
from uxlab.core.clock import FakeClock
from uxlab.core.errors import JournalError, RecorderError
from uxlab.demo import write_demo
from uxlab.export.xlsx import export_xlsx
from uxlab.storage.journal import open_recorder, read_journal, rescue_session
from uxlab.storage.study_files import journal_path, load_study, save_study

fork_only = pytest.mark.skipif(sys.platform == "win32", reason="needs fork")


def _kill_loop(action, points: int, seed: int, max_delay: float) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    for _ in range(points):
        pid = os.fork()
        if pid == 0:
            try:
                while True:
                    action()
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0, max_delay))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        yield


@fork_only
@pytest.mark.slow
def test_a_kill_during_study_save_never_leaves_a_broken_file(tmp_path: Path) -> None:
    write_demo(tmp_path, participants=4)
    a = load_study(tmp_path)
    b = load_study(tmp_path)
    b.title = "Renamed " + "x" * 5000
    b.tasks[0].scenario = {"en": "A much longer scenario " * 200}
    flip = [a, b]

    def save() -> None:
        flip.reverse()
        save_study(tmp_path, flip[0])

    kills = 0
    for _ in _kill_loop(save, 200, 11, 0.01):
        kills += 1
        s = load_study(tmp_path)  # parses: never truncated, never empty
        assert s.title in (a.title, b.title)
    assert kills == 200
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) <= 200  # killed mid-write temp files may remain; never the study itself


@fork_only
@pytest.mark.slow
def test_a_kill_during_export_never_leaves_a_broken_workbook(tmp_path: Path) -> None:
    write_demo(tmp_path / "s", participants=6)
    tables = load_tables(tmp_path / "s")
    results = analyze(tables)
    out = tmp_path / "r.xlsx"
    export_xlsx(tables, results, out)
    for _ in _kill_loop(lambda: export_xlsx(tables, results, out), 30, 5, 0.4):
        with zipfile.ZipFile(out) as z:
            assert z.testzip() is None
        assert len(pd.read_excel(out, sheet_name="Tasks")) == len(tables.tasks)


def test_disk_full_keeps_events_in_memory_and_retries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "P.jsonl"
    rec = open_recorder(path, participant="P", clock=FakeClock())
    rec.start_session("P", ["a"])
    rec.start_task("a")
    before = path.read_bytes()
    real_write = os.write

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(RecorderError, match=r"No space left on device.*kept in memory"):
        rec.marker("error", "one")
    with pytest.raises(RecorderError, match="2 event"):
        rec.marker("note", "two")  # later commands queue behind the first, in order
    assert path.read_bytes() == before  # nothing already written is damaged
    assert rec.flush_unsaved() == 2  # still full: nothing lost, nothing written
    monkeypatch.setattr(os, "write", real_write)
    assert rec.flush_unsaved() == 0
    events = read_journal(path).events
    assert [e.data.get("text") for e in events[-2:]] == ["one", "two"]
    assert [e.seq for e in events] == list(range(1, len(events) + 1))


def test_journal_deleted_under_the_app_is_noticed_and_rescued(tmp_path: Path) -> None:
    path = tmp_path / "P.jsonl"
    rec = open_recorder(path, participant="P", clock=FakeClock())
    rec.start_session("P", ["a"])
    rec.marker("note", "before")
    path.unlink()  # someone cleans the folder mid-session
    with pytest.raises(RecorderError, match="deleted or replaced"):
        rec.marker("note", "after")
    assert len(rec.unsaved) == 1
    (tmp_path / "elsewhere").mkdir()
    new = rescue_session(rec, tmp_path / "elsewhere" / "P-rescued.jsonl")
    rec.marker("note", "carry on")
    texts = [e.data.get("text") for e in read_journal(new).events if e.kind == "marker"]
    assert texts == ["before", "after", "carry on"]


def test_read_only_folder_gives_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    real_open = os.open

    def refuse(path, flags, *a):  # type: ignore[no-untyped-def]
        if str(path).endswith(".jsonl"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *a)

    monkeypatch.setattr(os, "open", refuse)

    write_demo(tmp_path / "s", participants=1) if False else None
    with pytest.raises(PermissionError):
        open_recorder(journal_path(tmp_path, "P1"), participant="P1")


def test_rescue_refuses_to_overwrite(tmp_path: Path) -> None:
    rec = open_recorder(tmp_path / "P.jsonl", participant="P", clock=FakeClock())
    rec.start_session("P", ["a"])
    (tmp_path / "taken.jsonl").write_text("x")
    with pytest.raises(JournalError, match="already exists"):
        rescue_session(rec, tmp_path / "taken.jsonl")


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_saved_files_are_readable_by_colleagues(tmp_path: Path) -> None:
    """Atomic saves go through a private temp file; the result still gets normal permissions."""
    from uxlab.storage.atomic import atomic_write_bytes, atomic_write_with

    umask = os.umask(0o022)
    os.umask(umask)
    new = tmp_path / "new.bin"
    atomic_write_bytes(new, b"x")
    assert new.stat().st_mode & 0o777 == 0o666 & ~umask
    shared = tmp_path / "shared.xlsx"
    shared.write_bytes(b"old")
    shared.chmod(0o664)
    atomic_write_with(shared, lambda p: p.write_bytes(b"new"))
    assert shared.stat().st_mode & 0o777 == 0o664  # a replaced file keeps its mode
