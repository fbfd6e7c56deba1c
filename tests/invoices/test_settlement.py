"""Payments, credit notes, corrections, quotes and the receivables summary."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from ushiro_desk.domain.invoicing.document import DocumentKind, Line
from ushiro_desk.domain.invoicing.status import Payment, Status
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services.invoicing import documents, payments, queries

TODAY = date(2026, 8, 10)
FEE = (Line("デザイン制作費", Decimal(1), "式", Decimal(200_000), withholding=True),)


def summary(store, doc_id):  # type: ignore[no-untyped-def]
    return queries.list_documents(store, ids=[doc_id])[0]


def test_withholding_client_pays_the_net_amount(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    issued, _ = documents.issue(owner, make_draft(FEE).id)
    row = summary(owner, issued.id)
    assert (row.total, row.withholding, row.amount_due) == (220_000, 20_420, 199_580)


def test_partial_payment_then_the_rest_with_a_bank_fee(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    issued, _ = documents.issue(owner, make_draft(FEE).id)
    payments.record_payment(owner, issued.id, Payment(date(2026, 6, 30), 100_000))
    assert summary(owner, issued.id).standing(TODAY).status is Status.PARTLY_PAID
    rest = Payment(date(2026, 7, 10), 99_580 - 660, bank_fee=660)
    assert payments.payment_problems(owner, issued.id, rest) == []
    payments.record_payment(owner, issued.id, rest)
    standing = summary(owner, issued.id).standing(TODAY)
    assert (standing.status, standing.balance) == (Status.PAID, 0)


def test_overpayment_is_a_warning_with_the_excess(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    issued, _ = documents.issue(owner, make_draft(FEE).id)
    too_much = Payment(date(2026, 6, 30), 220_000)
    problems = payments.payment_problems(owner, issued.id, too_much)
    assert [(p.code, p.params["excess"]) for p in problems] == [("payment.overpaid", 20_420)]
    _, warnings = payments.record_payment(owner, issued.id, too_much)
    assert warnings == problems
    assert summary(owner, issued.id).standing(TODAY).overpaid == 20_420


def test_drafts_and_quotes_take_no_payments(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    draft = make_draft(FEE)
    with pytest.raises(InvalidInput):
        payments.record_payment(owner, draft.id, Payment(TODAY, 1000))
    quote, _ = documents.issue(owner, make_draft(FEE, kind=DocumentKind.QUOTE).id)
    with pytest.raises(InvalidInput):
        payments.record_payment(owner, quote.id, Payment(TODAY, 1000))


def test_a_credit_note_voids_an_invoice_and_both_stay(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    invoice, _ = documents.issue(owner, make_draft(FEE).id)
    credit = documents.draft_credit_note(owner, invoice.id, issue_date=date(2026, 6, 5))
    assert credit.original_number == invoice.number and credit.supply_date == invoice.supply_date
    saved, _, _ = documents.save_draft(owner, credit)
    issued_credit, _ = documents.issue(owner, saved.id)
    assert issued_credit.number == "CN-2026-0001"
    assert summary(owner, invoice.id).standing(TODAY).status is Status.CREDITED
    assert documents.issued_pdf(owner, invoice.id) and documents.issued_pdf(owner, issued_credit.id)
    assert queries.receivables(owner, TODAY).outstanding == 0


def test_a_partial_credit_note_reduces_the_balance(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    invoice, _ = documents.issue(owner, make_draft(FEE).id)
    credit = documents.draft_credit_note(owner, invoice.id).with_lines([Line("値引き", Decimal(1), "式", Decimal(50_000), withholding=True)])
    documents.issue(owner, documents.save_draft(owner, credit)[0].id)
    standing = summary(owner, invoice.id).standing(TODAY)
    # 199,580 − (55,000 − 5,105 withheld) = 149,685; no money arrived, so not 一部入金
    assert (standing.status, standing.balance) == (Status.PARTLY_CREDITED, 149_685)


def test_a_correction_replaces_the_original_and_takes_its_payments(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    invoice, _ = documents.issue(owner, make_draft(FEE).id)
    payments.record_payment(owner, invoice.id, Payment(date(2026, 6, 20), 50_000))
    fixed = documents.draft_correction(owner, invoice.id, issue_date=date(2026, 6, 25))
    fixed = fixed.with_lines([Line("デザイン制作費", Decimal(1), "式", Decimal(180_000), withholding=True)])
    issued_fix, _ = documents.issue(owner, documents.save_draft(owner, fixed)[0].id)
    assert issued_fix.number == "INV-2026-0002" and issued_fix.original_number == invoice.number
    assert summary(owner, invoice.id).standing(TODAY).status is Status.CORRECTED
    standing = summary(owner, issued_fix.id).standing(TODAY)
    # 198,000 − 18,378 withheld − 50,000 paid
    assert (standing.status, standing.balance) == (Status.PARTLY_PAID, 129_622)
    assert documents.issued_pdf(owner, invoice.id) != documents.issued_pdf(owner, issued_fix.id)
    with pytest.raises(InvalidInput):
        documents.draft_correction(owner, invoice.id)


def test_a_quote_becomes_an_invoice(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    quote, _ = documents.issue(owner, make_draft(FEE, kind=DocumentKind.QUOTE).id)
    invoice = documents.draft_from_quote(owner, quote.id, issue_date=date(2026, 6, 30))
    assert invoice.kind is DocumentKind.INVOICE and invoice.lines == quote.lines and invoice.quote_id == quote.id
    documents.save_draft(owner, invoice)
    assert summary(owner, quote.id).standing(TODAY).status is Status.ACCEPTED


def test_receivables_and_aging(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    late, _ = documents.issue(owner, make_draft(FEE, issue_date=date(2026, 5, 15)).id)  # due 6/30
    soon, _ = documents.issue(owner, make_draft(FEE, issue_date=date(2026, 7, 31)).id)  # due 8/31
    result = queries.receivables(owner, TODAY)
    assert (result.outstanding, result.overdue, result.overdue_count) == (2 * 199_580, 199_580, 1)
    assert (result.aging.current, result.aging.days_31_60) == (199_580, 199_580)
    assert [r.id for r in queries.overdue(owner, TODAY)] == [late.id]
    assert soon.due_date == date(2026, 8, 31)


def test_export_carries_what_a_script_needs(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    from tests.invoices.conftest import MIXED_LINES

    issued, _ = documents.issue(owner, make_draft(MIXED_LINES).id)
    make_draft(MIXED_LINES)
    rows = {r["id"]: r for r in queries.export(owner, TODAY)}
    row = rows[issued.id]
    assert row["rates"] == [
        {"category": "standard", "rate_percent": 10, "taxable": 302_860, "tax": 30_286},
        {"category": "reduced", "rate_percent": 8, "taxable": 4_320, "tax": 345},
    ]
    assert row["withholding"] == 30_630 and row["amount_due"] == 302_860 + 30_286 + 4_320 + 345 - 30_630
    assert row["rounding"] == "floor" and row["status"] == "issued" and row["overdue"] is True
    draft_rows = [r for r in rows.values() if r["number"] is None]
    assert draft_rows[0]["rates"] == row["rates"] and draft_rows[0]["status"] == "draft"


# -- withholding on a document chain (所得税法205条: the tax is on the fee paid in the end) -------------

BIG_FEE = (Line("デザイン制作費", Decimal(1), "式", Decimal(1_333_333), withholding=True),)
CREDIT = (Line("デザイン制作費 値引き", Decimal(1), "式", Decimal(333_333), withholding=True),)


def test_a_credit_note_withholds_on_the_chains_net_fee(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    """Issue 15 / 所得税法205条・所基通205-1: ¥1,333,333 invoiced (withheld ¥170,166), ¥333,333 credited → the
    client pays for ¥1,000,000, withholds ¥102,100 on it and transfers ¥997,900 (not ¥963,867)."""
    invoice, _ = documents.issue(owner, make_draft(BIG_FEE).id)
    assert (invoice.totals().withholding, invoice.totals().amount_due) == (170_166, 1_296_500)
    credit = documents.draft_credit_note(owner, invoice.id, issue_date=date(2026, 6, 5)).with_lines(CREDIT)
    issued_credit, _ = documents.issue(owner, documents.save_draft(owner, credit)[0].id)
    # the credit takes back 170,166 − 102,100 of the withholding, not 34,033 on the credit alone
    assert issued_credit.totals().withholding == 68_066
    standing = summary(owner, invoice.id).standing(TODAY)
    assert (standing.status, standing.balance) == (Status.PARTLY_CREDITED, 997_900)
    withheld = summary(owner, invoice.id).withholding - summary(owner, issued_credit.id).withholding
    assert withheld == 102_100
    # the stored row keeps the chain base, so the issued credit note is the same when loaded again
    assert documents.load_document(owner, issued_credit.id).totals().withholding == 68_066


def test_two_credit_notes_chain_and_the_last_one_settles_the_rest(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    """所得税法205条: each credit note takes back the change of the chain's tax; together they never
    take back more than was withheld."""
    invoice, _ = documents.issue(owner, make_draft(BIG_FEE).id)
    first = documents.draft_credit_note(owner, invoice.id).with_lines(CREDIT)
    documents.issue(owner, documents.save_draft(owner, first)[0].id)
    rest = documents.draft_credit_note(owner, invoice.id).with_lines(
        [Line("残額の返還", Decimal(1), "式", Decimal(1_000_000), withholding=True)]
    )
    second, _ = documents.issue(owner, documents.save_draft(owner, rest)[0].id)
    assert second.totals().withholding == 102_100
    standing = summary(owner, invoice.id).standing(TODAY)
    assert (standing.status, standing.balance) == (Status.CREDITED, 0)


def test_a_correction_after_a_credit_note_nets_it(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    """Issue 15: a correction issued after a credit note replaces the original and carries the credit,
    so it states the net fee ¥1,000,000, withholds ¥102,100 and asks for ¥997,900."""
    invoice, _ = documents.issue(owner, make_draft(BIG_FEE).id)
    credit = documents.draft_credit_note(owner, invoice.id).with_lines(CREDIT)
    issued_credit, _ = documents.issue(owner, documents.save_draft(owner, credit)[0].id)
    fixed = documents.draft_correction(owner, invoice.id, issue_date=date(2026, 6, 25))
    assert fixed.lines[-1].quantity == -1 and issued_credit.number in fixed.lines[-1].description
    issued_fix, _ = documents.issue(owner, documents.save_draft(owner, fixed)[0].id)
    totals = issued_fix.totals()
    assert (totals.withholding_base, totals.withholding, totals.amount_due) == (1_000_000, 102_100, 997_900)
    assert summary(owner, invoice.id).standing(TODAY).status is Status.CORRECTED
    assert summary(owner, issued_fix.id).standing(TODAY).balance == 997_900
    assert queries.receivables(owner, TODAY).outstanding == 997_900


def test_a_credit_beyond_what_is_left_is_warned_before_issuing(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    """A credit note returns part of a sale (消法38条・57条の4③): one beyond what is left of the invoice is
    likely a mistake, so the owner is told before issuing."""
    invoice, _ = documents.issue(owner, make_draft(BIG_FEE).id)
    first = documents.draft_credit_note(owner, invoice.id).with_lines(CREDIT)
    documents.issue(owner, documents.save_draft(owner, first)[0].id)
    too_much = documents.draft_credit_note(owner, invoice.id).with_lines(BIG_FEE)
    saved, _, _ = documents.save_draft(owner, too_much)
    found = [(p.code, p.params.get("left")) for p in documents.check_issue(owner, saved.id)]
    assert ("credit_note.more_than_left", 1_466_666 - 366_666) in found
    rest = documents.save_draft(owner, replace(saved, lines=(Line("残額", Decimal(1), "式", Decimal(1_000_000), withholding=True),)))[0]
    assert "credit_note.more_than_left" not in [p.code for p in documents.check_issue(owner, rest.id)]
