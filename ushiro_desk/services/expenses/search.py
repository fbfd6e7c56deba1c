"""Finding expenses (可視性): by date range, amount range and counterparty, combined, plus memo text.
The UI's list and the CLI both search here."""

from __future__ import annotations

from datetime import date
from typing import Any

from ushiro_desk.domain.expenses.model import Expense, ListRow
from ushiro_desk.domain.expenses.search import ExpenseQuery, check_query
from ushiro_desk.domain.problems import InvalidInput, error
from ushiro_desk.services.changes import EXPENSES, Changes
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit, expenses_repo


def search(store: Store, query: ExpenseQuery, *, limit: int | None = None) -> list[int]:
    """Ids of the expenses found, newest first (the first `limit`). Raise InvalidInput for an impossible query."""
    problems = check_query(query)
    if problems:
        raise InvalidInput(problems)
    with store.db.snapshot() as conn:
        return expenses_repo.search_ids(conn, query, limit)


def totals(store: Store, query: ExpenseQuery) -> tuple[int, int]:
    """(count, total yen) of what the query finds."""
    with store.db.snapshot() as conn:
        return expenses_repo.totals(conn, query)


def list_rows(store: Store, ids: list[int]) -> dict[int, ListRow]:
    """The list's rows for these ids (a page at a time)."""
    with store.db.snapshot() as conn:
        return expenses_repo.list_rows(conn, ids)


def get_many(store: Store, ids: list[int]) -> list[Expense]:
    with store.db.snapshot() as conn:
        return expenses_repo.get_many(conn, ids)


def month_totals(store: Store, date_from: date, date_to: date) -> list[tuple[str, str, int]]:
    with store.db.snapshot() as conn:
        return expenses_repo.month_totals(conn, date_from, date_to)


def missing_receipt_count(store: Store) -> int:
    with store.db.snapshot() as conn:
        return expenses_repo.count_missing_receipts(conn)


def draft_count(store: Store) -> int:
    with store.db.snapshot() as conn:
        return expenses_repo.count_drafts(conn)


def payees(store: Store) -> list[tuple[str, str, str]]:
    with store.db.snapshot() as conn:
        return expenses_repo.payees(conn)


def saved_searches(store: Store) -> list[tuple[int, str, ExpenseQuery]]:
    with store.db.snapshot() as conn:
        return [(i, name, ExpenseQuery.from_json(q)) for i, name, q in expenses_repo.saved_searches(conn)]


def save_search(store: Store, name: str, query: ExpenseQuery) -> tuple[int, Changes]:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput([error("name", "required")])
    data: dict[str, Any] = query.to_json()
    with store.db.transaction() as conn:
        search_id = expenses_repo.save_search(conn, name, data, audit.now_utc())
    return search_id, Changes.of(EXPENSES)


def forget_search(store: Store, search_id: int) -> Changes:
    with store.db.transaction() as conn:
        expenses_repo.forget_search(conn, search_id)
    return Changes.of(EXPENSES)
