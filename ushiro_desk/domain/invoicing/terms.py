"""Payment terms (支払条件) and due dates (jp-rules.md §8).

「月末締め翌月末払い」: everything supplied up to the closing day (締め日) is paid in the month
`months_after` later on `pay_day`. Day 31 means the month's last day. The date is then moved with the
client's holiday rule (前営業日 / 翌営業日 / そのまま) on the Japanese business calendar.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from ushiro_desk.domain.business_calendar import BusinessCalendar, HolidayRule
from ushiro_desk.domain.problems import Problem, error

MONTH_END = 31


def day_in_month(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


@dataclass(frozen=True)
class PaymentTerms:
    closing_day: int = MONTH_END  # 締め日 (1–28, or 31 = 月末)
    months_after: int = 1  # 支払月: 0 当月, 1 翌月, 2 翌々月 …
    pay_day: int = MONTH_END  # 支払日 (1–28, or 31 = 月末)
    net_days: int | None = None  # instead of the above: N days after the issue date

    def closing_date(self, supplied: date) -> date:
        """The 締め日 that covers a supply on `supplied`."""
        if self.closing_day >= MONTH_END:
            return day_in_month(supplied.year, supplied.month, MONTH_END)
        if supplied.day <= self.closing_day:
            return date(supplied.year, supplied.month, self.closing_day)
        year, month = add_months(supplied.year, supplied.month, 1)
        return date(year, month, self.closing_day)

    def raw_due_date(self, supplied: date, issued: date) -> date:
        """The due date before the holiday rule."""
        if self.net_days is not None:
            return issued + timedelta(days=self.net_days)
        closing = self.closing_date(supplied)
        year, month = add_months(closing.year, closing.month, self.months_after)
        due = day_in_month(year, month, self.pay_day)
        if due < closing:  # e.g. 20日締め当月10日払い makes no sense; pay a month later
            year, month = add_months(year, month, 1)
            due = day_in_month(year, month, self.pay_day)
        return due

    def problems(self) -> list[Problem]:
        found = []
        if self.net_days is not None:
            if not 0 <= self.net_days <= 365:
                found.append(error("terms.net_days", "terms.net_days_range"))
            return found
        if not (1 <= self.closing_day <= 28 or self.closing_day == MONTH_END):
            found.append(error("terms.closing_day", "terms.day_range"))
        if not (1 <= self.pay_day <= 28 or self.pay_day == MONTH_END):
            found.append(error("terms.pay_day", "terms.day_range"))
        if not 0 <= self.months_after <= 3:
            found.append(error("terms.months_after", "terms.months_range"))
        return found

    def label_ja(self) -> str:
        """「月末締め翌月末払い」, 「20日締め翌月10日払い」, 「請求日から30日以内」."""
        if self.net_days is not None:
            return f"請求日から{self.net_days}日以内"
        closing = "月末" if self.closing_day >= MONTH_END else f"{self.closing_day}日"
        month = {0: "当月", 1: "翌月", 2: "翌々月"}.get(self.months_after, f"{self.months_after}か月後")
        pay = "末" if self.pay_day >= MONTH_END else f"{self.pay_day}日"
        return f"{closing}締め{month}{pay}払い"

    def label_en(self) -> str:
        if self.net_days is not None:
            return f"Net {self.net_days} days"
        closing = "month end" if self.closing_day >= MONTH_END else f"the {_ordinal(self.closing_day)}"
        pay = "the end" if self.pay_day >= MONTH_END else f"the {_ordinal(self.pay_day)}"
        months = {0: "the same month", 1: "the following month"}.get(self.months_after, f"{self.months_after} months later")
        return f"Closing at {closing}, paid on {pay} of {months}"


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def due_date(
    terms: PaymentTerms, supplied: date, issued: date, calendar_: BusinessCalendar, rule: HolidayRule
) -> date:
    """The due date on the business calendar, moved by the client's holiday rule."""
    return calendar_.adjust(terms.raw_due_date(supplied, issued), rule)
