"""The invoices area's part of a bundle: the period's documents in their true state, with their stored
PDFs, and the delivery contacts of their clients.

The state and the amount still owed come from the invoicing area's own rules (`DocumentSummary.standing`:
payments, credit notes and corrections), so a bundle never calls a paid, credited or replaced invoice
outstanding. What an issued PDF prints besides the document itself — the client's address block and
the company's bank accounts as they were at issue — is declared as `shows`, so the disclosure plan
holds the file to the same rules as the fields; a copy without the masked fields can be rendered.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date

from ushiro_desk.domain.company import AccountType, BankAccount, CompanyProfile, EntityType
from ushiro_desk.domain.handoff.disclosure import MASK, DataKind, Scope, Shown, SourceRecord, field_masked
from ushiro_desk.domain.invoicing.document import DocumentKind, Honorific
from ushiro_desk.domain.invoicing.status import DocumentSummary
from ushiro_desk.services.handoff import sources
from ushiro_desk.services.store import Store
from ushiro_desk.storage.invoicing import clients as clients_repo
from ushiro_desk.storage.invoicing import documents as documents_repo

SENT_KINDS = (DocumentKind.INVOICE, DocumentKind.CORRECTION, DocumentKind.CREDIT_NOTE)
# The client fields an issued PDF prints in its address block (document snapshot → client field).
# A rendered copy says what it is, so that it is never taken for the document the client received.
COPY_NOTE_JA = "【業務委託先への引き継ぎ用の写し】一部の項目を（非開示）にしています。取引先へは送らないでください。"
COPY_NOTE_EN = "[Copy for a contractor's work] Some fields are withheld. Do not send this copy to the client."
_PRINTED = (("recipient_postal_code", "postal_code"), ("recipient_address", "address"), ("recipient_person", "person"))


def in_scope(summary: DocumentSummary, first: date, last: date) -> bool:
    """The documents the period's work is about: issued in the period; or issued earlier and still
    waiting for money (to match payments and remind), or a credit note not yet sent."""
    if summary.number is None or summary.issue_date > last:
        return False
    if summary.issue_date >= first:
        return True
    standing = summary.standing(last)
    if summary.kind is DocumentKind.CREDIT_NOTE:
        return summary.sent_on is None
    return standing.status.is_open and standing.balance > 0


def _documents(conn: sqlite3.Connection, first: date, last: date) -> list[DocumentSummary]:
    rows = [s for s in documents_repo.summaries(conn, kinds=SENT_KINDS) if in_scope(s, first, last)]
    return sorted(rows, key=lambda s: (s.issue_date, s.number or ""))


def _issuer_shows_bank(issuer_json: str | None) -> bool:
    try:
        data = json.loads(issuer_json or "{}")
    except ValueError:
        return True  # unknown: assume the PDF shows the accounts
    return bool(data.get("bank_accounts")) if isinstance(data, dict) else True


def _invoices(conn: sqlite3.Connection, first: date, last: date) -> tuple[SourceRecord, ...]:
    summaries = _documents(conn, first, last)
    if not summaries:
        return ()
    ids = [s.id for s in summaries]
    extra = {
        r["id"]: r
        for r in conn.execute(
            f"SELECT id, pdf_sha256, issuer_json, recipient_honorific, recipient_person, recipient_postal_code, recipient_address"
            f" FROM sales_document WHERE id IN ({', '.join('?' * len(ids))})",
            ids,
        )
    }
    records = []
    for s in summaries:
        e = extra[s.id]
        standing = s.standing(last)
        individual = e["recipient_honorific"] == Honorific.SAMA.value
        shows = tuple(Shown("client", field, individual) for column, field in _PRINTED if e[column])
        if s.kind.is_receivable and _issuer_shows_bank(e["issuer_json"]):
            shows += (Shown("bank_account", "account_number"),)
        records.append(SourceRecord(
            "invoice", s.number or str(s.id), f"{s.number} {s.client_name}",
            {
                "number": s.number, "kind": s.kind.value, "issue_date": s.issue_date, "due_date": s.due_date or "",
                "client_name": s.client_name, "subject": s.subject, "total": s.total,
                "billed": s.amount_due, "paid": s.paid, "credited": s.credited,
                "amount_due": max(standing.balance, 0) if s.kind.is_receivable else 0,
                "status": standing.status.value, "original_number": s.original_number or "",
            },
            files=((e["pdf_sha256"], f"{s.number}.pdf"),) if e["pdf_sha256"] else (),
            shows=shows,
            redactable=True,
        ))
    return tuple(records)


def _client_contacts(conn: sqlite3.Connection, first: date, last: date) -> tuple[SourceRecord, ...]:
    ids = sorted({s.client_id for s in _documents(conn, first, last) if s.client_id is not None})
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


def _issuer(issuer_json: str | None) -> CompanyProfile | None:
    try:
        data = json.loads(issuer_json or "")
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    accounts = tuple(
        BankAccount(a["bank_name"], a["branch_name"], AccountType(a["account_type"]), a["account_number"], a["account_holder"])
        for a in data.get("bank_accounts", [])
    )
    fields = {k: v for k, v in data.items() if k in CompanyProfile.__dataclass_fields__ and k != "bank_accounts"}
    if "entity_type" in fields:
        fields["entity_type"] = EntityType(fields["entity_type"])
    return CompanyProfile(**fields, bank_accounts=accounts)


def render_for(store: Store, number: str, scope: Scope) -> bytes:
    """The issued document as PDF for this recipient: rendered again as issued (the issuer as it was
    at issue), with every printed field the recipient may not see written as （非開示）."""
    from ushiro_desk.reports import invoice_pdf
    from ushiro_desk.services.invoicing.documents import _images

    with store.db.snapshot() as conn:
        document_id = documents_repo.id_of_number(conn, number)
        doc = documents_repo.load(conn, document_id) if document_id is not None else None
        row = conn.execute("SELECT issuer_json FROM sales_document WHERE id = ?", (document_id,)).fetchone()
    if doc is None or row is None:
        raise LookupError(f"no issued document {number}")
    issuer = _issuer(row["issuer_json"]) or CompanyProfile(name="")
    individual = doc.recipient.honorific is Honorific.SAMA
    changes = {}
    for _, name in _PRINTED:
        if getattr(doc.recipient, name) and field_masked("client", name, scope, individual) is not None:
            changes[name] = "" if name == "postal_code" else MASK
    recipient = replace(doc.recipient, **changes)
    if field_masked("bank_account", "account_number", scope) is not None:
        issuer = replace(issuer, bank_accounts=tuple(replace(a, account_number=MASK) for a in issuer.bank_accounts))
    seal, logo = _images(store, issuer)
    note = COPY_NOTE_EN if doc.language == "en" else COPY_NOTE_JA
    copy = replace(doc, recipient=recipient, notes=f"{note}\n{doc.notes}".strip())
    return invoice_pdf.render(copy, issuer, seal=seal, logo=logo)


sources.register(DataKind.INVOICES, _invoices)
sources.register(DataKind.CLIENT_CONTACTS, _client_contacts)
sources.register_renderer("invoice", render_for)
