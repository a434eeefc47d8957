"""Review benchmark: how long the results charts take to draw on a large study.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_review.py
[--participants 1000] [--tasks 20] [--repeat 5]``

The study is ``uxlab.demo.generate_large`` (real journals through the real recorder), cached in
``benchmarks/out/study-<participants>x<tasks>`` like the core benchmark's.

Figures:

1. load (journals -> tables) and ``analyze(by="group")``, for context;
2. ``ChartsPanel.set_data`` and then every chart drawn and painted: each tab made current,
   events processed, the plot grabbed to a pixmap (target: <= 300 ms after analysis);
3. if the review view is there: building ``ReviewView`` on the open study (its analysis, tables
   and charts) and then painting every chart of its panel.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed

import pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QTabWidget

from uxlab.analysis.metrics import analyze
from uxlab.analysis.model import StudyTables
from uxlab.analysis.tables import load_tables
from uxlab.demo import generate_large
from uxlab.gui.review.charts import ChartsPanel

OUT = Path(__file__).resolve().parent / "out"
TARGET_MS = 300.0


def study_folder(participants: int, tasks: int) -> Path:
    """The cached synthetic study; generated into a temporary folder and renamed into place, so
    a half-generated study is never mistaken for a whole one."""
    folder = OUT / f"study-{participants}x{tasks}"
    if not (folder / "study.json").exists():
        tmp = OUT / f".tmp-review-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        t = time.perf_counter()
        generate_large(tmp, participants=participants, tasks=tasks, seed=1)
        if (folder / "study.json").exists():  # another benchmark made it meanwhile
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            shutil.rmtree(folder, ignore_errors=True)
            os.replace(tmp, folder)
        print(f"generated {participants} sessions x {tasks} tasks in "
              f"{time.perf_counter() - t:.1f} s")
    return folder


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def draw_everything(app: QApplication, panel: ChartsPanel) -> dict[str, float]:
    """Make each chart current, let it draw and paint, grab it; ms per chart."""
    per: dict[str, float] = {}
    for i, chart in enumerate(panel.charts):
        t = time.perf_counter()
        panel.tabs.setCurrentIndex(i)
        chart.ensure_drawn()
        app.processEvents()
        chart.plot_widget.grab()
        per[chart.key] = (time.perf_counter() - t) * 1000
    panel.tabs.setCurrentIndex(0)
    app.processEvents()
    return per


def bare_tabs(app: QApplication) -> tuple[QTabWidget, list[pg.PlotWidget]]:
    """The floor: seven empty pyqtgraph plots in tabs, the size of the charts panel."""
    tabs = QTabWidget()
    plots = [pg.PlotWidget() for _ in range(7)]
    for i, plot in enumerate(plots):
        tabs.addTab(plot, str(i))
    tabs.resize(1200, 720)
    tabs.show()
    app.processEvents()
    return tabs, plots


def paint_bare(app: QApplication, tabs: QTabWidget, plots: list[pg.PlotWidget]) -> float:
    """Each empty plot made current, events processed, grabbed: the Qt cost alone, in ms."""
    t = time.perf_counter()
    for i, plot in enumerate(plots):
        tabs.setCurrentIndex(i)
        app.processEvents()
        plot.grab()
    tabs.setCurrentIndex(0)
    app.processEvents()
    return (time.perf_counter() - t) * 1000


def bench_panel(app: QApplication, tables: StudyTables, result: dict[str, object], repeat: int
                ) -> tuple[list[float], list[float], dict[str, float], list[float], list[float]]:
    panel = ChartsPanel()
    panel.resize(1200, 720)
    panel.show()
    app.processEvents()
    tabs, plots = bare_tabs(app)
    totals, set_only, floor, cpu = [], [], [], []
    per: dict[str, float] = {}
    for _ in range(repeat):  # alternately: the floor, then the charts
        floor.append(paint_bare(app, tabs, plots))
        t, c = time.perf_counter(), time.process_time()
        panel.set_data(tables, result, "group")  # type: ignore[arg-type]
        set_only.append((time.perf_counter() - t) * 1000)
        per = draw_everything(app, panel)
        totals.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    panel.close()
    panel.deleteLater()
    tabs.close()
    tabs.deleteLater()
    return totals, set_only, per, floor, cpu


def bench_review_view(app: QApplication, folder: Path) -> tuple[str, list[str]] | None:
    """Open the study in the real review view, if it is implemented; None otherwise."""
    try:
        from uxlab.gui.review.view import ReviewView
        from uxlab.gui.study_context import StudyContext
    except ImportError:
        return None
    context = StudyContext()
    t = time.perf_counter()
    context.open(folder)
    context.tables()
    t_load = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    view = ReviewView(context)
    view.resize(1400, 900)
    view.show()
    app.processEvents()
    t_open = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    view.tabs.setCurrentIndex(view.tabs.count() - 1)  # the charts tab: its panel is built now
    app.processEvents()
    t_tab = (time.perf_counter() - t) * 1000
    panel = getattr(view, "charts", None)
    lines = [f"study opened (journals -> tables, cached by the context): {t_load:.0f} ms",
             f"ReviewView built and shown on it (analysis, tables): {t_open:.0f} ms",
             f"charts tab first shown (panel built, first chart drawn): {t_tab:.0f} ms"]
    if not isinstance(panel, ChartsPanel) or getattr(view, "result", None) is None:
        view.close()
        return f"{t_open:.0f} ms", [*lines, "(the view has no charts panel with results)"]
    t = time.perf_counter()
    draw_everything(app, panel)
    t_draw = (time.perf_counter() - t) * 1000
    lines.append(f"then every chart of its panel drawn and painted: {t_draw:.0f} ms")
    view.close()
    return f"{t_open + t_tab + t_draw:.0f} ms", lines


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--participants", type=int, default=1000)
    ap.add_argument("--tasks", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    folder = study_folder(args.participants, args.tasks)

    t = time.perf_counter()
    tables = load_tables(folder)
    t_load = (time.perf_counter() - t) * 1000
    t_an = timed(lambda: analyze(tables, by="group"), 3)
    result = analyze(tables, by="group")
    totals, set_only, per, floor, cpu = bench_panel(app, tables, result, args.repeat)
    first, best, median = totals[0], min(totals), statistics.median(totals)
    ok = median <= TARGET_MS

    print(f"\nuxlab review benchmark: {len(tables.participants):,} participants x "
          f"{len(tables.tasks)} tasks ({len(tables.attempts):,} attempts, "
          f"{len(tables.events):,} events), Python {sys.version.split()[0]}, "
          f"platform {app.platformName()}")
    print(f"  journals -> tables (load)          {t_load:8.0f} ms")
    print(f"  analyze(by=group)                  {min(t_an):8.0f} ms  (best of 3)")
    print(f"  ChartsPanel.set_data alone         {statistics.median(set_only):8.0f} ms  "
          "(draws the visible chart)")
    print(f"  set_data + all 7 charts painted    {median:8.0f} ms  median of {args.repeat}; "
          f"first {first:.0f} ms, best {best:.0f} ms")
    # CPU time: the process's own (Qt draws in this thread), without its waits for a shared core
    print(f"    CPU time                         {statistics.median(cpu):8.0f} ms  (min {min(cpu):.0f}, "
          f"max {max(cpu):.0f})")
    print("    per chart (last run): " + ", ".join(f"{k} {v:.0f}" for k, v in per.items()))
    pairs = [a / b for a, b in zip(totals, floor, strict=True)]
    print(f"  floor: 7 empty plots painted       {statistics.median(floor):8.0f} ms  (min "
          f"{min(floor):.0f}, max {max(floor):.0f}); charts / floor {statistics.median(pairs):.2f}x "
          f"(min {min(pairs):.2f}, max {max(pairs):.2f})")
    review = bench_review_view(app, folder)
    if review is None:
        print("  ReviewView                         not available")
    else:
        print(f"  ReviewView open + all charts       {review[0]:>8}")
        for line in review[1]:
            print(f"    {line}")
    verdict = "PASS" if ok else "FAIL"
    print(f"\n{verdict}: all charts drawn in {median:.0f} ms after analysis "
          f"(target <= {TARGET_MS:.0f} ms)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
