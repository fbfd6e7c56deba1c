"""Issuing: gap-free numbers, the stored PDF and its hash, immutability kept by the database itself."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from ushiro_desk.domain.invoicing.client import Client
from ushiro_desk.domain.invoicing.document import DocumentKind, Line
from ushiro_desk.domain.invoicing.settings import InvoiceSettings
from ushiro_desk.domain.invoicing.status import Status
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services.invoicing import clients, documents, queries, settings
from ushiro_desk.storage.filestore import sha256_of


def test_a_draft_has_no_number_and_issuing_gives_the_next_one(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    first, second = make_draft(), make_draft()
    assert first.number is None
    issued_second, _ = documents.issue(owner, second.id)
    issued_first, _ = documents.issue(owner, first.id)
    assert (issued_second.number, issued_first.number) == ("INV-2026-0001", "INV-2026-0002")


def test_the_pdf_is_stored_with_its_sha256(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    issued, _ = documents.issue(owner, make_draft().id)
    path = owner.files.path(issued.pdf_sha256)
    assert path.read_bytes().startswith(b"%PDF") and sha256_of(path) == issued.pdf_sha256
    assert documents.issued_pdf(owner, issued.id) == path.read_bytes()


def test_the_counter_restarts_each_year_and_series_are_separate(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    numbers = [
        documents.issue(owner, make_draft(issue_date=date(2026, 12, 31)).id)[0].number,
        documents.issue(owner, make_draft(issue_date=date(2027, 1, 4)).id)[0].number,
        documents.issue(owner, make_draft(kind=DocumentKind.QUOTE, issue_date=date(2027, 1, 5)).id)[0].number,
        documents.issue(owner, make_draft(issue_date=date(2027, 1, 6)).id)[0].number,
    ]
    assert numbers == ["INV-2026-0001", "INV-2027-0001", "QUO-2027-0001", "INV-2027-0002"]


def test_the_number_pattern_comes_from_settings(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    settings.save_settings(owner, InvoiceSettings(invoice_pattern="{YY}{MM}-{NNN}"))
    assert documents.issue(owner, make_draft().id)[0].number == "2605-001"


def test_issued_documents_never_change(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    issued, _ = documents.issue(owner, make_draft().id)
    conn = owner.db.connection()
    statements = [
        ("UPDATE sales_document SET total = 1 WHERE id = ?", (issued.id,)),
        ("UPDATE sales_document SET recipient_name = 'x' WHERE id = ?", (issued.id,)),
        ("UPDATE sales_document SET number = NULL WHERE id = ?", (issued.id,)),
        ("DELETE FROM sales_document WHERE id = ?", (issued.id,)),
        ("UPDATE sales_document_line SET unit_price = '1' WHERE document_id = ?", (issued.id,)),
        ("DELETE FROM sales_document_line WHERE document_id = ?", (issued.id,)),
        ("INSERT INTO sales_document_line (document_id, position, description, quantity, unit, unit_price,"
         " tax_category, withholding, amount) VALUES (?, 9, 'x', '1', '', '1', 'standard', 0, 1)", (issued.id,)),
        ("UPDATE sales_document_tax SET tax = 0 WHERE document_id = ?", (issued.id,)),
        ("UPDATE number_counter SET last_value = 0", ()),
        ("DELETE FROM number_counter", ()),
    ]
    for sql, params in statements:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(sql, params)
    assert documents.load_document(owner, issued.id) == issued


def test_saving_or_deleting_an_issued_document_is_refused(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    issued, _ = documents.issue(owner, make_draft().id)
    with pytest.raises(InvalidInput) as caught:
        documents.save_draft(owner, replace(issued, subject="changed"))
    assert [p.code for p in caught.value.problems] == ["document.not_draft"]
    with pytest.raises(InvalidInput):
        documents.delete_draft(owner, issued.id)
    with pytest.raises(InvalidInput):
        documents.issue(owner, issued.id)


def test_a_number_is_never_given_without_a_pdf(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    draft = make_draft()
    with pytest.raises(sqlite3.IntegrityError):
        owner.db.connection().execute("UPDATE sales_document SET number = 'X-1' WHERE id = ?", (draft.id,))


def test_editing_the_client_later_changes_nothing_issued(owner, make_draft, corp_client: Client) -> None:  # type: ignore[no-untyped-def]
    issued, _ = documents.issue(owner, make_draft().id)
    clients.save_client(owner, replace(corp_client, name="株式会社アオバホールディングス", withholds=False))
    again = documents.load_document(owner, issued.id)
    assert again.recipient.name == "株式会社アオバ商事" and again.withholding
    assert documents.issued_pdf(owner, issued.id) == owner.files.read_bytes(issued.pdf_sha256)


def test_a_failed_issue_leaves_the_draft_and_the_counter_untouched(owner, make_draft, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    draft = make_draft()

    def broken(*_a, **_k):  # type: ignore[no-untyped-def]
        raise OSError("disk gone")

    monkeypatch.setattr(owner.files, "put_bytes", broken)
    with pytest.raises(OSError):
        documents.issue(owner, draft.id)
    assert documents.load_document(owner, draft.id).is_draft
    monkeypatch.undo()
    assert documents.issue(owner, draft.id)[0].number == "INV-2026-0001"


def test_drafts_can_be_edited_and_deleted(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    draft = make_draft()
    edited, _, _ = documents.save_draft(owner, draft.with_lines([Line("修正", Decimal(2), "h", Decimal(5000))]))
    assert documents.load_document(owner, draft.id).lines == edited.lines
    documents.delete_draft(owner, draft.id)
    assert queries.list_documents(owner) == []


def test_issue_checks_warn_about_a_missing_registration_number(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.services import company

    profile = company.load_profile(owner)
    company.save_profile(owner, replace(profile, registration_number=""))
    problems = documents.check_issue(owner, make_draft().id)
    # MIXED_LINES' 交通費 is not marked withheld: the NTA No.2795 hint comes with it
    assert [(p.code, p.is_error) for p in problems] == [
        ("line.travel_not_withheld", False), ("company.no_registration_number", False),
    ]


def test_status_through_the_life_cycle(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    draft = make_draft()
    today = date(2026, 6, 1)

    def status() -> Status:
        return queries.list_documents(owner, ids=[draft.id])[0].standing(today).status

    assert status() is Status.DRAFT
    documents.issue(owner, draft.id)
    assert status() is Status.ISSUED
    documents.mark_sent(owner, [draft.id], date(2026, 5, 30))
    assert status() is Status.SENT


def test_a_credit_notes_return_date_and_chain_base_are_frozen_once_issued(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    """電帳法・消法57条の4③: what an issued 適格返還請求書 states never changes (migration 0012 extends the trigger)."""
    import sqlite3

    from ushiro_desk.services.invoicing import documents as docs

    invoice, _ = docs.issue(owner, make_draft().id)
    credit, _ = docs.issue(owner, docs.save_draft(owner, docs.draft_credit_note(owner, invoice.id))[0].id)
    conn = owner.db.connection()
    for column, value in (("return_date", "2030-01-01"), ("chain_base", 1)):
        with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
            conn.execute(f"UPDATE sales_document SET {column} = ? WHERE id = ?", (value, credit.id))
