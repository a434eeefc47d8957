"""Cold start of the desktop app to its first paint, next to a bare window.

Run: ``.venv/bin/python benchmarks/bench_startup.py [--repeat 9] [--before /path/to/other/checkout]``

Each run is a fresh process (``sidebyside.py``, runs alternated). The time is taken from just
before the process is started to the first paint event of its main window, measured by the
child with the same monotonic clock; the child then exits at once. Qt runs on the ``offscreen``
platform unless a display is there (``xvfb-run -a`` gives one).

- floor: a bare ``QMainWindow`` with three empty tabs and a menu bar, after importing exactly the
  third-party modules the app has loaded by its first paint (the app reports them);
- uxlab: ``MainWindow()`` as ``uxlab`` opens it with no study (plan, run session and review tabs,
  menus, translations);
- with ``--before DIR``: the same, with the ``uxlab`` package of another checkout (e.g. the main
  branch) first on ``sys.path``, to compare against the code before a change.

Target: first paint faster than before; reported as a ratio to the bare window.
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

from sidebyside import PYTHON, ROOT, Runs, run_once

CHILD_COMMON = """
import os, sys, time
t_spawn = float(sys.argv[1])
if os.environ.get("UXLAB_BENCH_SOURCE"):  # another checkout's uxlab, not the installed one
    sys.meta_path[:] = [f for f in sys.meta_path if "__editable__" not in type(f).__module__]
    sys.path.insert(0, os.environ["UXLAB_BENCH_SOURCE"])
def report():
    elapsed = time.monotonic() - t_spawn
    third = sorted(m for m in sys.modules if m.split(".")[0] in
                   ("PySide6", "shiboken6", "pandas", "numpy", "scipy", "pyqtgraph", "openpyxl",
                    "xlsxwriter") and "._" not in m and not m.split(".")[-1].startswith("_"))
    out = {"seconds": elapsed, "modules": third,
           "uxlab": getattr(sys.modules.get("uxlab"), "__file__", None)}
    with open(sys.argv[2], "w") as f:
        f.write(__import__("json").dumps(out))
    sys.stdout.flush()
    os._exit(0)
from PySide6.QtCore import QEvent, QObject
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            report()
        return False
"""

UXLAB = CHILD_COMMON + """
from uxlab.gui.app import make_app
app = make_app()
from uxlab.gui.main_window import MainWindow
window = MainWindow()
spy = FirstPaint()
for w in [window, *window.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QWidget)]:
    w.installEventFilter(spy)
window.show()
app.exec()
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
spy = FirstPaint()
for w in [window, *window.findChildren(QWidget)]:
    w.installEventFilter(spy)
window.show()
app.exec()
"""


def first_paint(code: str, extra: list[str], env: dict[str, str]) -> tuple[float, int, dict[str, object]]:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        out = Path(f.name)
    try:
        t_spawn = time.monotonic()
        _wall, kib = run_once([PYTHON, "-c", code, repr(t_spawn), str(out), *extra], env)
        info = json.loads(out.read_text())
    finally:
        out.unlink(missing_ok=True)
    return float(info["seconds"]), kib, info


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=9)
    ap.add_argument("--before", type=Path, help="another checkout whose uxlab to compare with")
    args = ap.parse_args()
    home = tempfile.mkdtemp(prefix="uxlab-bench-home-")  # no recent study, default settings
    env = {"HOME": home, "XDG_CONFIG_HOME": home}
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    before_env = None
    if args.before is not None:
        before_env = {**env, "UXLAB_BENCH_SOURCE": str(args.before.resolve())}

    # one untimed start each (file cache), and the modules the app loads by its first paint
    _s, _k, info = first_paint(UXLAB, [], env)
    modules = ",".join(str(m) for m in info["modules"])  # type: ignore[union-attr]
    if before_env is not None:
        _s, _k, before_info = first_paint(UXLAB, [], before_env)
        if before_info["uxlab"] == info["uxlab"]:
            raise SystemExit(f"--before {args.before}: its uxlab was not the one imported")
    first_paint(FLOOR, [modules], env)

    runs = {name: Runs(name) for name in ("floor", "uxlab", "before")}
    for _ in range(args.repeat):
        plan = [("floor", FLOOR, [modules], env), ("uxlab", UXLAB, [], env)]
        if before_env is not None:
            plan.append(("before", UXLAB, [], before_env))
        for name, code, extra, e in plan:
            seconds, kib, _info = first_paint(code, extra, e)
            runs[name].seconds.append(seconds)
            runs[name].peak_kib.append(kib)

    platform = env.get("QT_QPA_PLATFORM", "display")
    print(f"uxlab cold start to first paint, {args.repeat} alternate runs each, Qt platform "
          f"{platform}, Python {sys.version.split()[0]}")
    third = sorted({m.split(".")[0] for m in info["modules"]})  # type: ignore[union-attr]
    print(f"  third-party packages loaded by the app's first paint: {', '.join(third)}")

    def ratio(a: Runs, b: Runs) -> str:
        pairs = [x / y for x, y in zip(a.seconds, b.seconds, strict=True)]
        return f"{statistics.median(pairs):.2f}x (min {min(pairs):.2f}, max {max(pairs):.2f})"

    print(f"    floor: bare window, same imports  {runs['floor'].describe()}")
    print(f"    uxlab MainWindow                  {runs['uxlab'].describe()}")
    print(f"    uxlab / floor                     {ratio(runs['uxlab'], runs['floor'])}")
    ok = True
    if before_env is not None:
        print(f"    before ({args.before})  {runs['before'].describe()}")
        print(f"    before / floor                    {ratio(runs['before'], runs['floor'])}")
        print(f"    uxlab / before                    {ratio(runs['uxlab'], runs['before'])}")
        ok = runs["uxlab"].median() < runs["before"].median()
        print("PASS: faster than before" if ok else "FAIL: not faster than before")
    subprocess.run(["rm", "-rf", home], check=False)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
