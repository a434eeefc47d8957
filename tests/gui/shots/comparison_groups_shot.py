"""Screenshots of the Comparison tab with three groups, in English and Arabic (run by hand):

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tests/gui/shots/comparison_groups_shot.py

Writes a long-format results file with three designs (30 participants, 3 tasks, SUS) to a
temporary folder, opens it in the main window at 1280x800, compares by group and saves
comparison-groups.png and comparison-groups-ar.png (right to left, Arabic digits) in
$UXLAB_SHOTS_OUT (default /tmp/uxlab-shots).
"""

from __future__ import annotations

import csv
import math
import os
import random
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from shot_app import settle, shot_app

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(os.environ.get("UXLAB_SHOTS_OUT", "/tmp/uxlab-shots"))
GROUPS = {"current": (0.70, 95.0, 62.0), "redesign A": (0.85, 70.0, 71.0),
          "redesign B": (0.92, 55.0, 78.0)}  # completion, median time (s), SUS mean


def write_results(path: Path) -> Path:
    rng = random.Random(11)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["participant", "task", "outcome", "time_s", "group", "seq",
                    *[f"sus{i}" for i in range(1, 11)]])
        for i in range(30):
            group = list(GROUPS)[i % 3]
            rate, median, sus = GROUPS[group]
            level = sus / 25 + rng.gauss(0, 0.45)  # 0-4 per item, around the group's mean
            items = [max(0, min(4, round(level + rng.gauss(0, 0.6)))) for _ in range(10)]
            answers = [1 + c if q % 2 == 0 else 5 - c for q, c in enumerate(items)]
            for k, task in enumerate(["Find a flight", "Change the seat", "Pay"]):
                ok = rng.random() < rate
                time = median * (1 + 0.4 * k) * math.exp(rng.gauss(0, 0.35))
                w.writerow([f"P{i + 1:02d}", task, "success" if ok else "failure",
                            f"{time:.1f}", group, rng.randint(4, 7) if ok else rng.randint(1, 5),
                            *answers])
    return path



def main() -> int:
    sys.path.insert(0, str(ROOT))
    from uxlab.gui import i18n
    from uxlab.gui.main_window import MainWindow

    app, work = shot_app()
    OUT.mkdir(parents=True, exist_ok=True)

    window = MainWindow()
    window.resize(1280, 800)
    window.context.open(write_results(work / "three-designs.csv"))
    window.tabs.setCurrentWidget(window.review)
    window.show()
    review = window.review
    review.set_compare_by("group")
    review.tabs.setCurrentIndex(2)  # comparison
    review.splitter.setSizes([250, 1030])
    settle(app)
    window.grab().save(str(OUT / "comparison-groups.png"))

    i18n.install_language(app, "ar")  # right-to-left, Arabic digits
    settle(app)
    window.grab().save(str(OUT / "comparison-groups-ar.png"))

    window.close()
    shutil.rmtree(work, ignore_errors=True)
    print("saved comparison-groups.png, comparison-groups-ar.png in", OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
