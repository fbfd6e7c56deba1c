"""The chores insight: gathers the facts and hands them to `domain.insight`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ushiro_desk.domain.chores.model import Chore, ChoreSettings
from ushiro_desk.domain.insight import (
    Candidate,
    ChoreFacts,
    MonthSummary,
    Rates,
    WorkDone,
    handoff_candidates,
    month_key,
    previous_months,
    summarise_month,
)
from ushiro_desk.services.store import Store
from ushiro_desk.storage import chores_repo as repo


@dataclass(frozen=True)
class InsightReport:
    months: list[MonthSummary]  # oldest first; the last one is the month looked at
    candidates: list[Candidate]
    outsourcer_names: dict[int, str]
    settings: ChoreSettings

    @property
    def current(self) -> MonthSummary:
        return self.months[-1]


def facts_of(chores: list[Chore], expected: dict[int, object]) -> list[ChoreFacts]:
    from fractions import Fraction

    found = []
    for c in chores:
        goal, steps, rules = c.documented
        found.append(
            ChoreFacts(
                id=c.id or 0, title=c.title, area=c.area, assignee_id=c.assignee_id, delegability=c.delegability,
                confidential=c.confidential, estimate_minutes=c.estimate_minutes, has_goal=goal, has_steps=steps,
                has_rules=rules, expected_per_month=Fraction(expected.get(c.id or 0, 0)),  # type: ignore[arg-type]
            )
        )
    return found


def insight(store: Store, month: str | None = None, *, today: date, months: int = 12) -> InsightReport:
    from ushiro_desk.domain.recurrence import occurrences_per_month
    from ushiro_desk.services.calendar import business_calendar

    month = month or month_key(today)
    keys = previous_months(month, months)
    since = date(int(keys[0][:4]), int(keys[0][5:7]), 1)
    with store.db.snapshot() as conn:
        all_chores = repo.list_chores(conn, include_archived=True)
        active = [c for c in all_chores if not c.archived]
        work = [WorkDone(*row) for row in repo.work_done(conn, since)]
        names = {o.id or 0: o.name for o in repo.list_outsourcers(conn, include_archived=True)}
        settings = repo.load_settings(conn)
    cal = business_calendar(store)
    expected = {c.id or 0: occurrences_per_month(c.schedule, cal, today) for c in active if c.assignee_id is None}
    rates = Rates(settings.owner_hourly_yen, settings.outsourcer_hourly_yen)
    every = facts_of(all_chores, expected)
    summaries = [summarise_month(key, every, work, rates) for key in keys]
    candidates = handoff_candidates(month, [f for f in every if f.id in {c.id for c in active}], work, rates)
    return InsightReport(summaries, candidates, names, settings)
