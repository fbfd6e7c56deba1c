"""When a chore falls due: an RFC 5545 RRULE plus a business-day rule (jp-rules.md §8).

A cadence is stored as the RRULE value (without the `RRULE:` prefix, e.g. `FREQ=MONTHLY;BYMONTHDAY=-1`)
and what to do when a date is not a business day: keep it, move it to the previous or the next business
day, or drop it ("every business day"). A chore can instead fall due N days after its last completion;
that cadence has no RRULE.

Day 29–31 of a month means "that day, or the month's last day when the month is shorter": the rule is
stored as `BYMONTHDAY=28,29,30,31;BYSETPOS=-1`, which says exactly that in RFC 5545, so a calendar app
that reads the exported file shows the same dates.
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import Enum
from fractions import Fraction
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from ushiro_desk.domain.business_calendar import FIRST_YEAR, LAST_YEAR, BusinessCalendar
from ushiro_desk.domain.problems import Problem, error

if TYPE_CHECKING:
    from dateutil.rrule import rrule

FIELD = "cadence"
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
# Parts of an RRULE that make sense for dates (no BYHOUR and friends: chores are due on days).
DATE_PARTS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "BYYEARDAY",
              "BYWEEKNO", "WKST"}
LAST_DAY = date(LAST_YEAR, 12, 31)
# The numbers RFC 5545 allows in each part (as absolute values; POSITIVE parts take no sign).
RANGES = (("INTERVAL", 1, 999), ("COUNT", 1, 100_000), ("BYMONTHDAY", 1, 31), ("BYMONTH", 1, 12),
          ("BYSETPOS", 1, 366), ("BYYEARDAY", 1, 366), ("BYWEEKNO", 1, 53))
POSITIVE = {"INTERVAL", "COUNT", "BYMONTH"}
# How far ahead a rule is tried when checking that it ever falls due.
PROBE_YEARS = 8


class BusinessDayRule(Enum):
    """What to do with a date that is not a business day."""

    KEEP = "keep"  # そのまま
    PREVIOUS = "previous"  # 前営業日
    NEXT = "next"  # 翌営業日
    SKIP = "skip"  # drop it (e.g. "every business day")


@dataclass(frozen=True)
class Cadence:
    rrule: str = ""
    business_day_rule: BusinessDayRule = BusinessDayRule.KEEP
    days_after_completion: int | None = None

    @property
    def after_completion(self) -> bool:
        return self.days_after_completion is not None


@dataclass(frozen=True)
class Schedule:
    """A cadence anchored at the chore's start (the RRULE's DTSTART) and optional end (inclusive)."""

    cadence: Cadence
    start: date
    end: date | None = None


# -- parsing and checking ------------------------------------------------------------------------


def parse_parts(text: str) -> dict[str, str]:
    """`FREQ=MONTHLY;BYMONTHDAY=-1` → {"FREQ": "MONTHLY", "BYMONTHDAY": "-1"}; raises ValueError."""
    text = text.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    parts: dict[str, str] = {}
    for chunk in text.replace(" ", "").split(";"):
        if not chunk:
            continue
        name, sep, value = chunk.partition("=")
        if not sep or not name or not value:
            raise ValueError(f"not NAME=VALUE: {chunk!r}")
        name = name.upper()
        if name in parts:
            raise ValueError(f"{name} appears twice")
        parts[name] = value.upper()
    return parts


def format_parts(parts: dict[str, str]) -> str:
    order = ["FREQ", "INTERVAL", "BYMONTH", "BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY", "BYSETPOS",
             "COUNT", "UNTIL", "WKST"]
    names = sorted(parts, key=lambda n: order.index(n) if n in order else len(order))
    return ";".join(f"{n}={parts[n]}" for n in names)


def normalise_rrule(text: str) -> str:
    """Upper-case, drop the prefix and spaces, and turn a single day 29–31 of a month into
    "that day or the month's last day". Raises ValueError when the text is not NAME=VALUE pairs."""
    parts = parse_parts(text)
    day = parts.get("BYMONTHDAY", "")
    clamps = (
        day.isdigit()
        and 29 <= int(day) <= 31
        and "BYSETPOS" not in parts
        and "BYDAY" not in parts
        and "BYYEARDAY" not in parts
        and (parts.get("FREQ") == "MONTHLY" or (parts.get("FREQ") == "YEARLY" and parts.get("BYMONTH", "").isdigit()))
    )
    if clamps:
        parts["BYMONTHDAY"] = ",".join(str(d) for d in range(28, int(day) + 1))
        parts["BYSETPOS"] = "-1"
    return format_parts(parts)


def check_cadence(cadence: Cadence, start: date | None = None) -> list[Problem]:
    """Every problem with a cadence; each names the rule as the user wrote it."""
    if cadence.after_completion:
        days = cadence.days_after_completion or 0
        if not 1 <= days <= 3660:
            return [error(FIELD, "cadence.days_after", days=days)]
        return []
    rule = cadence.rrule
    if not rule.strip():
        return [error(FIELD, "cadence.empty")]
    try:
        parts = parse_parts(rule)
    except ValueError as exc:
        return [error(FIELD, "cadence.rrule", rule=rule, reason=str(exc))]
    freq = parts.get("FREQ")
    if freq is None:
        return [error(FIELD, "cadence.rrule", rule=rule, reason="FREQ is missing")]
    if freq not in FREQUENCIES:
        return [error(FIELD, "cadence.frequency", rule=rule, freq=freq)]
    unknown = sorted(set(parts) - DATE_PARTS)
    if unknown:
        return [error(FIELD, "cadence.rrule", rule=rule, reason=f"not for dates: {', '.join(unknown)}")]
    for name, low, high in RANGES:
        for value in parts.get(name, "").split(",") if name in parts else ():
            number = value.lstrip("+-")
            if not number.isdigit() or not low <= int(number) <= high or (value.startswith("-") and low > 0 and name in POSITIVE):
                return [error(FIELD, "cadence.rrule", rule=rule, reason=f"{name}={parts[name]}")]
    days = [d for d in parts.get("BYMONTHDAY", "").split(",") if d]
    if len(days) > 1 and "BYSETPOS" not in parts and any(d.isdigit() and int(d) > 28 for d in days):
        # With several days, "31 means the last day" cannot be said in RRULE; ask for -1 instead.
        return [error(FIELD, "cadence.monthday_clamp", rule=rule)]
    anchor = start or date(2026, 1, 1)
    try:
        probe_end = datetime.combine(min(anchor + timedelta(days=366 * PROBE_YEARS), LAST_DAY), datetime.min.time())
        # Bounded, so that a rule that never matches does not search until the year 9999.
        compiled = _compile(normalise_rrule(rule), anchor).replace(count=None, until=probe_end)
        first = next(iter(compiled.xafter(datetime.combine(anchor, datetime.min.time()), inc=True)), None)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        return [error(FIELD, "cadence.rrule", rule=rule, reason=str(exc))]
    if first is None or first > probe_end:
        return [error(FIELD, "cadence.never", rule=rule)]
    return []


@lru_cache(maxsize=4096)
def _compile(rule: str, start: date) -> "rrule":
    from dateutil.rrule import rrulestr

    compiled = rrulestr(f"RRULE:{rule}", dtstart=datetime.combine(start, datetime.min.time()), cache=False)
    return compiled  # type: ignore[return-value]


# -- expanding -----------------------------------------------------------------------------------


def _adjust(day: date, rule: BusinessDayRule, cal: BusinessCalendar) -> date | None:
    if rule is BusinessDayRule.KEEP:
        return day
    if cal.is_business_day(day):
        return day
    if rule is BusinessDayRule.SKIP:
        return None
    if rule is BusinessDayRule.PREVIOUS:
        return cal.previous_business_day(day)
    return cal.next_business_day(day)


def raw_dates(schedule: Schedule, first: date, last: date) -> Iterator[date]:
    """The RRULE's own dates in [first, last], before any business-day rule."""
    cadence = schedule.cadence
    first = max(first, schedule.start, date(FIRST_YEAR, 1, 1))
    last = min(last, schedule.end or LAST_DAY, LAST_DAY)
    if last < first:
        return
    compiled = _compile(normalise_rrule(cadence.rrule), schedule.start)
    begin = datetime.combine(first, datetime.min.time())
    stop = datetime.combine(last, datetime.min.time())
    for moment in compiled.xafter(begin, inc=True):
        if moment > stop:
            return
        yield moment.date()


def expand(schedule: Schedule, cal: BusinessCalendar, first: date, last: date) -> list[date]:
    """The due dates in [first, last] (inclusive) after the business-day rule, ascending, unique.

    A date moved to the previous business day can come from a raw date after `last`, and one moved to
    the next business day from before `first`; the raw window is widened by exactly the non-business
    days at each edge, so nothing is lost or invented at the window's edges.
    """
    cadence = schedule.cadence
    if cadence.after_completion or last < first:
        return []
    rule = cadence.business_day_rule
    raw_first, raw_last = first, last
    if rule is BusinessDayRule.NEXT and first.year > FIRST_YEAR:
        raw_first = cal.previous_business_day(first - timedelta(days=1)) + timedelta(days=1)
    if rule is BusinessDayRule.PREVIOUS and last < LAST_DAY - timedelta(days=60):
        raw_last = cal.next_business_day(last + timedelta(days=1)) - timedelta(days=1)
    found: list[date] = []
    append = found.append
    previous: date | None = None
    for raw in raw_dates(schedule, raw_first, raw_last):
        due = _adjust(raw, rule, cal)
        if due is None or due == previous or due < first or due > last:
            continue
        append(due)
        previous = due
    return found


def next_after_completion(schedule: Schedule, cal: BusinessCalendar, last_done: date | None) -> date | None:
    """For "N days after the last completion": the start when never done, else last done + N, moved by
    the business-day rule; None after the chore's end."""
    days = schedule.cadence.days_after_completion
    assert days is not None
    raw = schedule.start if last_done is None else max(schedule.start, last_done + timedelta(days=days))
    if schedule.end is not None and raw > schedule.end:
        return None
    rule = schedule.cadence.business_day_rule
    if rule is BusinessDayRule.SKIP:
        rule = BusinessDayRule.NEXT
    return _adjust(raw, rule, cal)


def next_dates(
    schedule: Schedule, cal: BusinessCalendar, after: date, count: int = 5, last_done: date | None = None
) -> list[date]:
    """The next `count` due dates on or after `after` (for the editor's live preview)."""
    if schedule.cadence.after_completion:
        found = []
        done = last_done
        while len(found) < count:
            due = next_after_completion(schedule, cal, done)
            if due is None:
                break
            if due >= after:
                found.append(due)
            done = due  # suppose each is done on its due date
        return found
    found = []
    window = 62
    begin = after
    while len(found) < count and begin <= LAST_DAY:
        stop = min(begin + timedelta(days=window), LAST_DAY)
        found.extend(expand(schedule, cal, begin, stop))
        if schedule.end is not None and stop >= schedule.end:
            break
        begin = stop + timedelta(days=1)
        window = min(window * 2, 366 * 4)
        if begin > after + timedelta(days=366 * PROBE_YEARS):
            break
    return found[:count]


# -- the editor's kinds of cadence ----------------------------------------------------------------


class Kind(Enum):
    DAILY = "daily"
    BUSINESS_DAYS = "business_days"
    WEEKLY = "weekly"  # on chosen weekdays, every N weeks
    MONTHLY_DAY = "monthly_day"
    MONTHLY_LAST_DAY = "monthly_last_day"
    MONTHLY_LAST_BUSINESS_DAY = "monthly_last_business_day"
    MONTHLY_NTH_WEEKDAY = "monthly_nth_weekday"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"
    AFTER_COMPLETION = "after_completion"
    CUSTOM = "custom"


@dataclass(frozen=True)
class CadenceSpec:
    """A cadence as the editor shows it; `cadence()` turns it into the stored RRULE."""

    kind: Kind
    interval: int = 1
    weekdays: tuple[int, ...] = field(default=())  # 0 = Monday
    day: int = 1  # day of the month, 1–31 (29–31 fall on a shorter month's last day)
    nth: int = 1  # 1–4, or -1 for the last
    weekday: int = 0
    month: int = 1
    days: int = 7  # for AFTER_COMPLETION
    business_day_rule: BusinessDayRule = BusinessDayRule.KEEP
    rrule: str = ""  # for CUSTOM

    def cadence(self) -> Cadence:
        k, rule = self.kind, self.business_day_rule
        interval = f";INTERVAL={self.interval}" if self.interval > 1 else ""
        if k is Kind.DAILY:
            return Cadence(f"FREQ=DAILY{interval}", rule)
        if k is Kind.BUSINESS_DAYS:
            return Cadence("FREQ=DAILY", BusinessDayRule.SKIP)
        if k is Kind.WEEKLY:
            days = ",".join(WEEKDAY_CODES[d] for d in sorted(set(self.weekdays))) or "MO"
            return Cadence(f"FREQ=WEEKLY{interval};BYDAY={days}", rule)
        if k is Kind.MONTHLY_DAY:
            return Cadence(normalise_rrule(f"FREQ=MONTHLY{interval};BYMONTHDAY={self.day}"), rule)
        if k is Kind.MONTHLY_LAST_DAY:
            return Cadence(f"FREQ=MONTHLY{interval};BYMONTHDAY=-1", rule)
        if k is Kind.MONTHLY_LAST_BUSINESS_DAY:
            return Cadence(f"FREQ=MONTHLY{interval};BYMONTHDAY=-1", BusinessDayRule.PREVIOUS)
        if k is Kind.MONTHLY_NTH_WEEKDAY:
            return Cadence(f"FREQ=MONTHLY{interval};BYDAY={self.nth}{WEEKDAY_CODES[self.weekday]}", rule)
        if k is Kind.QUARTERLY:
            return Cadence(normalise_rrule(f"FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY={self.day}"), rule)
        if k is Kind.YEARLY:
            return Cadence(normalise_rrule(f"FREQ=YEARLY;BYMONTH={self.month};BYMONTHDAY={self.day}"), rule)
        if k is Kind.AFTER_COMPLETION:
            return Cadence("", rule, self.days)
        return Cadence(self.rrule.strip(), rule)


def _clamped_day(parts: dict[str, str]) -> int | None:
    """The day N of `BYMONTHDAY=N` or of the clamped form `28,…,N;BYSETPOS=-1`."""
    days = parts.get("BYMONTHDAY", "")
    if days.isdigit() and "BYSETPOS" not in parts:
        return int(days)
    values = days.split(",")
    if parts.get("BYSETPOS") == "-1" and len(values) >= 2 and all(v.isdigit() for v in values):
        numbers = [int(v) for v in values]
        if numbers == list(range(28, numbers[-1] + 1)):
            return numbers[-1]
    return None


def spec_of(cadence: Cadence) -> CadenceSpec:
    """The editor's view of a stored cadence; a rule the editor has no form for is CUSTOM."""
    rule = cadence.business_day_rule
    if cadence.after_completion:
        return CadenceSpec(Kind.AFTER_COMPLETION, days=cadence.days_after_completion or 1, business_day_rule=rule)
    custom = CadenceSpec(Kind.CUSTOM, business_day_rule=rule, rrule=cadence.rrule)
    try:
        parts = parse_parts(cadence.rrule)
    except ValueError:
        return custom
    freq = parts.pop("FREQ", "")
    interval_text = parts.pop("INTERVAL", "1")
    if not interval_text.isdigit() or int(interval_text) < 1:
        return custom
    interval = int(interval_text)
    names = set(parts)
    day = _clamped_day(parts)
    spec: CadenceSpec | None = None
    if freq == "DAILY" and not names:
        if rule is BusinessDayRule.SKIP and interval == 1:
            spec = CadenceSpec(Kind.BUSINESS_DAYS, business_day_rule=rule)
        else:
            spec = CadenceSpec(Kind.DAILY, interval=interval, business_day_rule=rule)
    elif freq == "WEEKLY" and names == {"BYDAY"}:
        codes = parts["BYDAY"].split(",")
        if all(c in WEEKDAY_CODES for c in codes):
            spec = CadenceSpec(
                Kind.WEEKLY, interval=interval, weekdays=tuple(sorted(WEEKDAY_CODES.index(c) for c in codes)),
                business_day_rule=rule,
            )
    elif freq == "MONTHLY" and names == {"BYMONTHDAY"} and parts["BYMONTHDAY"] == "-1":
        kind = Kind.MONTHLY_LAST_BUSINESS_DAY if rule is BusinessDayRule.PREVIOUS else Kind.MONTHLY_LAST_DAY
        spec = CadenceSpec(kind, interval=interval, business_day_rule=rule)
    elif freq == "MONTHLY" and day is not None and 1 <= day <= 31 and names <= {"BYMONTHDAY", "BYSETPOS"}:
        kind = Kind.QUARTERLY if interval == 3 else Kind.MONTHLY_DAY
        spec = CadenceSpec(kind, interval=1 if interval == 3 else interval, day=day, business_day_rule=rule)
    elif freq == "MONTHLY" and names == {"BYDAY"}:
        code = parts["BYDAY"]
        nth_text, weekday = code[:-2], code[-2:]
        if weekday in WEEKDAY_CODES and nth_text.lstrip("+-").isdigit() and int(nth_text) in (1, 2, 3, 4, -1):
            spec = CadenceSpec(
                Kind.MONTHLY_NTH_WEEKDAY, interval=interval, nth=int(nth_text),
                weekday=WEEKDAY_CODES.index(weekday), business_day_rule=rule,
            )
    elif (
        freq == "YEARLY" and interval == 1 and names <= {"BYMONTH", "BYMONTHDAY", "BYSETPOS"}
        and parts.get("BYMONTH", "").isdigit() and day is not None
    ):
        month = int(parts["BYMONTH"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            spec = CadenceSpec(Kind.YEARLY, month=month, day=day, business_day_rule=rule)
    if spec is None or spec.cadence() != cadence:
        return custom
    return spec


def occurrences_per_month(schedule: Schedule, cal: BusinessCalendar, around: date) -> Fraction:
    """How often a cadence falls due in an average month (over the year from `around`); for the
    insight's estimate of a chore that has no history yet."""
    if schedule.cadence.after_completion:
        return Fraction(365, 12 * max(schedule.cadence.days_after_completion or 1, 1))
    first = max(around, schedule.start)
    last = first + timedelta(days=364)
    return Fraction(len(expand(schedule, cal, first, last)), 12)


def month_last_day(year: int, month: int) -> date:
    return date(year, month, _calendar.monthrange(year, month)[1])
