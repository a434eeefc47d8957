"""Screenshots of the Plan view (English, then Arabic right-to-left) on a copy of the demo study.

Run: xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tests/gui/shots/plan_shot.py
Writes docs/screenshots/plan.png and docs/screenshots/plan-ar.png.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from uxlab.gui import i18n  # noqa: E402
from uxlab.gui.main_window import MainWindow  # noqa: E402
from uxlab.gui.plan.view import TAB_TASKS  # noqa: E402

OUT = Path(os.environ.get("UXLAB_SHOTS_OUT", ROOT / "docs" / "screenshots"))


def shoot(app: QApplication, study: Path, language: str, name: str) -> None:
    i18n.install_language(app, language)
    window = MainWindow()
    window.resize(1400, 900)
    window.open_study(study)
    window.tabs.setCurrentWidget(window.plan)
    window.plan.tabs.setCurrentIndex(TAB_TASKS)
    window.plan.tasks.list.setCurrentRow(1)
    window.show()
    for _ in range(10):
        app.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / name))
    window.close()
    window.deleteLater()
    app.processEvents()


def main() -> None:
    app = QApplication(sys.argv)
    where = Path(tempfile.mkdtemp(prefix="uxlab-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(where / "settings"))
    app.setOrganizationName("uxlab-shots")
    app.setApplicationName("uxlab-shots")
    study = Path(tempfile.gettempdir()) / "food-delivery"  # a short path for the status line
    shutil.rmtree(study, ignore_errors=True)
    shutil.copytree(ROOT / "sessions" / "food-delivery", study)
    shoot(app, study, "en", "plan.png")
    shoot(app, study, "ar", "plan-ar.png")
    shutil.rmtree(where, ignore_errors=True)
    shutil.rmtree(study, ignore_errors=True)


if __name__ == "__main__":
    main()
