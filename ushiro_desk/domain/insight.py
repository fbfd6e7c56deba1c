"""Insight into the back office: where the minutes go each month, how much of it could leave the
owner's desk, what that is worth, and what to hand off next (and why).

Minutes come from the occurrences that were done (who did them, how long they took). Money is whole
yen: minutes × hourly rate ÷ 60, rounded down.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from ushiro_desk.domain.chores.model import Area, Delegability

# Of a chore handed off "with review", this share of its time stays with the owner for the check.
REVIEW_SHARE = Fraction(1, 5)
CONFIDENTIAL_FACTOR = Fraction(1, 2)
# Measured minutes come from this many months before the month looked at.
HISTORY_MONTHS = 3


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def previous_months(month: str, count: int) -> list[str]:
    """`count` month keys ending with `month`, oldest first."""
    year, mon = int(month[:4]), int(month[5:7])
    keys = []
    for _ in range(count):
        keys.append(f"{year:04d}-{mon:02d}")
        mon -= 1
        if mon == 0:
            year, mon = year - 1, 12
    return keys[::-1]


@dataclass(frozen=True)
class ChoreFacts:
    id: int
    title: str
    area: Area
    assignee_id: int | None
    delegability: Delegability
    confidential: bool
    estimate_minutes: int
    has_goal: bool
    has_steps: bool
    has_rules: bool
    expected_per_month: Fraction = Fraction(0)


@dataclass(frozen=True)
class WorkDone:
    """One occurrence that was done: when, how long, by whom (None: the owner)."""

    chore_id: int
    month: str
    minutes: int
    done_by_id: int | None


@dataclass(frozen=True)
class Rates:
    owner_hourly_yen: int
    outsourcer_hourly_yen: int


def yen_for(minutes: int | Fraction, hourly_yen: int) -> int:
    return int(Fraction(minutes) * hourly_yen // 60)


@dataclass(frozen=True)
class MonthSummary:
    month: str
    minutes_by_area: dict[Area, int]
    minutes_by_assignee: dict[int | None, int]
    total_minutes: int
    delegable_minutes: int  # in chores that are not owner-only, whoever did them
    owner_handoff_minutes: int  # what the owner spent on them, less the time a review keeps
    owner_value_yen: int  # those minutes at the owner's hourly value
    outsourcer_cost_yen: int  # the same minutes at the outsourcer's rate

    @property
    def delegable_share(self) -> Fraction:
        return Fraction(self.delegable_minutes, self.total_minutes) if self.total_minutes else Fraction(0)

    @property
    def handoff_hours(self) -> Fraction:
        return Fraction(self.owner_handoff_minutes, 60)

    @property
    def freed_yen(self) -> int:
        return self.owner_value_yen - self.outsourcer_cost_yen


def _handoff_part(minutes: int, delegability: Delegability) -> Fraction:
    if delegability is Delegability.DELEGABLE:
        return Fraction(minutes)
    if delegability is Delegability.WITH_REVIEW:
        return minutes * (1 - REVIEW_SHARE)
    return Fraction(0)


def summarise_month(month: str, chores: list[ChoreFacts], work: list[WorkDone], rates: Rates) -> MonthSummary:
    by_id = {c.id: c for c in chores}
    by_area: dict[Area, int] = defaultdict(int)
    by_assignee: dict[int | None, int] = defaultdict(int)
    total = delegable = 0
    handoff = Fraction(0)
    for item in work:
        chore = by_id.get(item.chore_id)
        if item.month != month or chore is None:
            continue
        total += item.minutes
        by_area[chore.area] += item.minutes
        by_assignee[item.done_by_id] += item.minutes
        if chore.delegability.can_hand_off:
            delegable += item.minutes
            if item.done_by_id is None:
                handoff += _handoff_part(item.minutes, chore.delegability)
    handoff_minutes = int(handoff)
    return MonthSummary(
        month=month,
        minutes_by_area=dict(by_area),
        minutes_by_assignee=dict(by_assignee),
        total_minutes=total,
        delegable_minutes=delegable,
        owner_handoff_minutes=handoff_minutes,
        owner_value_yen=yen_for(handoff_minutes, rates.owner_hourly_yen),
        outsourcer_cost_yen=yen_for(handoff_minutes, rates.outsourcer_hourly_yen),
    )


@dataclass(frozen=True)
class Reason:
    """One part of why a chore is ranked where it is; `ui/` turns the code into a sentence."""

    code: str  # time_measured | time_estimated | delegable | with_review | documented | missing | confidential
    params: dict[str, object] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Candidate:
    chore_id: int
    title: str
    minutes_per_month: int
    score: int
    freed_yen_per_month: int
    reasons: tuple[Reason, ...]


def handoff_candidates(
    month: str, chores: list[ChoreFacts], work: list[WorkDone], rates: Rates
) -> list[Candidate]:
    """The owner's chores that could be handed off, best first.

    Score = minutes per month × delegability (review keeps a fifth) × readiness (how much of the goal,
    steps and judgement rules is written: a quarter for none, all of it for all three) × ½ when the
    chore touches confidential data. Minutes per month are the owner's measured average over the last
    months with history, otherwise the estimate × how often it falls due."""
    window = set(previous_months(month, HISTORY_MONTHS))
    measured: dict[int, int] = defaultdict(int)
    months_seen: dict[int, set[str]] = defaultdict(set)
    for item in work:
        if item.month in window and item.done_by_id is None:
            measured[item.chore_id] += item.minutes
            months_seen[item.chore_id].add(item.month)
    found = []
    for chore in chores:
        if chore.assignee_id is not None or not chore.delegability.can_hand_off:
            continue
        reasons: list[Reason] = []
        if chore.id in measured:
            per_month = Fraction(measured[chore.id], HISTORY_MONTHS)
            reasons.append(Reason("time_measured", {"minutes": round(per_month)}))
        else:
            per_month = chore.estimate_minutes * chore.expected_per_month
            reasons.append(Reason("time_estimated", {"minutes": round(per_month)}))
        if per_month <= 0:
            continue
        handed = _handoff_part(1, chore.delegability)
        reasons.append(Reason("delegable" if chore.delegability is Delegability.DELEGABLE else "with_review"))
        written = {"goal": chore.has_goal, "steps": chore.has_steps, "rules": chore.has_rules}
        readiness = Fraction(1 + sum(written.values()), 4)
        missing = [name for name, ok in written.items() if not ok]
        reasons.append(Reason("missing", {"parts": tuple(missing)}) if missing else Reason("documented"))
        factor = handed * readiness
        if chore.confidential:
            factor *= CONFIDENTIAL_FACTOR
            reasons.append(Reason("confidential"))
        minutes = round(per_month)
        handoff_minutes = per_month * handed
        found.append(
            Candidate(
                chore_id=chore.id,
                title=chore.title,
                minutes_per_month=minutes,
                score=round(per_month * factor),
                freed_yen_per_month=yen_for(handoff_minutes, rates.owner_hourly_yen)
                - yen_for(handoff_minutes, rates.outsourcer_hourly_yen),
                reasons=tuple(reasons),
            )
        )
    found.sort(key=lambda c: (-c.score, -c.minutes_per_month, c.title, c.chore_id))
    return found
