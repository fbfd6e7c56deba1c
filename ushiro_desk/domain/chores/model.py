"""A back-office chore (業務) in the owner's inventory (業務の棚卸し), its occurrences and who does it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ushiro_desk.domain.chores.kinds import (
    MAX_MINUTES,
    Area,
    Delegability,
    OccurrenceState,
    OutsourcerRole,
    OwnerOnlyReason,
)
from ushiro_desk.domain.problems import Problem, error, warning
from ushiro_desk.domain.recurrence import Cadence, Schedule, check_cadence

TEXT_LIMIT = 20_000


@dataclass(frozen=True)
class Outsourcer:
    """Someone the owner hands work to. A chore whose assignee is None is the owner's own."""

    name: str
    role: OutsourcerRole = OutsourcerRole.ONLINE_SECRETARY
    hourly_rate_yen: int = 0
    is_individual: bool = True  # a person (個人), not a company: matters for 源泉徴収 and the freelance act
    id: int | None = None
    archived: bool = False


def validate_outsourcer(outsourcer: Outsourcer) -> list[Problem]:
    problems = []
    if not outsourcer.name.strip():
        problems.append(error("name", "required"))
    if not 0 <= outsourcer.hourly_rate_yen <= 1_000_000:
        problems.append(error("hourly_rate_yen", "chore.rate_range"))
    return problems


@dataclass(frozen=True)
class Chore:
    title: str
    area: Area
    start: date
    cadence: Cadence
    goal: str = ""  # 完了状態: the finished state, e.g. "last month's invoices issued and sent by the 3rd business day"
    steps: str = ""  # Markdown
    rules: str = ""  # judgement rules (判断基準), kept apart from the steps
    exceptions: str = ""  # known exceptions (例外)
    inputs: str = ""
    outputs: str = ""
    estimate_minutes: int = 15
    assignee_id: int | None = None  # None: the owner
    delegability: Delegability = Delegability.DELEGABLE
    owner_only_reason: OwnerOnlyReason | None = None
    confidential: bool = False
    end: date | None = None
    id: int | None = None
    archived: bool = False
    starter_key: str | None = None  # the starter-set entry it was made from

    @property
    def schedule(self) -> Schedule:
        return Schedule(self.cadence, self.start, self.end)

    @property
    def owner_does_it(self) -> bool:
        return self.assignee_id is None

    @property
    def documented(self) -> tuple[bool, bool, bool]:
        """Whether the goal, the steps and the judgement rules are written down."""
        return bool(self.goal.strip()), bool(self.steps.strip()), bool(self.rules.strip())


def normalise_chore(chore: Chore) -> Chore:
    """Trim the texts; a chore that is not owner-only has no owner-only reason."""
    texts = {
        name: getattr(chore, name).strip()
        for name in ("title", "goal", "steps", "rules", "exceptions", "inputs", "outputs")
    }
    reason = chore.owner_only_reason if chore.delegability is Delegability.OWNER_ONLY else None
    return replace(chore, **texts, owner_only_reason=reason)


def validate_chore(chore: Chore) -> tuple[Chore, list[Problem]]:
    """Check a chore; return it normalised, with every problem at once (errors and warnings)."""
    chore = normalise_chore(chore)
    problems: list[Problem] = []
    if not chore.title:
        problems.append(error("title", "required"))
    elif len(chore.title) > 200:
        problems.append(error("title", "chore.too_long", limit=200))
    for name in ("goal", "steps", "rules", "exceptions", "inputs", "outputs"):
        if len(getattr(chore, name)) > TEXT_LIMIT:
            problems.append(error(name, "chore.too_long", limit=TEXT_LIMIT))
    if not 1 <= chore.estimate_minutes <= MAX_MINUTES:
        problems.append(error("estimate_minutes", "chore.minutes_range", limit=MAX_MINUTES))
    if chore.delegability is Delegability.OWNER_ONLY:
        if chore.owner_only_reason is None:
            problems.append(error("owner_only_reason", "chore.reason_required"))
        if chore.assignee_id is not None:
            problems.append(error("assignee", "chore.owner_only_assigned"))
    elif chore.assignee_id is not None and not chore.goal:
        # Handing off fails when the goal is not stated: warn, but let the owner save a draft.
        problems.append(warning("goal", "chore.goal_missing"))
    if chore.end is not None and chore.end < chore.start:
        problems.append(error("end", "chore.end_before_start"))
    problems.extend(check_cadence(chore.cadence, chore.start))
    return chore, problems


def validate_minutes(minutes: int | None) -> list[Problem]:
    if minutes is not None and not 0 <= minutes <= MAX_MINUTES:
        return [error("minutes", "chore.minutes_range", limit=MAX_MINUTES)]
    return []


@dataclass(frozen=True)
class Occurrence:
    """One due date of a chore: its state, the minutes it really took, who did it and a note.

    `planned` is the day it is shown on: the due date, or the day it was snoozed to."""

    chore_id: int
    due: date
    planned: date
    state: OccurrenceState = OccurrenceState.OPEN
    minutes: int | None = None
    done_by_id: int | None = None  # None: the owner
    note: str = ""
    done_on: date | None = None
    id: int | None = None


DEFAULT_OWNER_HOURLY_YEN = 5000
DEFAULT_OUTSOURCER_HOURLY_YEN = 3000


@dataclass(frozen=True)
class ChoreSettings:
    """Business values of the chores: what an hour of the owner is worth, what an outsourcer charges
    by default, and the last day the app showed the occurrences."""

    owner_hourly_yen: int = DEFAULT_OWNER_HOURLY_YEN
    outsourcer_hourly_yen: int = DEFAULT_OUTSOURCER_HOURLY_YEN
    last_seen: date | None = None


def validate_settings(settings: ChoreSettings) -> list[Problem]:
    problems = []
    if not 0 <= settings.owner_hourly_yen <= 1_000_000:
        problems.append(error("owner_hourly_yen", "chore.rate_range"))
    if not 0 <= settings.outsourcer_hourly_yen <= 1_000_000:
        problems.append(error("outsourcer_hourly_yen", "chore.rate_range"))
    return problems
