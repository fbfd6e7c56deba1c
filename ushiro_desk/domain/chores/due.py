"""What is due: an occurrence as lists show it, and the Today page's groups. Cheap to import (no
recurrence engine), because the Today page is the first thing the app shows. The records are
NamedTuples, as Beancount's are: immutable like a frozen dataclass, and a tenth of the cost to define
(a frozen dataclass costs about half a millisecond to create under CPython 3.11)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from ushiro_desk.domain.chores.kinds import Area, Delegability, OccurrenceState


class DueItem(NamedTuple):
    """An occurrence as lists show it: with its chore's title, area, estimate and assignee."""

    occurrence_id: int | None  # None: a date beyond the stored horizon (not an occurrence yet)
    chore_id: int
    title: str
    area: Area
    due: date
    planned: date
    state: OccurrenceState
    estimate_minutes: int
    minutes: int | None
    assignee_id: int | None
    assignee_name: str
    delegability: Delegability
    confidential: bool
    done_by_id: int | None = None
    note: str = ""
    done_on: date | None = None


class TodayView(NamedTuple):
    """The Today page's groups: open occurrences before, on and after today, and those finished today."""

    overdue: list[DueItem]
    today: list[DueItem]
    upcoming: list[DueItem]
    finished_today: list[DueItem]

    @property
    def due_count(self) -> int:
        return len(self.overdue) + len(self.today)

    @classmethod
    def of(cls, open_items: list[DueItem], finished_today: list[DueItem], today: date) -> TodayView:
        """Group open occurrences (in planned order) around `today`."""
        return cls(
            overdue=[i for i in open_items if i.planned < today],
            today=[i for i in open_items if i.planned == today],
            upcoming=[i for i in open_items if i.planned > today],
            finished_today=finished_today,
        )
