"""An assistive-technology client (run with the system Python that has pyatspi): finds the
uxlab-atspi application on the accessibility bus, selects each main tab through AT-SPI's
Selection interface, as a screen reader user would, and prints, per tab, every control it
reads: role and name, as JSON."""

from __future__ import annotations

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]

CONTROLS = {"push button", "toggle button", "check box", "radio button", "combo box", "text",
            "spin button", "table", "tree table", "list", "tree", "page tab", "slider",
            "entry", "password text"}


def find_app(name: str, timeout: float) -> object:
    deadline = time.time() + timeout
    while time.time() < deadline:
        for a in pyatspi.Registry.getDesktop(0):
            if a is not None and a.name == name:
                return a
        time.sleep(0.3)
    raise SystemExit(f"no application {name!r} on the accessibility bus")


def nodes(n: object, out: list[object]) -> list[object]:
    out.append(n)
    for c in n:  # type: ignore[attr-defined]
        if c is not None:
            nodes(c, out)
    return out


def depth(n: object) -> int:
    d = 0
    while n is not None and d < 100:
        n, d = n.parent, d + 1  # type: ignore[attr-defined]
    return d


def showing(n: object) -> bool:
    return n.getState().contains(pyatspi.STATE_SHOWING)  # type: ignore[attr-defined]


def main() -> int:
    app = find_app("uxlab-atspi", 30)
    frame = app[0]  # type: ignore[index]
    # the main tab bar: the page tab list closest to the window
    lists = [n for n in nodes(frame, []) if n.getRoleName() == "page tab list"]
    tabs = min(lists, key=depth)
    report = {}
    for i in range(3):
        tabs.querySelection().selectChild(i)
        time.sleep(1.0)
        page = tabs[i].name
        seen = []
        for n in nodes(frame, []):
            role = n.getRoleName()
            if role in CONTROLS and showing(n) and n.parent.getRoleName() not in ("combo box", "page tab list"):
                seen.append({"role": role, "name": n.name, "description": n.description})
        report[page] = seen
    json.dump(report, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
