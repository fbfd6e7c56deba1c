"""The invoices area's part of a bundle: the period's issued documents with their stored PDFs, and the
delivery contacts of their clients."""

from __future__ import annotations

import sqlite3
from datetime import date

from ushiro_desk.domain.handoff.disclosure import DataKind, SourceRecord
from ushiro_desk.domain.invoicing.document import Honorific
from ushiro_desk.services.handoff import sources
from ushiro_desk.storage.invoicing import clients as clients_repo

# The documents the period's work is about: issued in the period, or issued earlier and still not
# sent or not fully paid (to send them, or to match incoming payments against them).
_ISSUED = """
    SELECT d.id, d.kind, d.number, d.client_id, d.recipient_name, d.subject, d.issue_date, d.due_date, d.total,
           d.amount_due, d.sent_on, d.pdf_sha256,
           COALESCE((SELECT sum(p.amount + p.bank_fee) FROM payment p WHERE p.document_id = d.id), 0) AS paid
    FROM sales_document d
    WHERE d.number IS NOT NULL AND d.kind != 'quote' AND d.issue_date <= ?
    ORDER BY d.issue_date, d.number
"""


def _issued(conn: sqlite3.Connection, first: date, last: date) -> list[sqlite3.Row]:
    rows = conn.execute(_ISSUED, (last.isoformat(),)).fetchall()
    return [
        r for r in rows
        if r["issue_date"] >= first.isoformat() or r["sent_on"] is None or (r["kind"] != "credit_note" and r["paid"] < r["amount_due"])
    ]


def _invoices(conn: sqlite3.Connection, first: date, last: date) -> tuple[SourceRecord, ...]:
    return tuple(
        SourceRecord(
            "invoice", row["number"], f"{row['number']} {row['recipient_name']}",
            {
                "number": row["number"], "kind": row["kind"], "issue_date": row["issue_date"],
                "due_date": row["due_date"] or "", "client_name": row["recipient_name"], "subject": row["subject"],
                "total": row["total"], "amount_due": row["amount_due"],
                "status": "sent" if row["sent_on"] else "issued", "pdf": f"{row['number']}.pdf",
            },
            files=((row["pdf_sha256"], f"{row['number']}.pdf"),) if row["pdf_sha256"] else (),
        )
        for row in _issued(conn, first, last)
    )


def _client_contacts(conn: sqlite3.Connection, first: date, last: date) -> tuple[SourceRecord, ...]:
    ids = sorted({row["client_id"] for row in _issued(conn, first, last) if row["client_id"] is not None})
    records = []
    for client_id in ids:
        client = clients_repo.load(conn, client_id)
        if client is None:
            continue
        records.append(SourceRecord(
            "client", str(client_id), f"{client.name} {client.honorific.value}",
            {
                "name": client.name, "honorific": client.honorific.value, "department": client.department,
                "person": client.person, "email": client.email, "postal_code": client.postal_code,
                "address": client.address, "phone": client.phone, "owner_note": client.notes,
            },
            is_individual=client.honorific is Honorific.SAMA,
        ))
    return tuple(records)


sources.register(DataKind.INVOICES, _invoices)
sources.register(DataKind.CLIENT_CONTACTS, _client_contacts)
