"""The Japanese business calendar on worked days of 2026 and 2027 (jp-rules.md §8)."""

from __future__ import annotations

from datetime import date

import pytest

from ushiro_desk.domain.business_calendar import BusinessCalendar


@pytest.fixture(scope="module")
def cal() -> BusinessCalendar:
    return BusinessCalendar()


@pytest.mark.parametrize(
    "day, why",
    [
        (date(2026, 5, 6), "振替休日 for 憲法記念日 on Sunday 5/3"),
        (date(2026, 9, 22), "国民の休日 between 敬老の日 and 秋分の日"),
        (date(2026, 12, 31), "bank holiday"),
        (date(2027, 1, 1), "元日"),
        (date(2027, 1, 2), "bank holiday on a Saturday"),
        (date(2027, 3, 22), "振替休日 for 春分の日 on Sunday 3/21"),
        (date(2027, 12, 31), "bank holiday on a Friday"),
    ],
)
def test_holidays_are_not_business_days(cal: BusinessCalendar, day: date, why: str) -> None:
    assert not cal.is_business_day(day), why
    assert cal.holiday_name(day)


def test_ordinary_weekdays_around_the_holidays_are_business_days(cal: BusinessCalendar) -> None:
    for day in (date(2026, 5, 7), date(2026, 9, 24), date(2026, 12, 30), date(2027, 1, 4), date(2027, 3, 23)):
        assert cal.is_business_day(day), day


def test_the_owners_closed_days_are_not_business_days() -> None:
    closed = BusinessCalendar([date(2026, 8, 12)])
    assert not closed.is_business_day(date(2026, 8, 12))
    assert closed.next_business_day(date(2026, 8, 12)) == date(2026, 8, 13)


def test_last_business_day_skips_the_year_end_bank_holidays(cal: BusinessCalendar) -> None:
    assert cal.last_business_day(2026, 12) == date(2026, 12, 30)
    assert cal.last_business_day(2027, 12) == date(2027, 12, 30)
    assert cal.last_business_day(2026, 5) == date(2026, 5, 29)  # 5/30 Sat, 5/31 Sun


def test_nth_business_day_counts_within_the_month(cal: BusinessCalendar) -> None:
    assert cal.nth_business_day(2027, 1, 1) == date(2027, 1, 4)
    # Golden Week 2026: 5/1 is the first business day, 5/2–5/6 are not, 5/7 is the second.
    assert cal.nth_business_day(2026, 5, 2) == date(2026, 5, 7)
    assert cal.nth_business_day(2026, 5, 3) == date(2026, 5, 8)


def test_nth_business_day_never_spills_into_the_next_month(cal: BusinessCalendar) -> None:
    count = len(cal.business_days_in_month(2026, 5))
    assert cal.nth_business_day(2026, 5, count).month == 5
    with pytest.raises(ValueError, match="only"):
        cal.nth_business_day(2026, 5, count + 1)
