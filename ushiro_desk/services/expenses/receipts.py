"""Receipts: attach PDFs and images to an expense (stored once, by SHA-256), detach them without
losing them, and the receipt inbox that turns a pile of files into draft expenses."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ushiro_desk.domain.expenses.model import Receipt, to_record
from ushiro_desk.domain.expenses.receipt_files import check_file
from ushiro_desk.domain.expenses.rules import ExpenseInput, check_expense, parse_amount
from ushiro_desk.domain.problems import InvalidInput, Problem, error
from ushiro_desk.services.changes import EXPENSES, Changes
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit, company_repo, expenses_repo
from ushiro_desk.storage.filestore import sha256_of

FIELD = "receipts"


@dataclass(frozen=True)
class CheckedFile:
    path: Path
    name: str
    media_type: str
    size: int
    sha256: str


def check_receipt_path(path: Path, field_name: str = FIELD) -> tuple[CheckedFile | None, list[Problem]]:
    """Look at a file offered as a receipt: it must exist, be a PDF or image, not empty, ≤ 50 MB."""
    name = path.name
    shown = name.encode("utf-8", "replace").decode("utf-8")
    from ushiro_desk.domain.expenses.receipt_files import check_name

    named = check_name(name, field_name)  # before the file is touched: a too long name is no OSError
    if named:
        return None, named
    try:
        if not path.is_file():
            return None, [error(field_name, "receipt.missing", name=shown)]
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return None, [error(field_name, "receipt.unreadable", name=shown)]
    media_type, problems = check_file(name, size, head, field_name)
    if problems or media_type is None:
        return None, problems
    try:
        sha = sha256_of(path)
    except OSError:
        return None, [error(field_name, "receipt.unreadable", name=shown)]
    return CheckedFile(path, name, media_type, size, sha), []


def _duplicate(conn, checked: CheckedFile, field_name: str) -> Problem | None:  # type: ignore[no-untyped-def]
    holders = expenses_repo.holders_of(conn, checked.sha256)
    if not holders:
        return None
    holder = holders[0]
    return error(
        field_name,
        "receipt.duplicate",
        name=checked.name,
        expense_id=holder["id"],
        date=holder["date"],
        payee=holder["payee"],
        amount=holder["amount"],
        deleted=holder["deleted_at"] is not None,
    )


def check_all(conn, paths: list[Path], field_name: str = FIELD) -> tuple[list[CheckedFile], list[Problem]]:  # type: ignore[no-untyped-def]
    checked: list[CheckedFile] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for path in paths:
        item, found = check_receipt_path(path, field_name)
        problems.extend(found)
        if item is None:
            continue
        if item.sha256 in seen:
            problems.append(error(field_name, "receipt.repeated", name=item.name))
            continue
        seen.add(item.sha256)
        duplicate = _duplicate(conn, item, field_name)
        if duplicate is not None:
            problems.append(duplicate)
            continue
        checked.append(item)
    return checked, problems


def _store_file(store: Store, conn, item: CheckedFile) -> None:  # type: ignore[no-untyped-def]
    sha, _ = store.files.put_file(item.path)
    if sha != item.sha256:  # the file changed between the check and the copy
        raise InvalidInput([error(FIELD, "receipt.changed", name=item.name)])
    company_repo.register_file(conn, sha, item.size, item.media_type, item.name)


def attach_receipts(store: Store, expense_id: int, paths: list[Path]) -> Changes:
    """Attach files to an expense. Every file is checked first; any problem (wrong type, empty, too
    large, already the receipt of an expense — which is named) raises InvalidInput and nothing is saved."""
    with store.db.snapshot() as conn:
        checked, problems = check_all(conn, paths, FIELD)
    if problems:
        raise InvalidInput(problems)
    with store.db.transaction() as conn:
        expense = expenses_repo.get(conn, expense_id)
        if expense is None:
            raise InvalidInput([error("id", "expense.not_found", id=expense_id)])
        if expense.is_deleted:
            raise InvalidInput([error("id", "expense.deleted", id=expense_id)])
        link_checked(store, conn, expense_id, expense, checked, audit.now_utc())
    return Changes.of(EXPENSES)


def link_checked(store: Store, conn, expense_id: int, expense, checked: list[CheckedFile], now: str) -> None:  # type: ignore[no-untyped-def]
    """Store checked files and attach them, inside the caller's transaction (a duplicate that appeared
    since the check still refuses the whole change)."""
    again = [p for p in (_duplicate(conn, item, FIELD) for item in checked) if p]
    if again:
        raise InvalidInput(again)
    for item in checked:
        _store_file(store, conn, item)
        receipt_id = expenses_repo.attach(conn, expense_id, item.sha256, item.name, now)
        expenses_repo.add_revision(
            conn, expense_id, "receipt_attached", {"receipt": [None, item.name]}, to_record(expense), now
        )
        audit.record(conn, "attach", "expense_receipt", receipt_id, {"expense": expense_id, "sha256": item.sha256})


def detach_receipt(store: Store, receipt_id: int, reason: str) -> Changes:
    """Take a receipt off its expense (wrong file attached). The link and the file stay, in the history."""
    reason = reason.strip()
    if not reason:
        raise InvalidInput([error("reason", "expense.delete.reason")])
    with store.db.transaction() as conn:
        found = expenses_repo.receipt(conn, receipt_id)
        if found is None or found.detached_at is not None:
            raise InvalidInput([error(FIELD, "receipt.not_attached")])
        expense = expenses_repo.get(conn, found.expense_id)
        assert expense is not None
        now = audit.now_utc()
        expenses_repo.set_detached(conn, receipt_id, now, reason)
        expenses_repo.add_revision(
            conn, found.expense_id, "receipt_detached", {"receipt": [found.original_name, None]},
            to_record(expense), now, reason,
        )
        audit.record(conn, "detach", "expense_receipt", receipt_id, {"reason": reason})
    return Changes.of(EXPENSES)


def restore_receipt(store: Store, receipt_id: int) -> Changes:
    with store.db.transaction() as conn:
        found = expenses_repo.receipt(conn, receipt_id)
        if found is None or found.detached_at is None:
            raise InvalidInput([error(FIELD, "receipt.not_detached")])
        holder = next((h for h in expenses_repo.holders_of(conn, found.sha256) if h["id"] != found.expense_id), None)
        if holder is not None:
            raise InvalidInput(
                [error(FIELD, "receipt.duplicate", name=found.original_name, expense_id=holder["id"],
                       date=holder["date"], payee=holder["payee"], amount=holder["amount"],
                       deleted=holder["deleted_at"] is not None)]
            )
        expense = expenses_repo.get(conn, found.expense_id)
        assert expense is not None
        now = audit.now_utc()
        expenses_repo.set_detached(conn, receipt_id, None, "")
        expenses_repo.add_revision(
            conn, found.expense_id, "receipt_attached", {"receipt": [None, found.original_name]}, to_record(expense), now
        )
        audit.record(conn, "reattach", "expense_receipt", receipt_id)
    return Changes.of(EXPENSES)


def receipts(store: Store, expense_id: int, *, detached: bool = False) -> list[Receipt]:
    with store.db.snapshot() as conn:
        return expenses_repo.receipts_of(conn, expense_id, detached=detached)


def receipt_path(store: Store, sha256: str) -> Path:
    return store.files.path(sha256)


# -- the inbox -----------------------------------------------------------------------------------

_NAME_HINT = re.compile(r"^(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?:[_\s-]+(.*?))?(?:[_\s-]+([\d,]+)円?)?$")


def guess_from_name(name: str, today: date, *, with_payee: bool = True) -> ExpenseInput:
    """A draft from a file name: `20240115_アマゾン_1980.pdf` (the audit-folder naming) gives the date,
    payee and amount; anything else gives a draft dated today. Without `with_payee` the name gives no
    payee (a name someone else chose stays a file name until the owner reviews the draft)."""
    stem = unicodedata.normalize("NFKC", Path(name).stem)
    match = _NAME_HINT.match(stem)
    day, payee, amount = today, "", ""
    if match:
        try:
            found = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            found = None
        if found is not None and date(1990, 1, 1) <= found <= today:
            day = found
            payee = (match[4] or "").strip() if with_payee else ""
            value, problems = parse_amount(match[5] or "", "amount")
            amount = str(value) if value and not problems else ""
    return ExpenseInput(date=day, payee=payee, amount=amount, is_draft=True)


@dataclass(frozen=True)
class InboxResult:
    created: list[int] = field(default_factory=list)  # new draft expenses, in the order of the files
    rejected: list[Problem] = field(default_factory=list)  # files not taken, each naming its file


def import_to_inbox(
    store: Store, paths: list[Path], *, today: date | None = None, payee_from_name: bool = True
) -> tuple[InboxResult, Changes]:
    """One draft expense per acceptable file; the others are reported (by name, with the reason) and
    nothing is made for them. `payee_from_name=False` for files named by someone else (a return)."""
    today = today or date.today()
    with store.db.snapshot() as conn:
        checked, rejected = check_all(conn, paths, FIELD)
    if not checked:
        return InboxResult([], rejected), Changes()
    created: list[int] = []
    with store.db.transaction() as conn:
        now = audit.now_utc()
        for item in checked:
            duplicate = _duplicate(conn, item, FIELD)
            if duplicate is not None:
                rejected.append(duplicate)
                continue
            expense, _ = check_expense(guess_from_name(item.name, today, with_payee=payee_from_name), today=today)
            assert expense is not None
            _store_file(store, conn, item)
            expense_id = expenses_repo.insert(conn, expense, now)
            expenses_repo.add_revision(conn, expense_id, "created", {"receipt": [None, item.name]}, to_record(expense), now)
            expenses_repo.attach(conn, expense_id, item.sha256, item.name, now)
            audit.record(conn, "inbox", "expense", expense_id, {"file": item.name, "sha256": item.sha256})
            created.append(expense_id)
    return InboxResult(created, rejected), Changes.of(EXPENSES) if created else Changes()
