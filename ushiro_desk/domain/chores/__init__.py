"""Chores: the owner's inventory of recurring back-office work (業務の棚卸し).

Names are looked up lazily (PEP 562): importing `kinds` or `due` (what the Today page needs when the
window opens) must not pull in `model`, which needs the recurrence engine and the business calendar.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ushiro_desk.domain.chores.due import DueItem, TodayView
    from ushiro_desk.domain.chores.kinds import Area, Delegability, OccurrenceState, OutsourcerRole, OwnerOnlyReason
    from ushiro_desk.domain.chores.model import (
        Chore,
        ChoreSettings,
        Occurrence,
        Outsourcer,
        normalise_chore,
        validate_chore,
        validate_minutes,
        validate_outsourcer,
        validate_settings,
    )

_HOME = {
    "Area": "kinds",
    "Delegability": "kinds",
    "OccurrenceState": "kinds",
    "OutsourcerRole": "kinds",
    "OwnerOnlyReason": "kinds",
    "DueItem": "due",
    "TodayView": "due",
    "Chore": "model",
    "ChoreSettings": "model",
    "Occurrence": "model",
    "Outsourcer": "model",
    "normalise_chore": "model",
    "validate_chore": "model",
    "validate_minutes": "model",
    "validate_outsourcer": "model",
    "validate_settings": "model",
}

__all__ = sorted(_HOME)


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # looked up once
    return value
