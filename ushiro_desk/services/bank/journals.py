"""The accountant's journals of sales (issued invoices, corrections, credit notes) and of money received
(payments with the bank fee deducted), for a period, in the formats of the expense exports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ushiro_desk.domain.bank.journal import Entry, IssuedDocument, RateAmount, Received, receipt_entries, sales_entries
from ushiro_desk.domain.problems import InvalidInput, error
from ushiro_desk.outputs import OutputRefused, check_target
from ushiro_desk.reports import money_in_journals
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit, company_repo


@dataclass(frozen=True)
class JournalResult:
    path: Path
    entries: int
    rows: int


def entries(store: Store, date_from: date | None = None, date_to: date | None = None) -> list[Entry]:
    """Every sales and receipt entry dated within the period, oldest first."""
    lo, hi = (date_from or date.min).isoformat(), (date_to or date.max).isoformat()
    with store.db.snapshot() as conn:
        profile = company_repo.load(conn)
        entity = profile.entity_type.value if profile else "corporation"
        rates: dict[int, list[RateAmount]] = {}
        for r in conn.execute("SELECT document_id, category, taxable, tax FROM sales_document_tax ORDER BY document_id, rate_percent DESC"):
            rates.setdefault(r[0], []).append(RateAmount(r[1], r[2], r[3]))
        replaced = {r[0]: date.fromisoformat(r[1]) for r in conn.execute(
            "SELECT original_id, issue_date FROM sales_document WHERE kind = 'correction' AND number IS NOT NULL")}
        found: list[Entry] = []
        for r in conn.execute(
            """SELECT id, kind, number, issue_date, recipient_name, subject, withholding_amount FROM sales_document
               WHERE number IS NOT NULL AND kind IN ('invoice', 'correction', 'credit_note') ORDER BY issue_date, id"""
        ):
            doc = IssuedDocument(r["kind"], r["number"], date.fromisoformat(r["issue_date"]), r["recipient_name"],
                                 r["subject"], tuple(rates.get(r["id"], ())), r["withholding_amount"], replaced.get(r["id"]))
            found += [e for e in sales_entries(doc, entity) if lo <= e.day.isoformat() <= hi]
        for r in conn.execute(
            """SELECT p.paid_on, p.amount, p.bank_fee, d.number, d.recipient_name FROM payment p
               JOIN sales_document d ON d.id = p.document_id WHERE p.paid_on BETWEEN ? AND ? ORDER BY p.paid_on, p.id""",
            (lo, hi),
        ):
            found += receipt_entries(Received(date.fromisoformat(r[0]), r[3], r[4], r[1], r[2]))
    return sorted(found, key=lambda e: e.day)


def export(store: Store, fmt: str, out: Path, *, date_from: date | None = None, date_to: date | None = None,
           overwrite: bool = False, encoding: str = "cp932") -> JournalResult:
    """Write the period's sales and receipts; a character the encoding cannot hold is refused by line and
    column and nothing is written."""
    if fmt not in money_in_journals.FORMATS:
        raise InvalidInput([error("format", "export.format")])
    if date_from and date_to and date_from > date_to:
        raise InvalidInput([error("date_to", "search.date_range")])
    try:
        check_target(out, data_root=store.paths.root, overwrite=overwrite)
    except OutputRefused as exc:
        raise InvalidInput([error("out", f"output.{exc.kind}")]) from None
    found = entries(store, date_from, date_to)
    rows, problems = money_in_journals.write(out, fmt, found, data_root=store.paths.root, overwrite=overwrite,
                                            encoding=encoding)
    if problems:
        raise InvalidInput(problems)
    if store.writable:
        with store.db.transaction() as conn:
            audit.record(conn, "export", "journal", fmt, {"file": str(out), "entries": len(found)})
    return JournalResult(out, len(found), rows)


def beside(expense_file: Path) -> Path:
    """Where the money-in journals go when written with an expense export: next to its file,
    `<name>-money-in.csv` (expenses-yayoi.csv → expenses-yayoi-money-in.csv)."""
    return expense_file.with_name(f"{expense_file.stem}-money-in{expense_file.suffix or '.csv'}")


def check_beside(store: Store, expense_file: Path) -> list:  # type: ignore[type-arg]
    """Problems with writing the journals next to the expense file (never replaced: the owner did not
    name it), to ask before anything is written."""
    try:
        check_target(beside(expense_file), data_root=store.paths.root, overwrite=False)
    except OutputRefused as exc:
        return [error("out", f"output.{exc.kind}")]
    return []
