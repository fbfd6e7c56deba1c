"""Expanding 300 chores over 5 years with Japanese business days, and building the Today page's data,
as a ratio to a bare `dateutil.rrule` loop over the same rules in the same run. Target: at most 3×.

    python tests/benchmarks/bench_chores_expand.py [--chores 300] [--years 5] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from ushiro_desk.domain import recurrence  # noqa: E402
from ushiro_desk.domain.business_calendar import BusinessCalendar  # noqa: E402
from ushiro_desk.domain.chores import Area, Chore  # noqa: E402
from ushiro_desk.domain.recurrence import BusinessDayRule, CadenceSpec, Kind, Schedule, expand, normalise_rrule  # noqa: E402

START = date(2026, 1, 1)
TODAY = date(2026, 11, 20)
TARGET = 3.0


def make_schedules(count: int, rng: random.Random) -> list[Schedule]:
    kinds = [k for k in Kind if k not in (Kind.CUSTOM, Kind.AFTER_COMPLETION)]
    found = []
    for n in range(count):
        spec = CadenceSpec(
            kind=kinds[n % len(kinds)],
            interval=rng.choice((1, 1, 2)),
            weekdays=tuple(sorted(rng.sample(range(5), rng.randint(1, 3)))),
            day=rng.randint(1, 31),
            nth=rng.choice((1, 2, 3, 4, -1)),
            weekday=rng.randint(0, 4),
            month=rng.randint(1, 12),
            business_day_rule=rng.choice(list(BusinessDayRule)),
        )
        found.append(Schedule(spec.cadence(), START + timedelta(days=rng.randint(0, 60))))
    return found


def bare_loop(schedules: list[Schedule], last: date) -> list[list[date]]:
    """The baseline: dateutil alone, parsing and iterating the same rules over the same window."""
    from dateutil.rrule import rrulestr

    stop = datetime.combine(last, datetime.min.time())
    result = []
    for s in schedules:
        rule = rrulestr("RRULE:" + normalise_rrule(s.cadence.rrule), dtstart=datetime.combine(s.start, datetime.min.time()))
        result.append([moment.date() for moment in rule.between(datetime.combine(s.start, datetime.min.time()), stop, inc=True)])
    return result


def ours(schedules: list[Schedule], last: date) -> list[list[date]]:
    """Ushiro Desk: the same rules with the business-day rule, holidays computed from cold."""
    recurrence._compile.cache_clear()
    cal = BusinessCalendar([date(2026, 8, 13), date(2026, 8, 14)])
    return [expand(s, cal, s.start, last) for s in schedules]


def today_store(schedules: list[Schedule], folder: Path):  # type: ignore[no-untyped-def]
    """A data dir holding the chores and their occurrences up to the horizon, as the app keeps them."""
    from ushiro_desk.paths import DataPaths
    from ushiro_desk.services import chores
    from ushiro_desk.services.store import open_store
    from ushiro_desk.storage import chores_repo

    store = open_store(DataPaths(folder / "data"))
    cal = BusinessCalendar()
    with store.db.transaction() as conn:
        for n, s in enumerate(schedules):
            chore = Chore(title=f"chore {n}", area=list(Area)[n % len(Area)], start=s.start, cadence=s.cadence)
            chore_id = chores_repo.insert_chore(conn, chore)
            chores_repo.add_occurrences(conn, chore_id, expand(s, cal, s.start, TODAY + timedelta(days=chores.HORIZON_DAYS)))
        # The past was ticked off, except the last few days.
        conn.execute("UPDATE chore_occurrence SET state = 'done', minutes = 15, done_on = due_date WHERE due_date < ?",
                     ((TODAY - timedelta(days=3)).isoformat(),))
    return store


def best(fn, repeat: int) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeat):
        began = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - began)
    return min(times), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chores", type=int, default=300)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import dateutil.rrule  # noqa: F401  (imports are paid once by the app, not per expansion)
    import holidays  # noqa: F401

    from ushiro_desk.services import chores

    schedules = make_schedules(args.chores, random.Random(7))
    last = date(START.year + args.years, START.month, START.day) - timedelta(days=1)
    base_time, base_dates = best(lambda: bare_loop(schedules, last), args.repeat)
    our_time, our_dates = best(lambda: ours(schedules, last), args.repeat)
    kept = [i for i, s in enumerate(schedules) if s.cadence.business_day_rule is BusinessDayRule.KEEP]
    assert all(base_dates[i] == our_dates[i] for i in kept), "a rule without a business-day rule gave other dates"  # type: ignore[index]
    with tempfile.TemporaryDirectory() as folder:
        store = today_store(schedules, Path(folder))
        try:
            today_time, view = best(lambda: chores.today_view(store, TODAY), args.repeat)
        finally:
            store.close()
    raw = sum(len(d) for d in base_dates)  # type: ignore[union-attr]
    due = sum(len(d) for d in our_dates)  # type: ignore[union-attr]
    ratio = (our_time + today_time) / base_time
    print(f"chores: {args.chores}, years: {args.years}, rule dates: {raw}, due dates after business days: {due}")
    print(f"bare dateutil.rrule loop:         {base_time * 1000:8.1f} ms")
    print(f"expansion with business days:     {our_time * 1000:8.1f} ms  ({our_time / base_time:.2f}×)")
    print(f"Today page data (one query):      {today_time * 1000:8.1f} ms  "
          f"({view.due_count} due or overdue, {len(view.upcoming)} in the next 7 days)")  # type: ignore[attr-defined]
    print(f"ratio (expansion + Today data) / bare loop: {ratio:.2f}× (target ≤ {TARGET:.0f}×)")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
