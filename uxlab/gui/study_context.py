"""The open study, shared by the plan, run and review views (the model they observe).

Views never reach into each other: they read the study from here and listen to its signals.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from uxlab.core.errors import JournalError, SchemaVersionError
from uxlab.core.gcpause import paused_gc
from uxlab.core.study import Study
from uxlab.storage.journal import read_journal
from uxlab.storage.study_files import LoadedSession, LoadedStudy, open_study, save_study

if TYPE_CHECKING:  # pandas and the tables load when results are first needed, not at start
    from uxlab.analysis.model import StudyTables


class StudyContext(QObject):
    """Holds what is open: a study folder (``loaded``) or a long-format results file (``source``
    only, review-only). Raises :class:`uxlab.core.errors.UxlabError` on bad input; the caller shows
    the message."""

    study_changed = Signal()  # another study was opened, or the study file was saved
    sessions_changed = Signal()  # a session journal was written (a session started or ended)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source: Path | None = None
        self.loaded: LoadedStudy | None = None
        self._tables: StudyTables | None = None
        self._read_options: dict[str, object] = {}  # a results file's mapping and sheet

    # ------------------------------------------------------------------ queries
    @property
    def folder(self) -> Path | None:
        return self.loaded.folder if self.loaded is not None else None

    @property
    def study(self) -> Study | None:
        return self.loaded.study if self.loaded is not None else None

    @property
    def is_results_file(self) -> bool:
        """True when a long-format CSV/XLSX is open: there is nothing to plan or run."""
        return self.source is not None and self.loaded is None

    def tables(self) -> StudyTables:
        """The tidy tables of what is open (cached until the study or its sessions change)."""
        if self._tables is None:
            from uxlab.analysis.tables import build_tables, load_tables

            if self.loaded is not None:
                self._tables = build_tables(self.loaded)
            elif self.source is not None:
                self._tables = load_tables(self.source, **self._read_options)  # type: ignore[arg-type]
            else:
                raise RuntimeError("no study is open")
        return self._tables

    # ------------------------------------------------------------------ commands
    def open(self, path: Path, mapping: dict[str, str] | None = None, sheet: str | None = None) -> None:
        """Open a study folder or a results file (``mapping`` {field: column} and ``sheet`` say
        how to read the file, as chosen in the import dialog)."""
        path = Path(path)
        if path.is_file() and path.name == "study.json":
            path = path.parent
        if path.is_file():
            from uxlab.analysis.tables import load_tables

            options: dict[str, object] = {"mapping": mapping or None, "sheet": sheet}
            tables = load_tables(path, mapping or None, sheet=sheet)  # errors surface at open time
            self.source, self.loaded, self._tables = path, None, tables
            self._read_options = options
        else:
            with paused_gc():  # see uxlab.core.gcpause
                self.loaded = open_study(path)
            self.source, self._tables = path, None
        self.study_changed.emit()

    def save_study(self, study: Study) -> None:
        folder = self.folder
        if folder is None:
            raise RuntimeError("no study folder is open")
        save_study(folder, study)
        assert self.loaded is not None
        self.loaded.study = study
        self._tables = None
        self.study_changed.emit()

    def reload_sessions(self, changed: Path | None = None) -> None:
        """Re-read the journals after a session was recorded and tell the views. With ``changed``
        (one journal), only that journal is read again: starting or ending a session in a study
        of a thousand never re-reads the other 999."""
        if self.folder is None or self.loaded is None:
            return
        if changed is None or not Path(changed).exists():
            self.loaded = open_study(self.folder)
        else:
            changed = Path(changed)
            try:
                read = read_journal(changed)
            except (JournalError, SchemaVersionError) as exc:
                self.loaded.problems.append(exc.message)
            else:
                state = read.state()
                kept = [s for s in self.loaded.sessions if s.path != changed]
                if state.started:
                    kept.append(LoadedSession(changed, read, state))
                kept.sort(key=lambda s: s.path.name)
                self.loaded.sessions = kept
        self._tables = None
        self.sessions_changed.emit()
