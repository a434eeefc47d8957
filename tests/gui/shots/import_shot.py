"""Screenshots of File > Import results for the docs (run by hand, and by the slow smoke test):

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tests/gui/shots/import_shot.py

Writes a results spreadsheet as a researcher might keep it (one row per participant, French
headers, times as mm:ss, a typo in one time and one outcome) to /tmp and opens the import dialog
on it at 1280x800: docs/screenshots/import-en.png and import-ar.png (Arabic, right to left).
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

ROWS = [
    ("P01", "Version A", "réussi", "1:12", "échec", "4:05", "réussi", "0:48", "6", "5", "8"),
    ("P02", "Version A", "réussi", "0:58", "réussi", "2:40", "abandonné", "", "7", "6", "9"),
    ("P03", "Version B", "oui", "1:30", "réussi", "3:1O", "réussi", "1:02", "5", "5", "7"),
    ("P04", "Version B", "réussi", "0:44", "peut-être", "2:59", "échec", "1:50", "6", "6", "10"),
    ("P05", "Version A", "échec", "2:10", "réussi", "3:35", "réussi", "0:51", "3", "4", "4"),
    ("P06", "Version B", "réussi", "1:05", "réussi", "2:12", "réussi", "0:40", "7", "7", "9"),
]
HEADER = ("Participant", "Groupe", "Recherche résultat", "Recherche temps", "Paiement résultat",
          "Paiement temps", "Suivi résultat", "Suivi temps", "UMUX 1", "UMUX 2", "NPS")



def main() -> int:
    sys.path.insert(0, str(ROOT))
    from uxlab.gui import i18n
    from uxlab.gui.import_dialog import ImportDialog

    app, work = shot_app()
    data = work / "résultats-livraison.csv"
    lines = [";".join(HEADER)] + [";".join(r) for r in ROWS]
    data.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))  # as Excel saves it in France
    OUT.mkdir(parents=True, exist_ok=True)

    for code in ("en", "ar"):
        i18n.install_language(app, code)
        dialog = ImportDialog(data)
        dialog.resize(1280, 800)
        dialog.show()
        settle(app)
        dialog.grab().save(str(OUT / f"import-{code}.png"))
        dialog.close()

    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
