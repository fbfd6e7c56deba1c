"""Cadences: worked cases from the 2026 and 2027 Japanese calendars, and properties checked with
hypothesis against an independent day-by-day oracle."""

from __future__ import annotations

import calendar as pycal
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ushiro_desk.domain.business_calendar import BusinessCalendar
from ushiro_desk.domain.recurrence import (
    BusinessDayRule,
    Cadence,
    CadenceSpec,
    Kind,
    Schedule,
    check_cadence,
    expand,
    next_after_completion,
    next_dates,
    normalise_rrule,
    spec_of,
)

PLAIN = BusinessCalendar()
# The owner closes for Obon and before the New Year, on top of the national calendar.
CLOSED = BusinessCalendar(
    [date(2026, 8, 12), date(2026, 8, 13), date(2026, 8, 14), date(2026, 12, 28), date(2026, 12, 29),
     date(2027, 8, 11), date(2027, 8, 12), date(2027, 8, 13)]
)
KEEP, PREV, NEXT, SKIP = BusinessDayRule.KEEP, BusinessDayRule.PREVIOUS, BusinessDayRule.NEXT, BusinessDayRule.SKIP


def dates_of(spec: CadenceSpec, first: date, last: date, cal: BusinessCalendar = PLAIN, start: date | None = None) -> list[date]:
    return expand(Schedule(spec.cadence(), start or date(2026, 1, 1)), cal, first, last)


# -- worked cases ---------------------------------------------------------------------------------


def test_last_business_day_of_each_month_of_2026() -> None:
    got = dates_of(CadenceSpec(Kind.MONTHLY_LAST_BUSINESS_DAY), date(2026, 1, 1), date(2026, 12, 31))
    assert got == [
        date(2026, 1, 30), date(2026, 2, 27), date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 29),
        date(2026, 6, 30), date(2026, 7, 31), date(2026, 8, 31), date(2026, 9, 30), date(2026, 10, 30),
        date(2026, 11, 30), date(2026, 12, 30),  # 12/31 is a bank holiday
    ]


def test_the_10th_moves_to_the_next_business_day() -> None:
    got = dates_of(CadenceSpec(Kind.MONTHLY_DAY, day=10, business_day_rule=NEXT), date(2026, 1, 1), date(2026, 12, 31))
    assert got[0] == date(2026, 1, 13)  # 1/10 Sat, 1/11 Sun, 1/12 成人の日
    assert date(2026, 5, 11) in got  # 5/10 Sunday
    assert date(2026, 10, 13) in got  # 10/10 Sat, 10/11 Sun, 10/12 スポーツの日


def test_substitute_holiday_2026_05_06() -> None:
    next_day = dates_of(CadenceSpec(Kind.MONTHLY_DAY, day=6, business_day_rule=NEXT), date(2026, 5, 1), date(2026, 5, 31))
    previous = dates_of(CadenceSpec(Kind.MONTHLY_DAY, day=6, business_day_rule=PREV), date(2026, 4, 25), date(2026, 5, 31))
    assert next_day == [date(2026, 5, 7)]
    assert previous == [date(2026, 5, 1)]  # back over 5/5, 5/4, 5/3, 5/2


def test_citizens_holiday_2026_09_22() -> None:
    got = dates_of(CadenceSpec(Kind.MONTHLY_DAY, day=22, business_day_rule=NEXT), date(2026, 9, 1), date(2026, 9, 30))
    assert got == [date(2026, 9, 24)]  # 9/22 国民の休日, 9/23 秋分の日
    back = dates_of(CadenceSpec(Kind.MONTHLY_DAY, day=22, business_day_rule=PREV), date(2026, 9, 1), date(2026, 9, 30))
    assert back == [date(2026, 9, 18)]  # 9/19–9/23: Silver Week


def test_substitute_holiday_2027_03_22() -> None:
    got = dates_of(CadenceSpec(Kind.MONTHLY_DAY, day=21, business_day_rule=NEXT), date(2027, 3, 1), date(2027, 3, 31))
    assert got == [date(2027, 3, 23)]  # 春分の日 on Sunday 3/21, 振替休日 3/22


def test_year_end_bank_holidays() -> None:
    yearly = CadenceSpec(Kind.YEARLY, month=12, day=31, business_day_rule=NEXT)
    assert dates_of(yearly, date(2026, 12, 1), date(2027, 1, 31)) == [date(2027, 1, 4)]
    assert dates_of(yearly, date(2027, 12, 1), date(2028, 1, 31)) == [date(2028, 1, 4)]  # 1/3 Mon is a bank holiday


def test_business_days_through_golden_week_2026() -> None:
    got = dates_of(CadenceSpec(Kind.BUSINESS_DAYS), date(2026, 4, 28), date(2026, 5, 8))
    assert got == [date(2026, 4, 28), date(2026, 4, 30), date(2026, 5, 1), date(2026, 5, 7), date(2026, 5, 8)]


def test_the_owners_closed_days_move_a_due_date() -> None:
    spec = CadenceSpec(Kind.MONTHLY_DAY, day=12, business_day_rule=NEXT)
    assert dates_of(spec, date(2026, 8, 1), date(2026, 8, 31), PLAIN) == [date(2026, 8, 12)]
    assert dates_of(spec, date(2026, 8, 1), date(2026, 8, 31), CLOSED) == [date(2026, 8, 17)]


def test_day_31_falls_on_the_last_day_of_a_short_month() -> None:
    got = dates_of(CadenceSpec(Kind.MONTHLY_DAY, day=31), date(2026, 1, 1), date(2028, 4, 30))
    assert [d for d in got if d.month in (2, 4)] == [
        date(2026, 2, 28), date(2026, 4, 30), date(2027, 2, 28), date(2027, 4, 30), date(2028, 2, 29), date(2028, 4, 30)
    ]
    assert all(d.day == pycal.monthrange(d.year, d.month)[1] for d in got)


def test_a_raw_rrule_with_day_30_is_clamped_too() -> None:
    schedule = Schedule(Cadence("FREQ=MONTHLY;BYMONTHDAY=30"), date(2027, 1, 1))
    assert expand(schedule, PLAIN, date(2027, 2, 1), date(2027, 3, 31)) == [date(2027, 2, 28), date(2027, 3, 30)]
    assert normalise_rrule("rrule:freq=monthly; bymonthday=30") == "FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1"


def test_nth_weekday() -> None:
    second_monday = CadenceSpec(Kind.MONTHLY_NTH_WEEKDAY, nth=2, weekday=0)
    assert dates_of(second_monday, date(2026, 10, 1), date(2026, 10, 31)) == [date(2026, 10, 12)]
    moved = CadenceSpec(Kind.MONTHLY_NTH_WEEKDAY, nth=2, weekday=0, business_day_rule=NEXT)
    assert dates_of(moved, date(2026, 10, 1), date(2026, 10, 31)) == [date(2026, 10, 13)]  # スポーツの日
    last_friday = CadenceSpec(Kind.MONTHLY_NTH_WEEKDAY, nth=-1, weekday=4)
    assert dates_of(last_friday, date(2027, 12, 1), date(2027, 12, 31)) == [date(2027, 12, 31)]


def test_every_two_weeks_counts_from_the_start() -> None:
    spec = CadenceSpec(Kind.WEEKLY, interval=2, weekdays=(1,))
    got = dates_of(spec, date(2026, 1, 1), date(2026, 2, 28), start=date(2026, 1, 6))
    assert got == [date(2026, 1, 6), date(2026, 1, 20), date(2026, 2, 3), date(2026, 2, 17)]


def test_quarterly_from_the_start_month() -> None:
    got = dates_of(CadenceSpec(Kind.QUARTERLY, day=31), date(2026, 1, 1), date(2026, 12, 31), start=date(2026, 2, 1))
    assert got == [date(2026, 2, 28), date(2026, 5, 31), date(2026, 8, 31), date(2026, 11, 30)]


def test_days_after_the_last_completion() -> None:
    schedule = Schedule(CadenceSpec(Kind.AFTER_COMPLETION, days=5, business_day_rule=NEXT).cadence(), date(2026, 4, 1))
    assert next_after_completion(schedule, PLAIN, None) == date(2026, 4, 1)
    assert next_after_completion(schedule, PLAIN, date(2026, 5, 1)) == date(2026, 5, 7)  # 5/6 振替休日
    ended = Schedule(schedule.cadence, date(2026, 4, 1), date(2026, 5, 3))
    assert next_after_completion(ended, PLAIN, date(2026, 5, 1)) is None


def test_next_five_dates_for_the_editor() -> None:
    schedule = Schedule(CadenceSpec(Kind.MONTHLY_LAST_BUSINESS_DAY).cadence(), date(2026, 1, 1))
    assert next_dates(schedule, PLAIN, date(2026, 11, 20)) == [
        date(2026, 11, 30), date(2026, 12, 30), date(2027, 1, 29), date(2027, 2, 26), date(2027, 3, 31)
    ]


def test_a_chore_ends_on_its_end_date() -> None:
    schedule = Schedule(CadenceSpec(Kind.WEEKLY, weekdays=(0,)).cadence(), date(2026, 6, 1), date(2026, 6, 15))
    assert expand(schedule, PLAIN, date(2026, 1, 1), date(2026, 12, 31)) == [date(2026, 6, 1), date(2026, 6, 8), date(2026, 6, 15)]


@pytest.mark.parametrize(
    "rule, code",
    [
        ("", "cadence.empty"),
        ("FREQ=HOURLY", "cadence.frequency"),
        ("FREQ=MONTHLY;BYMONTHDAY=40", "cadence.rrule"),
        ("FREQ=WEEKLY;BYDAY=XX", "cadence.rrule"),
        ("FREQ=DAILY;BYHOUR=9", "cadence.rrule"),
        ("BYMONTHDAY=1", "cadence.rrule"),
        ("every monday", "cadence.rrule"),
        ("FREQ=MONTHLY;BYMONTHDAY=15,31", "cadence.monthday_clamp"),
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "cadence.never"),
    ],
)
def test_an_invalid_rule_is_a_problem_naming_the_rule(rule: str, code: str) -> None:
    problems = check_cadence(Cadence(rule))
    assert [p.code for p in problems] == [code]
    assert problems[0].field == "cadence"
    if rule:
        assert problems[0].params["rule"] == rule


def test_days_after_completion_must_be_positive() -> None:
    assert [p.code for p in check_cadence(Cadence("", KEEP, 0))] == ["cadence.days_after"]


# -- properties -----------------------------------------------------------------------------------

CALENDARS = st.sampled_from([PLAIN, CLOSED])
SPECS = st.builds(
    CadenceSpec,
    kind=st.sampled_from([k for k in Kind if k not in (Kind.CUSTOM, Kind.AFTER_COMPLETION)]),
    interval=st.integers(1, 3),
    weekdays=st.lists(st.integers(0, 6), min_size=1, max_size=7, unique=True).map(tuple),
    day=st.integers(1, 31),
    nth=st.sampled_from([1, 2, 3, 4, -1]),
    weekday=st.integers(0, 6),
    month=st.integers(1, 12),
    business_day_rule=st.sampled_from(list(BusinessDayRule)),
)
STARTS = st.dates(date(2025, 1, 1), date(2027, 12, 31))


def _months_between(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def _last(d: date) -> int:
    return pycal.monthrange(d.year, d.month)[1]


def _matches(spec: CadenceSpec, start: date, d: date) -> bool:
    """Does day `d` belong to the rule, before any business-day rule? Written from the definitions."""
    k, n = spec.kind, spec.interval
    months = _months_between(start, d)
    if k is Kind.DAILY:
        return (d - start).days % n == 0
    if k is Kind.BUSINESS_DAYS:
        return True
    if k is Kind.WEEKLY:
        weeks = ((d - timedelta(days=d.weekday())) - (start - timedelta(days=start.weekday()))).days // 7
        return d.weekday() in spec.weekdays and weeks % n == 0
    if k is Kind.MONTHLY_DAY:
        return months % n == 0 and d.day == min(spec.day, _last(d))
    if k in (Kind.MONTHLY_LAST_DAY, Kind.MONTHLY_LAST_BUSINESS_DAY):
        return months % n == 0 and d.day == _last(d)
    if k is Kind.MONTHLY_NTH_WEEKDAY:
        nth_ok = d.day + 7 > _last(d) if spec.nth == -1 else (d.day - 1) // 7 + 1 == spec.nth
        return months % n == 0 and d.weekday() == spec.weekday and nth_ok
    if k is Kind.QUARTERLY:
        return months % 3 == 0 and d.day == min(spec.day, _last(d))
    if k is Kind.YEARLY:
        return d.month == spec.month and d.day == min(spec.day, _last(d))
    raise AssertionError(k)


def oracle(spec: CadenceSpec, start: date, end: date | None, cal: BusinessCalendar, first: date, last: date) -> list[date]:
    rule = spec.cadence().business_day_rule
    found: list[date] = []
    d = max(start, first - timedelta(days=40))
    while d <= last + timedelta(days=40):
        if (end is None or d <= end) and _matches(spec, start, d):
            due: date | None = d
            if rule is not KEEP and not cal.is_business_day(d):
                due = None if rule is SKIP else cal.previous_business_day(d) if rule is PREV else cal.next_business_day(d)
            if due is not None and first <= due <= last and (not found or found[-1] != due):
                found.append(due)
        d += timedelta(days=1)
    return found


@settings(max_examples=150, deadline=None)
@given(
    spec=SPECS, cal=CALENDARS, start=STARTS, offset=st.integers(-30, 400), length=st.integers(0, 400),
    end_after=st.none() | st.integers(0, 600),
)
def test_every_generated_date_obeys_its_rule(spec, cal, start, offset, length, end_after) -> None:  # type: ignore[no-untyped-def]
    first = start + timedelta(days=offset)
    last = first + timedelta(days=length)
    end = None if end_after is None else start + timedelta(days=end_after)
    got = expand(Schedule(spec.cadence(), start, end), cal, first, last)
    assert got == oracle(spec, start, end, cal, first, last)
    assert got == sorted(set(got))
    if spec.cadence().business_day_rule is not KEEP:
        assert all(cal.is_business_day(d) for d in got), "a non-business day under a business-day rule"


@settings(max_examples=100, deadline=None)
@given(spec=SPECS, cal=CALENDARS, start=STARTS, split=st.integers(0, 300), length=st.integers(0, 300))
def test_expanding_in_two_windows_gives_the_same_dates(spec, cal, start, split, length) -> None:  # type: ignore[no-untyped-def]
    """Occurrences are materialised window by window; the seams must lose or repeat nothing."""
    schedule = Schedule(spec.cadence(), start)
    a, b = start, start + timedelta(days=split)
    c = b + timedelta(days=length)
    assert expand(schedule, cal, a, b) + expand(schedule, cal, b + timedelta(days=1), c) == expand(schedule, cal, a, c)


@given(spec=SPECS)
def test_the_editor_reads_back_every_cadence_it_writes(spec: CadenceSpec) -> None:
    cadence = spec.cadence()
    assert check_cadence(cadence) == []
    assert spec_of(cadence).cadence() == cadence
    assert spec_of(cadence).kind is not Kind.CUSTOM


PART_VALUES = {
    "FREQ": st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY", "HOURLY", "SOMETIMES", ""]),
    "INTERVAL": st.integers(-2, 5).map(str),
    "BYMONTHDAY": st.lists(st.integers(-40, 40), min_size=1, max_size=3).map(lambda v: ",".join(map(str, v))),
    "BYDAY": st.sampled_from(["MO", "2TU", "-1FR", "MO,WE", "5SU", "XX", "9MO"]),
    "BYMONTH": st.integers(-1, 14).map(str),
    "BYSETPOS": st.integers(-3, 3).map(str),
    "COUNT": st.integers(0, 5).map(str),
}


@settings(max_examples=150, deadline=None)
@given(
    parts=st.dictionaries(st.sampled_from(sorted(PART_VALUES)), st.just(None), max_size=5).flatmap(
        lambda keys: st.fixed_dictionaries({k: PART_VALUES[k] for k in keys})
    ),
    rule=st.sampled_from(list(BusinessDayRule)),
    start=STARTS,
)
def test_any_rule_is_either_refused_with_a_problem_or_expands(parts, rule, start) -> None:  # type: ignore[no-untyped-def]
    text = ";".join(f"{k}={v}" for k, v in parts.items())
    cadence = Cadence(text, rule)
    problems = check_cadence(cadence, start)
    if problems:
        assert all(p.field == "cadence" and p.params.get("rule", text) == text for p in problems)
        return
    got = next_dates(Schedule(cadence, start), PLAIN, start, 3)
    assert got == sorted(set(got))
