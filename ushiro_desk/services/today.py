"""What the Today page shows when the window opens: stored occurrences only, read with two indexed
queries. Light on purpose (no recurrence engine, no holiday tables): it is on the way to the first
window. Ticking off, skipping and moving the horizon on are in `services.chores`."""

from __future__ import annotations

from datetime import date, timedelta

from ushiro_desk.domain.chores.due import TodayView
from ushiro_desk.services.store import Store
from ushiro_desk.storage import chores_due


def today_view(store: Store, today: date, days: int = 7) -> TodayView:
    """Overdue, today and the next `days` days (open occurrences), and what was finished today."""
    with store.db.snapshot() as conn:
        items = chores_due.open_until(conn, today + timedelta(days=days))
        finished = chores_due.finished_on(conn, today)
    return TodayView.of(items, finished, today)
