"""Cold start of the desktop app to its first paint, next to a bare window and to BORIS.

Run: ``.venv/bin/python benchmarks/bench_startup.py [--repeat 9] [--before /path/to/other/checkout]
[--boris-python /path/to/venv/bin/python]``

Each run is a fresh process (``sidebyside.py``, runs alternated). The time is taken from just
before the process is started to the first paint event of its main window (any widget whose
window is a ``QMainWindow``), measured by the child with the same monotonic clock; the child then
exits at once. Every child is measured the same way: before the app's code is imported, the
binding's ``QApplication`` is replaced by a subclass that installs one application-wide event
filter. Qt runs on the ``offscreen`` platform unless a display is there (``xvfb-run -a`` gives
one).

- floor: a bare ``QMainWindow`` with three empty tabs and a menu bar, after importing exactly the
  third-party modules the app has loaded by its first paint (the app reports them);
- uxlab: ``MainWindow()`` as ``uxlab`` opens it with no study (plan, run session and review tabs,
  menus, translations);
- BORIS (Behavioral Observation Research Interactive Software, ``boris-behav-obs`` on PyPI), when
  a Python that can import it is given (``--boris-python``, or ``UXLAB_BORIS_PYTHON``, or this
  one): ``boris.core.main()`` as its ``boris-behav-obs`` command starts it, with no project, with
  ``--nosplashscreen`` (its splash screen waits one second on purpose) and
  ``--no-first-launch-dialog`` (else a question is asked before the main window). Install it
  outside the repository, e.g. ``python3.13 -m venv /work/boris-venv && /work/boris-venv/bin/pip
  install boris-behav-obs`` (it also needs libmpv: ``apt-get install libmpv2``); skipped, saying
  so, when absent;
- with ``--before DIR``: uxlab with the ``uxlab`` package of another checkout (e.g. the main
  branch) first on ``sys.path``, to compare against the code before a change.

Target: first paint faster than BORIS's; also reported as a ratio to the bare window.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sidebyside import PYTHON, ROOT, Runs, run_timed

CHILD_COMMON = """
import os, sys, time
t_spawn = float(sys.argv[1])
out_path = sys.argv[2]
if os.environ.get("UXLAB_BENCH_SOURCE"):  # another checkout's uxlab, not the installed one
    sys.meta_path[:] = [f for f in sys.meta_path if "__editable__" not in type(f).__module__]
    sys.path.insert(0, os.environ["UXLAB_BENCH_SOURCE"])
def report():
    elapsed = time.monotonic() - t_spawn
    third = sorted(m for m in sys.modules if m.split(".")[0] in
                   ("PySide6", "shiboken6", "pandas", "numpy", "scipy", "pyqtgraph", "openpyxl",
                    "xlsxwriter", "matplotlib", "PIL") and "._" not in m
                   and not m.split(".")[-1].startswith("_"))
    out = {"seconds": elapsed, "modules": third,
           "uxlab": getattr(sys.modules.get("uxlab"), "__file__", None)}
    with open(out_path, "w") as f:
        f.write(__import__("json").dumps(out))
    sys.stdout.flush()
    os._exit(0)
from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject
PAINT = QEvent.Type.Paint
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if (event.type() == PAINT and isinstance(obj, QtWidgets.QWidget)
                and isinstance(obj.window(), QtWidgets.QMainWindow)):
            report()
        return False
class MeasuredApplication(QtWidgets.QApplication):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._first_paint = FirstPaint()
        self.installEventFilter(self._first_paint)
QtWidgets.QApplication = MeasuredApplication  # before the app imports it
"""

UXLAB = CHILD_COMMON + """
from uxlab.gui.app import make_app
app = make_app()
from uxlab.gui.main_window import MainWindow
window = MainWindow()
window.show()
app.exec()
"""

BORIS = CHILD_COMMON + """
sys.argv = ["boris-behav-obs", "--nosplashscreen", "--no-first-launch-dialog"]
from boris.core import main
main()
"""

FLOOR = CHILD_COMMON + """
import importlib
for name in sys.argv[3].split(","):
    if name:
        importlib.import_module(name)
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget(window)
for name in ("Plan", "Run session", "Review results"):
    tabs.addTab(QWidget(), name)
window.setCentralWidget(tabs)
for name in ("File", "View", "Help"):
    window.menuBar().addMenu(name)
window.resize(1280, 820)
window.show()
app.exec()
"""


def first_paint(code: str, extra: list[str], env: dict[str, str], python: str = PYTHON
                ) -> tuple[float, int, float, dict[str, object]]:
    """Seconds from spawn to the main window's first paint, peak RSS (KiB), CPU seconds."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        out = Path(f.name)
    try:
        t_spawn = time.monotonic()
        _wall, kib, cpu = run_timed([python, "-c", code, repr(t_spawn), str(out), *extra], env)
        info = json.loads(out.read_text())
    finally:
        out.unlink(missing_ok=True)
    return float(info["seconds"]), kib, cpu, info


def find_boris(given: str | None) -> tuple[str | None, str]:
    """A Python that imports BORIS, and its version (or why there is none)."""
    candidates = [c for c in (given, os.environ.get("UXLAB_BORIS_PYTHON"), PYTHON) if c]
    probe = ("import importlib.metadata as m, sys; import boris; "
             "print(m.version('boris-behav-obs'), sys.version.split()[0])")
    for python in candidates:
        try:
            done = subprocess.run([python, "-c", probe], capture_output=True, text=True, timeout=120)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0:
            version, py = done.stdout.split()
            return python, f"BORIS {version} (Python {py}, {python})"
    return None, ("BORIS is not importable here; skipped (install boris-behav-obs in a separate venv "
                  "and pass --boris-python /path/to/venv/bin/python)")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=9)
    ap.add_argument("--before", type=Path, help="another checkout whose uxlab to compare with")
    ap.add_argument("--boris-python", help="a Python that can import BORIS (boris-behav-obs)")
    args = ap.parse_args()
    home = tempfile.mkdtemp(prefix="uxlab-bench-home-")  # no recent study, default settings
    env = {"HOME": home, "XDG_CONFIG_HOME": home}
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    before_env = None
    if args.before is not None:
        before_env = {**env, "UXLAB_BENCH_SOURCE": str(args.before.resolve())}
    boris, boris_about = find_boris(args.boris_python)

    # one untimed start each (file cache), and the modules the app loads by its first paint
    info = first_paint(UXLAB, [], env)[3]
    modules = ",".join(str(m) for m in info["modules"])  # type: ignore[union-attr]
    if before_env is not None:
        before_info = first_paint(UXLAB, [], before_env)[3]
        if before_info["uxlab"] == info["uxlab"]:
            raise SystemExit(f"--before {args.before}: its uxlab was not the one imported")
    first_paint(FLOOR, [modules], env)
    plan: list[tuple[str, str, list[str], dict[str, str], str]] = [
        ("floor", FLOOR, [modules], env, PYTHON), ("uxlab", UXLAB, [], env, PYTHON)]
    if boris is not None:
        plan.append(("boris", BORIS, [], env, boris))
        first_paint(BORIS, [], env, boris)
    if before_env is not None:
        plan.append(("before", UXLAB, [], before_env, PYTHON))

    runs = {name: Runs(name) for name, *_ in plan}
    for _ in range(args.repeat):
        for name, code, extra, e, python in plan:
            seconds, kib, cpu, _info = first_paint(code, extra, e, python)
            runs[name].seconds.append(seconds)
            runs[name].peak_kib.append(kib)
            runs[name].cpu.append(cpu)

    platform = env.get("QT_QPA_PLATFORM", "display")
    print(f"cold start to the main window's first paint, {args.repeat} alternate runs each, Qt "
          f"platform {platform}, uxlab on Python {sys.version.split()[0]}")
    third = sorted({m.split(".")[0] for m in info["modules"]})  # type: ignore[union-attr]
    print(f"  third-party packages loaded by uxlab's first paint: {', '.join(third)}")
    print(f"  {boris_about}")

    def ratio(a: Runs, b: Runs) -> str:
        pairs = [x / y for x, y in zip(a.seconds, b.seconds, strict=True)]
        cpu = [x / y for x, y in zip(a.cpu, b.cpu, strict=True)]
        return (f"{statistics.median(pairs):.2f}x (min {min(pairs):.2f}, max {max(pairs):.2f}); "
                f"CPU time {statistics.median(cpu):.2f}x (min {min(cpu):.2f}, max {max(cpu):.2f})")

    def cpu_ms(r: Runs) -> str:
        return f"CPU {1000 * statistics.median(r.cpu):.0f} ms"

    print(f"    floor: bare window, same imports  {runs['floor'].describe()}, {cpu_ms(runs['floor'])}")
    print(f"    uxlab MainWindow                  {runs['uxlab'].describe()}, {cpu_ms(runs['uxlab'])}")
    print(f"    uxlab / floor                     {ratio(runs['uxlab'], runs['floor'])}")
    ok = True
    if "boris" in runs:
        print(f"    BORIS MainWindow                  {runs['boris'].describe()}, {cpu_ms(runs['boris'])}")
        print(f"    BORIS / floor                     {ratio(runs['boris'], runs['floor'])}")
        print(f"    uxlab / BORIS                     {ratio(runs['uxlab'], runs['boris'])}")
        ok = runs["uxlab"].median() < runs["boris"].median()
        print("PASS: first paint faster than BORIS" if ok else "FAIL: first paint not faster than BORIS")
    if before_env is not None:
        print(f"    before ({args.before})  {runs['before'].describe()}")
        print(f"    before / floor                    {ratio(runs['before'], runs['floor'])}")
        print(f"    uxlab / before                    {ratio(runs['uxlab'], runs['before'])}")
        faster = runs["uxlab"].median() < runs["before"].median()
        ok &= faster
        print("PASS: faster than before" if faster else "FAIL: not faster than before")
    subprocess.run(["rm", "-rf", home], check=False)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
