"""What every page gets: the store, the preferences and the change bus."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QObject, Signal

from ushiro_desk.config import Preferences
from ushiro_desk.services.changes import Changes
from ushiro_desk.services.store import Store


class ChangeBus(QObject):
    """Announces each committed change set once; views refresh from it.

    Signals:
        changed(Changes): emitted after a service committed changes.
    """

    changed = Signal(object)

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)


class UiContext(NamedTuple):
    store: Store
    prefs: Preferences
    bus: ChangeBus
