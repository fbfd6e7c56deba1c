"""Insight: minutes per month, the delegable share, hours and yen reclaimable, what to hand off next."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from ushiro_desk.domain.chores import Area, Delegability
from ushiro_desk.domain.insight import (
    ChoreFacts,
    Rates,
    WorkDone,
    handoff_candidates,
    previous_months,
    summarise_month,
)

RATES = Rates(owner_hourly_yen=6000, outsourcer_hourly_yen=3000)
SECRETARY = 1


def facts(id: int, area: Area, delegability: Delegability, *, assignee: int | None = None, documented: int = 3,
          confidential: bool = False, estimate: int = 30, per_month: Fraction = Fraction(1)) -> ChoreFacts:
    return ChoreFacts(id, f"chore {id}", area, assignee, delegability, confidential, estimate,
                      documented >= 1, documented >= 2, documented >= 3, per_month)


CHORES = [
    facts(1, Area.ACCOUNTING, Delegability.DELEGABLE),
    facts(2, Area.GENERAL, Delegability.WITH_REVIEW),
    facts(3, Area.SALES_ADMIN, Delegability.OWNER_ONLY),
    facts(4, Area.GENERAL, Delegability.DELEGABLE, assignee=SECRETARY),
]


def test_a_month_in_minutes_hours_and_yen() -> None:
    work = [
        WorkDone(1, "2026-10", 120, None),
        WorkDone(2, "2026-10", 100, None),
        WorkDone(3, "2026-10", 60, None),
        WorkDone(4, "2026-10", 40, SECRETARY),
        WorkDone(1, "2026-09", 999, None),  # another month
    ]
    month = summarise_month("2026-10", CHORES, work, RATES)
    assert month.total_minutes == 320
    assert month.minutes_by_area == {Area.ACCOUNTING: 120, Area.GENERAL: 140, Area.SALES_ADMIN: 60}
    assert month.minutes_by_assignee == {None: 280, SECRETARY: 40}
    assert month.delegable_minutes == 260
    assert month.delegable_share == Fraction(260, 320)
    # 120 delegable + 100 with review less the fifth kept for the check = 200 minutes
    assert month.owner_handoff_minutes == 200
    assert month.owner_value_yen == 20_000 and month.outsourcer_cost_yen == 10_000 and month.freed_yen == 10_000


def test_an_empty_month_is_all_zero() -> None:
    month = summarise_month("2026-10", CHORES, [], RATES)
    assert (month.total_minutes, month.delegable_share, month.freed_yen) == (0, 0, 0)


def test_candidates_are_the_owners_delegable_chores_ranked_with_reasons() -> None:
    chores = [
        facts(1, Area.ACCOUNTING, Delegability.DELEGABLE, documented=3),
        facts(2, Area.GENERAL, Delegability.DELEGABLE, documented=0),
        facts(3, Area.SALES_ADMIN, Delegability.OWNER_ONLY),
        facts(4, Area.GENERAL, Delegability.DELEGABLE, assignee=SECRETARY),
        facts(5, Area.ACCOUNTING, Delegability.WITH_REVIEW, confidential=True, estimate=60, per_month=Fraction(2)),
    ]
    work = [WorkDone(1, m, 60, None) for m in ("2026-08", "2026-09", "2026-10")] + [
        WorkDone(2, m, 90, None) for m in ("2026-08", "2026-09", "2026-10")
    ]
    ranked = handoff_candidates("2026-10", chores, work, RATES)
    assert [c.chore_id for c in ranked] == [1, 5, 2]  # owner-only and already handed-off chores are not listed
    first = ranked[0]
    assert first.minutes_per_month == 60 and first.score == 60
    assert [r.code for r in first.reasons] == ["time_measured", "delegable", "documented"]
    assert first.freed_yen_per_month == 3000
    undocumented = ranked[2]
    assert [r.code for r in undocumented.reasons] == ["time_measured", "delegable", "missing"]
    assert undocumented.reasons[2].params["parts"] == ("goal", "steps", "rules")
    estimated = ranked[1]
    assert [r.code for r in estimated.reasons] == ["time_estimated", "with_review", "documented", "confidential"]
    assert estimated.minutes_per_month == 120


def test_previous_months_cross_the_year() -> None:
    assert previous_months("2027-02", 4) == ["2026-11", "2026-12", "2027-01", "2027-02"]


@given(st.lists(st.tuples(st.integers(1, 4), st.integers(0, 600), st.sampled_from([None, SECRETARY])), max_size=30))
def test_the_parts_always_add_up(items) -> None:  # type: ignore[no-untyped-def]
    work = [WorkDone(c, "2026-10", m, who) for c, m, who in items]
    month = summarise_month("2026-10", CHORES, work, RATES)
    assert sum(month.minutes_by_area.values()) == month.total_minutes == sum(month.minutes_by_assignee.values())
    assert 0 <= month.owner_handoff_minutes <= month.delegable_minutes <= month.total_minutes
    assert month.freed_yen == month.owner_handoff_minutes * (6000 - 3000) // 60
