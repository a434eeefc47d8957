"""Errors that carry what a researcher needs to fix the problem: file, field, fix."""

from __future__ import annotations


class UxlabError(Exception):
    """Base error. The message is meant for a person: it names the place and the fix."""

    def __init__(
        self,
        problem: str,
        *,
        file: str | None = None,
        field: str | None = None,
        fix: str | None = None,
    ) -> None:
        self.problem = problem
        self.file = file
        self.field = field
        self.fix = fix
        super().__init__(self.message)

    @property
    def message(self) -> str:
        parts: list[str] = []
        if self.file:
            parts.append(str(self.file))
        if self.field:
            parts.append(f"field '{self.field}'")
        head = ": ".join([", ".join(parts), self.problem]) if parts else self.problem
        if self.fix:
            head += f". Fix: {self.fix}"
        return head


class StudyError(UxlabError):
    """A study file or questionnaire definition is invalid."""


class JournalError(UxlabError):
    """A session journal cannot be read or written."""


class RecorderError(UxlabError):
    """A moderator command is not valid in the session's current state."""


class SessionLockedError(JournalError):
    """Another recorder already writes this session."""


class SchemaVersionError(UxlabError):
    """A file was written by a newer uxlab than this one."""


class DataError(UxlabError):
    """Imported results data (CSV / XLSX long format) is invalid."""
