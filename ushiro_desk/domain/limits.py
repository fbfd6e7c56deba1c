"""The ranges every date and yen amount must lie in where they enter the app (CLI, services).

Outside them the calendar and money code would overflow (`date.max + 1 day`, SQLite's 64-bit integers)
long before any real business needs them.
"""

from __future__ import annotations

from datetime import date

from ushiro_desk.domain.problems import Problem, error

MIN_YEAR, MAX_YEAR = 1900, 2200
MAX_YEN = 10**12  # one trillion yen


def day_in_range(day: date) -> bool:
    return MIN_YEAR <= day.year <= MAX_YEAR


def yen_in_range(amount: int) -> bool:
    return 0 <= amount <= MAX_YEN


def check_day(field: str, day: date | None) -> list[Problem]:
    if day is None or day_in_range(day):
        return []
    return [error(field, "range.date", first=MIN_YEAR, last=MAX_YEAR)]


def check_yen(field: str, amount: int | None) -> list[Problem]:
    if amount is None or amount <= MAX_YEN:
        return []
    return [error(field, "range.amount", limit=MAX_YEN)]
