"""Screenshots of every view in Arabic and Persian, at 1280x800 and at 1920x1080, to look at
(issue 16): the Plan's sections, the Review's tables and charts (compared by group), the Problems
view, the console with a task running, with the outcome question and with the ratings, and the
participant's screen. Run by hand (the images go to /tmp/uxlab-rtl-shots unless
UXLAB_SHOTS_OUT says otherwise):

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python tests/gui/shots/rtl_shot.py all

Without ``all`` (as the screenshot smoke test runs it) only Arabic at 1280x800 and Persian at
1920x1080 are taken.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(os.environ.get("UXLAB_SHOTS_OUT", "/tmp/uxlab-rtl-shots"))
SIZES = ((1280, 800), (1920, 1080))
QUICK = (("ar", (1280, 800)), ("fa", (1920, 1080)))


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from uxlab.core.clock import FakeClock
    from uxlab.core.study import Participant
    from uxlab.gui import i18n
    from uxlab.gui.app import make_app
    from uxlab.gui.main_window import MainWindow

    app = make_app(["uxlab"])
    app.setOrganizationName("uxlab-shots")
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="uxlab-rtl-"))
    runs = ([(code, size) for code in ("ar", "fa") for size in SIZES] if "all" in sys.argv[1:]
            else list(QUICK))

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    for code, (width, height) in runs:
        stem = f"{code}-{width}x{height}"
        folder = tmp / stem
        shutil.copytree(ROOT / "sessions" / "food-delivery", folder)
        i18n.install_language(app, code)
        w = MainWindow()
        w.resize(width, height)
        w.show()
        w.open_study(folder)
        study = w.context.study
        assert study is not None
        w.context.save_study(dataclasses.replace(study, participants=[
            *study.participants, Participant("P13", group="prototype", language=code)]))

        def shot(name: str, w: MainWindow = w, stem: str = stem) -> None:
            settle()
            w.grab().save(str(OUT / f"{stem}-{name}.png"))

        w.tabs.setCurrentIndex(0)
        for i in range(w.plan.tabs.count()):
            w.plan.tabs.setCurrentIndex(i)
            shot(f"plan-{i}")
        review = w.review
        w.tabs.setCurrentWidget(review)
        review.set_compare_by("group")
        for i in range(review.tabs.count()):
            review.tabs.setCurrentIndex(i)
            if i == 0:
                review.select_task("pay")
            shot(f"review-{i}")
        charts = review.ensure_charts()
        for i in (1, 6):  # time on task, timeline
            charts.tabs.setCurrentIndex(i)
            shot(f"review-chart-{i}")
        w.tabs.setCurrentIndex(3)
        shot("problems")

        run = w.run
        clock = FakeClock()
        run.controller.clock = clock
        w.tabs.setCurrentWidget(run)
        run.open_session("P13")
        run.on_key("s")
        clock.advance(95)  # past the task's target time
        run.on_key("e")
        run.on_key("p")
        run.refresh()
        shot("console-paused")
        run.on_key("p")
        clock.advance(20)
        run.on_key("d")
        run.refresh()
        shot("console-outcome")
        run.on_key("2")
        run.refresh()
        shot("console-ratings")
        run.show_participant_screen()
        screen = run.participant_screen
        assert screen is not None
        screen.resize(width * 2 // 3, height * 2 // 3)
        settle()
        screen.grab().save(str(OUT / f"{stem}-participant-ratings.png"))
        run.shutdown()
        w.close()
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
