"""Chores: the owner's inventory of recurring back-office work (業務の棚卸し)."""

from ushiro_desk.domain.chores.model import (
    Area,
    Chore,
    ChoreSettings,
    DueItem,
    Delegability,
    Occurrence,
    OccurrenceState,
    Outsourcer,
    OutsourcerRole,
    OwnerOnlyReason,
    normalise_chore,
    validate_chore,
    validate_minutes,
    validate_outsourcer,
    validate_settings,
)

__all__ = [
    "Area",
    "Chore",
    "ChoreSettings",
    "DueItem",
    "Delegability",
    "Occurrence",
    "OccurrenceState",
    "Outsourcer",
    "OutsourcerRole",
    "OwnerOnlyReason",
    "normalise_chore",
    "validate_chore",
    "validate_minutes",
    "validate_outsourcer",
    "validate_settings",
]
