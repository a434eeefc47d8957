"""Announcements for screen readers: what changes on screen without the keyboard focus moving
(the console's timer, its status line, the outcome question) is said once, when it changes.

``announce`` sends Qt's ``QAccessibleAnnouncementEvent`` (on Linux the AT-SPI ``Announcement``
signal, which Orca speaks; polite: after what is being said, assertive: at once). Nothing is sent
while no assistive technology listens (``QAccessible.isActive()``), so the console's ten-a-second
tick costs nothing more without a screen reader."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


def announce(source: QObject, text: str, *, assertive: bool = False) -> bool:
    """Have screen readers say ``text`` (from ``source``, the widget it is about). True if an
    announcement was sent."""
    if not text or not QAccessible.isActive():
        return False
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
    return True
