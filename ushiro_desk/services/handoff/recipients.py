"""Recipients: outsourcers from the chores inventory with their handoff profile."""

from __future__ import annotations

from dataclasses import dataclass

from ushiro_desk.domain.chores import Outsourcer
from ushiro_desk.domain.handoff.disclosure import DataKind
from ushiro_desk.domain.handoff.recipient import RecipientProfile, validate_recipient
from ushiro_desk.domain.problems import InvalidInput, Problem, has_errors
from ushiro_desk.services.changes import HANDOFF, Changes
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit, chores_repo, handoff_repo


@dataclass(frozen=True)
class Recipient:
    outsourcer: Outsourcer
    profile: RecipientProfile

    @property
    def id(self) -> int:
        assert self.outsourcer.id is not None
        return self.outsourcer.id

    @property
    def name(self) -> str:
        return self.outsourcer.name


def list_recipients(store: Store) -> list[Recipient]:
    with store.db.snapshot() as conn:
        return [
            Recipient(o, handoff_repo.load_profile(conn, o.id))  # type: ignore[arg-type]
            for o in chores_repo.list_outsourcers(conn)
        ]


def find_recipient(store: Store, name: str) -> Recipient | None:
    """By exact name, else by a unique partial match."""
    everyone = list_recipients(store)
    exact = [r for r in everyone if r.name == name]
    if exact:
        return exact[0]
    partial = [r for r in everyone if name and name in r.name]
    return partial[0] if len(partial) == 1 else None


def save_profile(store: Store, profile: RecipientProfile) -> tuple[Changes, list[Problem]]:
    problems = validate_recipient(profile)
    if has_errors(problems):
        raise InvalidInput(problems)
    with store.db.transaction() as conn:
        handoff_repo.save_profile(conn, profile)
        audit.record(conn, "save", "recipient_profile", profile.outsourcer_id)
    return Changes.of(HANDOFF), problems


def data_needs(store: Store) -> dict[int, frozenset[DataKind]]:
    with store.db.snapshot() as conn:
        return handoff_repo.data_needs(conn)


def set_data_needs(store: Store, chore_id: int, kinds: frozenset[DataKind]) -> Changes:
    with store.db.transaction() as conn:
        handoff_repo.set_data_needs(conn, chore_id, kinds)
        audit.record(conn, "set", "chore_data_need", chore_id, {"kinds": sorted(k.value for k in kinds)})
    return Changes.of(HANDOFF)
