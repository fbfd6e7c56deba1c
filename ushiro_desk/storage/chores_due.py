"""Rows → what is due (occurrences joined with their chore and assignee), for lists: the Today page
at start, the missed-days check, `chores due` and a chore's history. Plain sqlite3 and the light
`domain.chores.due`: no recurrence engine on the way to the first window."""

from __future__ import annotations

import sqlite3
from datetime import date

from ushiro_desk.domain.chores.due import DueItem
from ushiro_desk.domain.chores.kinds import Area, Delegability, OccurrenceState


DUE_SELECT = """
    SELECT o.id, o.chore_id, o.due_date, o.planned_date, o.state, o.minutes, o.done_by_id, o.note, o.done_on,
           c.title, c.area, c.estimate_minutes, c.assignee_id, c.delegability, c.confidential, s.name AS assignee_name
    FROM chore_occurrence o JOIN chore c ON c.id = o.chore_id LEFT JOIN outsourcer s ON s.id = c.assignee_id
"""


def _due_item(row: sqlite3.Row) -> DueItem:
    return DueItem(
        occurrence_id=row["id"],
        chore_id=row["chore_id"],
        title=row["title"],
        area=Area(row["area"]),
        due=date.fromisoformat(row["due_date"]),
        planned=date.fromisoformat(row["planned_date"]),
        state=OccurrenceState(row["state"]),
        estimate_minutes=row["estimate_minutes"],
        minutes=row["minutes"],
        assignee_id=row["assignee_id"],
        assignee_name=row["assignee_name"] or "",
        delegability=Delegability(row["delegability"]),
        confidential=bool(row["confidential"]),
        done_by_id=row["done_by_id"],
        note=row["note"],
        done_on=date.fromisoformat(row["done_on"]) if row["done_on"] else None,
    )


# The Today page's two queries, run at every start (each finds its rows through an index).
OPEN_UNTIL = (
    DUE_SELECT + " WHERE o.state = 'open' AND o.planned_date <= ? AND c.archived_at IS NULL "
    "ORDER BY o.planned_date, c.title, o.id"
)
FINISHED_ON = DUE_SELECT + " WHERE o.state != 'open' AND o.done_on = ? ORDER BY o.updated_at, o.id"


def open_until(conn: sqlite3.Connection, until: date) -> list[DueItem]:
    """Open occurrences planned on or before `until` (uses the (state, planned_date) index)."""
    return [_due_item(r) for r in conn.execute(OPEN_UNTIL, (until.isoformat(),))]


def finished_on(conn: sqlite3.Connection, day: date) -> list[DueItem]:
    """Occurrences done or skipped on `day` (uses the done_on index)."""
    return [_due_item(r) for r in conn.execute(FINISHED_ON, (day.isoformat(),))]


def open_between(conn: sqlite3.Connection, first: date, last: date) -> list[DueItem]:
    rows = conn.execute(
        DUE_SELECT + " WHERE o.state = 'open' AND o.planned_date BETWEEN ? AND ? AND c.archived_at IS NULL "
        "ORDER BY o.planned_date, c.title, o.id",
        (first.isoformat(), last.isoformat()),
    )
    return [_due_item(r) for r in rows]


def planned_between(conn: sqlite3.Connection, first: date, last: date) -> list[DueItem]:
    """Every occurrence (any state) planned in [first, last], for listings such as `chores due`."""
    rows = conn.execute(
        DUE_SELECT + " WHERE o.planned_date BETWEEN ? AND ? AND c.archived_at IS NULL "
        "ORDER BY o.planned_date, c.title, o.id",
        (first.isoformat(), last.isoformat()),
    )
    return [_due_item(r) for r in rows]


def history(conn: sqlite3.Connection, chore_id: int, limit: int = 50) -> list[DueItem]:
    rows = conn.execute(
        DUE_SELECT + " WHERE o.chore_id = ? AND o.state != 'open' ORDER BY o.due_date DESC LIMIT ?", (chore_id, limit)
    )
    return [_due_item(r) for r in rows]
