"""Screenshots of the live session console and the participant screen, in English, Arabic and
Russian. Run: xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tests/gui/shots/run_shot.py"""

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
    for code in ("en", "ar", "ru"):
        w, run, clock = open_console(app, tmp / code, code, "P13", (1500, 950))
        run.on_key("s")
        clock.advance(48)
        run.on_key("e")
        clock.advance(20)
        run.open_note("note", run.controller.now())
        run.note_edit.setText({"en": "Looked for the cart icon at the top, then asked where it was",
                               "ar": "بحث عن أيقونة السلة في الأعلى ثم سأل عن مكانها",
                               "ru": "Искал значок корзины вверху, потом спросил, где он"}[code])
        run.commit_note()
        run.on_key("1")
        run.on_key("6")
        run.controller.choose_word(run.controller.emotion_words()[1])
        run.controller.answer(run.controller.pending_task_questions()[0], 6) if run.controller.pending_task_questions() else None
        while run.controller.pending_task_questions():
            run.controller.answer(run.controller.pending_task_questions()[0], 5)
        if run.controller.pending_word():
            run.controller.choose_word(run.controller.emotion_words()[0])
        run.on_key("s")
        clock.advance(95)  # past this task's target time
        run.on_key("a")
        clock.advance(12)
        run.open_note("critical", run.controller.now())
        run.note_edit.setText({"en": "Entered the card number in the name field",
                               "ar": "أدخل رقم البطاقة في حقل الاسم",
                               "ru": "Ввёл номер карты в поле имени"}[code])
        run.refresh()
        app.processEvents()
        suffix = "" if code == "en" else f"-{code}"
        w.grab().save(str(OUT / f"console{suffix}.png"))
        run.commit_note()
        run.show_participant_screen()
        screen = run.participant_screen
        assert screen is not None
        screen.resize(1200, 800)
        app.processEvents()
        screen.grab().save(str(OUT / f"participant-task{suffix}.png"))
        run.on_key("1")
        app.processEvents()
        screen.grab().save(str(OUT / f"participant-rating{suffix}.png"))
        w.grab().save(str(OUT / f"console-rating{suffix}.png"))
        run.shutdown()
        w.close()
    print(f"screenshots written to {OUT}")


if __name__ == "__main__":
    sys.exit(main())
