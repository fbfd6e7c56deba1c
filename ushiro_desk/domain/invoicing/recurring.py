"""Recurring invoices: a template proposes a draft on each scheduled date.

When the app was closed, every date that came due since the last draft is proposed in one list for
the owner to confirm; nothing is created or sent by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ushiro_desk.domain.invoicing.document import Line
from ushiro_desk.domain.invoicing.tax import PriceMode
from ushiro_desk.domain.invoicing.terms import MONTH_END, add_months, day_in_month
from ushiro_desk.domain.problems import Problem, error

CADENCES = {1: "monthly", 2: "bimonthly", 3: "quarterly", 6: "half-yearly", 12: "yearly"}


@dataclass(frozen=True)
class RecurringTemplate:
    client_id: int
    name: str
    lines: tuple[Line, ...]
    start: date  # the first scheduled date
    interval_months: int = 1
    day_of_month: int = MONTH_END  # 31 = the month's last day
    end: date | None = None
    subject: str = ""  # may contain {YYYY} {MM} of the period, e.g. 「{YYYY}年{MM}月分 顧問料」
    notes: str = ""
    price_mode: PriceMode = PriceMode.EXCLUSIVE
    active: bool = True
    last_date: date | None = None  # the last scheduled date a draft was made (or skipped) for
    id: int | None = None

    def occurrence(self, index: int) -> date:
        year, month = add_months(self.start.year, self.start.month, index * self.interval_months)
        return day_in_month(year, month, self.day_of_month)

    def due_dates(self, today: date, limit: int = 120) -> list[date]:
        """Scheduled dates after `last_date` up to and including `today` that still need a draft."""
        if not self.active:
            return []
        found = []
        index = 0
        while len(found) < limit:
            day = self.occurrence(index)
            index += 1
            if day > today or (self.end is not None and day > self.end):
                break
            if day < self.start or (self.last_date is not None and day <= self.last_date):
                continue
            found.append(day)
        return found

    def next_date(self, after: date) -> date | None:
        index = 0
        while True:
            day = self.occurrence(index)
            index += 1
            if self.end is not None and day > self.end:
                return None
            if day > after and day >= self.start:
                return day

    def subject_for(self, day: date) -> str:
        return self.subject.replace("{YYYY}", f"{day.year}").replace("{MM}", f"{day.month}")


def check_template(template: RecurringTemplate) -> list[Problem]:
    problems = []
    if not template.name.strip():
        problems.append(error("name", "required"))
    if template.client_id <= 0:
        problems.append(error("client", "required"))
    if not template.lines:
        problems.append(error("lines", "document.no_lines"))
    if template.interval_months not in CADENCES:
        problems.append(error("interval_months", "recurring.cadence"))
    if not (1 <= template.day_of_month <= 28 or template.day_of_month == MONTH_END):
        problems.append(error("day_of_month", "terms.day_range"))
    if template.end is not None and template.end < template.start:
        problems.append(error("end", "document.period_order"))
    return problems
