"""The documents list, what is outstanding and overdue, the aging summary and the JSON export."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from ushiro_desk.domain.invoicing.document import DocumentKind
from ushiro_desk.domain.invoicing.search import DocumentQuery, check_query
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.domain.invoicing.status import Aging, DocumentSummary, aging
from ushiro_desk.services.store import Store
from ushiro_desk.storage.invoicing import documents as repo

RECEIVABLE = (DocumentKind.INVOICE, DocumentKind.CORRECTION)


def list_documents(
    store: Store,
    *,
    kinds: tuple[DocumentKind, ...] | None = None,
    client_id: int | None = None,
    text: str = "",
    ids: list[int] | None = None,
    query: DocumentQuery | None = None,
) -> list[DocumentSummary]:
    """Documents, newest first; `query` narrows them by date, amount and client together (電帳法).
    A query that cannot match (from after to, min above max) raises InvalidInput."""
    with store.db.snapshot() as conn:
        return _summaries(conn, query, kinds=kinds, client_id=client_id, text=text, ids=ids)


def _summaries(conn: sqlite3.Connection, query: DocumentQuery | None, **kw: Any) -> list[DocumentSummary]:
    query = query or DocumentQuery()
    problems = check_query(query)
    if problems:
        raise InvalidInput(problems)
    rows = repo.summaries(
        conn, date_from=query.date_from, date_to=query.date_to, amount_min=query.amount_min,
        amount_max=query.amount_max, **kw,
    )
    return [r for r in rows if query.matches_client(r.client_name)] if query.client.strip() else rows


@dataclass(frozen=True)
class Receivables:
    outstanding: int  # 売掛金残高
    overdue: int
    open_count: int
    overdue_count: int
    aging: Aging


def receivables(store: Store, today: date, *, client_id: int | None = None) -> Receivables:
    return receivables_of(list_documents(store, kinds=RECEIVABLE, client_id=client_id), today)


def receivables_of(rows: list[DocumentSummary], today: date) -> Receivables:
    """The receivables among documents already read (the whole list: the Invoices page reads it once
    for its table and its summary)."""
    open_items = []
    overdue_count = 0
    for row in rows:
        if row.kind not in RECEIVABLE:
            continue
        standing = row.standing(today)
        if standing.status.is_open and standing.balance > 0:
            open_items.append((row.due_date, standing.balance))
            overdue_count += standing.overdue
    buckets = aging(open_items, today)
    return Receivables(buckets.total, buckets.overdue, len(open_items), overdue_count, buckets)


def overdue(store: Store, today: date) -> list[DocumentSummary]:
    """Unpaid invoices past their due date, the longest overdue first. SQL narrows to issued invoices
    due before today with a balance left (not every receivable of ten years); `standing` decides."""
    with store.db.snapshot() as conn:
        found = repo.summaries(conn, kinds=RECEIVABLE, due_before=today, unpaid_only=True)
    rows = [r for r in found if r.standing(today).overdue]
    return sorted(rows, key=lambda r: (r.due_date or today, r.id))


def export(store: Store, today: date, query: DocumentQuery | None = None) -> list[dict[str, Any]]:
    """Every document (or those `query` finds) as a script needs it: number, kind, status, dates,
    per-rate totals and taxes, rounding, withholding and the amount due."""
    out = []
    with store.db.snapshot() as conn:
        rows = _summaries(conn, query)
        taxes: dict[int, list[dict[str, Any]]] = {}
        for t in conn.execute("SELECT * FROM sales_document_tax ORDER BY document_id, category"):
            taxes.setdefault(t["document_id"], []).append(
                {"category": t["category"], "rate_percent": t["rate_percent"], "taxable": t["taxable"], "tax": t["tax"]}
            )
        extra = {
            r["id"]: r
            for r in conn.execute(
                "SELECT id, rounding, price_mode, supply_from, supply_date, subtotal, tax FROM sales_document"
            )
        }
        for row in rows:
            if row.id not in taxes:  # a draft: its totals as they stand now
                doc = repo.load(conn, row.id)
                assert doc is not None
                taxes[row.id] = [
                    {"category": r.category.value, "rate_percent": r.rate_percent, "taxable": r.taxable, "tax": r.tax}
                    for r in doc.totals().breakdown.rates
                ]
            standing = row.standing(today)
            e = extra[row.id]
            out.append(
                {
                    "id": row.id,
                    "number": row.number,
                    "kind": row.kind.value,
                    "status": standing.status.value,
                    "overdue": standing.overdue,
                    "client": row.client_name,
                    "subject": row.subject,
                    "issue_date": row.issue_date.isoformat(),
                    "supply_from": e["supply_from"],
                    "supply_date": e["supply_date"],
                    "due_date": row.due_date.isoformat() if row.due_date else None,
                    "sent_on": row.sent_on.isoformat() if row.sent_on else None,
                    "original_number": row.original_number,
                    "price_mode": e["price_mode"],
                    "rounding": e["rounding"],
                    "rates": sorted(taxes[row.id], key=lambda t: -t["rate_percent"]),
                    "subtotal": e["subtotal"],
                    "tax": e["tax"],
                    "total": row.total,
                    "withholding": row.withholding,
                    "amount_due": row.amount_due,
                    "paid": row.paid,
                    "credited": row.credited,
                    "balance": standing.balance,
                }
            )
    return out
