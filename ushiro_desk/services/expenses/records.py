"""Recording expenses with their history (真実性): every save after the first makes a revision, a delete
is a soft delete with a reason, and a deleted expense can be restored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from ushiro_desk.domain.expenses.model import Expense, Revision, changes_between, to_record
from ushiro_desk.domain.expenses.rules import ExpenseInput, check_expense, transitional_cap_warning
from ushiro_desk.domain.problems import InvalidInput, Problem, error
from ushiro_desk.services.changes import EXPENSES, Changes
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit, expenses_repo
from ushiro_desk.domain.expenses.search import search_key


def accounts(store: Store, *, active_only: bool = True) -> list[str]:
    """The owner's 勘定科目 for expenses, in their order."""
    with store.db.snapshot() as conn:
        return expenses_repo.accounts(conn, active_only=active_only)


def _with_cap(conn, expense: Expense | None, problems: list[Problem], exclude_id: int | None) -> list[Problem]:  # type: ignore[no-untyped-def]
    """Add the warning of the 経過措置's per-supplier yearly cap (tax_rules.TRANSITIONAL_CAPS)."""
    if expense is None or expense.is_draft:
        return problems
    total = expenses_repo.transitional_total(conn, search_key(expense.payee), expense.date.year, exclude_id)
    found = transitional_cap_warning(expense, total)
    return [*problems, found] if found else problems


def check(
    store: Store, form: ExpenseInput, *, today: date | None = None, expense_id: int | None = None
) -> tuple[Expense | None, list[Problem]]:
    """Check without saving (the editor shows warnings as the owner types)."""
    with store.db.snapshot() as conn:
        known = expenses_repo.accounts(conn, active_only=False)
        expense, problems = check_expense(form, today=today or date.today(), accounts=known)
        return expense, _with_cap(conn, expense, problems, expense_id)


def _checked(conn, form: ExpenseInput, today: date | None, expense_id: int | None = None) -> tuple[Expense, list[Problem]]:  # type: ignore[no-untyped-def]
    known = expenses_repo.accounts(conn, active_only=False)
    expense, problems = check_expense(form, today=today or date.today(), accounts=known)
    if expense is None:
        raise InvalidInput(problems)
    return expense, _with_cap(conn, expense, problems, expense_id)


def create(
    store: Store, form: ExpenseInput, *, today: date | None = None, receipts: list[Path] | None = None
) -> tuple[int, Changes, list[Problem]]:
    """Record a new expense (with its receipt files, if any); return its id, what changed and the
    warnings. Raise InvalidInput with the form's and the files' problems together; nothing is saved."""
    from ushiro_desk.services.expenses.receipts import check_all, link_checked

    checked: list = []  # type: ignore[type-arg]
    file_problems: list[Problem] = []
    if receipts:
        with store.db.snapshot() as conn:
            checked, file_problems = check_all(conn, receipts)
    with store.db.transaction() as conn:
        known = expenses_repo.accounts(conn, active_only=False)
        expense, problems = check_expense(form, today=today or date.today(), accounts=known)
        if expense is None or file_problems:
            raise InvalidInput([*problems, *file_problems])
        problems = _with_cap(conn, expense, problems, None)
        now = audit.now_utc()
        expense_id = expenses_repo.insert(conn, expense, now)
        expenses_repo.add_revision(conn, expense_id, "created", {}, to_record(expense), now)
        audit.record(conn, "create", "expense", expense_id, {"payee": expense.payee, "amount": expense.amount})
        if checked:
            link_checked(store, conn, expense_id, expense, checked, now)
    return expense_id, Changes.of(EXPENSES), problems


def get(store: Store, expense_id: int) -> Expense:
    with store.db.snapshot() as conn:
        expense = expenses_repo.get(conn, expense_id)
    if expense is None:
        raise InvalidInput([error("id", "expense.not_found", id=expense_id)])
    return expense


def update(
    store: Store,
    expense_id: int,
    form: ExpenseInput,
    *,
    expected_version: int | None = None,
    today: date | None = None,
) -> tuple[Changes, list[Problem]]:
    """Save an edit as a new revision (what changed, when). A draft saved as complete is `completed`.
    `expected_version` guards against saving over a change made elsewhere in the meantime."""
    with store.db.transaction() as conn:
        old = expenses_repo.get(conn, expense_id)
        if old is None:
            raise InvalidInput([error("id", "expense.not_found", id=expense_id)])
        if old.is_deleted:
            raise InvalidInput([error("id", "expense.deleted", id=expense_id)])
        if expected_version is not None and old.version != expected_version:
            raise InvalidInput([error("id", "expense.changed_elsewhere", id=expense_id)])
        new, warnings = _checked(conn, form, today, expense_id)
        changed = changes_between(old, new)
        if not changed:
            return Changes(), warnings
        now = audit.now_utc()
        expenses_repo.update(conn, expense_id, new, now)
        action = "completed" if old.is_draft and not new.is_draft else "edited"
        expenses_repo.add_revision(conn, expense_id, action, changed, to_record(new), now)
        audit.record(conn, "update", "expense", expense_id, {"fields": sorted(changed)})
    return Changes.of(EXPENSES), warnings


def delete(store: Store, expense_id: int, reason: str) -> Changes:
    """Soft-delete with a reason: the expense leaves the books and searches but stays in the history."""
    reason = reason.strip()
    if not reason:
        raise InvalidInput([error("reason", "expense.delete.reason")])
    with store.db.transaction() as conn:
        old = expenses_repo.get(conn, expense_id)
        if old is None:
            raise InvalidInput([error("id", "expense.not_found", id=expense_id)])
        if old.is_deleted:
            raise InvalidInput([error("id", "expense.deleted", id=expense_id)])
        now = audit.now_utc()
        expenses_repo.set_deleted(conn, expense_id, now, reason, now)
        expenses_repo.add_revision(conn, expense_id, "deleted", {}, to_record(old), now, reason)
        audit.record(conn, "delete", "expense", expense_id, {"reason": reason})
    return Changes.of(EXPENSES)


def restore(store: Store, expense_id: int) -> Changes:
    with store.db.transaction() as conn:
        old = expenses_repo.get(conn, expense_id)
        if old is None:
            raise InvalidInput([error("id", "expense.not_found", id=expense_id)])
        if not old.is_deleted:
            raise InvalidInput([error("id", "expense.not_deleted", id=expense_id)])
        now = audit.now_utc()
        expenses_repo.set_deleted(conn, expense_id, None, "", now)
        expenses_repo.add_revision(conn, expense_id, "restored", {}, to_record(old), now)
        audit.record(conn, "restore", "expense", expense_id)
    return Changes.of(EXPENSES)


def history(store: Store, expense_id: int) -> list[Revision]:
    """Every revision of the expense, oldest first."""
    with store.db.snapshot() as conn:
        return expenses_repo.revisions(conn, expense_id)


def create_many(store: Store, expenses: list[Expense]) -> list[int]:
    """Record already-checked expenses in one transaction (sample data, benchmarks)."""
    with store.db.transaction() as conn:
        now = audit.now_utc()
        ids = expenses_repo.insert_many(conn, [replace(e, id=None) for e in expenses], now)
        expenses_repo.add_first_revisions(conn, ((i, to_record(e)) for i, e in zip(ids, expenses)), now)
        audit.record(conn, "create_many", "expense", f"{ids[0]}-{ids[-1]}" if ids else "-", {"count": len(ids)})
    return ids
