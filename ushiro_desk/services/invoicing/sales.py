"""Sales (売上) as the owner reads them: per month, per client, and what is still owed.

Read-only, through `queries`: an issued invoice counts in the month of its issue date with its total
including tax; a corrected invoice is replaced by its correction (never both); a credit note
(返還インボイス) takes its total off in its own month. Quotes and drafts are not sales.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ushiro_desk.domain.invoicing.document import DocumentKind
from ushiro_desk.domain.invoicing.status import DocumentSummary
from ushiro_desk.services.invoicing import queries
from ushiro_desk.services.store import Store

SALES_KINDS = (DocumentKind.INVOICE, DocumentKind.CORRECTION, DocumentKind.CREDIT_NOTE)


@dataclass(frozen=True)
class ClientSales:
    client_id: int
    client_name: str
    sales: int  # yen incl. tax, in the period
    outstanding: int  # yen still owed today, whatever the period
    overdue: int


@dataclass(frozen=True)
class SalesReport:
    months: tuple[str, ...]  # "YYYY-MM", in order
    by_month: dict[str, int]
    by_client: tuple[ClientSales, ...]  # most sales first
    total: int
    outstanding: int
    overdue: int


def signed_sales(row: DocumentSummary) -> int:
    """What one document adds to sales: 0 for drafts, quotes and corrected originals."""
    if row.number is None or row.kind not in SALES_KINDS or row.corrected:
        return 0
    return -row.total if row.kind is DocumentKind.CREDIT_NOTE else row.total


def month_keys(first: date, last: date) -> tuple[str, ...]:
    keys, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        keys.append(f"{year}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(keys)


def sales_report(store: Store, first: date, last: date, today: date) -> SalesReport:
    """Sales from `first` to `last` (issue dates, both included) and what is owed on `today`."""
    months = month_keys(first, last)
    by_month = dict.fromkeys(months, 0)
    sales: dict[int, int] = {}
    names: dict[int, str] = {}
    for row in queries.list_documents(store, kinds=SALES_KINDS):
        amount = signed_sales(row)
        names.setdefault(row.client_id, row.client_name)
        if amount and first <= row.issue_date <= last:
            by_month[f"{row.issue_date.year}-{row.issue_date.month:02d}"] += amount
            sales[row.client_id] = sales.get(row.client_id, 0) + amount
    owed: dict[int, tuple[int, int]] = {}
    for row in queries.list_documents(store, kinds=queries.RECEIVABLE):
        standing = row.standing(today)
        if row.number is not None and standing.status.is_open and standing.balance > 0:
            balance, late = owed.get(row.client_id, (0, 0))
            owed[row.client_id] = (balance + standing.balance, late + (standing.balance if standing.overdue else 0))
    clients = [
        ClientSales(cid, names[cid], sales.get(cid, 0), *owed.get(cid, (0, 0)))
        for cid in sorted(set(sales) | set(owed))
    ]
    clients.sort(key=lambda c: (-c.sales, -c.outstanding, c.client_name))
    return SalesReport(
        months=months,
        by_month=by_month,
        by_client=tuple(clients),
        total=sum(by_month.values()),
        outstanding=sum(c.outstanding for c in clients),
        overdue=sum(c.overdue for c in clients),
    )
