"""Payments received: partial, with the bank fee the client deducted, and overpayments (a warning)."""

from __future__ import annotations

from datetime import date

from ushiro_desk.domain.invoicing.status import Payment, Status, check_payment
from ushiro_desk.domain.problems import InvalidInput, Problem, error, has_errors
from ushiro_desk.services.changes import INVOICES, Changes
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit
from ushiro_desk.storage.invoicing import documents as documents_repo
from ushiro_desk.storage.invoicing import payments as repo


def payments_of(store: Store, document_id: int) -> list[Payment]:
    with store.db.snapshot() as conn:
        return repo.for_document(conn, document_id)


def payment_problems(store: Store, document_id: int, payment: Payment, today: date | None = None) -> list[Problem]:
    """Errors, and a warning with the excess when the payment settles more than is owed."""
    with store.db.snapshot() as conn:
        found = documents_repo.summaries(conn, ids=[document_id])
    if not found:
        return [error("document", "document.missing")]
    summary = found[0]
    if summary.number is None or not summary.kind.is_receivable:
        return [error("document", "payment.not_receivable")]
    standing = summary.standing(today or date.today())
    if standing.status is Status.CORRECTED:
        return [error("document", "payment.corrected")]
    return check_payment(payment, standing.balance)


def record_payment(
    store: Store, document_id: int, payment: Payment, today: date | None = None
) -> tuple[Changes, list[Problem]]:
    """Record a payment. Errors raise InvalidInput; warnings (overpaid) are returned after saving,
    so the caller asks the owner first with `payment_problems`."""
    problems = payment_problems(store, document_id, payment, today)
    if has_errors(problems):
        raise InvalidInput(problems)
    with store.db.transaction() as conn:
        payment_id = repo.insert(conn, document_id, payment)
        audit.record(
            conn, "create", "payment", payment_id,
            {"document_id": document_id, "amount": payment.amount, "bank_fee": payment.bank_fee},
        )
    return Changes.of(INVOICES), problems


def delete_payment(store: Store, payment_id: int) -> Changes:
    with store.db.transaction() as conn:
        document_id = repo.delete(conn, payment_id)
        audit.record(conn, "delete", "payment", payment_id, {"document_id": document_id})
    return Changes.of(INVOICES)
