"""The work order carries what the Freelance Act requires; relative or late payment dates are caught."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ushiro_desk.domain.handoff.work_order import WorkOrder, check_work_order, parse_payment_date
from ushiro_desk.domain.problems import Severity

ORDER = WorkOrder(
    commissioner="合同会社うしろデザイン", contractor="田中 由美", commissioned_on=date(2026, 11, 1),
    work="11月分の請求書発行・送付と経費の記帳", delivery_date=date(2026, 11, 30), delivery_place="電子メール",
    fee="時給2,500円 × 実働時間", payment_date=date(2026, 12, 31), payment_method="銀行振込",
)


def codes(problems):  # type: ignore[no-untyped-def]
    return [(p.field, p.code, p.severity) for p in problems]


def test_a_complete_order_has_no_problems() -> None:
    assert check_work_order(ORDER) == []


@pytest.mark.parametrize("text", ["請求書受領後30日", "納品後60日以内", "月末締め翌月末払い", "30 days after invoice"])
def test_relative_payment_dates_are_refused(text: str) -> None:
    value, problems = parse_payment_date(text)
    assert value is None and codes(problems) == [("payment_date", "work_order.relative_payment_date", Severity.ERROR)]


def test_a_specific_payment_date_is_accepted() -> None:
    assert parse_payment_date("2026/12/31") == (date(2026, 12, 31), [])


def test_day_59_after_delivery_is_fine_and_day_60_is_warned() -> None:
    on_limit = replace(ORDER, payment_date=date(2027, 1, 28))  # 11/30 + 59 days
    past = replace(ORDER, payment_date=date(2027, 1, 29))
    assert check_work_order(on_limit) == []
    assert codes(check_work_order(past)) == [("payment_date", "work_order.past_60_days", Severity.WARNING)]
    assert codes(check_work_order(past, owner_is_specified_commissioner=True))[0][2] is Severity.ERROR


def test_missing_items_are_named() -> None:
    problems = check_work_order(replace(ORDER, work=" ", fee="", delivery_place=""))
    assert {p.field for p in problems} == {"work", "fee", "delivery_place"}
