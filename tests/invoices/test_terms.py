"""Due dates from 締め日・支払月・支払日 and the client's holiday rule."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ushiro_desk.domain.business_calendar import BusinessCalendar, HolidayRule
from ushiro_desk.domain.invoicing.terms import MONTH_END, PaymentTerms, due_date

CAL = BusinessCalendar()
END_OF_NEXT = PaymentTerms(MONTH_END, 1, MONTH_END)


@pytest.mark.parametrize(
    ("terms", "supplied", "expected"),
    [
        (END_OF_NEXT, date(2026, 1, 15), date(2026, 2, 28)),
        (END_OF_NEXT, date(2026, 1, 31), date(2026, 2, 28)),
        (END_OF_NEXT, date(2024, 1, 10), date(2024, 2, 29)),
        (PaymentTerms(20, 1, 10), date(2026, 3, 20), date(2026, 4, 10)),
        (PaymentTerms(20, 1, 10), date(2026, 3, 21), date(2026, 5, 10)),
        (PaymentTerms(20, 1, 10), date(2026, 12, 25), date(2027, 2, 10)),
        (PaymentTerms(MONTH_END, 2, 10), date(2026, 11, 3), date(2027, 1, 10)),
        (PaymentTerms(MONTH_END, 0, MONTH_END), date(2026, 6, 1), date(2026, 6, 30)),
        (PaymentTerms(net_days=30), date(2026, 6, 1), date(2026, 7, 1)),
    ],
)
def test_raw_due_dates(terms: PaymentTerms, supplied: date, expected: date) -> None:
    assert terms.raw_due_date(supplied, supplied) == expected


def test_net_days_count_from_the_issue_date() -> None:
    assert PaymentTerms(net_days=14).raw_due_date(date(2026, 1, 1), date(2026, 2, 1)) == date(2026, 2, 15)


def test_holiday_rules_on_a_weekend_month_end() -> None:
    # 2026-05-31 is a Sunday: previous → Fri 29th, next → Mon 1 June, keep → Sunday.
    supplied = date(2026, 4, 10)
    assert due_date(END_OF_NEXT, supplied, supplied, CAL, HolidayRule.PREVIOUS) == date(2026, 5, 29)
    assert due_date(END_OF_NEXT, supplied, supplied, CAL, HolidayRule.NEXT) == date(2026, 6, 1)
    assert due_date(END_OF_NEXT, supplied, supplied, CAL, HolidayRule.KEEP) == date(2026, 5, 31)


def test_bank_holidays_move_a_year_end_due_date() -> None:
    # 12/31 is a bank holiday (and 2026-12-31 a Thursday): previous business day is 12/30.
    terms = PaymentTerms(MONTH_END, 1, MONTH_END)
    assert due_date(terms, date(2026, 11, 5), date(2026, 11, 5), CAL, HolidayRule.PREVIOUS) == date(2026, 12, 30)
    assert due_date(terms, date(2026, 11, 5), date(2026, 11, 5), CAL, HolidayRule.NEXT) == date(2027, 1, 4)


def test_the_owners_closed_days_count() -> None:
    closed = BusinessCalendar([date(2026, 7, 31)])
    terms = PaymentTerms(MONTH_END, 1, MONTH_END)
    assert due_date(terms, date(2026, 6, 1), date(2026, 6, 1), closed, HolidayRule.PREVIOUS) == date(2026, 7, 30)


def test_labels() -> None:
    assert END_OF_NEXT.label_ja() == "月末締め翌月末払い"
    assert PaymentTerms(20, 1, 10).label_ja() == "20日締め翌月10日払い"
    assert PaymentTerms(net_days=30).label_ja() == "請求日から30日以内"


def test_bad_terms() -> None:
    assert {p.code for p in PaymentTerms(29, 1, 0).problems()} == {"terms.day_range"}
    assert [p.code for p in PaymentTerms(MONTH_END, 5, MONTH_END).problems()] == ["terms.months_range"]


closing_days = st.one_of(st.integers(min_value=1, max_value=28), st.just(MONTH_END))


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
    closing_days,
    st.integers(min_value=0, max_value=3),
    closing_days,
    st.sampled_from(list(HolidayRule)),
)
def test_due_dates_follow_the_closing_and_land_on_a_business_day(supplied, closing, months, pay, rule) -> None:  # type: ignore[no-untyped-def]
    terms = PaymentTerms(closing, months, pay)
    raw = terms.raw_due_date(supplied, supplied)
    closing_date = terms.closing_date(supplied)
    assert supplied <= closing_date and (closing_date - supplied).days < 32
    assert raw >= closing_date
    assert (raw.year * 12 + raw.month) - (closing_date.year * 12 + closing_date.month) in (months, months + 1)
    adjusted = due_date(terms, supplied, supplied, CAL, rule)
    if rule is HolidayRule.KEEP:
        assert adjusted == raw
    else:
        assert CAL.is_business_day(adjusted)
        assert abs((adjusted - raw).days) < 10
