"""Caption texts of the highlight clips, in the interface's five languages (their translations
live in the export catalogs, resources/catalogs/uxlab_<code>.po)."""

from __future__ import annotations

from uxlab.export import labels


def clip_label(key: str, language: str = "en") -> str:
    """A marker kind (critical, note, error, assist), "observation", or "reel_people" (a text
    with {n} and {clips})."""
    if key == "critical":
        return labels.tr("Critical incident", language)
    if key == "note":
        return labels.tr("Note", language)
    if key == "error":
        return labels.tr("Error", language)
    if key == "assist":
        return labels.tr("Assist", language)
    if key == "observation":
        return labels.tr("Problem observation", language)
    if key == "reel_people":
        return labels.tr("Met by {n} participant(s) · {clips} clip(s)", language)
    return key
