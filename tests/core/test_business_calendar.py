"""Japanese business days with the 2026 and 2027 calendars (jp-rules.md §8)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ushiro_desk.domain.business_calendar import BusinessCalendar, HolidayRule

CAL = BusinessCalendar()


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 1, 1), date(2026, 1, 2), date(2026, 1, 3),  # 元日 and bank holidays
        date(2026, 5, 6),  # 振替休日 for 憲法記念日 on a Sunday
        date(2026, 9, 22),  # 国民の休日 between 敬老の日 and 秋分の日
        date(2026, 12, 31),  # bank holiday
        date(2027, 3, 22),  # 振替休日 for 春分の日 on a Sunday
    ],
)
def test_holidays_are_not_business_days(day: date) -> None:
    assert not CAL.is_business_day(day)


def test_ordinary_weekdays_are_business_days() -> None:
    assert CAL.is_business_day(date(2026, 11, 20))  # a Friday
    assert not CAL.is_business_day(date(2026, 11, 21))  # Saturday


def test_adjusting_a_due_date_that_falls_on_golden_week() -> None:
    day = date(2026, 5, 3)  # Sunday, 憲法記念日; 4, 5 and 6 are holidays too
    assert CAL.adjust(day, HolidayRule.NEXT) == date(2026, 5, 7)
    assert CAL.adjust(day, HolidayRule.PREVIOUS) == date(2026, 5, 1)
    assert CAL.adjust(day, HolidayRule.KEEP) == day


def test_last_business_day_of_the_year_skips_the_bank_holiday() -> None:
    assert CAL.last_business_day(2026, 12) == date(2026, 12, 30)
    assert CAL.last_business_day(2027, 1) == date(2027, 1, 29)


def test_owner_closed_days_count_as_holidays() -> None:
    closed = BusinessCalendar({date(2026, 8, 13), date(2026, 8, 14)})
    assert closed.next_business_day(date(2026, 8, 13)) == date(2026, 8, 17)
    assert CAL.next_business_day(date(2026, 8, 13)) == date(2026, 8, 13)


def test_the_third_business_day_of_january() -> None:
    assert CAL.nth_business_day(2027, 1, 3) == date(2027, 1, 6)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), st.integers(-30, 30))
def test_adding_business_days_lands_on_a_business_day(start: date, count: int) -> None:
    result = CAL.add_business_days(start, count)
    if count:
        assert CAL.is_business_day(result)
        assert (result > start) == (count > 0)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)))
def test_next_and_previous_are_the_nearest_business_days(day: date) -> None:
    after, before = CAL.next_business_day(day), CAL.previous_business_day(day)
    assert CAL.is_business_day(after) and CAL.is_business_day(before)
    assert before <= day <= after
    if CAL.is_business_day(day):
        assert before == after == day
    else:
        between = [before + timedelta(days=n) for n in range(1, (after - before).days)]
        assert not any(CAL.is_business_day(d) for d in between)
