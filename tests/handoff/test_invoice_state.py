"""The invoices a bundle carries are in their true state: the invoicing area's own status and balance
(payments, credit notes, corrections), and only the documents the period's work is about."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from ushiro_desk.domain.company import AccountType, BankAccount, CompanyProfile
from ushiro_desk.domain.handoff.disclosure import DataKind
from ushiro_desk.domain.invoicing.client import Client
from ushiro_desk.domain.invoicing.document import DocumentKind, Line
from ushiro_desk.domain.invoicing.status import Payment
from ushiro_desk.paths import DataPaths
from ushiro_desk.services import company
from ushiro_desk.services.handoff import sources
from ushiro_desk.services.invoicing import clients, documents, payments
from ushiro_desk.services.store import open_store

OCT = date(2026, 10, 15)
NOV = (date(2026, 11, 1), date(2026, 11, 30))


def _issue(store, client_id: int, amount: int, day: date = OCT, *, kind=DocumentKind.INVOICE, original: int | None = None) -> int:  # type: ignore[no-untyped-def]
    if kind is DocumentKind.CREDIT_NOTE:
        draft = documents.draft_credit_note(store, original, issue_date=day)  # type: ignore[arg-type]
    elif kind is DocumentKind.CORRECTION:
        draft = documents.draft_correction(store, original, issue_date=day)  # type: ignore[arg-type]
    else:
        draft = documents.new_document(store, kind, client_id, issue_date=day)
    draft = replace(draft, lines=(Line("制作費", Decimal(1), "式", Decimal(amount)),), withholding=False)
    saved, _, _ = documents.save_draft(store, draft)
    assert saved.id is not None
    issued, _ = documents.issue(store, saved.id)
    documents.mark_sent(store, [saved.id], day)
    return saved.id


def test_paid_credited_and_corrected_invoices_are_not_outstanding(tmp_path: Path) -> None:
    store = open_store(DataPaths(tmp_path / "data"))
    try:
        company.save_profile(store, CompanyProfile(
            name="合同会社テスト", bank_accounts=(BankAccount("みずほ銀行", "本店", AccountType.ORDINARY, "1234567", "テスト"),)))
        client, _, _ = clients.save_client(store, Client("株式会社アオバ"))
        assert client.id is not None
        paid = _issue(store, client.id, 100_000)
        payments.record_payment(store, paid, Payment(date(2026, 10, 31), 110_000))
        credited = _issue(store, client.id, 50_000)
        _issue(store, client.id, 50_000, kind=DocumentKind.CREDIT_NOTE, original=credited)
        partly = _issue(store, client.id, 200_000)
        payments.record_payment(store, partly, Payment(date(2026, 10, 31), 20_000))
        replaced = _issue(store, client.id, 80_000)
        correction = _issue(store, client.id, 70_000, kind=DocumentKind.CORRECTION, original=replaced)
        in_period = _issue(store, client.id, 30_000, day=date(2026, 11, 5))
        payments.record_payment(store, in_period, Payment(date(2026, 11, 10), 33_000))
        with store.db.snapshot() as conn:
            records = {r.values["number"]: r.values for r in sources.gather(conn, DataKind.INVOICES, *NOV)}
            numbers = {i: documents.load_document(store, i).number for i in (paid, credited, partly, replaced, correction, in_period)}
    finally:
        store.close()
    # earlier documents go only while money is still owed; the period's own documents go in any state
    assert set(records) == {numbers[partly], numbers[correction], numbers[in_period]}
    assert records[numbers[partly]]["status"] == "partly_paid" and records[numbers[partly]]["amount_due"] == 220_000 - 20_000
    assert records[numbers[correction]]["status"] == "sent" and records[numbers[correction]]["amount_due"] == 77_000
    assert records[numbers[correction]]["original_number"] == numbers[replaced]
    assert records[numbers[in_period]]["status"] == "paid" and records[numbers[in_period]]["amount_due"] == 0
    assert records[numbers[in_period]]["billed"] == 33_000 and records[numbers[in_period]]["paid"] == 33_000
