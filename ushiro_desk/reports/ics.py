"""Chores as an iCalendar file (RFC 5545) that a calendar app shows on the same dates.

Each chore is an all-day event with its RRULE. Calendar apps know nothing of Japanese business days,
so where the business-day rule moves or drops a date, the file says so explicitly up to a horizon:
EXDATE for the rule's own date and RDATE for the business day it moved to. A chore due N days after
its last completion is one event on its next due date.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

from ushiro_desk.domain.business_calendar import BusinessCalendar
from ushiro_desk.domain.chores.model import Chore
from ushiro_desk.domain.recurrence import BusinessDayRule, Cadence, Schedule, expand, normalise_rrule, raw_dates
from ushiro_desk.outputs import write_bytes

PRODID = "-//Ushiro Desk//Chores//JA"
HORIZON_YEARS = 2


def _description(chore: Chore) -> str:
    parts = [chore.goal, chore.steps, chore.rules]
    return "\n\n".join(p for p in parts if p)


def build_calendar(
    chores: list[Chore], cal: BusinessCalendar, today: date, next_due: dict[int, date], *, name: str = "Ushiro Desk"
) -> bytes:
    """The iCalendar text. `next_due` gives the next date of chores that follow their last completion."""
    from icalendar import Calendar, Event, vRecur

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    stamp = datetime.now(timezone.utc).replace(microsecond=0)
    horizon = date(today.year + HORIZON_YEARS, 12, 31)
    for chore in chores:
        if chore.archived or chore.id is None:
            continue
        event = Event()
        event.add("uid", f"chore-{chore.id}@ushiro-desk")
        event.add("dtstamp", stamp)
        event.add("summary", chore.title)
        description = _description(chore)
        if description:
            event.add("description", description)
        event.add("categories", [chore.area.value])
        event.add("transp", "TRANSPARENT")
        if chore.cadence.after_completion:
            due = next_due.get(chore.id)
            if due is None:
                continue
            event.add("dtstart", due)
            calendar.add_component(event)
            continue
        rule = normalise_rrule(chore.cadence.rrule)
        if rule == "FREQ=DAILY" and chore.cadence.business_day_rule is BusinessDayRule.SKIP:
            rule = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"  # the same days, so only holidays need exceptions
        exported = Schedule(Cadence(rule), chore.start, chore.end)
        first_raw = next(iter(raw_dates(exported, chore.start, horizon)), None)
        if first_raw is None:
            continue
        event.add("dtstart", first_raw)
        until = f";UNTIL={chore.end:%Y%m%d}" if chore.end is not None and "UNTIL" not in rule and "COUNT" not in rule else ""
        event.add("rrule", vRecur.from_ical(rule + until))
        if chore.cadence.business_day_rule is not BusinessDayRule.KEEP:
            # Exceptions from a year back: older dates are history, and the file stays small.
            since = max(chore.start, date(today.year - 1, today.month, 1))
            raw = set(raw_dates(exported, since, horizon))
            moved = set(expand(chore.schedule, cal, since, horizon))
            removed, added = sorted(raw - moved), sorted(moved - raw)
            if removed:
                event.add("exdate", removed)
            if added:
                event.add("rdate", added)
        calendar.add_component(event)
    return calendar.to_ical()


def write_ics(path: Path, data: bytes, *, data_root: Path | None = None, overwrite: bool = False) -> None:
    """Write atomically and privately (`outputs`): a crash leaves the old file or the new one, never
    half of one; an existing file is replaced only with `overwrite`."""
    write_bytes(path, data, data_root=data_root, overwrite=overwrite)
