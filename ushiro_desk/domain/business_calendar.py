"""Japanese business days (営業日) for due dates and chores (jp-rules.md §8).

A business day is a weekday that is not a 国民の祝日 (振替休日 and 国民の休日 included), not a bank holiday
(12/31, 1/2, 1/3; 1/1 is a national holiday) and not one of the owner's own closed days.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from enum import Enum
from typing import Iterable

# The `holidays` package computes Japanese holidays for these years and raises outside them.
FIRST_YEAR, LAST_YEAR = 1949, 2099


class HolidayRule(Enum):
    """What to do with a date that is not a business day."""

    KEEP = "keep"  # そのまま
    PREVIOUS = "previous"  # 前営業日
    NEXT = "next"  # 翌営業日


class BusinessCalendar:
    """Holidays are computed per year on first use and cached (importing `holidays` is not free)."""

    def __init__(self, closed_days: Iterable[date] = ()) -> None:
        self._closed = frozenset(closed_days)
        self._years: dict[int, dict[date, str]] = {}

    @property
    def closed_days(self) -> frozenset[date]:
        return self._closed

    def _holidays(self, year: int) -> dict[date, str]:
        table = self._years.get(year)
        if table is None:
            if not FIRST_YEAR <= year <= LAST_YEAR:
                raise ValueError(f"year {year} is outside {FIRST_YEAR}-{LAST_YEAR}")
            import holidays

            found = holidays.country_holidays(
                "JP", years=year, categories=("public", "bank"), language="ja"
            )
            table = dict(found.items())
            self._years[year] = table
        return table

    def holiday_name(self, day: date) -> str | None:
        """The name of the national or bank holiday on `day`, if any (in Japanese)."""
        return self._holidays(day.year).get(day)

    def is_business_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self._closed and day not in self._holidays(day.year)

    def next_business_day(self, day: date, *, inclusive: bool = True) -> date:
        day = day if inclusive else day + timedelta(days=1)
        while not self.is_business_day(day):
            day += timedelta(days=1)
        return day

    def previous_business_day(self, day: date, *, inclusive: bool = True) -> date:
        day = day if inclusive else day - timedelta(days=1)
        while not self.is_business_day(day):
            day -= timedelta(days=1)
        return day

    def adjust(self, day: date, rule: HolidayRule) -> date:
        if rule is HolidayRule.PREVIOUS:
            return self.previous_business_day(day)
        if rule is HolidayRule.NEXT:
            return self.next_business_day(day)
        return day

    def add_business_days(self, day: date, count: int) -> date:
        """Move `count` business days forward (or back when negative), not counting `day` itself."""
        step = timedelta(days=1 if count >= 0 else -1)
        remaining = abs(count)
        while remaining:
            day += step
            if self.is_business_day(day):
                remaining -= 1
        return day

    def last_business_day(self, year: int, month: int) -> date:
        return self.previous_business_day(date(year, month, calendar.monthrange(year, month)[1]))

    def business_days_in_month(self, year: int, month: int) -> list[date]:
        first = date(year, month, 1)
        return [
            first + timedelta(days=offset)
            for offset in range(calendar.monthrange(year, month)[1])
            if self.is_business_day(first + timedelta(days=offset))
        ]

    def nth_business_day(self, year: int, month: int, n: int) -> date:
        """The n-th (1-based) business day of a month, e.g. 第3営業日. A month with fewer than n business
        days raises ValueError: the answer never spills into the next month."""
        if n < 1:
            raise ValueError("n must be at least 1")
        days = self.business_days_in_month(year, month)
        if n > len(days):
            raise ValueError(f"{year}-{month:02d} has only {len(days)} business days, not {n}")
        return days[n - 1]
