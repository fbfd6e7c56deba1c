"""The work order (取引条件の明示, フリーランス法 3条) every bundle carries — jp-rules.md §4.2, §4.3.

A payment date must be a specific date; text such as 「請求書受領後30日」 is refused. A payment date more
than 59 days after the delivery date (the 60-day rule, delivery day counted as day 1, 法4条) is an error
when the owner is a 特定業務委託事業者 (has employees, or two or more officers: 法2条6項) and a warning
otherwise. The rule protects a 特定受託事業者 (法2条1項): an individual without employees, or a
corporation with one officer and no employees — both count here.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ushiro_desk.domain.business_calendar import BusinessCalendar
from ushiro_desk.domain.problems import Problem, error, warning

SIXTY_DAY_LIMIT = timedelta(days=59)  # 受領日 + 59 days is the last day inside 60 days
_RELATIVE = re.compile(r"(後|以内|から|after|within|days?|日以内|翌月|翌々月|締め)", re.IGNORECASE)


@dataclass(frozen=True)
class WorkOrder:
    commissioner: str  # 業務委託事業者 (the owner's company)
    contractor: str  # 特定受託事業者 (the recipient)
    commissioned_on: date  # 業務委託をした日
    work: str  # 給付の内容
    delivery_date: date  # 給付を受領する期日 (or the last day of the service period)
    delivery_place: str  # 給付を受領する場所 (e.g. "電子メールで納品")
    fee: str  # 報酬の額, or how it is computed (e.g. "時給2,500円 × 実働時間")
    payment_date: date  # 支払期日 — a specific date
    payment_method: str  # 支払方法 (e.g. 銀行振込)
    inspection_date: date | None = None  # 検査完了期日, if the work is inspected
    contractor_is_individual: bool = True
    # 法2条1項二号: a corporation whose only officer is its representative and which uses no employees
    contractor_is_one_person_corporation: bool = False

    @property
    def contractor_is_protected(self) -> bool:
        """A 特定受託事業者 (法2条1項): the 60-day rule protects it."""
        return self.contractor_is_individual or self.contractor_is_one_person_corporation


def default_payment_date(period_end: date, business: BusinessCalendar) -> date:
    """The end of the month after the period, moved back to the business day before when the banks are
    closed (as a client's 「末日締め翌月末払い、休日は前営業日」 terms do): the period ending 2026-11-30 is paid
    2026-12-30 (12/31 is a bank holiday), the period ending 2026-12-31 is paid 2027-01-29 (1/31 is a Sunday)."""
    year, month = (period_end.year + 1, 1) if period_end.month == 12 else (period_end.year, period_end.month + 1)
    month_end = date(year, month, calendar.monthrange(year, month)[1])
    return business.previous_business_day(month_end)


def parse_payment_date(text: str, field: str = "payment_date") -> tuple[date | None, list[Problem]]:
    """A payment date typed by the owner: YYYY-MM-DD (or YYYY/MM/DD). Relative wording is refused."""
    value = text.strip().replace("/", "-")
    try:
        return date.fromisoformat(value), []
    except ValueError:
        code = "work_order.relative_payment_date" if _RELATIVE.search(text) else "work_order.date_format"
        return None, [error(field, code)]


def check_work_order(order: WorkOrder, *, owner_is_specified_commissioner: bool = False) -> list[Problem]:
    """Every problem at once. `owner_is_specified_commissioner`: the owner has employees or other
    officers (特定業務委託事業者), so the 60-day rule binds; otherwise it is still warned about."""
    problems: list[Problem] = []
    for name in ("commissioner", "contractor", "work", "delivery_place", "fee", "payment_method"):
        if not str(getattr(order, name)).strip():
            problems.append(error(name, "required"))
    if order.delivery_date < order.commissioned_on:
        problems.append(error("delivery_date", "work_order.delivery_before_commission"))
    if order.payment_date < order.delivery_date:
        problems.append(warning("payment_date", "work_order.payment_before_delivery"))
    if order.inspection_date is not None and order.inspection_date < order.delivery_date:
        problems.append(error("inspection_date", "work_order.inspection_before_delivery"))
    limit = order.delivery_date + SIXTY_DAY_LIMIT
    if order.contractor_is_protected and order.payment_date > limit:
        report = error if owner_is_specified_commissioner else warning
        problems.append(report("payment_date", "work_order.past_60_days", limit=limit.isoformat()))
    return problems
