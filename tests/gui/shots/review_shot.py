"""Screenshots of the review view for the docs (run by hand, not by pytest):

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tests/gui/shots/review_shot.py

Opens a /tmp copy of sessions/food-delivery in the main window, compares by group and saves
docs/screenshots/review.png (comparison), review-drilldown.png (task -> attempt -> events) and
review-participants.png (the outcome matrix with one participant excluded) and review-ar.png
(the drill-down in Arabic, right to left).
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



def main() -> int:
    sys.path.insert(0, str(ROOT))
    from uxlab.gui import i18n
    from uxlab.gui.main_window import MainWindow

    app, work = shot_app()
    study = work / "food-delivery"
    shutil.copytree(ROOT / "sessions" / "food-delivery", study)
    OUT.mkdir(parents=True, exist_ok=True)

    window = MainWindow()
    window.resize(1500, 950)
    window.context.open(study)
    window.tabs.setCurrentWidget(window.review)
    window.show()
    review = window.review
    review.set_compare_by("group")
    settle(app)

    review.tabs.setCurrentIndex(2)  # comparison
    settle(app)
    window.grab().save(str(OUT / "review.png"))

    review.tabs.setCurrentIndex(0)  # tasks, drilled down to one attempt
    review.select_task("pay")
    review.select_attempt("P03")
    settle(app)
    window.grab().save(str(OUT / "review-drilldown.png"))

    review.set_excluded("P09", True, "Did not meet the screener (uses the app weekly)")
    review.tabs.setCurrentIndex(1)
    review.select_participant("P10")
    settle(app)
    window.grab().save(str(OUT / "review-participants.png"))

    i18n.install_language(app, "ar")  # right-to-left, Arabic digits
    review.tabs.setCurrentIndex(0)
    review.select_task("pay")
    review.select_attempt("P03")
    settle(app)
    window.grab().save(str(OUT / "review-ar.png"))

    window.close()
    shutil.rmtree(work, ignore_errors=True)
    print("saved", ", ".join(p.name for p in sorted(OUT.glob("review*.png"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
