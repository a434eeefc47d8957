"""A genuinely full disk (a small tmpfs), not a mocked write: nothing acknowledged is lost.

A full disk can accept part of a line. Before the journal writer cut failed appends back, the
retry appended the whole line after the fragment and the reader dropped the merged line as
damage, while the recorder reported everything saved.
"""

from __future__ import annotations

import json
import os
import random
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from uxlab.core.clock import FakeClock
from uxlab.core.errors import RecorderError
from uxlab.core.recorder import Recorder
from uxlab.storage.journal import open_recorder, read_journal

Mount = Callable[[str], Path]
Fill = Callable[[Path], Path]


def _crc(d: dict[str, object]) -> int:
    return zlib.crc32(json.dumps(d, sort_keys=True).encode())


def test_disk_full_then_retry_keeps_every_acknowledged_event(small_tmpfs: Mount, fill: Fill) -> None:
    disk = small_tmpfs("64k")
    path = disk / "P01.jsonl"
    rec = open_recorder(path, participant="P01", clock=FakeClock())
    rec.start_session("P01", ["a"])
    rec.start_task("a")
    rec.marker("note", "before the disk filled")
    filler = fill(disk)
    size_before = path.stat().st_size
    # 10 KB: more than the bytes left in the journal's last page, so the disk takes part of it
    with pytest.raises(RecorderError, match="No space left"):
        rec.marker("note", "first failed " + "x" * 10_000)
    with pytest.raises(RecorderError, match="2 event"):
        rec.marker("error", "queued behind it")
    assert path.stat().st_size == size_before  # the failed append left no fragment
    assert rec.flush_unsaved() == 2  # still full
    assert path.stat().st_size == size_before
    filler.unlink()  # the moderator frees space and presses Retry
    assert rec.flush_unsaved() == 0
    rec.end_task("success")

    read = read_journal(path)
    assert read.warnings == [] and read.torn_bytes == 0
    acknowledged = [e.to_dict() for e in rec.state.events]
    assert [e.to_dict() for e in read.events] == acknowledged
    texts = [e.data.get("text") for e in read.events if e.kind == "marker"]
    assert texts == ["before the disk filled", "first failed " + "x" * 10_000, "queued behind it"]


def test_disk_full_while_creating_a_journal_leaves_no_temp_file(small_tmpfs: Mount, fill: Fill) -> None:
    disk = small_tmpfs("64k")
    filler = fill(disk)
    path = disk / "P02.jsonl"
    with pytest.raises(OSError, match="No space left"):
        open_recorder(path, participant="P02" + "x" * 5000, clock=FakeClock())
    assert sorted(p.name for p in disk.iterdir()) == ["filler.bin"]  # no journal, no .new file
    filler.unlink()
    rec = open_recorder(path, participant="P02", clock=FakeClock())
    rec.start_session("P02", ["a"])
    assert [e.kind for e in read_journal(path).events] == ["session_started"]


class _Tally:
    def __init__(self) -> None:
        self.acknowledged = self.readable = self.lost = 0

    def check(self, rec: Recorder) -> None:
        """Read the journal back: every acknowledged event there, unchanged, nothing else."""
        path: Path = rec.sink.path  # type: ignore[attr-defined]
        rec.sink.close()  # type: ignore[attr-defined]
        acknowledged = {e.seq: _crc(e.to_dict()) for e in rec.state.events}
        read = read_journal(path)
        assert read.warnings == [], read.warnings[:3]
        on_disk = {e.seq: _crc(e.to_dict()) for e in read.events}
        assert sorted(on_disk) == list(range(1, len(on_disk) + 1))  # contiguous, nothing invented
        self.acknowledged += len(acknowledged)
        self.readable += sum(1 for seq, crc in acknowledged.items() if on_disk.get(seq) == crc)
        self.lost += sum(1 for seq, crc in acknowledged.items() if on_disk.get(seq) != crc)
        path.unlink()  # checked: give its space back to the next cycles


def _free(path: Path) -> int:
    st = os.statvfs(path)
    return st.f_bavail * st.f_frsize


@pytest.mark.slow
def test_1000_disk_full_cycles_at_random_points(small_tmpfs: Mount, fill: Fill) -> None:
    """Each cycle fills the disk, gives back a random number of bytes, records events of random
    sizes (starting a new journal every few cycles) until the disk refuses one, queues a few more
    in memory, frees space and retries. Every acknowledged event must read back, unchanged."""
    rng = random.Random(1010)
    disk = small_tmpfs("256k")
    tally = _Tally()
    refused = refused_with_room = create_refused = journals = 0
    rec: Recorder | None = None
    for _cycle in range(1000):
        if rec is not None and rec.sink.path.stat().st_size > 24_000:  # type: ignore[attr-defined]
            tally.check(rec)  # then start a new journal on the full disk
            rec = None
        filler = fill(disk)
        os.truncate(filler, max(0, filler.stat().st_size - rng.randint(0, 2) * 4096 - rng.randint(0, 4095)))
        if rec is None:
            journals += 1
            pid = f"P{journals:04d}"
            try:
                rec = open_recorder(disk / f"{pid}.jsonl", participant=pid + "-" + "h" * rng.randint(0, 5000))
            except OSError:
                create_refused += 1
                assert [p.name for p in disk.iterdir()] == ["filler.bin"]  # no journal, no .new file
                filler.unlink()
                rec = None
                journals -= 1
                continue
            try:
                rec.start_session(pid, ["a"])
            except RecorderError:
                refused += 1
        for _ in range(rng.randint(1, 12)):
            room = 0 if rec.unsaved else _free(disk)  # a command queued behind others writes nothing
            try:
                if not rec.state.started:
                    break  # its start is queued in memory: retried below
                if rec.unsaved:
                    rec.checkpoint()
                elif rec.state.current is None:
                    rec.start_task("a")
                else:
                    rec.marker(rng.choice(["note", "error", "assist"]), "y" * rng.randint(0, 9000))
            except RecorderError:
                refused += 1
                refused_with_room += room > 0
        filler.unlink()
        assert rec.flush_unsaved() == 0
    if rec is not None:
        tally.check(rec)
    leftovers = [p.name for p in disk.iterdir()]
    print(f"\n1000 disk-full cycles: {journals} journals, {refused} commands refused "
          f"({refused_with_room} writes refused with some space free: the disk took part of the line), "
          f"{create_refused} journal creations refused; events acknowledged {tally.acknowledged}, "
          f"readable {tally.readable}, lost {tally.lost}")
    assert refused >= 500 and refused_with_room >= 100  # the disk really was full, often mid-line
    assert leftovers == []  # no temp file left by refused creations
    assert tally.lost == 0 and tally.readable == tally.acknowledged
