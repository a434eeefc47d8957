"""The problem list of the open study and its findings, shared by the Problems view's widgets.
Every edit is saved at once (audit trail first, then the atomic snapshot); a failed save puts
the list back as it is on disk and reports the error, so the screen never shows unsaved edits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from uxlab.analysis.problems import Findings, build_findings
from uxlab.core import problems as pm
from uxlab.core.errors import UxlabError
from uxlab.gui.study_context import StudyContext
from uxlab.storage.problems_file import load_problems, save_problems


class ProblemsState(QObject):
    changed = Signal()  # the list or the observations changed: redraw
    failed = Signal(str)  # an edit could not be saved (the message names file and fix)

    def __init__(self, context: StudyContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.problems: pm.ProblemList = pm.ProblemList()
        self.findings: Findings | None = None
        self.error = ""
        context.study_changed.connect(self.reload)
        context.sessions_changed.connect(self.reload)

    @property
    def available(self) -> bool:
        return self.context.loaded is not None

    def reload(self) -> None:
        loaded = self.context.loaded
        self.error = ""
        if loaded is None:
            self.problems, self.findings = pm.ProblemList(), None
        else:
            try:
                self.problems = load_problems(loaded.folder)
                self.findings = build_findings(loaded, self.problems)
            except UxlabError as exc:
                self.problems, self.findings, self.error = pm.ProblemList(), None, exc.message
        self.changed.emit()

    # ------------------------------------------------------------------ edits
    def _edit(self, fn: Callable[[pm.ProblemList], list[pm.Change]]) -> bool:
        loaded = self.context.loaded
        if loaded is None or self.error:
            return False
        try:
            changes = fn(self.problems)
            save_problems(loaded.folder, self.problems, changes)
        except (UxlabError, OSError) as exc:
            message = exc.message if isinstance(exc, UxlabError) else f"{exc.filename or ''}: {exc.strerror or exc}"
            self.reload()
            self.failed.emit(message)
            return False
        self.findings = build_findings(loaded, self.problems)
        self.changed.emit()
        return True

    def create(self, title: str, observations: list[str]) -> str | None:
        made: list[str] = []

        def run(pl: pm.ProblemList) -> list[pm.Change]:
            p, ch = pm.create_problem(pl, title, observations)
            made.append(p.id)
            return ch

        return made[0] if self._edit(run) and made else None

    def update(self, problem_id: str, **fields: Any) -> bool:
        return self._edit(lambda pl: pm.update_problem(pl, problem_id, **fields))

    def assign(self, problem_id: str, observations: list[str]) -> bool:
        return self._edit(lambda pl: pm.assign(pl, problem_id, observations))

    def unassign(self, observations: list[str]) -> bool:
        """Unlink observations from whatever problem they count for now."""
        f = self.findings
        if f is None:
            return False
        owners = dict(zip(f.observations["observation"], f.observations["problem"], strict=True))

        def run(pl: pm.ProblemList) -> list[pm.Change]:
            out: list[pm.Change] = []
            for o in observations:
                if owners.get(o):
                    out += pm.unassign(pl, owners[o], [o])
            return out

        return self._edit(run)

    def tag(self, observations: list[str], add: list[str], remove: list[str]) -> bool:
        """Add or remove free tags on notes and observations (kept in problems.json)."""
        return self._edit(lambda pl: pm.tag_notes(pl, observations, add, remove))

    def merge(self, into: str, others: list[str]) -> bool:
        return self._edit(lambda pl: pm.merge_problems(pl, into, others))

    def delete(self, problem_id: str) -> bool:
        return self._edit(lambda pl: pm.delete_problem(pl, problem_id))

    def set_scale(self, scale_id: str) -> bool:
        return self._edit(lambda pl: pm.set_scale(pl, scale_id))
