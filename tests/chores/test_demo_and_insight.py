"""The sample chores, and the insight computed from them."""

from __future__ import annotations

from datetime import timedelta

from ushiro_desk.domain.chores import Delegability, OutsourcerRole, OwnerOnlyReason
from ushiro_desk.services import chores, outsourcers
from ushiro_desk.services.chores_insight import insight
from ushiro_desk.services.store import Store
from tests.conftest import DEMO_TODAY


def test_the_sample_has_a_secretary_owner_only_and_confidential_chores(demo_store: Store) -> None:
    people = outsourcers.list_outsourcers(demo_store)
    secretary = next(o for o in people if o.role is OutsourcerRole.ONLINE_SECRETARY)
    assert secretary.name == "オンライン秘書 田中 由美"
    inventory = chores.list_chores(demo_store)
    assigned = [c for c in inventory if c.assignee_id == secretary.id]
    assert len(assigned) >= 4 and all(c.delegability.can_hand_off for c in assigned)
    decisions = [c for c in inventory if c.delegability is Delegability.OWNER_ONLY and c.owner_only_reason is OwnerOnlyReason.DECISION]
    assert {c.title for c in decisions} >= {"見積・価格の決定", "契約書の確認"}
    assert any(c.confidential for c in inventory)


def test_the_sample_starts_the_day_with_something_to_do(demo_store: Store) -> None:
    view = chores.today_view(demo_store, DEMO_TODAY)
    assert view.today and view.upcoming
    assert chores.missed(demo_store, DEMO_TODAY) == []  # the sample was looked at today


def test_the_insight_follows_the_handoff_to_the_secretary(demo_store: Store) -> None:
    report = insight(demo_store, today=DEMO_TODAY)
    secretary = next(o.id for o in outsourcers.list_outsourcers(demo_store) if o.role is OutsourcerRole.ONLINE_SECRETARY)
    early, late = report.months[0], report.months[-2]
    assert secretary not in early.minutes_by_assignee  # a year ago the owner did everything
    assert late.minutes_by_assignee[secretary] > 0
    assert 0 < late.delegable_share < 1
    assert report.candidates and all(c.score > 0 for c in report.candidates)
    titles = [c.title for c in report.candidates]
    assert "見積・価格の決定" not in titles  # owner only
    assert "メール確認・振り分け" not in titles  # already with the secretary


def test_ticking_off_changes_the_months_figures(demo_store: Store) -> None:
    before = insight(demo_store, today=DEMO_TODAY).current
    item = chores.today_view(demo_store, DEMO_TODAY).today[0]
    chores.complete(demo_store, item.occurrence_id, DEMO_TODAY, minutes=55)
    after = insight(demo_store, today=DEMO_TODAY).current
    assert after.total_minutes == before.total_minutes + 55
    assert after.minutes_by_area[item.area] == before.minutes_by_area.get(item.area, 0) + 55


def test_extending_the_sample_a_week_later_adds_only_new_dates(demo_store: Store) -> None:
    later = DEMO_TODAY + timedelta(days=7)
    before = len(chores.due_listing(demo_store, DEMO_TODAY, later + timedelta(days=60), DEMO_TODAY))
    chores.extend_occurrences(demo_store, later)
    again = chores.extend_occurrences(demo_store, later)
    assert again == 0
    assert len(chores.due_listing(demo_store, DEMO_TODAY, later + timedelta(days=60), DEMO_TODAY)) == before
