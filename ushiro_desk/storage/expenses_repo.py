"""Rows ↔ expenses, receipts and revisions, with plain sqlite3 (fast to import, fast to run).

Nothing here deletes an expense, a receipt link or a revision; the schema's triggers refuse it anyway.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from ushiro_desk.domain.expenses.model import (
    Expense,
    InvoiceStatus,
    ListRow,
    PaymentMethod,
    Receipt,
    Revision,
    TaxCategory,
    TaxPart,
)
from ushiro_desk.domain.expenses.search import ExpenseQuery, Scope, search_key

COLUMNS = (
    "date, payee, payee_key, supplier_tnumber, amount, tax_category, tax_parts, invoice_status, account, "
    "payment_method, memo, tag, attendee_count, attendees, text_key, is_draft"
)
_PLACEHOLDERS = ", ".join(f":{c.strip()}" for c in COLUMNS.split(","))


# -- expenses ------------------------------------------------------------------------------------


def text_key(expense: Expense) -> str:
    return search_key("\n".join((expense.memo, expense.tag, expense.attendees)))


def params_of(expense: Expense) -> dict[str, Any]:
    return {
        "date": expense.date.isoformat(),
        "payee": expense.payee,
        "payee_key": search_key(expense.payee),
        "supplier_tnumber": expense.supplier_tnumber,
        "amount": expense.amount,
        "tax_category": expense.tax_category.value,
        "tax_parts": json.dumps([[p.category.value, p.amount] for p in expense.tax_parts]) if expense.tax_parts else "",
        "invoice_status": expense.invoice_status.value,
        "account": expense.account,
        "payment_method": expense.payment_method.value,
        "memo": expense.memo,
        "tag": expense.tag,
        "attendee_count": expense.attendee_count,
        "attendees": expense.attendees,
        "text_key": text_key(expense),
        "is_draft": int(expense.is_draft),
    }


def to_expense(row: sqlite3.Row) -> Expense:
    parts = tuple(TaxPart(TaxCategory(c), int(a)) for c, a in json.loads(row["tax_parts"])) if row["tax_parts"] else ()
    return Expense(
        id=row["id"],
        date=date.fromisoformat(row["date"]),
        payee=row["payee"],
        amount=row["amount"],
        tax_category=TaxCategory(row["tax_category"]),
        account=row["account"],
        payment_method=PaymentMethod(row["payment_method"]),
        invoice_status=InvoiceStatus(row["invoice_status"]),
        supplier_tnumber=row["supplier_tnumber"],
        memo=row["memo"],
        tag=row["tag"],
        attendee_count=row["attendee_count"],
        attendees=row["attendees"],
        tax_parts=parts,
        is_draft=bool(row["is_draft"]),
        version=row["version"],
        deleted_at=row["deleted_at"],
        delete_reason=row["delete_reason"],
    )


def insert(conn: sqlite3.Connection, expense: Expense, now: str) -> int:
    cur = conn.execute(
        f"INSERT INTO expense ({COLUMNS}, delete_reason, version, created_at, updated_at)"
        f" VALUES ({_PLACEHOLDERS}, '', 1, :now, :now)",
        {**params_of(expense), "now": now},
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def insert_many(conn: sqlite3.Connection, expenses: Sequence[Expense], now: str) -> list[int]:
    """Insert many expenses with one statement; return their ids in order. The caller holds the
    write transaction, so the new rowids follow the current largest one without gaps."""
    start = conn.execute("SELECT coalesce(max(id), 0) FROM expense").fetchone()[0] + 1
    ids = list(range(start, start + len(expenses)))
    conn.executemany(
        f"INSERT INTO expense (id, {COLUMNS}, delete_reason, version, created_at, updated_at)"
        f" VALUES (:id, {_PLACEHOLDERS}, '', 1, :now, :now)",
        ({**params_of(e), "id": i, "now": now} for i, e in zip(ids, expenses)),
    )
    return ids


def update(conn: sqlite3.Connection, expense_id: int, expense: Expense, now: str) -> None:
    sets = ", ".join(f"{c.strip()} = :{c.strip()}" for c in COLUMNS.split(","))
    conn.execute(
        f"UPDATE expense SET {sets}, version = version + 1, updated_at = :now WHERE id = :id",
        {**params_of(expense), "now": now, "id": expense_id},
    )


def get(conn: sqlite3.Connection, expense_id: int) -> Expense | None:
    row = conn.execute("SELECT * FROM expense WHERE id = ?", (expense_id,)).fetchone()
    return to_expense(row) if row else None


def get_many(conn: sqlite3.Connection, ids: Sequence[int]) -> list[Expense]:
    found: dict[int, Expense] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT * FROM expense WHERE id IN ({marks})", chunk):
            found[row["id"]] = to_expense(row)
    return [found[i] for i in ids if i in found]


def iter_found(conn: sqlite3.Connection, query: ExpenseQuery, *, oldest_first: bool = False) -> Iterator[Expense]:
    """The expenses the query finds, streamed from one query (newest first, or oldest first as books
    are read): no id list, no lookups by id, one row in memory at a time."""
    clause, params = where(query)
    order = " ORDER BY e.date, e.id" if oldest_first else ORDER
    cur = conn.cursor()
    cur.row_factory = None  # plain tuples; the enums found by value in their maps (no Enum() call per row)
    categories, methods, statuses = (TaxCategory._value2member_map_, PaymentMethod._value2member_map_,
                                     InvoiceStatus._value2member_map_)
    fromiso, loads = date.fromisoformat, json.loads
    for (id_, day, payee, amount, category, parts_json, status, account, method, memo, tag, attendee_count,
         attendees, is_draft, version, deleted_at, delete_reason, tnumber) in cur.execute(
        "SELECT e.id, e.date, e.payee, e.amount, e.tax_category, e.tax_parts, e.invoice_status, e.account,"
        " e.payment_method, e.memo, e.tag, e.attendee_count, e.attendees, e.is_draft, e.version, e.deleted_at,"
        f" e.delete_reason, e.supplier_tnumber FROM expense e WHERE {clause}{order}",
        params,
    ):
        yield Expense(
            id=id_, date=fromiso(day), payee=payee, amount=amount, tax_category=categories[category],  # type: ignore[arg-type]
            account=account, payment_method=methods[method], invoice_status=statuses[status],  # type: ignore[arg-type]
            supplier_tnumber=tnumber, memo=memo, tag=tag,
            attendee_count=attendee_count, attendees=attendees,
            tax_parts=tuple(TaxPart(categories[c], int(a)) for c, a in loads(parts_json)) if parts_json else (),  # type: ignore[arg-type]
            is_draft=bool(is_draft), version=version, deleted_at=deleted_at, delete_reason=delete_reason,
        )


def set_deleted(conn: sqlite3.Connection, expense_id: int, deleted_at: str | None, reason: str, now: str) -> None:
    conn.execute(
        "UPDATE expense SET deleted_at = ?, delete_reason = ?, version = version + 1, updated_at = ? WHERE id = ?",
        (deleted_at, reason, now, expense_id),
    )


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


# -- revisions -----------------------------------------------------------------------------------


def add_revision(
    conn: sqlite3.Connection,
    expense_id: int,
    action: str,
    changes: dict[str, Any],
    snapshot: dict[str, Any],
    now: str,
    reason: str = "",
) -> int:
    number = conn.execute(
        "SELECT coalesce(max(number), 0) + 1 FROM expense_revision WHERE expense_id = ?", (expense_id,)
    ).fetchone()[0]
    conn.execute(
        "INSERT INTO expense_revision (expense_id, number, at, action, changes, snapshot, reason)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            expense_id,
            number,
            now,
            action,
            json.dumps(changes, ensure_ascii=False),
            json.dumps(snapshot, ensure_ascii=False),
            reason,
        ),
    )
    return int(number)


def add_first_revisions(conn: sqlite3.Connection, items: Iterable[tuple[int, dict[str, Any]]], now: str) -> None:
    """The `created` revision of many new expenses at once."""
    conn.executemany(
        "INSERT INTO expense_revision (expense_id, number, at, action, changes, snapshot, reason)"
        " VALUES (?, 1, ?, 'created', '{}', ?, '')",
        ((expense_id, now, json.dumps(snapshot, ensure_ascii=False)) for expense_id, snapshot in items),
    )


def revisions(conn: sqlite3.Connection, expense_id: int) -> list[Revision]:
    return [
        Revision(
            number=r["number"],
            at=r["at"],
            action=r["action"],
            changes=json.loads(r["changes"]),
            snapshot=json.loads(r["snapshot"]),
            reason=r["reason"],
        )
        for r in conn.execute(
            "SELECT * FROM expense_revision WHERE expense_id = ? ORDER BY number", (expense_id,)
        )
    ]


# -- receipts ------------------------------------------------------------------------------------

_RECEIPT_SELECT = (
    "SELECT r.*, f.media_type, f.size FROM expense_receipt r JOIN stored_file f ON f.sha256 = r.sha256"
)


def _to_receipt(row: sqlite3.Row) -> Receipt:
    return Receipt(
        id=row["id"],
        expense_id=row["expense_id"],
        sha256=row["sha256"],
        original_name=row["original_name"],
        media_type=row["media_type"],
        size=row["size"],
        attached_at=row["attached_at"],
        detached_at=row["detached_at"],
        detach_reason=row["detach_reason"],
    )


def attach(conn: sqlite3.Connection, expense_id: int, sha256: str, original_name: str, now: str) -> int:
    cur = conn.execute(
        "INSERT INTO expense_receipt (expense_id, sha256, original_name, attached_at, detach_reason)"
        " VALUES (?, ?, ?, ?, '')",
        (expense_id, sha256, original_name, now),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def attach_many(conn: sqlite3.Connection, links: Iterable[tuple[int, str, str]], now: str) -> None:
    conn.executemany(
        "INSERT INTO expense_receipt (expense_id, sha256, original_name, attached_at, detach_reason)"
        " VALUES (?, ?, ?, ?, '')",
        ((e, s, n, now) for e, s, n in links),
    )


def set_detached(conn: sqlite3.Connection, receipt_id: int, detached_at: str | None, reason: str) -> None:
    conn.execute(
        "UPDATE expense_receipt SET detached_at = ?, detach_reason = ? WHERE id = ?",
        (detached_at, reason, receipt_id),
    )


def receipt(conn: sqlite3.Connection, receipt_id: int) -> Receipt | None:
    row = conn.execute(f"{_RECEIPT_SELECT} WHERE r.id = ?", (receipt_id,)).fetchone()
    return _to_receipt(row) if row else None


def receipts_of(conn: sqlite3.Connection, expense_id: int, *, detached: bool = False) -> list[Receipt]:
    where = "" if detached else " AND r.detached_at IS NULL"
    return [
        _to_receipt(r)
        for r in conn.execute(f"{_RECEIPT_SELECT} WHERE r.expense_id = ?{where} ORDER BY r.id", (expense_id,))
    ]


def receipts_for(conn: sqlite3.Connection, expense_ids: Sequence[int]) -> dict[int, list[Receipt]]:
    found: dict[int, list[Receipt]] = {}
    for chunk in _chunks(expense_ids):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"{_RECEIPT_SELECT} WHERE r.expense_id IN ({marks}) AND r.detached_at IS NULL ORDER BY r.id", chunk
        ):
            found.setdefault(row["expense_id"], []).append(_to_receipt(row))
    return found


def holders_of(conn: sqlite3.Connection, sha256: str) -> list[sqlite3.Row]:
    """Expenses that hold this file as an attached receipt."""
    return conn.execute(
        "SELECT e.id, e.date, e.payee, e.amount, e.is_draft, e.deleted_at FROM expense_receipt r"
        " JOIN expense e ON e.id = r.expense_id WHERE r.sha256 = ? AND r.detached_at IS NULL ORDER BY e.id",
        (sha256,),
    ).fetchall()


# -- search --------------------------------------------------------------------------------------

ORDER = " ORDER BY e.date DESC, e.id DESC"
_SCOPES = {
    Scope.RECORDED: "e.is_draft = 0 AND e.deleted_at IS NULL",
    Scope.DRAFTS: "e.is_draft = 1 AND e.deleted_at IS NULL",
    Scope.DELETED: "e.deleted_at IS NOT NULL",
    Scope.ALL: "e.deleted_at IS NULL",
}
MISSING_RECEIPT = (
    "NOT EXISTS (SELECT 1 FROM expense_receipt r WHERE r.expense_id = e.id AND r.detached_at IS NULL)"
)


def _like(text: str) -> str:
    escaped = search_key(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def where(query: ExpenseQuery) -> tuple[str, list[Any]]:
    """The WHERE clause (for `expense e`) and its parameters."""
    conds = [_SCOPES[query.scope]]
    params: list[Any] = []
    if query.date_from is not None:
        conds.append("e.date >= ?")
        params.append(query.date_from.isoformat())
    if query.date_to is not None:
        conds.append("e.date <= ?")
        params.append(query.date_to.isoformat())
    if query.amount_min is not None:
        conds.append("e.amount >= ?")
        params.append(query.amount_min)
    if query.amount_max is not None:
        conds.append("e.amount <= ?")
        params.append(query.amount_max)
    if query.payee.strip():
        conds.append("e.payee_key LIKE ? ESCAPE '\\'")
        params.append(_like(query.payee))
    if query.text.strip():
        conds.append("e.text_key LIKE ? ESCAPE '\\'")
        params.append(_like(query.text))
    if query.account:
        conds.append("e.account = ?")
        params.append(query.account)
    if query.missing_receipt:
        conds.append(MISSING_RECEIPT)
    return " AND ".join(conds), params


def search_sql(query: ExpenseQuery) -> tuple[str, list[Any]]:
    clause, params = where(query)
    return f"SELECT e.id FROM expense e WHERE {clause}{ORDER}", params


def search_ids(conn: sqlite3.Connection, query: ExpenseQuery, limit: int | None = None) -> list[int]:
    sql, params = search_sql(query)
    if limit is not None:
        sql, params = f"{sql} LIMIT ?", [*params, limit]
    cur = conn.cursor()
    cur.row_factory = None  # plain tuples: 100,000 ids without building Row objects
    return [row[0] for row in cur.execute(sql, params)]


def totals(conn: sqlite3.Connection, query: ExpenseQuery) -> tuple[int, int]:
    """(count, sum of amounts) of the expenses the query finds."""
    clause, params = where(query)
    row = conn.execute(f"SELECT count(*), coalesce(sum(e.amount), 0) FROM expense e WHERE {clause}", params).fetchone()
    return int(row[0]), int(row[1])


def list_rows(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, ListRow]:
    found: dict[int, ListRow] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        cur = conn.cursor()
        cur.row_factory = None
        for r in cur.execute(
            "SELECT e.id, e.date, e.payee, e.amount, e.tax_category, e.account, e.payment_method, e.memo, e.tag,"
            " (SELECT count(*) FROM expense_receipt r WHERE r.expense_id = e.id AND r.detached_at IS NULL),"
            f" e.is_draft, e.deleted_at IS NOT NULL FROM expense e WHERE e.id IN ({marks})",
            chunk,
        ):
            found[r[0]] = ListRow(*r[:9], r[9], bool(r[10]), bool(r[11]))
    return found


def month_totals(conn: sqlite3.Connection, date_from: date, date_to: date) -> list[tuple[str, str, int]]:
    """(YYYY-MM, account, total) of recorded expenses in the period."""
    return [
        (r[0], r[1], int(r[2]))
        for r in conn.execute(
            "SELECT substr(e.date, 1, 7), e.account, sum(e.amount) FROM expense e"
            f" WHERE {_SCOPES[Scope.RECORDED]} AND e.date >= ? AND e.date <= ? GROUP BY 1, 2 ORDER BY 1, 2",
            (date_from.isoformat(), date_to.isoformat()),
        )
    ]


def transitional_total(conn: sqlite3.Connection, payee_key: str, year: int, exclude_id: int | None) -> int:
    """税込 total of the year's live purchases from one payee recorded under the 経過措置."""
    row = conn.execute(
        "SELECT COALESCE(SUM(amount), 0) FROM expense WHERE payee_key = ? AND invoice_status = 'transitional' "
        "AND deleted_at IS NULL AND date BETWEEN ? AND ? AND id IS NOT ?",
        (payee_key, f"{year:04d}-01-01", f"{year:04d}-12-31", exclude_id),
    ).fetchone()
    return int(row[0])


def count_missing_receipts(conn: sqlite3.Connection) -> int:
    return conn.execute(
        f"SELECT count(*) FROM expense e WHERE {_SCOPES[Scope.RECORDED]} AND {MISSING_RECEIPT}"
    ).fetchone()[0]


def count_drafts(conn: sqlite3.Connection) -> int:
    return conn.execute(f"SELECT count(*) FROM expense e WHERE {_SCOPES[Scope.DRAFTS]}").fetchone()[0]


def payees(conn: sqlite3.Connection, limit: int = 500) -> list[tuple[str, str, str]]:
    """(payee, T-number, account) of the most used payees, for completion in the editor."""
    return [
        (r[0], r[1], r[2])
        for r in conn.execute(
            "SELECT payee, max(supplier_tnumber), max(account) FROM expense WHERE payee != '' AND deleted_at IS NULL"
            " GROUP BY payee ORDER BY count(*) DESC LIMIT ?",
            (limit,),
        )
    ]


# -- accounts, mappings, saved searches ---------------------------------------------------------


def accounts(conn: sqlite3.Connection, *, active_only: bool = True) -> list[str]:
    where_active = " WHERE active = 1" if active_only else ""
    return [r[0] for r in conn.execute(f"SELECT name FROM expense_account{where_active} ORDER BY position, name")]


def save_accounts(conn: sqlite3.Connection, names: Sequence[str]) -> None:
    """Make `names` the active list in this order; accounts left out stay, inactive (old expenses use them)."""
    conn.execute("UPDATE expense_account SET active = 0")
    conn.executemany(
        "INSERT INTO expense_account (name, position, active) VALUES (?, ?, 1)"
        " ON CONFLICT (name) DO UPDATE SET position = excluded.position, active = 1",
        [(name, i) for i, name in enumerate(names)],
    )


def mapping(conn: sqlite3.Connection, product: str) -> dict[str, str]:
    return {
        r[0]: r[1] for r in conn.execute("SELECT key, value FROM expense_export_mapping WHERE product = ?", (product,))
    }


def save_mapping(conn: sqlite3.Connection, product: str, overrides: dict[str, str]) -> None:
    conn.execute("DELETE FROM expense_export_mapping WHERE product = ?", (product,))
    conn.executemany(
        "INSERT INTO expense_export_mapping (product, key, value) VALUES (?, ?, ?)",
        [(product, k, v) for k, v in sorted(overrides.items())],
    )


def saved_searches(conn: sqlite3.Connection) -> list[tuple[int, str, dict[str, Any]]]:
    return [
        (r[0], r[1], json.loads(r[2]))
        for r in conn.execute("SELECT id, name, query FROM expense_saved_search ORDER BY name")
    ]


def save_search(conn: sqlite3.Connection, name: str, query: dict[str, Any], now: str) -> int:
    conn.execute(
        "INSERT INTO expense_saved_search (name, query, created_at) VALUES (?, ?, ?)"
        " ON CONFLICT (name) DO UPDATE SET query = excluded.query",
        (name, json.dumps(query, ensure_ascii=False), now),
    )
    return conn.execute("SELECT id FROM expense_saved_search WHERE name = ?", (name,)).fetchone()[0]


def forget_search(conn: sqlite3.Connection, search_id: int) -> None:
    conn.execute("DELETE FROM expense_saved_search WHERE id = ?", (search_id,))
