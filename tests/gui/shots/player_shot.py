"""Screenshots of the attempt's recording in the Review drill-down (run by hand, not by pytest):

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tests/gui/shots/player_shot.py

Makes a study in /tmp with real recordings (tests/media_fixtures.py: every frame shows its own
number), opens it in the main window at 1280x800, drills down to P01's first task, jumps to the
critical incident and saves docs/screenshots/review-player.png; then the same in Arabic
(review-player-ar.png) and P02's attempt, who declined recording (review-player-none.png).
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from shot_app import shot_app

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(os.environ.get("UXLAB_SHOTS_OUT", ROOT / "docs" / "screenshots"))


def settle(app: QApplication, seconds: float = 0.0) -> None:
    end = time.monotonic() + seconds
    while True:
        for _ in range(5):
            app.processEvents()
        if time.monotonic() >= end:
            return
        time.sleep(0.05)


def grab(window: object, app: QApplication, path: Path) -> None:
    """The screen's pixels where a display shows them (Xvfb: the video is a native surface),
    else the window's own rendering."""
    screen = app.primaryScreen()
    image = screen.grabWindow(0, 0, 0, 1280, 800) if os.environ.get("DISPLAY") and \
        app.platformName() == "xcb" else window.grab()  # type: ignore[attr-defined]
    image.save(str(path))


def main() -> int:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tests"))
    from media_fixtures import recorded_study

    from uxlab.gui import i18n
    from uxlab.gui.main_window import MainWindow

    app, work = shot_app()
    facts = recorded_study(work / "recorded")
    OUT.mkdir(parents=True, exist_ok=True)

    window = MainWindow()
    window.setGeometry(0, 0, 1280, 800)
    window.context.open(work / "recorded")
    window.tabs.setCurrentWidget(window.review)
    window.show()
    review = window.review
    settle(app)

    def show(participant: str, name: str) -> None:
        review.tabs.setCurrentIndex(0)
        review.select_task("a")
        review.select_attempt(participant)
        settle(app, 1.0)
        if participant == "P01":
            review.tasks_page.player.jump_to_seq(facts["critical"])
            settle(app, 1.5)
        grab(window, app, OUT / name)

    show("P01", "review-player.png")
    show("P02", "review-player-none.png")
    i18n.install_language(app, "ar")
    settle(app)
    show("P01", "review-player-ar.png")

    window.close()
    shutil.rmtree(work, ignore_errors=True)
    print("saved", ", ".join(p.name for p in sorted(OUT.glob("review-player*.png"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
