"""The tidy tables every analysis, export and chart starts from (see docs/data-model.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

TASK_COLUMNS = ["task", "title", "stage", "target_time_s", "time_limit_s"]
PARTICIPANT_COLUMNS = [
    "participant", "group", "language", "excluded", "exclude_reason", "session_id", "status",
    "started", "ended",
]
ATTEMPT_COLUMNS = [
    "participant", "group", "session_id", "task", "position", "outcome", "success", "time_s",
    "gross_s", "paused_s", "pauses", "interrupted", "errors", "assists", "notes", "critical",
    "seq", "exp_success", "exp_effort", "exp_emotion", "emotion_word", "note_text", "started",
    "ended",
]
ANSWER_COLUMNS = ["participant", "questionnaire", "item", "value", "declined"]
EVENT_COLUMNS = [
    "participant", "session_id", "seq", "kind", "t_s", "wall", "task", "marker", "text",
    "outcome", "item", "value", "declined", "target", "undone",
]
RATING_ITEMS = ["seq", "exp_success", "exp_effort", "exp_emotion"]
ATTEMPTED_OUTCOMES = ("success", "partial", "fail", "abandoned")  # "skipped" is not an attempt


def empty(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


@dataclass
class StudyTables:
    title: str
    tasks: pd.DataFrame
    participants: pd.DataFrame
    attempts: pd.DataFrame
    answers: pd.DataFrame
    events: pd.DataFrame = field(default_factory=lambda: empty(EVENT_COLUMNS))
    source: str = ""
    warnings: list[str] = field(default_factory=list)
    attribute_columns: list[str] = field(default_factory=list)  # participant attribute names
    benchmarks: dict[str, float] = field(default_factory=dict)  # saved in the study file
    design: str = ""  # declared in the study file: between, within or mixed
    notices: list[str] = field(default_factory=list)  # how a results file was read (not problems)

    def included(self) -> StudyTables:
        """The same tables without excluded participants (exclusions never delete data)."""
        p = self.participants
        if "excluded" not in p or not p["excluded"].astype(bool).any():
            return self
        keep = set(p.loc[~p["excluded"].astype(bool), "participant"])
        return StudyTables(
            title=self.title,
            tasks=self.tasks,
            participants=p[p["participant"].isin(keep)].reset_index(drop=True),
            attempts=self.attempts[self.attempts["participant"].isin(keep)].reset_index(drop=True),
            answers=self.answers[self.answers["participant"].isin(keep)].reset_index(drop=True),
            events=self.events[self.events["participant"].isin(keep)].reset_index(drop=True)
            if len(self.events) else self.events,
            source=self.source,
            warnings=self.warnings,
            attribute_columns=self.attribute_columns,
            benchmarks=self.benchmarks,
            design=self.design,
            notices=self.notices,
        )
