"""Status of a document from what happened to it; aging buckets; payment warnings."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from ushiro_desk.domain.invoicing.document import DocumentKind
from ushiro_desk.domain.invoicing.status import Payment, Status, aging, check_payment, standing

TODAY = date(2026, 11, 20)
INV = DocumentKind.INVOICE


def test_life_cycle() -> None:
    due = date(2026, 11, 30)
    assert standing(INV, issued=False, sent=False, amount_due=100, due_date=due, today=TODAY).status is Status.DRAFT
    assert standing(INV, issued=True, sent=False, amount_due=100, due_date=due, today=TODAY).status is Status.ISSUED
    assert standing(INV, issued=True, sent=True, amount_due=100, due_date=due, today=TODAY).status is Status.SENT
    partly = standing(INV, issued=True, sent=True, amount_due=100, due_date=due, today=TODAY, paid=40)
    assert (partly.status, partly.balance) == (Status.PARTLY_PAID, 60)
    paid = standing(INV, issued=True, sent=True, amount_due=100, due_date=due, today=TODAY, paid=100)
    assert (paid.status, paid.balance, paid.overdue) == (Status.PAID, 0, False)


def test_overdue_is_derived_from_the_due_date() -> None:
    late = standing(INV, issued=True, sent=True, amount_due=100, due_date=date(2026, 10, 31), today=TODAY, paid=10)
    assert late.overdue and late.days_overdue == 20 and late.status is Status.PARTLY_PAID
    on_day = standing(INV, issued=True, sent=True, amount_due=100, due_date=TODAY, today=TODAY)
    assert not on_day.overdue


def test_overpaid_and_credited_and_corrected() -> None:
    over = standing(INV, issued=True, sent=True, amount_due=100, due_date=TODAY, today=TODAY, paid=130)
    assert over.status is Status.PAID and over.overpaid == 30
    void = standing(INV, issued=True, sent=True, amount_due=100, due_date=date(2026, 1, 1), today=TODAY, credited=100)
    assert void.status is Status.CREDITED and not void.overdue
    fixed = standing(INV, issued=True, sent=True, amount_due=100, due_date=date(2026, 1, 1), today=TODAY, corrected=True)
    assert fixed.status is Status.CORRECTED and not fixed.overdue


def test_quotes_and_credit_notes_are_never_owed() -> None:
    quote = standing(DocumentKind.QUOTE, issued=True, sent=True, amount_due=100, due_date=date(2026, 1, 1), today=TODAY)
    assert quote.status is Status.SENT and not quote.overdue
    accepted = standing(DocumentKind.QUOTE, issued=True, sent=True, amount_due=100, due_date=None, today=TODAY, converted=True)
    assert accepted.status is Status.ACCEPTED


def test_aging_buckets() -> None:
    items = [
        (date(2026, 12, 31), 1000),  # not due
        (TODAY, 1),  # due today: current
        (date(2026, 11, 19), 10),  # 1 day
        (date(2026, 10, 21), 20),  # 30 days
        (date(2026, 10, 20), 30),  # 31 days
        (date(2026, 9, 21), 40),  # 60 days
        (date(2026, 9, 20), 50),  # 61 days
        (date(2020, 1, 1), 0),  # settled
    ]
    result = aging(items, TODAY)
    assert (result.current, result.days_1_30, result.days_31_60, result.days_61_plus) == (1001, 30, 70, 50)
    assert result.overdue == 150


@given(st.lists(st.tuples(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)), st.integers(0, 10**12))))
def test_aging_keeps_every_yen(items) -> None:  # type: ignore[no-untyped-def]
    assert aging(items, TODAY).total == sum(b for _, b in items)


def test_payment_checks() -> None:
    assert [p.code for p in check_payment(Payment(TODAY, 50_000, 440), 60_000)] == []
    over = check_payment(Payment(TODAY, 59_800, 440), 60_000)
    assert [(p.code, p.is_error, p.params["excess"]) for p in over] == [("payment.overpaid", False, 240)]
    assert [p.code for p in check_payment(Payment(TODAY, -1, 0), 60_000)] == ["payment.negative"]
    assert [p.code for p in check_payment(Payment(TODAY, 0, 0), 60_000)] == ["payment.zero"]
