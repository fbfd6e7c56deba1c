"""Outsourcers: the people and firms the owner hands chores to (the handoff area builds on them)."""

from __future__ import annotations

from dataclasses import replace

from ushiro_desk.domain.chores.model import Outsourcer, validate_outsourcer
from ushiro_desk.domain.problems import InvalidInput, error
from ushiro_desk.services.changes import CHORES, HANDOFF, Changes
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit
from ushiro_desk.storage import chores_repo as repo


def list_outsourcers(store: Store, *, include_archived: bool = False) -> list[Outsourcer]:
    with store.db.snapshot() as conn:
        return repo.list_outsourcers(conn, include_archived=include_archived)


def save_outsourcer(store: Store, outsourcer: Outsourcer) -> tuple[int, Changes]:
    outsourcer = replace(outsourcer, name=outsourcer.name.strip())
    problems = validate_outsourcer(outsourcer)
    if problems:
        raise InvalidInput(problems)
    with store.db.transaction() as conn:
        if outsourcer.id is not None and repo.load_outsourcer(conn, outsourcer.id) is None:
            raise InvalidInput([error("outsourcer", "chore.unknown_assignee")])
        new_id = repo.save_outsourcer(conn, outsourcer)
        audit.record(conn, "add" if outsourcer.id is None else "edit", "outsourcer", new_id, {"name": outsourcer.name})
    return new_id, Changes.of(CHORES, HANDOFF)


def set_archived(store: Store, outsourcer_id: int, archived: bool) -> Changes:
    """Archive an outsourcer (kept for the history of what they did). Their open chores go back to the
    owner only when the owner reassigns them: archiving refuses while chores are still assigned."""
    with store.db.transaction() as conn:
        if archived:
            assigned = conn.execute(
                "SELECT count(*) FROM chore WHERE assignee_id = ? AND archived_at IS NULL", (outsourcer_id,)
            ).fetchone()[0]
            if assigned:
                raise InvalidInput([error("outsourcer", "chore.outsourcer_has_chores", count=assigned)])
        repo.set_outsourcer_archived(conn, outsourcer_id, archived)
        audit.record(conn, "archive" if archived else "unarchive", "outsourcer", outsourcer_id)
    return Changes.of(CHORES, HANDOFF)
