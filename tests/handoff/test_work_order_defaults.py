"""The work order's defaults and the 60-day rule (issue 15; フリーランス・事業者間取引適正化等法 2条・3条・4条):
the payment date on the business calendar, 委託日 from when the chore was assigned, the owner's
特定業務委託事業者 setting, and a one-person corporate contractor protected like an individual."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tests.handoff.test_work_order import ORDER, codes
from ushiro_desk.domain.business_calendar import BusinessCalendar
from ushiro_desk.domain.handoff.work_order import check_work_order, default_payment_date
from ushiro_desk.domain.problems import InvalidInput, Severity
from ushiro_desk.services import company
from ushiro_desk.services.handoff import bundles
from ushiro_desk.services.handoff.recipients import find_recipient


@pytest.mark.parametrize(
    ("period_end", "paid_on"),
    [
        # November's work: the end of December is 12/31, when banks are closed (全銀協: 12/31〜1/3) → 12/30
        (date(2026, 11, 30), date(2026, 12, 30)),
        # December's work: 2027-01-31 is a Sunday → Friday 1/29, still inside 60 days of 12/31
        (date(2026, 12, 31), date(2027, 1, 29)),
        # an ordinary month: 2026-10-31 → 11/30 (a Monday) stays
        (date(2026, 10, 31), date(2026, 11, 30)),
    ],
)
def test_the_default_payment_date_is_a_business_day_moved_earlier(period_end: date, paid_on: date) -> None:
    business = BusinessCalendar()
    assert default_payment_date(period_end, business) == paid_on
    assert business.is_business_day(paid_on)


def test_an_owners_closed_day_does_not_move_a_bank_payment_date_but_a_holiday_does() -> None:
    """The owner's closed days are part of the business calendar the app uses for due dates too."""
    business = BusinessCalendar({date(2026, 12, 30): "年末休業"})
    assert default_payment_date(date(2026, 11, 30), business) == date(2026, 12, 29)


def test_past_60_days_is_an_error_for_a_specified_commissioner_and_covers_one_person_corporations() -> None:
    """法4条1項・5項 (60日以内の支払期日) binds a 特定業務委託事業者 (法2条6項); 法2条1項二号 protects a
    corporation with one officer and no employees like an individual."""
    late = replace(ORDER, payment_date=date(2027, 1, 29))  # 11/30 + 60 days
    assert codes(check_work_order(late, owner_is_specified_commissioner=True)) == [
        ("payment_date", "work_order.past_60_days", Severity.ERROR)
    ]
    company_contractor = replace(late, contractor_is_individual=False)
    assert check_work_order(company_contractor, owner_is_specified_commissioner=True) == []
    one_person = replace(company_contractor, contractor_is_one_person_corporation=True)
    assert codes(check_work_order(one_person, owner_is_specified_commissioner=True))[0][2] is Severity.ERROR
    assert codes(check_work_order(one_person))[0][2] is Severity.WARNING


def test_the_company_setting_makes_the_export_refuse_a_late_payment(demo_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    secretary = find_recipient(demo_store, "田中")
    assert secretary is not None
    shown = bundles.preview(demo_store, secretary, date(2026, 11, 1), date(2026, 11, 30))
    order = bundles.default_work_order(demo_store, shown, date(2026, 11, 20))
    assert order.payment_date == date(2026, 12, 30)
    late = replace(order, payment_date=date(2027, 2, 26), contractor_is_individual=True)
    profile = company.load_profile(demo_store)
    assert profile is not None and not profile.specified_commissioner
    company.save_profile(demo_store, replace(profile, specified_commissioner=True))
    assert company.load_profile(demo_store).specified_commissioner  # type: ignore[union-attr]
    with pytest.raises(InvalidInput) as caught:
        bundles.export(demo_store, shown, late, tmp_path / "packet.zip", password="pw", today=date(2026, 11, 20))
    assert [p.code for p in caught.value.problems] == ["work_order.past_60_days"]
    assert not (tmp_path / "packet.zip").exists() and bundles.ledger(demo_store) == []


def test_commissioned_on_is_when_the_chore_was_assigned_else_the_periods_first_day(demo_store) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.services import chores
    from ushiro_desk.storage import chores_repo

    secretary = find_recipient(demo_store, "田中")
    assert secretary is not None
    shown = bundles.preview(demo_store, secretary, date(2026, 11, 1), date(2026, 11, 30))
    assert shown.plan.tasks
    # the sample data's log does not say when its chores were assigned: the period's first day
    assert bundles.default_work_order(demo_store, shown, date(2026, 11, 20)).commissioned_on == date(2026, 11, 1)
    # saving a chore now records its assignee: the day it was given (today, in the owner's time zone)
    with demo_store.db.snapshot() as conn:
        chore = chores_repo.load_chore(conn, int(shown.plan.tasks[0].chore.record_id))
    assert chore is not None
    chores.save_chore(demo_store, replace(chore, assignee_id=None), today=date(2026, 11, 20))
    chores.save_chore(demo_store, replace(chore, assignee_id=secretary.id), today=date(2026, 11, 20))
    with demo_store.db.snapshot() as conn:
        assigned = bundles.assigned_on(conn, str(chore.id), secretary.id)
        at = conn.execute("SELECT at FROM audit_log WHERE entity = 'chore' ORDER BY id DESC LIMIT 1").fetchone()[0]
    from datetime import datetime

    assert assigned == datetime.fromisoformat(at).astimezone().date()
    shown = bundles.preview(demo_store, secretary, date(2026, 11, 1), date(2026, 11, 30))
    expected = min(assigned, date(2026, 11, 30))
    assert bundles.default_work_order(demo_store, shown, date(2026, 11, 20)).commissioned_on == expected
