"""A small study folder with recorded problem observations and notes, for the findings tests."""

from __future__ import annotations

from pathlib import Path

from uxlab.core.clock import FakeClock
from uxlab.core.study import Participant, Study, Task
from uxlab.storage.journal import open_recorder
from uxlab.storage.study_files import journal_path, save_study

SEEN = {  # participant -> observations (task, text)
    "P1": [("a", "could not find search"), ("b", "price unclear")],
    "P2": [("a", "search hidden"), ("a", "search again")],
    "P3": [("b", "fees confusing")],
    "P4": [],
}


def record_study(folder: Path, seen: dict[str, list[tuple[str, str]]] | None = None,
                 notes: dict[str, list[tuple[str, str]]] | None = None) -> Path:
    """Sessions where each participant logs the observations (and notes) given, 65 s apart."""
    seen = SEEN if seen is None else seen
    notes = notes or {}
    save_study(folder, Study(title="S", tasks=[Task("a", {"en": "A"}, {"en": "A"}),
                                               Task("b", {"en": "B"}, {"en": "B"})],
                             participants=[Participant(p) for p in seen]))
    for pid, observed in seen.items():
        clock = FakeClock()
        rec = open_recorder(journal_path(folder, pid), participant=pid, clock=clock)
        rec.start_session(pid, ["a", "b"])
        for task in ("a", "b"):
            rec.start_task(task)
            for t, text in observed:
                if t == task:
                    clock.advance(65)
                    rec.observe_problem(text)
            for t, text in notes.get(pid, []):
                if t == task:
                    clock.advance(5)
                    rec.marker("note", text)
            rec.end_task("success")
        rec.end_session()
    return folder
