"""Several stations, one shared folder; a 3-hour session of 20,000 events."""

from __future__ import annotations

import multiprocessing as mp
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from uxlab.core.clock import FakeClock
from uxlab.core.errors import SessionLockedError
from uxlab.core.study import Study, Task
from uxlab.storage.journal import open_recorder, read_journal
from uxlab.storage.study_files import journal_path, open_study, save_study

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses fork")


def _second_station(path: str, q: mp.Queue) -> None:  # type: ignore[type-arg]
    try:
        open_recorder(Path(path))
        q.put("opened")
    except SessionLockedError as exc:
        q.put(exc.message)


def test_a_second_process_on_the_same_session_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "P.jsonl"
    rec = open_recorder(path, participant="P", clock=FakeClock())
    rec.start_session("P", ["a"])
    rec.marker("note", "x")
    before = path.read_bytes()
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    p = ctx.Process(target=_second_station, args=(str(path), q))
    p.start()
    p.join(30)
    assert "already open in another uxlab window or process" in q.get(timeout=5)
    assert path.read_bytes() == before
    rec.marker("note", "still mine")
    assert read_journal(path).events[-1].data["text"] == "still mine"


def _station(folder: str, station: int, count: int) -> None:
    for i in range(count):
        pid = f"S{station}-P{i:04d}"
        rec = open_recorder(journal_path(Path(folder), pid), participant=pid, clock=FakeClock())
        rec.start_session(pid, ["a"])
        rec.start_task("a")
        rec.end_task("success")
        rec.end_session()
        rec.sink.close()  # type: ignore[attr-defined]


@pytest.mark.slow
def test_5000_sessions_from_four_stations_merge_by_union(tmp_path: Path) -> None:
    save_study(tmp_path, Study("shared", [Task("a", {"en": "A"}, {"en": "A"})]))
    ctx = mp.get_context("fork")
    stations = [ctx.Process(target=_station, args=(str(tmp_path), s, 1250)) for s in range(4)]
    for p in stations:
        p.start()
    for p in stations:
        p.join(300)
        assert p.exitcode == 0
    loaded = open_study(tmp_path)
    assert len(loaded.sessions) == 5000 and not loaded.problems
    assert all(s.state.ended and len(s.state.events) == 4 for s in loaded.sessions)


@pytest.mark.slow
def test_three_hour_session_of_20000_events_stays_flat(tmp_path: Path) -> None:
    clock = FakeClock()
    rec = open_recorder(tmp_path / "long.jsonl", participant="P", clock=clock)
    tasks = [f"t{i}" for i in range(400)]
    rec.start_session("P", tasks)
    lat: list[float] = []
    tracemalloc.start()
    n = 0
    for t in tasks:
        rec.start_task(t)
        for k in range(48):
            clock.advance(0.55)  # 20,000 events over ~3 hours
            s = time.perf_counter()
            rec.marker("note" if k % 4 else "error", f"event {n}")
            lat.append(time.perf_counter() - s)
            n += 1
        rec.end_task("success")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    first, last = sorted(lat[:2000]), sorted(lat[-2000:])
    p99_first, p99_last = first[1979], last[1979]
    print(f"\n{len(lat)} commands; p50 {statistics.median(lat) * 1e3:.2f} ms; p99 first 2,000 "
          f"{p99_first * 1e3:.2f} ms, last 2,000 {p99_last * 1e3:.2f} ms; traced peak {peak / 2**20:.1f} MiB")
    assert len(read_journal(tmp_path / "long.jsonl").events) == rec.state.last_seq >= 20_000
    # no growth with event count (loose: fsync times on a shared CI disk are noisy)
    assert p99_last < max(5 * p99_first, 0.005)
    assert peak < 200 * 2**20
    assert os.path.getsize(tmp_path / "long.jsonl") > 0
