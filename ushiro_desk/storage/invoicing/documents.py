"""Rows ↔ `Document`, number counters and the documents list."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

from ushiro_desk.domain.invoicing.document import Document, DocumentKind, Honorific, Line, Recipient, Totals
from ushiro_desk.domain.invoicing.status import DocumentSummary
from ushiro_desk.domain.invoicing.tax import PriceMode, Rounding, TaxCategory
from ushiro_desk.storage.audit import now_utc


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def line_from_row(row: sqlite3.Row) -> Line:
    return Line(
        description=row["description"],
        quantity=Decimal(row["quantity"]),
        unit=row["unit"],
        unit_price=Decimal(row["unit_price"]),
        category=TaxCategory(row["tax_category"]),
        withholding=bool(row["withholding"]),
    )


_SELECT = """SELECT d.*, o.number AS original_number, o.issue_date AS original_issue_date
             FROM sales_document d LEFT JOIN sales_document o ON o.id = d.original_id"""


def _from_row(row: sqlite3.Row, lines: tuple[Line, ...]) -> Document:
    return Document(
        id=row["id"],
        kind=DocumentKind(row["kind"]),
        client_id=row["client_id"],
        recipient=Recipient(
            name=row["recipient_name"],
            honorific=Honorific(row["recipient_honorific"]),
            department=row["recipient_department"],
            person=row["recipient_person"],
            postal_code=row["recipient_postal_code"],
            address=row["recipient_address"],
        ),
        issue_date=date.fromisoformat(row["issue_date"]),
        lines=lines,
        supply_date=_day(row["supply_date"]),
        supply_from=_day(row["supply_from"]),
        due_date=_day(row["due_date"]),
        subject=row["subject"],
        notes=row["notes"],
        price_mode=PriceMode(row["price_mode"]),
        rounding=Rounding(row["rounding"]),
        withholding=bool(row["withholding"]),
        language=row["language"],
        number=row["number"],
        original_id=row["original_id"],
        original_number=row["original_number"],
        original_issue_date=_day(row["original_issue_date"]),
        quote_id=row["quote_id"],
        recurring_id=row["recurring_id"],
        sent_on=_day(row["sent_on"]),
        pdf_sha256=row["pdf_sha256"],
        return_date=_day(row["return_date"]),
        chain_base=row["chain_base"],
    )


def load(conn: sqlite3.Connection, document_id: int) -> Document | None:
    row = conn.execute(f"{_SELECT} WHERE d.id = ?", (document_id,)).fetchone()
    if row is None:
        return None
    lines = tuple(
        line_from_row(r)
        for r in conn.execute("SELECT * FROM sales_document_line WHERE document_id = ? ORDER BY position", (document_id,))
    )
    return _from_row(row, lines)


def id_of_number(conn: sqlite3.Connection, number: str) -> int | None:
    row = conn.execute("SELECT id FROM sales_document WHERE number = ?", (number,)).fetchone()
    return row[0] if row else None


def _content(doc: Document, totals: Totals) -> dict[str, object]:
    r = doc.recipient
    return {
        "kind": doc.kind.value,
        "series": doc.kind.series,
        "client_id": doc.client_id,
        "recipient_name": r.name,
        "recipient_honorific": r.honorific.value,
        "recipient_department": r.department,
        "recipient_person": r.person,
        "recipient_postal_code": r.postal_code,
        "recipient_address": r.address,
        "language": doc.language,
        "issue_date": doc.issue_date.isoformat(),
        "supply_from": _iso(doc.supply_from),
        "supply_date": _iso(doc.supply_date),
        "due_date": _iso(doc.due_date),
        "subject": doc.subject,
        "notes": doc.notes,
        "price_mode": doc.price_mode.value,
        "rounding": doc.rounding.value,
        "withholding": int(doc.withholding),
        "original_id": doc.original_id,
        "quote_id": doc.quote_id,
        "recurring_id": doc.recurring_id,
        "subtotal": totals.subtotal,
        "tax": totals.tax,
        "total": totals.total,
        "withholding_amount": totals.withholding,
        "amount_due": totals.amount_due,
        "return_date": _iso(doc.return_date) if doc.kind is DocumentKind.CREDIT_NOTE else None,
        "chain_base": doc.chain_base if doc.kind is DocumentKind.CREDIT_NOTE else None,
        "updated_at": now_utc(),
    }


def _write_lines(conn: sqlite3.Connection, document_id: int, doc: Document) -> None:
    conn.execute("DELETE FROM sales_document_line WHERE document_id = ?", (document_id,))
    conn.executemany(
        """INSERT INTO sales_document_line (document_id, position, description, quantity, unit, unit_price,
               tax_category, withholding, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (
                document_id, position, line.description, str(line.quantity), line.unit, str(line.unit_price),
                line.category.value, int(line.withholding), line.amount(doc.rounding),
            )
            for position, line in enumerate(doc.lines)
        ],
    )


def insert_draft(conn: sqlite3.Connection, doc: Document) -> int:
    values = _content(doc, doc.totals())
    values["created_at"] = values["updated_at"]
    columns = ", ".join(values)
    marks = ", ".join(f":{k}" for k in values)
    cursor = conn.execute(f"INSERT INTO sales_document ({columns}) VALUES ({marks})", values)
    assert cursor.lastrowid is not None
    _write_lines(conn, cursor.lastrowid, doc)
    return cursor.lastrowid


def update_draft(conn: sqlite3.Connection, doc: Document) -> None:
    """Rewrite a draft (the triggers refuse this for an issued document)."""
    assert doc.id is not None
    values = _content(doc, doc.totals())
    sets = ", ".join(f"{k} = :{k}" for k in values)
    conn.execute(f"UPDATE sales_document SET {sets} WHERE id = :id AND number IS NULL", {**values, "id": doc.id})
    _write_lines(conn, doc.id, doc)


def delete_draft(conn: sqlite3.Connection, document_id: int) -> None:
    conn.execute("DELETE FROM sales_document_line WHERE document_id = ?", (document_id,))
    conn.execute("DELETE FROM sales_document WHERE id = ?", (document_id,))


def next_number(conn: sqlite3.Connection, series: str, scope: str) -> int:
    """Take the next value of a counter; only inside the issuing transaction (gap-free)."""
    row = conn.execute(
        "SELECT last_value FROM number_counter WHERE series = ? AND scope = ?", (series, scope)
    ).fetchone()
    if row is None:
        conn.execute("INSERT INTO number_counter (series, scope, last_value) VALUES (?, ?, 1)", (series, scope))
        return 1
    value = row[0] + 1
    conn.execute(
        "UPDATE number_counter SET last_value = ? WHERE series = ? AND scope = ?", (value, series, scope)
    )
    return value


def mark_issued(
    conn: sqlite3.Connection,
    doc: Document,
    *,
    number: str,
    scope: str,
    value: int,
    issuer_json: str,
    pdf_sha256: str,
    issued_at: str,
) -> None:
    """Write the per-rate totals, then give the draft (as loaded in this transaction) its number and PDF in
    one statement; from then on the triggers keep it as it is."""
    assert doc.id is not None
    totals = doc.totals()
    conn.execute("DELETE FROM sales_document_tax WHERE document_id = ?", (doc.id,))
    conn.executemany(
        "INSERT INTO sales_document_tax (document_id, category, rate_percent, taxable, tax) VALUES (?, ?, ?, ?, ?)",
        [(doc.id, r.category.value, r.rate_percent, r.taxable, r.tax) for r in totals.breakdown.rates],
    )
    values = _content(doc, totals)
    values.update(
        number=number, number_scope=scope, number_value=value, issuer_json=issuer_json, pdf_sha256=pdf_sha256,
        issued_at=issued_at, id=doc.id,
    )
    sets = ", ".join(f"{k} = :{k}" for k in values if k != "id")
    cursor = conn.execute(f"UPDATE sales_document SET {sets} WHERE id = :id AND number IS NULL", values)
    if cursor.rowcount != 1:
        raise sqlite3.IntegrityError("the document is no longer a draft")


def set_sent(conn: sqlite3.Connection, document_id: int, day: date | None) -> None:
    conn.execute(
        "UPDATE sales_document SET sent_on = ?, updated_at = ? WHERE id = ? AND number IS NOT NULL",
        (_iso(day), now_utc(), document_id),
    )


def tax_rows(conn: sqlite3.Connection, document_id: int) -> list[sqlite3.Row]:
    return list(conn.execute("SELECT * FROM sales_document_tax WHERE document_id = ?", (document_id,)))


_SUMMARY = """
SELECT d.id, d.kind, d.number, d.client_id, d.recipient_name, d.subject, d.issue_date, d.due_date, d.total,
       d.withholding_amount, d.amount_due, d.sent_on, o.number AS original_number,
       (SELECT COALESCE(SUM(p.amount + p.bank_fee), 0) FROM payment p WHERE p.document_id = d.id) AS paid,
       (SELECT COALESCE(SUM(c.amount_due), 0) FROM sales_document c
         WHERE c.original_id = d.id AND c.kind = 'credit_note' AND c.number IS NOT NULL) AS credited,
       EXISTS (SELECT 1 FROM sales_document c
         WHERE c.original_id = d.id AND c.kind = 'correction' AND c.number IS NOT NULL) AS corrected,
       EXISTS (SELECT 1 FROM sales_document c WHERE c.quote_id = d.id) AS converted
FROM sales_document d LEFT JOIN sales_document o ON o.id = d.original_id
"""


def summaries(
    conn: sqlite3.Connection,
    *,
    ids: list[int] | None = None,
    client_id: int | None = None,
    kinds: tuple[DocumentKind, ...] | None = None,
    text: str = "",
    date_from: date | None = None,
    date_to: date | None = None,
    amount_min: int | None = None,
    amount_max: int | None = None,
    due_before: date | None = None,
    unpaid_only: bool = False,
) -> list[DocumentSummary]:
    """Document summaries, newest first. `due_before` and `unpaid_only` narrow to issued documents
    due before that day with a balance left (amount due above what was paid and credited)."""
    where: list[str] = []
    params: list[object] = []
    for clause, value in (
        ("d.issue_date >= ?", _iso(date_from)), ("d.issue_date <= ?", _iso(date_to)),
        ("d.total >= ?", amount_min), ("d.total <= ?", amount_max),
    ):
        if value is not None:
            where.append(clause)
            params.append(value)
    if ids is not None:
        where.append(f"d.id IN ({', '.join('?' * len(ids))})")
        params += ids
    if client_id is not None:
        where.append("d.client_id = ?")
        params.append(client_id)
    if kinds:
        where.append(f"d.kind IN ({', '.join('?' * len(kinds))})")
        params += [k.value for k in kinds]
    if due_before is not None:
        where.append("d.number IS NOT NULL AND d.due_date < ?")
        params.append(due_before.isoformat())
    if text.strip():
        like = f"%{text.strip()}%"
        where.append("(d.number LIKE ? OR d.recipient_name LIKE ? OR d.subject LIKE ?)")
        params += [like] * 3
    sql = _SUMMARY + (f" WHERE {' AND '.join(where)}" if where else "")
    sql += " ORDER BY d.number IS NOT NULL, d.issue_date DESC, d.id DESC"
    if unpaid_only:
        sql = f"SELECT * FROM ({sql}) WHERE amount_due - paid - credited > 0 AND NOT corrected"
    return [
        DocumentSummary(
            id=r["id"],
            kind=DocumentKind(r["kind"]),
            number=r["number"],
            client_id=r["client_id"],
            client_name=r["recipient_name"],
            subject=r["subject"],
            issue_date=date.fromisoformat(r["issue_date"]),
            due_date=_day(r["due_date"]),
            total=r["total"],
            withholding=r["withholding_amount"],
            amount_due=r["amount_due"],
            sent_on=_day(r["sent_on"]),
            paid=r["paid"],
            credited=r["credited"],
            corrected=bool(r["corrected"]),
            converted=bool(r["converted"]),
            original_number=r["original_number"],
        )
        for r in conn.execute(sql, params)
    ]
