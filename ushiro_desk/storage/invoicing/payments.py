"""Rows ↔ `Payment`."""

from __future__ import annotations

import sqlite3
from datetime import date

from ushiro_desk.domain.invoicing.status import Payment
from ushiro_desk.storage.audit import now_utc


def for_document(conn: sqlite3.Connection, document_id: int) -> list[Payment]:
    return [
        Payment(date.fromisoformat(r["paid_on"]), r["amount"], r["bank_fee"], r["note"], r["id"])
        for r in conn.execute("SELECT * FROM payment WHERE document_id = ? ORDER BY paid_on, id", (document_id,))
    ]


def insert(conn: sqlite3.Connection, document_id: int, payment: Payment) -> int:
    cursor = conn.execute(
        "INSERT INTO payment (document_id, paid_on, amount, bank_fee, note, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (document_id, payment.paid_on.isoformat(), payment.amount, payment.bank_fee, payment.note, now_utc()),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def delete(conn: sqlite3.Connection, payment_id: int) -> int | None:
    """Remove a payment entered by mistake; return its document."""
    row = conn.execute("SELECT document_id FROM payment WHERE id = ?", (payment_id,)).fetchone()
    conn.execute("DELETE FROM payment WHERE id = ?", (payment_id,))
    return row[0] if row else None


def move(conn: sqlite3.Connection, from_document: int, to_document: int) -> int:
    """Payments of an invoice that was corrected count towards the correction."""
    return conn.execute(
        "UPDATE payment SET document_id = ? WHERE document_id = ?", (to_document, from_document)
    ).rowcount
