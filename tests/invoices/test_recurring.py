"""Recurring templates propose each scheduled date once, never more."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from ushiro_desk.domain.invoicing.document import Line
from ushiro_desk.domain.invoicing.recurring import RecurringTemplate, check_template

LINE = (Line("月額顧問料", Decimal(1), "月", Decimal(150_000)),)


def test_monthly_month_end() -> None:
    t = RecurringTemplate(1, "顧問料", LINE, start=date(2026, 1, 31))
    assert t.due_dates(date(2026, 4, 15)) == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31)]


def test_only_dates_after_the_last_draft() -> None:
    t = RecurringTemplate(1, "顧問料", LINE, start=date(2026, 1, 31), last_date=date(2026, 2, 28))
    assert t.due_dates(date(2026, 5, 31)) == [date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31)]
    assert t.next_date(date(2026, 5, 31)) == date(2026, 6, 30)


def test_quarterly_with_an_end_and_paused() -> None:
    t = RecurringTemplate(1, "保守", LINE, start=date(2026, 1, 10), interval_months=3, day_of_month=10, end=date(2026, 9, 1))
    assert t.due_dates(date(2027, 1, 1)) == [date(2026, 1, 10), date(2026, 4, 10), date(2026, 7, 10)]
    assert replace(t, active=False).due_dates(date(2027, 1, 1)) == []


def test_subject_of_the_period() -> None:
    t = RecurringTemplate(1, "顧問料", LINE, start=date(2026, 1, 31), subject="{YYYY}年{MM}月分 顧問料")
    assert t.subject_for(date(2026, 3, 31)) == "2026年3月分 顧問料"


def test_checks() -> None:
    bad = RecurringTemplate(0, " ", (), start=date(2026, 1, 1), interval_months=5, day_of_month=30, end=date(2025, 1, 1))
    assert {p.field for p in check_template(bad)} == {"name", "client", "lines", "interval_months", "day_of_month", "end"}
