"""What `uxlab validate FILE` says about a results file: how it was read, the mapping it
understood (field <- column, given / saved / guessed) and what it would load."""

from __future__ import annotations

from uxlab.analysis.longformat import ImportSummary
from uxlab.analysis.model import StudyTables

LAYOUTS = {
    "long": "one row per participant x task",
    "wide": "one row per participant, per-task columns",
    "questionnaire": "one row per participant, questionnaire only (no tasks)",
}


def _how_read(summary: ImportSummary) -> str:
    raw = summary.raw
    if raw.sheet:
        return f"sheet '{raw.sheet}'" + (f" of {len(raw.sheets)}" if len(raw.sheets) > 1 else "")
    sep = {"tab": "tab"}.get(raw.separator, f"'{raw.separator}'")
    return f"{raw.encoding} text, separator {sep}"


def describe_import(tables: StudyTables, summary: ImportSummary) -> str:
    m = summary.mapping
    lines = [f"{tables.source}: {_how_read(summary)}; {LAYOUTS[summary.layout]}",
             "Column mapping (uxlab field <- column in the file):"]
    width = max([11, *(len(f) for f in m.entries)])
    for f, (col, how) in m.entries.items():
        lines.append(f"  {f:<{width}} <- {col!r} ({how})")
    if "participant" not in m.entries and summary.layout != "long":
        lines.append(f"  {'participant':<{width}} <- (none: each row is one participant, numbered by row)")
    for f in sorted(m.absent):
        lines.append(f"  {f:<{width}} <- (not in this file, as given)")
    used = {c for c, _ in m.entries.values()}
    others = [c for c in summary.raw.columns if c not in used]
    if others:
        attrs = ", ".join(repr(c) for c in others)
        lines.append(f"Other columns (kept as participant attributes or per-attempt conditions): {attrs}")
    answers = tables.answers
    per_q: dict[str, int] = dict(answers.groupby("questionnaire", sort=False)["participant"].nunique()) if len(answers) else {}
    items = answers["item"].nunique() if len(answers) else 0
    q_text = ", ".join(f"{q} ({n} participants)" for q, n in per_q.items())
    lines.append(f"Would load: {len(tables.participants)} participants, {len(tables.tasks)} tasks, "
                 f"{len(tables.attempts)} task rows, {items} questionnaire items, {len(answers)} answers"
                 + (f": {q_text}" if q_text else ""))
    if summary.skipped:
        lines.append("Left out: " + "; ".join(f"{n} {why}{'s' if n > 1 and why.endswith('row') else ''}"
                                             for why, n in summary.skipped.items()))
    else:
        lines.append("Left out: nothing")
    lines += [f"Note: {n}" for n in tables.notices]
    return "\n".join(lines)
