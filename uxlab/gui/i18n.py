"""Interface language: Qt translators for uxlab's own strings and Qt's, layout direction, locale.

Translations live in ``resources/translations/uxlab_<code>.qm`` (built from the ``.ts`` sources by
``python3 make.py translations``). Switching language at run time re-installs the translators; Qt
then sends every widget a LanguageChange event and each view re-labels itself (``retranslate``),
so a running session is never touched.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "ar": "العربية",
    "fa": "فارسی",
    "ru": "Русский",
}
RIGHT_TO_LEFT = frozenset({"ar", "fa"})

_installed: list[QTranslator] = []


def system_language() -> str:
    """The system locale's language if uxlab speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def is_rtl(code: str) -> bool:
    return code in RIGHT_TO_LEFT


def qm_bytes(code: str) -> bytes | None:
    """The compiled translation for ``code`` from the packaged resources, or None."""
    ref = resources.files("uxlab.resources").joinpath("translations", f"uxlab_{code}.qm")
    try:
        return ref.read_bytes()
    except (FileNotFoundError, OSError):
        return None


_keep_alive: list[bytes] = []  # QTranslator.load(data) does not copy the buffer


def install_language(app: QCoreApplication, code: str) -> str:
    """Make ``code`` ('' = system) the interface language. Returns the language in effect."""
    code = code or system_language()
    if code not in LANGUAGES:
        code = "en"
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    _keep_alive.clear()
    if code != "en":
        qt = QTranslator(app)
        if qt.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        data = qm_bytes(code)
        if data:
            mine = QTranslator(app)
            _keep_alive.append(data)
            if mine.load(data):
                app.installTranslator(mine)
                _installed.append(mine)
    QLocale.setDefault(QLocale(code))
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(code) else Qt.LayoutDirection.LeftToRight)
    app.setProperty("uxlab_language", code)
    return code


def current_language() -> str:
    app = QCoreApplication.instance()
    value = app.property("uxlab_language") if app is not None else None
    return value if isinstance(value, str) and value else "en"
