"""Chores services on a real SQLite file: the inventory, occurrences, missed days, settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from ushiro_desk.domain.chores import Delegability, OccurrenceState, Outsourcer, OwnerOnlyReason
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.domain.recurrence import CadenceSpec, Kind
from ushiro_desk.services import chores, outsourcers
from ushiro_desk.services.store import Store
from tests.chores.conftest import TODAY, make_chore


def occurrences(store: Store, chore_id: int) -> list[tuple[str, str, str]]:
    with store.db.snapshot() as conn:
        return [
            (r["due_date"], r["planned_date"], r["state"])
            for r in conn.execute(
                "SELECT due_date, planned_date, state FROM chore_occurrence WHERE chore_id = ? ORDER BY due_date",
                (chore_id,),
            )
        ]


def test_a_new_chore_gets_its_due_dates_up_to_the_horizon(store: Store) -> None:
    chore_id, changes, warnings = chores.save_chore(store, make_chore(), TODAY)
    assert changes.touches("chores") and warnings == []
    assert [d for d, _, _ in occurrences(store, chore_id)] == ["2026-11-30", "2026-12-30"]  # not the past months


def test_a_chore_with_errors_is_not_saved_and_every_problem_is_named(store: Store) -> None:
    bad = make_chore(title="", estimate_minutes=0, delegability=Delegability.OWNER_ONLY)
    with pytest.raises(InvalidInput) as raised:
        chores.save_chore(store, bad, TODAY)
    assert {p.code for p in raised.value.problems} == {"required", "chore.minutes_range", "chore.reason_required"}
    assert chores.list_chores(store) == []


def test_changing_the_cadence_moves_future_dates_and_keeps_the_work_done(store: Store) -> None:
    chore_id, _, _ = chores.save_chore(store, make_chore(cadence=CadenceSpec(Kind.WEEKLY, weekdays=(0,)).cadence()), TODAY)
    first = chores.today_view(store, TODAY, days=7).upcoming[0]
    assert first.due == date(2026, 11, 23)
    chores.complete(store, first.occurrence_id, TODAY, minutes=25)
    chore = chores.load_chore(store, chore_id)
    chores.save_chore(store, replace(chore, cadence=CadenceSpec(Kind.WEEKLY, weekdays=(2,)).cadence()), TODAY)
    rows = occurrences(store, chore_id)
    assert ("2026-11-23", "2026-11-23", "done") in rows
    assert {d for d, _, s in rows if s == "open"} == {
        d.isoformat() for d in (TODAY + timedelta(days=n) for n in range(61)) if d.weekday() == 2
    }


def test_tick_off_with_minutes_and_undo(store: Store) -> None:
    chore_id, _, _ = chores.save_chore(store, make_chore(cadence=CadenceSpec(Kind.DAILY).cadence()), TODAY)
    view = chores.today_view(store, TODAY)
    assert [i.title for i in view.today] == ["請求書発行"] and len(view.upcoming) == 7
    item = view.today[0]
    chores.complete(store, item.occurrence_id, TODAY, minutes=42, note=" ok ")
    after = chores.today_view(store, TODAY)
    assert after.today == [] and after.due_count == 0
    done = after.finished_today[0]
    assert (done.minutes, done.note, done.state, done.done_by_id) == (42, "ok", OccurrenceState.DONE, None)
    chores.reopen(store, item.occurrence_id)
    assert chores.today_view(store, TODAY).today[0].minutes is None


def test_the_assignee_is_recorded_as_the_one_who_did_it(store: Store) -> None:
    secretary, _ = outsourcers.save_outsourcer(store, Outsourcer("オンライン秘書 田中 由美", hourly_rate_yen=3500))
    chores.save_chore(store, make_chore(cadence=CadenceSpec(Kind.DAILY).cadence(), assignee_id=secretary), TODAY)
    item = chores.today_view(store, TODAY).today[0]
    assert item.assignee_name == "オンライン秘書 田中 由美"
    chores.complete(store, item.occurrence_id, TODAY)
    done = chores.today_view(store, TODAY).finished_today[0]
    assert (done.done_by_id, done.minutes) == (secretary, 30)  # the estimate when no minutes are given


def test_a_chore_due_days_after_its_last_completion(store: Store) -> None:
    spec = CadenceSpec(Kind.AFTER_COMPLETION, days=5, business_day_rule=chores_rule("next"))
    chore_id, _, _ = chores.save_chore(store, make_chore(cadence=spec.cadence(), start=TODAY), TODAY)
    first = chores.today_view(store, TODAY).today[0]
    chores.complete(store, first.occurrence_id, TODAY)
    assert [(d, s) for d, _, s in occurrences(store, chore_id)] == [("2026-11-20", "done"), ("2026-11-25", "open")]
    chores.reopen(store, first.occurrence_id)
    assert [(d, s) for d, _, s in occurrences(store, chore_id)] == [("2026-11-20", "open")]


def chores_rule(value: str):  # type: ignore[no-untyped-def]
    from ushiro_desk.domain.recurrence import BusinessDayRule

    return BusinessDayRule(value)


def test_snooze_moves_the_day_shown_not_the_due_date(store: Store) -> None:
    chore_id, _, _ = chores.save_chore(store, make_chore(cadence=CadenceSpec(Kind.DAILY).cadence()), TODAY)
    item = chores.today_view(store, TODAY).today[0]
    chores.snooze(store, item.occurrence_id, date(2026, 11, 24), TODAY)
    assert ("2026-11-20", "2026-11-24", "open") in occurrences(store, chore_id)
    assert chores.today_view(store, TODAY).today == []
    with pytest.raises(InvalidInput):
        chores.snooze(store, item.occurrence_id, TODAY - timedelta(days=1), TODAY)
    # A later re-expansion leaves the snoozed occurrence alone.
    chores.save_chore(store, replace(chores.load_chore(store, chore_id), estimate_minutes=20), TODAY)
    chores.extend_occurrences(store, TODAY + timedelta(days=3))
    assert ("2026-11-20", "2026-11-24", "open") in occurrences(store, chore_id)


def test_archive_keeps_history_and_a_chore_with_history_is_never_deleted(store: Store) -> None:
    chore_id, _, _ = chores.save_chore(store, make_chore(cadence=CadenceSpec(Kind.DAILY).cadence()), TODAY)
    chores.complete(store, chores.today_view(store, TODAY).today[0].occurrence_id, TODAY, minutes=10)
    with pytest.raises(InvalidInput) as raised:
        chores.delete_chore(store, chore_id)
    assert raised.value.problems[0].code == "chore.has_history"
    chores.set_archived(store, chore_id, True, TODAY)
    assert chores.list_chores(store) == [] and len(chores.list_chores(store, include_archived=True)) == 1
    assert [s for _, _, s in occurrences(store, chore_id)] == ["done"]
    assert chores.today_view(store, TODAY).upcoming == []
    chores.set_archived(store, chore_id, False, TODAY)
    assert len(chores.today_view(store, TODAY).upcoming) == 7


def test_a_chore_without_history_can_be_deleted(store: Store) -> None:
    chore_id, _, _ = chores.save_chore(store, make_chore(), TODAY)
    chores.delete_chore(store, chore_id)
    assert chores.list_chores(store, include_archived=True) == []


def test_duplicate_starts_fresh(store: Store) -> None:
    chore_id, _, _ = chores.save_chore(store, make_chore(), TODAY)
    copy_id, _ = chores.duplicate_chore(store, chore_id, "請求書発行 (2)", TODAY)
    copy = chores.load_chore(store, copy_id)
    assert copy.title == "請求書発行 (2)" and copy.cadence == chores.load_chore(store, chore_id).cadence
    assert [d for d, _, _ in occurrences(store, copy_id)] == ["2026-11-30", "2026-12-30"]


def test_occurrences_missed_while_the_app_was_closed_are_listed_for_a_decision(store: Store) -> None:
    chores.save_chore(store, make_chore(cadence=CadenceSpec(Kind.BUSINESS_DAYS).cadence()), TODAY)
    chores.mark_seen(store, TODAY)
    later = TODAY + timedelta(days=80)  # beyond the horizon: nothing was stored for these days yet
    added = chores.extend_occurrences(store, later)
    assert added > 0
    missed = chores.missed(store, later)
    # Every business day after the last visit and before today, none silently dropped or done.
    expected = [d for d in (TODAY + timedelta(days=n) for n in range(1, 80)) if business(store, d)]
    assert [m.due for m in missed] == expected
    decisions = {m.occurrence_id: chores.SKIP for m in missed[:-2]} | {m.occurrence_id: chores.DO for m in missed[-2:]}
    chores.decide_missed(store, decisions, later)  # type: ignore[arg-type]
    assert chores.missed(store, later) == []
    # The two kept are overdue, next to the day of the last visit, which was seen and left open.
    assert [i.due for i in chores.today_view(store, later).overdue] == [TODAY, *expected[-2:]]


def business(store: Store, day: date) -> bool:
    from ushiro_desk.services.calendar import business_calendar

    return business_calendar(store).is_business_day(day)


def test_nothing_is_missed_on_the_first_day_or_the_day_after(store: Store) -> None:
    chores.save_chore(store, make_chore(cadence=CadenceSpec(Kind.DAILY).cadence()), TODAY)
    assert chores.missed(store, TODAY) == []
    chores.mark_seen(store, TODAY)
    assert chores.missed(store, TODAY + timedelta(days=1)) == []


def test_closed_days_move_future_due_dates(store: Store) -> None:
    chore_id, _, _ = chores.save_chore(store, make_chore(cadence=CadenceSpec(Kind.MONTHLY_LAST_BUSINESS_DAY).cadence()), TODAY)
    chores.set_closed_days(store, {date(2026, 12, 30): "年末休業", date(2026, 12, 29): "年末休業"}, TODAY)
    assert [d for d, _, _ in occurrences(store, chore_id)] == ["2026-11-30", "2026-12-28"]


def test_due_listing_reaches_beyond_the_stored_horizon(store: Store) -> None:
    chores.save_chore(store, make_chore(), TODAY)
    items = chores.due_listing(store, date(2027, 3, 1), date(2027, 4, 30), TODAY)
    assert [(i.due, i.occurrence_id) for i in items] == [(date(2027, 3, 31), None), (date(2027, 4, 30), None)]


def test_rates_are_checked_and_kept(store: Store) -> None:
    chores.save_rates(store, 8000, 3500)
    assert (chores.load_settings(store).owner_hourly_yen, chores.load_settings(store).outsourcer_hourly_yen) == (8000, 3500)
    with pytest.raises(InvalidInput):
        chores.save_rates(store, -1, 3500)


def test_an_outsourcer_with_chores_cannot_be_archived(store: Store) -> None:
    with pytest.raises(InvalidInput):
        outsourcers.save_outsourcer(store, Outsourcer(" "))
    secretary, _ = outsourcers.save_outsourcer(store, Outsourcer("田中 由美", hourly_rate_yen=3500))
    chores.save_chore(store, make_chore(assignee_id=secretary), TODAY)
    with pytest.raises(InvalidInput):
        outsourcers.set_archived(store, secretary, True)
    other, _ = outsourcers.save_outsourcer(store, Outsourcer("BPO株式会社", is_individual=False))
    outsourcers.set_archived(store, other, True)
    assert [o.name for o in outsourcers.list_outsourcers(store)] == ["田中 由美"]


def test_an_owner_only_chore_cannot_go_to_an_outsourcer(store: Store) -> None:
    secretary, _ = outsourcers.save_outsourcer(store, Outsourcer("田中 由美"))
    bad = make_chore(delegability=Delegability.OWNER_ONLY, owner_only_reason=OwnerOnlyReason.DECISION, assignee_id=secretary)
    with pytest.raises(InvalidInput) as raised:
        chores.save_chore(store, bad, TODAY)
    assert [p.code for p in raised.value.problems] == ["chore.owner_only_assigned"]
