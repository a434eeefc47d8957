"""Live language switching: a widget that sets its texts in ``retranslate()`` re-runs it when
Qt announces a language change (after :func:`uxlab.gui.i18n.install_language`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslatable:
    """Mixin, placed before the Qt base class: ``class View(Retranslatable, QWidget)``."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
