"""The business calendar of this data dir: the Japanese calendar plus the owner's closed days."""

from __future__ import annotations

from datetime import date

from ushiro_desk.domain.business_calendar import BusinessCalendar
from ushiro_desk.services.changes import CHORES, INVOICES, Changes
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit


def closed_days(store: Store) -> dict[date, str]:
    with store.db.snapshot() as conn:
        return {date.fromisoformat(r["day"]): r["note"] for r in conn.execute("SELECT day, note FROM closed_day")}


def business_calendar(store: Store) -> BusinessCalendar:
    return BusinessCalendar(closed_days(store))


def set_closed_days(store: Store, days: dict[date, str]) -> Changes:
    """Replace the owner's closed days; chores and due dates move with them."""
    with store.db.transaction() as conn:
        conn.execute("DELETE FROM closed_day")
        conn.executemany(
            "INSERT INTO closed_day (day, note) VALUES (?, ?)", [(d.isoformat(), note) for d, note in sorted(days.items())]
        )
        audit.record(conn, "set", "closed_day", "*", {"days": len(days)})
    return Changes.of(CHORES, INVOICES)
