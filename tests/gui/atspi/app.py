"""The app as a screen reader meets it: the main window on a copy of the demo study, in the
language given (argv[1]), under a real X server with Qt's AT-SPI bridge on (test_atspi.py)."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[3]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from uxlab.gui import i18n
    from uxlab.gui.main_window import MainWindow

    app = QApplication(sys.argv)
    app.setOrganizationName("uxlab-atspi")
    app.setApplicationName("uxlab-atspi")
    i18n.install_language(app, sys.argv[1])
    work = Path(tempfile.mkdtemp(prefix="uxlab-atspi-"))
    shutil.copytree(ROOT / "sessions" / "food-delivery", work / "study")
    window = MainWindow()
    window.resize(1280, 800)
    window.open_study(work / "study")
    window.show()
    code = app.exec()
    shutil.rmtree(work, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
