"""Long-format input is checked before it is read (issue 10, item 8): type and size from stat,
unpacked size and shared strings of an .xlsx, the text of every cell. Real files on a real file
system: a FIFO, a device, a 3 GB sparse file, an .xlsx with one 30 MB shared string in 1,000
cells (built here part by part); the CLI answers each with one message and exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hostile_files import long_csv, shared_string_xlsx

from uxlab.analysis import input_guard
from uxlab.analysis.longformat import read_long
from uxlab.cli import main
from uxlab.core.errors import DataError

ROOT = Path(__file__).resolve().parents[1]


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(args)
    return code, capsys.readouterr().err


def _one_error(code: int, err: str, *words: str) -> None:
    assert code == 2, err
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0].startswith("uxlab: error: ") and "Traceback" not in err, err
    for w in words:
        assert w in lines[0], (w, lines[0])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_fifo_named_csv_is_refused_without_blocking(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "x.csv"
    os.mkfifo(fifo)
    result: list[tuple[int, str]] = []
    worker = threading.Thread(target=lambda: result.append(_cli(["validate", str(fifo)], capsys)), daemon=True)
    worker.start()
    worker.join(timeout=30)
    if worker.is_alive():  # unblock the reader so the test run can end, then fail
        with open(fifo, "w"):
            pass
        pytest.fail("reading a FIFO named x.csv blocked")
    _one_error(*result[0], "x.csv", "named pipe (FIFO)", "not a regular file")


def test_device_behind_a_csv_name_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "zero.csv"
    link.symlink_to("/dev/zero")  # endless: reading it whole would never finish
    _one_error(*_cli(["analyze", str(link)], capsys), "zero.csv", "is a device")


def test_sparse_3gb_csv_is_refused_from_its_size(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as f:
        f.write(b"participant,task,outcome,time_s\n")
        f.truncate(3 * 1024**3)  # sparse: no disk used, 3 GB when read
    _one_error(*_cli(["validate", str(big)], capsys), "big.csv", "3,221,225,472 bytes",
               f"limit of {input_guard.MAX_CSV_BYTES:,} bytes")


def test_cell_text_is_bounded_and_the_error_says_where_and_by_how_much(tmp_path: Path) -> None:
    p = tmp_path / "r.csv"
    long_note = "n" * (input_guard.MAX_CELL_CHARS + 17)
    p.write_text(f"participant,task,outcome,time_s,notes\nP1,a,success,3,ok\nP2,a,fail,4,{long_note}\n",
                 encoding="utf-8")
    with pytest.raises(DataError) as err:
        read_long(p)
    m = err.value.message
    assert "row 3" in m and "'notes'" in m and f"{input_guard.MAX_CELL_CHARS + 17:,} characters" in m
    assert "17 over the limit" in m
    ok = tmp_path / "ok.csv"
    ok.write_text(f"participant,task,outcome,time_s,notes\nP1,a,success,3,{'n' * input_guard.MAX_CELL_CHARS}\n",
                  encoding="utf-8")
    assert read_long(ok).attempts["note_text"].str.len().iloc[0] == input_guard.MAX_CELL_CHARS


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_long_cell_spread_over_short_lines_is_still_caught(tmp_path: Path, encoding: str) -> None:
    """A quoted cell spans lines: its lines are short, the cell is not. Line separators other
    than the line feed (U+2028) do not end a CSV line either."""
    p = tmp_path / "r.csv"
    chunk = "n" * 1_000
    quoted = '"' + "\n".join([chunk] * (input_guard.MAX_CELL_CHARS // 1_000 + 2)) + '"'
    p.write_text(f"participant,task,outcome,time_s,notes\nP1,a,success,3,{quoted}\n", encoding=encoding)
    with pytest.raises(DataError, match="over the limit"):
        read_long(p)
    q = tmp_path / "s.csv"
    spaced = "\u2028".join([chunk] * (input_guard.MAX_CELL_CHARS // 1_000 + 2))
    q.write_text(f"participant,task,outcome,time_s,notes\nP1,a,success,3,{spaced}\n", encoding=encoding)
    with pytest.raises(DataError, match="over the limit"):
        read_long(q)


def test_small_shared_string_xlsx_reads(tmp_path: Path) -> None:
    p = tmp_path / "small.xlsx"
    shared_string_xlsx(p, 40, 12)
    t = read_long(p)
    assert len(t.attempts) == 12 and set(t.attempts["note_text"]) == {"x" * 40}


_MEASURED = """
import sys
from uxlab.cli import main
code = main(sys.argv[2:])
peak = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM"))
open(sys.argv[1], "w").write(peak)
sys.exit(code)
"""


def _peak_rss_mb(args: list[str], cwd: Path) -> tuple[int, str, float]:
    """Exit code, stderr and peak resident memory (MB) of ``uxlab ARGS`` in a child process.
    The peak is the child's own VmHWM: ru_maxrss would include the forked test process."""
    peak_file = cwd / "peak.txt"
    proc = subprocess.run([sys.executable, "-c", _MEASURED, str(peak_file), *args], capture_output=True,
                          text=True, cwd=ROOT)
    return proc.returncode, proc.stderr, int(peak_file.read_text()) / 1024


def test_30mb_shared_string_in_1000_cells_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    p = tmp_path / "shared.xlsx"
    shared_string_xlsx(p, 30_000_000, 1000)
    assert p.stat().st_size < 100_000  # ~50 KB on disk, 30 GB if every cell became a copy
    code, err, peak = _peak_rss_mb(["export", str(p), "-o", str(tmp_path / "out.xlsx"),
                                    "--csv", str(tmp_path / "csv")], tmp_path)
    print(f"peak memory, export of the shared-string file: {peak:.0f} MB")
    _one_error(code, err, "shared.xlsx", "row 2, column E", "30,000,000 characters",
               f"{30_000_000 - input_guard.MAX_CELL_CHARS:,} over the limit")
    assert peak < 500, f"{peak:.0f} MB"  # the string once or twice, plus Python and pandas
    assert not (tmp_path / "out.xlsx").exists() and not (tmp_path / "csv").exists()


def test_csv_and_xlsx_share_one_row_limit() -> None:
    from uxlab.analysis import longformat

    assert longformat.MAX_ROWS == input_guard.MAX_ROWS
    # an .xlsx unpacks to ~10x the CSV of the same table: its limit allows the same rows
    assert input_guard.MAX_XLSX_UNPACKED >= 10 * input_guard.MAX_CSV_BYTES


def test_check_cells_row_limit_is_the_csv_one(tmp_path: Path) -> None:
    import pandas as pd

    df = pd.DataFrame({"participant": ["P"] * (input_guard.MAX_ROWS + 1)})
    with pytest.raises(DataError, match=f"more than {input_guard.MAX_ROWS:,} rows"):
        input_guard.check_cells(df, "f.xlsx")


def test_long_csv_builder_gives_a_valid_file(tmp_path: Path) -> None:
    p = tmp_path / "m.csv"
    long_csv(p, 200)
    t = read_long(p)
    assert len(t.attempts) == 200 and t.attempts["seq"].between(1, 7).all()
