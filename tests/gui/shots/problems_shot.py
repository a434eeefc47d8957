"""Screenshots of the Problems view for the docs (run by hand, not by pytest):

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tests/gui/shots/problems_shot.py

Builds a /tmp copy of the food-delivery study in which eight moderated sessions logged problem
observations (key U) and notes, groups them into rated, tagged problems, and saves
docs/screenshots/problems-chart-en-1280.png and problems-chart-ar-1280.png: the main window at
1280x800 on the Problems view, the severity x frequency chart open and one problem selected, in
English and in Arabic (right to left; the chart stays left to right).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from shot_app import settle, shot_app

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(os.environ.get("UXLAB_SHOTS_OUT", ROOT / "docs" / "screenshots"))

# problem -> (severity on 1-4, tags, task, who met it, what the moderator typed)
PROBLEMS = {
    "Promo code field hidden below the fold": (1, ["findability"], "pay", "P01 P03 P04 P06 P07",
                                               "could not find where to enter the promo code"),
    "Delivery fee shown only at checkout": (2, ["pricing", "wording"], "add_to_cart", "P02 P03 P05 P08",
                                            "surprised by the delivery fee"),
    "Vegetarian filter reads as a heading": (2, ["findability"], "find_dish", "P01 P05",
                                             "did not see the vegetarian filter"),
    "Password rules appear after an error": (3, ["forms", "wording"], "register", "P02 P04 P06 P07 P08",
                                             "retyped the password twice"),
    "Tracking map does not zoom to the courier": (4, ["maps"], "track", "P03 P08",
                                                  "zoomed out to find the courier"),
    "Cart badge does not update": (3, ["feedback"], "add_to_cart", "P06", "added the dish twice"),
    "Order status uses internal codes": (None, ["wording"], "track", "P01 P02 P05",
                                         "asked what 'DSP-2' means"),
}
NOTES = {"P02": ("find_dish", "liked the photos", ["delight"]),
         "P05": ("pay", "hesitated before paying", ["trust"]),
         "P07": ("register", "asked why the phone number is needed", ["trust", "forms"])}


def build(folder: Path) -> None:
    from uxlab.analysis.problems import observations_table
    from uxlab.core import problems as pm
    from uxlab.core.clock import FakeClock
    from uxlab.demo import demo_study
    from uxlab.storage.journal import open_recorder
    from uxlab.storage.problems_file import load_problems, save_problems
    from uxlab.storage.study_files import journal_path, open_study, save_study

    study = demo_study(8)
    save_study(folder, study)
    for i, p in enumerate(study.participants):
        clock = FakeClock(mono=10**9, wall=1_780_300_800 * 10**9 + i * 75 * 60 * 10**9)
        rec = open_recorder(journal_path(folder, p.id), participant=p.id, clock=clock)
        rec.start_session(p.id, list(study.task_ids))
        for task in study.task_ids:
            rec.start_task(task)
            clock.advance(20 + 7 * i)
            for (_sev, _tags, t, who, text) in PROBLEMS.values():
                if t == task and p.id in who.split():
                    rec.observe_problem(text)
                    clock.advance(9)
            if p.id in NOTES and NOTES[p.id][0] == task:
                rec.marker("note", NOTES[p.id][1])
            clock.advance(15)
            rec.end_task("fail" if task == "pay" and p.id in ("P03", "P06") else "success")
        rec.end_session()
        rec.sink.close()  # type: ignore[attr-defined]
    obs = observations_table(open_study(folder))
    pl = load_problems(folder)
    changes: list[pm.Change] = []
    for title, (sev, tags, task, _who, text) in PROBLEMS.items():
        ids = obs.loc[(obs["text"] == text) & (obs["task"] == task), "observation"].tolist()
        changes += pm.create_problem(pl, title, ids, severity=sev, tags=tags)[1]
    for pid, (_task, text, tags) in NOTES.items():
        ids = obs.loc[(obs["text"] == text) & (obs["participant"] == pid), "observation"].tolist()
        changes += pm.tag_notes(pl, ids, add=tags)
    save_problems(folder, pl, changes)



def main() -> int:
    sys.path.insert(0, str(ROOT))
    from uxlab.gui import i18n
    from uxlab.gui.main_window import MainWindow

    app, work = shot_app()
    study = work / "food-delivery"
    study.mkdir()
    build(study)
    OUT.mkdir(parents=True, exist_ok=True)

    window = MainWindow()
    window.resize(1280, 800)
    window.context.open(study)
    window.show()
    view = window.problems
    window.tabs.setCurrentWidget(view)
    view.tabs.setCurrentWidget(view.chart)
    settle(app)
    view.problem_table.select_ids(["PR2"])
    settle(app)
    window.grab().save(str(OUT / "problems-chart-en-1280.png"))

    i18n.install_language(app, "ar")  # right-to-left, Arabic digits
    settle(app)
    window.grab().save(str(OUT / "problems-chart-ar-1280.png"))

    window.close()
    shutil.rmtree(work, ignore_errors=True)
    print("saved", ", ".join(p.name for p in sorted(OUT.glob("problems-chart-*.png"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
