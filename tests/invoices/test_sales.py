"""The sales report (売上): per month by issue date, a corrected invoice counted once (its correction),
a credit note taken off, drafts and quotes not counted, and what is owed per client as on the Invoices page."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from ushiro_desk.domain.invoicing.document import DocumentKind, Line
from ushiro_desk.domain.invoicing.tax import TaxCategory
from ushiro_desk.services.invoicing import documents, queries
from ushiro_desk.services.invoicing.sales import month_keys, sales_report

FEE = (Line("デザイン制作費", Decimal(1), "式", Decimal(100_000), TaxCategory.STANDARD),)


def issued(store, make_draft, day: date, lines=FEE, kind=DocumentKind.INVOICE):  # type: ignore[no-untyped-def]
    draft = make_draft(lines=lines, kind=kind, issue_date=day, withholding=False)
    doc, _ = documents.issue(store, draft.id)
    return doc


def test_sales_follow_issue_months_and_count_a_correction_once_and_credit_notes_off(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    may = issued(owner, make_draft, date(2026, 5, 29))  # ¥110,000
    june = issued(owner, make_draft, date(2026, 6, 10))  # ¥110,000, corrected below to ¥220,000
    make_draft(lines=FEE, issue_date=date(2026, 6, 12))  # a draft: not sales
    make_draft(lines=FEE, kind=DocumentKind.QUOTE, issue_date=date(2026, 6, 12))  # a quote: not sales
    correction = documents.draft_correction(owner, june.id, issue_date=date(2026, 7, 1))
    correction = replace(correction, lines=(replace(FEE[0], unit_price=Decimal(200_000)),))
    saved, _, _ = documents.save_draft(owner, correction)
    documents.issue(owner, saved.id)
    credit = documents.draft_credit_note(owner, may.id, issue_date=date(2026, 7, 20))
    credit = replace(credit, lines=(replace(FEE[0], unit_price=Decimal(10_000)),))
    saved, _, _ = documents.save_draft(owner, credit)
    documents.issue(owner, saved.id)

    report = sales_report(owner, date(2026, 4, 1), date(2027, 3, 31), date(2026, 7, 31))

    assert report.months == month_keys(date(2026, 4, 1), date(2027, 3, 31)) and len(report.months) == 12
    assert report.by_month["2026-05"] == 110_000
    assert report.by_month["2026-06"] == 0  # the corrected invoice gives way to its correction
    assert report.by_month["2026-07"] == 220_000 - 11_000
    assert report.total == 110_000 + 220_000 - 11_000
    [client] = report.by_client
    assert client.client_name == "株式会社アオバ商事" and client.sales == report.total


def test_outstanding_per_client_adds_up_to_the_receivables_of_the_invoices_page(demo_store) -> None:  # type: ignore[no-untyped-def]
    today = date(2026, 11, 20)
    report = sales_report(demo_store, date(2026, 4, 1), date(2027, 3, 31), today)
    owed = queries.receivables(demo_store, today)
    assert report.outstanding == owed.outstanding > 0
    assert report.overdue == owed.overdue > 0
    assert sum(c.sales for c in report.by_client) == report.total == sum(report.by_month.values()) > 0
    assert [c.sales for c in report.by_client] == sorted((c.sales for c in report.by_client), reverse=True)


def test_months_run_across_the_new_year() -> None:
    assert month_keys(date(2026, 11, 15), date(2027, 2, 1)) == ("2026-11", "2026-12", "2027-01", "2027-02")
