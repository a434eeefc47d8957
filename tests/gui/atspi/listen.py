"""An assistive-technology client (run with the system Python that has pyatspi) that listens to
what the console tells screen readers while it drives one task through AT-SPI, as a blind
moderator would: start the session, start the task, let a minute of task time pass, pause,
resume, end the task, choose the outcome. Prints every event it heard (announcements, names
and descriptions that changed, things shown or hidden, focus), with the step it came during,
as JSON on the last line.

The app under test runs its session on a clock thirty times faster than the wall (app.py
``fast``), so a minute of task time passes in two seconds.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from walk import find_app, press, select, tab_lists

EVENTS = ("object:announcement", "object:property-change:accessible-name",
          "object:property-change:accessible-description", "object:state-changed:showing",
          "object:state-changed:focused")

heard: list[dict[str, Any]] = []
step = ["setup"]


def on_event(event: Any) -> None:
    try:
        source = event.source
        role, name = source.getRoleName(), source.name or ""
    except Exception:
        role, name = "", ""
    data = event.any_data
    heard.append({"step": step[0], "type": str(event.type), "role": role, "name": name,
                  "detail1": int(event.detail1), "data": data if isinstance(data, str) else "",
                  "t": round(time.monotonic(), 3)})


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as f:
        names = json.load(f)
    app = find_app("uxlab-atspi", 30)
    frame = app[0]
    for e in EVENTS:
        pyatspi.Registry.registerEventListener(on_event, e)
    plan = [("show the console", lambda: select(tab_lists(frame)[0], 1), 1.0),
            ("start session", lambda: press(frame, names["start_session"]), 1.5),
            ("start task", lambda: press(frame, names["start_task"]), 3.0),  # > a minute of task time
            ("pause", lambda: press(frame, names["pause"]), 1.0),
            ("resume", lambda: press(frame, names["pause"]), 1.0),
            ("end task", lambda: press(frame, names["end_task"]), 1.0),
            ("choose success", lambda: press(frame, names["success"]), 1.0)]

    def run(i: int) -> bool:
        if i == len(plan):
            pyatspi.Registry.stop()
            return False
        label, action, wait = plan[i]
        step[0] = label
        action()
        GLib.timeout_add(int(wait * 1000), run, i + 1)
        return False

    GLib.timeout_add(300, run, 0)
    GLib.timeout_add(60_000, lambda: pyatspi.Registry.stop())  # never hang the test
    pyatspi.Registry.start()
    json.dump(heard, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
