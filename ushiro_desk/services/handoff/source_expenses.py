"""The expenses area's part of a bundle: the period's expenses with their receipts, and returned
receipts taken in as inbox drafts."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import date
from pathlib import Path, PurePosixPath

from ushiro_desk.domain.expenses.search import ExpenseQuery
from ushiro_desk.domain.handoff.disclosure import DataKind, SourceRecord
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services.handoff import returns, sources
from ushiro_desk.services.store import Store
from ushiro_desk.storage import expenses_repo


def _expenses(conn: sqlite3.Connection, first: date, last: date) -> tuple[SourceRecord, ...]:
    ids = list(reversed(expenses_repo.search_ids(conn, ExpenseQuery(date_from=first, date_to=last))))
    items = expenses_repo.get_many(conn, ids)
    attached = expenses_repo.receipts_for(conn, ids)
    records = []
    for expense in items:
        assert expense.id is not None
        files = tuple(
            (r.sha256, f"{expense.date:%Y%m%d}_{expense.payee or 'receipt'}_{expense.amount}_{n}{PurePosixPath(r.original_name).suffix.lower()}")
            for n, r in enumerate(attached.get(expense.id, []), start=1)
            if r.detached_at is None
        )
        records.append(SourceRecord(
            "expense", str(expense.id), f"{expense.date.isoformat()} {expense.payee} ¥{expense.amount:,}",
            {
                "date": expense.date, "payee": expense.payee, "amount": expense.amount,
                "tax_category": expense.tax_category.value, "account": expense.account,
                "payment_method": expense.payment_method.value, "memo": expense.memo,
                "attendees": expense.attendees, "receipts": len(files),
            },
            files=files,
        ))
    return tuple(records)


def _take_receipt(store: Store, name: str, data: bytes, today: date) -> None:
    from ushiro_desk.services import expenses

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / PurePosixPath(name).name
        path.write_bytes(data)
        result, _ = expenses.import_to_inbox(store, [path], today=today, payee_from_name=False)
    if result.rejected:
        raise InvalidInput(result.rejected)


sources.register(DataKind.EXPENSES, _expenses)
returns.set_receipt_sink(_take_receipt)
