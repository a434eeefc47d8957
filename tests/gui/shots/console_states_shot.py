"""The console at 1280x800 in each state a moderator must read at a glance: a task running, paused,
its clock stopped with the outcome question open, and the ratings waiting, in English and Arabic.
Run: xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tests/gui/shots/console_states_shot.py"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(os.environ.get("UXLAB_SHOTS_OUT", ROOT / "docs" / "screenshots"))


def main() -> None:
    from console_setup import open_console

    from uxlab.gui.app import make_app

    app = make_app(["uxlab"])
    app.setOrganizationName("uxlab-shots")
    tmp = Path(tempfile.mkdtemp())
    for code in ("en", "ar"):
        w, run, clock = open_console(app, tmp / code, code, "P20", (1280, 800))
        suffix = f"-{code}"

        def shot(name: str, run=run, w=w, suffix=suffix) -> None:  # type: ignore[no-untyped-def]
            run.refresh()
            app.processEvents()
            w.grab().save(str(OUT / f"console-{name}{suffix}-1280.png"))

        run.on_key("s")
        clock.advance(31)
        run.on_key("e")
        clock.advance(5)
        run.on_key("a")
        shot("task")
        run.on_key("p")
        clock.advance(40)
        shot("paused")
        run.on_key("p")
        clock.advance(12)
        run.on_key("d")
        clock.advance(3)
        shot("outcome")
        run.on_key("2")
        run.on_key("6")
        shot("rating")
        run.shutdown()
        w.close()
    print(f"screenshots written to {OUT}")


if __name__ == "__main__":
    sys.exit(main())
