"""An assistive-technology client (run with the system Python that has pyatspi): finds the
uxlab-atspi application on the accessibility bus and reads it as a screen reader user meets it.

It selects each main tab (Plan, Run session, Review results) through AT-SPI's Selection
interface, and inside each every sub-tab (the review's tables, the charts, ...); on the console
it starts a session and a task and ends the task by pressing the buttons through AT-SPI's Action
interface, so the controls of a running session and of the outcome question are read too; then
it opens the participant screen. Per place it prints every focusable control shown: role, name,
description and the label a relation points at ("labelled by"), as JSON on the last line.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]

# Roles that are parts of a control, read through their parent (cells of a table, items of a
# list, the list of a combo box): the parent is the control a user tabs to.
PARTS = {"table cell", "list item", "column header", "row header", "menu item", "menu",
         "tree item", "scroll bar", "tool tip"}
SETTLE_S = 0.6


def find_app(name: str, timeout: float) -> Any:
    deadline = time.time() + timeout
    while time.time() < deadline:
        for a in pyatspi.Registry.getDesktop(0):
            if a is not None and a.name == name:
                return a
        time.sleep(0.3)
    raise SystemExit(f"no application {name!r} on the accessibility bus")


def nodes(n: Any, out: list[Any] | None = None, inside: str = "") -> list[Any]:
    """Every node under ``n`` that is shown; not the insides of combo boxes and tables."""
    out = [] if out is None else out
    out.append(n)
    role = n.getRoleName()
    if role in ("combo box", "table", "tree table", "list", "tree") and inside != "":
        return out
    for c in n:
        if c is not None and showing(c):
            nodes(c, out, inside or "x")
    return out


def showing(n: Any) -> bool:
    try:
        return bool(n.getState().contains(pyatspi.STATE_SHOWING))
    except Exception:  # a node deleted while we walk
        return False


def labelled_by(n: Any) -> str:
    names = []
    for r in n.getRelationSet():
        if r.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(r.getNTargets()):
                names.append(r.getTarget(i).name)
    return " ".join(x for x in names if x)


def depth(n: Any) -> int:
    d = 0
    while n is not None and d < 100:
        n, d = n.parent, d + 1
    return d


def path(n: Any) -> tuple[int, ...]:
    out = []
    while n is not None and len(out) < 100:
        out.append(n.getIndexInParent())
        n = n.parent
    return tuple(reversed(out))


def controls(root: Any) -> list[dict[str, str]]:
    seen: list[dict[str, str]] = []
    for n in nodes(root):
        role = n.getRoleName()
        if role in PARTS or n.parent is None or n.parent.getRoleName() in ("combo box", "page tab list"):
            continue
        state = n.getState()
        if not state.contains(pyatspi.STATE_FOCUSABLE) and role not in ("push button", "page tab"):
            continue
        seen.append({"role": role, "name": n.name or "", "description": n.description or "",
                     "label": labelled_by(n),
                     "parent": f"{n.parent.getRoleName()} {n.parent.name!r}",
                     "children": str(n.childCount)})
    return seen


def tab_lists(root: Any) -> list[Any]:
    return sorted((n for n in nodes(root) if n.getRoleName() == "page tab list"), key=depth)


def explore(frame: Any, place: str, report: dict[str, list[dict[str, str]]], done: set[tuple[int, ...]]) -> None:
    """Read what is shown, then every tab of every tab bar not visited yet, recursively."""
    window = place.split(" › ")[0]  # what was already read in this window is not repeated
    known = {json.dumps(c, sort_keys=True) for where, seen in report.items()
             if where.split(" › ")[0] == window for c in seen}
    report.setdefault(place, []).extend(
        c for c in controls(frame) if json.dumps(c, sort_keys=True) not in known)
    for tabs in tab_lists(frame):
        key = path(tabs)
        if key in done:
            continue
        done.add(key)
        for i in range(tabs.childCount):
            if tabs[i].getRoleName() != "page tab":  # the tab bar's scroll arrows
                continue
            select(tabs, i)
            explore(frame, f"{place} › {tabs[i].name}", report, done)


def select(tabs: Any, i: int) -> None:
    """Select tab ``i``: the app may be busy drawing the page it opens and answer late."""
    try:
        tabs.querySelection().selectChild(i)
    except Exception:  # no reply in time: wait until the tab is selected
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if tabs.querySelection().isChildSelected(i):
                    break
            except Exception:
                pass
            time.sleep(0.5)
        else:
            raise
    time.sleep(SETTLE_S)


def find(root: Any, role: str, name: str) -> Any:
    for n in nodes(root):
        if n.getRoleName() == role and n.name == name:
            return n
    raise SystemExit(f"no {role} named {name!r} shown; shown: "
                     + ", ".join(sorted({f'{c["role"]}:{c["name"]}' for c in controls(root)})))


def press(root: Any, name: str) -> None:
    button = find(root, "push button", name)
    action = button.queryAction()
    acts = [action.getName(i) for i in range(action.nActions)]
    print(name, acts, file=sys.stderr)
    action.doAction(acts.index("Press") if "Press" in acts else 0)
    time.sleep(SETTLE_S)


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as f:
        names = json.load(f)  # the accessible names of the buttons to press (app.py writes them)
    app = find_app("uxlab-atspi", 30)
    frame = app[0]
    main_tabs = tab_lists(frame)[0]
    report: dict[str, list[dict[str, str]]] = {}
    done = {path(main_tabs)}
    # Plan, Review, then the console (whose session stays open to the end)
    for i in (0, 2, 1):
        view = main_tabs[i].name
        select(main_tabs, i)
        time.sleep(SETTLE_S)
        explore(frame, view, report, done)
        if i == 1:  # the console: a session, a running task, the outcome question, the ratings
            press(frame, names["start_session"])
            press(frame, names["show_participant"])
            screens = [w for w in app if w is not None and w.name != frame.name and showing(w)]
            if not screens:
                raise SystemExit("the participant screen did not appear on the accessibility bus")
            steps = (("start_task", "task running"), ("end_task", "outcome question"),
                     ("success", "ratings"))
            for button, state in steps:
                press(frame, names[button])
                explore(frame, f"{view} › {state}", report, done)
                for w in screens:
                    explore(w, f"Participant screen › {state}", report, done)
    json.dump(report, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
