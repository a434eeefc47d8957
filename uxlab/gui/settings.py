"""Preferences kept between runs (QSettings): language, key bindings, recent studies, geometry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


def settings() -> QSettings:
    """The application's settings (organisation and application names are set by the app)."""
    return QSettings()


def recent_studies() -> list[Path]:
    value = settings().value("recent", [])
    if isinstance(value, str):
        value = [value]
    return [Path(v) for v in (value or []) if isinstance(v, str) and Path(v).exists()]


def remember_study(path: Path) -> None:
    path = Path(path).resolve()
    paths = [p for p in recent_studies() if p.resolve() != path]
    settings().setValue("recent", [str(p) for p in [path, *paths][:MAX_RECENT]])


def language() -> str:
    """The chosen interface language, '' meaning the system's."""
    value = settings().value("language", "")
    return value if isinstance(value, str) else ""


def set_language(code: str) -> None:
    settings().setValue("language", code)


def key_bindings() -> dict[str, str]:
    """Overrides of the default keys, action -> key sequence text."""
    s = settings()
    s.beginGroup("keys")
    try:
        return {k: str(s.value(k)) for k in s.childKeys()}
    finally:
        s.endGroup()


def set_key_bindings(bindings: dict[str, str]) -> None:
    s = settings()
    s.remove("keys")
    s.beginGroup("keys")
    for action, key in bindings.items():
        s.setValue(action, key)
    s.endGroup()
