"""Peak memory and time of reading hostile and large long-format files (issue 10, item 8).

Each measurement runs in its own process (peak resident memory: that process's own VmHWM,
Linux), runs alternate so machine load hits all alike, and figures are medians (min-max):

- floor: a Python process that imports pandas and reads the 1M-row CSV with ``pd.read_csv``;
- ``uxlab validate`` of the same 1M-row CSV (guards, parsing, tidy tables);
- ``uxlab export`` of an .xlsx holding one 30 MB shared string in 1,000 cells (refused by the
  guard before any cell is built; it exhausted memory before);
- the cell-text guard (``input_guard.check_cells``) alone on the 1M-row table, against the
  ``pd.read_csv`` that produced it.

Run: ``python benchmarks/bench_input.py`` (about a minute).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from hostile_files import long_csv, shared_string_xlsx  # noqa: E402

ROWS = 1_000_000
REPEAT = 3


_PEAK = ("import atexit, sys\n"
         "def _peak(path=sys.argv[1]):\n"
         "    kb = next(x.split()[1] for x in open('/proc/self/status') if x.startswith('VmHWM'))\n"
         "    open(path, 'w').write(kb)\n"
         "atexit.register(_peak)\n")


def run(args: list[str], folder: Path) -> tuple[float, float, int]:
    """(seconds, peak MB, exit code) of one child process; the peak is the child's own VmHWM
    (ru_maxrss would count the pages of the process it was forked from)."""
    peak = folder / "peak.txt"
    peak.unlink(missing_ok=True)  # a run that writes no figure fails below, never shows a stale one
    if args[0] == "-m":
        code = f"{_PEAK}import runpy; sys.argv = sys.argv[1:]; runpy.run_module({args[1]!r}, run_name='__main__')"
        argv = ["-c", code, str(peak), *args[2:]]
    else:
        argv = ["-c", _PEAK + args[1], str(peak)]
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, *argv], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - t, int(peak.read_text()) / 1024, proc.returncode


def fmt(values: list[float], unit: str) -> str:
    return f"{statistics.median(values):7.2f} {unit} ({min(values):.2f}-{max(values):.2f})"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path = folder / "m.csv"
        long_csv(csv_path, ROWS)
        xlsx = folder / "shared.xlsx"
        shared_string_xlsx(xlsx, 30_000_000, 1000)
        cases = {
            "floor: pd.read_csv": ["-c", f"import pandas as pd; pd.read_csv({str(csv_path)!r}, dtype=str, "
                                         "keep_default_na=False)"],
            "uxlab validate 1M-row CSV": ["-m", "uxlab", "validate", str(csv_path)],
            "uxlab export 30 MB x 1,000 shared string": ["-m", "uxlab", "export", str(xlsx), "-o",
                                                          str(folder / "o.xlsx")],
            "check_cells on the 1M rows": ["-c", (
                "import time, pandas as pd; from uxlab.analysis.input_guard import check_cells; "
                f"df = pd.read_csv({str(csv_path)!r}, dtype=str, keep_default_na=False); "
                "t = time.perf_counter(); check_cells(df, 'm.csv'); "
                "print(time.perf_counter() - t)")],
        }
        times: dict[str, list[float]] = {k: [] for k in cases}
        peaks: dict[str, list[float]] = {k: [] for k in cases}
        codes: dict[str, int] = {}
        guard: list[float] = []
        for _ in range(REPEAT):
            for name, args in cases.items():
                if name.startswith("check_cells"):
                    out = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT,
                                         check=True).stdout
                    guard.append(float(out.strip()))
                    continue
                sec, peak, code = run(args, folder)
                times[name].append(sec)
                peaks[name].append(peak)
                codes[name] = code
        floor_t = statistics.median(times["floor: pd.read_csv"])
        print(f"{ROWS:,}-row CSV: {csv_path.stat().st_size:,} bytes; shared-string xlsx: {xlsx.stat().st_size:,} bytes")
        for name in cases:
            if name.startswith("check_cells"):
                continue
            ratio = statistics.median(times[name]) / floor_t
            print(f"{name:<44} time {fmt(times[name], 's')}  x{ratio:4.1f} floor   "
                  f"peak {fmt(peaks[name], 'MB')}  exit {codes[name]}")
        read_times = times["floor: pd.read_csv"]
        print(f"{'check_cells alone on 1M rows x 6 columns':<44} time {fmt(guard, 's')}  "
              f"= {100 * statistics.median(guard) / statistics.median(read_times):.1f}% of pd.read_csv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
