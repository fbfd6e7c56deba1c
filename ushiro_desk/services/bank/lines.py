"""Reading statement lines: all of them, or the deposits still waiting for 消込."""

from __future__ import annotations

from ushiro_desk.domain.bank.model import LineState, StoredLine
from ushiro_desk.services.store import Store
from ushiro_desk.storage import bank_repo


def list_lines(store: Store, *, unmatched: bool = False, account_id: int | None = None) -> list[StoredLine]:
    with store.db.snapshot() as conn:
        if unmatched:
            return bank_repo.lines(conn, states=(LineState.OPEN,), deposits_only=True, account_id=account_id)
        return bank_repo.lines(conn, account_id=account_id)


def unmatched_count(store: Store) -> tuple[int, int]:
    """How many deposits wait for 消込, and their total (for Today)."""
    with store.db.snapshot() as conn:
        row = conn.execute(
            "SELECT count(*), COALESCE(SUM(deposit), 0) FROM statement_line WHERE state = 'open' AND deposit > 0"
        ).fetchone()
    return row[0], row[1]
