"""What a service changed, announced once so that views refresh (Anki's change sets)."""

from __future__ import annotations

from typing import NamedTuple

COMPANY = "company"
CHORES = "chores"
CLIENTS = "clients"
INVOICES = "invoices"
EXPENSES = "expenses"
HANDOFF = "handoff"
BANK = "bank"
EVERYTHING = frozenset({COMPANY, CHORES, CLIENTS, INVOICES, EXPENSES, HANDOFF, BANK})


class Changes(NamedTuple):
    """The areas a change touched. (A NamedTuple: it is defined on the way to the first window.)"""

    areas: frozenset[str] = frozenset()

    @classmethod
    def of(cls, *areas: str) -> "Changes":
        return cls(frozenset(areas))

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.areas | other.areas)

    def __bool__(self) -> bool:
        return bool(self.areas)

    def touches(self, *areas: str) -> bool:
        return bool(self.areas & set(areas))
