"""Rows ↔ chores, occurrences, outsourcers and chore settings (plain sqlite3)."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Iterable

from ushiro_desk.domain.chores.model import (
    Area,
    Chore,
    ChoreSettings,
    Delegability,
    Occurrence,
    OccurrenceState,
    Outsourcer,
    OutsourcerRole,
    OwnerOnlyReason,
)
from ushiro_desk.domain.recurrence import BusinessDayRule, Cadence
from ushiro_desk.storage.audit import now_utc

def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# -- outsourcers ---------------------------------------------------------------------------------


def _outsourcer(row: sqlite3.Row) -> Outsourcer:
    return Outsourcer(
        name=row["name"],
        role=OutsourcerRole(row["role"]),
        hourly_rate_yen=row["hourly_rate_yen"],
        is_individual=bool(row["is_individual"]),
        id=row["id"],
        archived=row["archived_at"] is not None,
    )


def list_outsourcers(conn: sqlite3.Connection, *, include_archived: bool = False) -> list[Outsourcer]:
    where = "" if include_archived else "WHERE archived_at IS NULL"
    return [_outsourcer(r) for r in conn.execute(f"SELECT * FROM outsourcer {where} ORDER BY name, id")]


def load_outsourcer(conn: sqlite3.Connection, outsourcer_id: int) -> Outsourcer | None:
    row = conn.execute("SELECT * FROM outsourcer WHERE id = ?", (outsourcer_id,)).fetchone()
    return _outsourcer(row) if row else None


def save_outsourcer(conn: sqlite3.Connection, o: Outsourcer) -> int:
    values = (o.name, o.role.value, o.hourly_rate_yen, int(o.is_individual))
    if o.id is None:
        cur = conn.execute(
            "INSERT INTO outsourcer (name, role, hourly_rate_yen, is_individual) VALUES (?, ?, ?, ?)", values
        )
        return int(cur.lastrowid or 0)
    conn.execute(
        "UPDATE outsourcer SET name = ?, role = ?, hourly_rate_yen = ?, is_individual = ? WHERE id = ?", (*values, o.id)
    )
    return o.id


def set_outsourcer_archived(conn: sqlite3.Connection, outsourcer_id: int, archived: bool) -> None:
    conn.execute(
        "UPDATE outsourcer SET archived_at = ? WHERE id = ?", (now_utc() if archived else None, outsourcer_id)
    )


# -- chores --------------------------------------------------------------------------------------

CHORE_COLUMNS = (
    "title", "area", "goal", "steps", "rules", "exceptions", "inputs", "outputs", "estimate_minutes", "assignee_id",
    "delegability", "owner_only_reason", "confidential", "start_date", "end_date", "rrule", "business_day_rule",
    "days_after_completion", "starter_key",
)


def _chore(row: sqlite3.Row) -> Chore:
    return Chore(
        title=row["title"],
        area=Area(row["area"]),
        start=date.fromisoformat(row["start_date"]),
        cadence=Cadence(row["rrule"], BusinessDayRule(row["business_day_rule"]), row["days_after_completion"]),
        goal=row["goal"],
        steps=row["steps"],
        rules=row["rules"],
        exceptions=row["exceptions"],
        inputs=row["inputs"],
        outputs=row["outputs"],
        estimate_minutes=row["estimate_minutes"],
        assignee_id=row["assignee_id"],
        delegability=Delegability(row["delegability"]),
        owner_only_reason=OwnerOnlyReason(row["owner_only_reason"]) if row["owner_only_reason"] else None,
        confidential=bool(row["confidential"]),
        end=_day(row["end_date"]),
        id=row["id"],
        archived=row["archived_at"] is not None,
        starter_key=row["starter_key"],
    )


def _chore_values(c: Chore) -> tuple[object, ...]:
    return (
        c.title, c.area.value, c.goal, c.steps, c.rules, c.exceptions, c.inputs, c.outputs, c.estimate_minutes,
        c.assignee_id, c.delegability.value, c.owner_only_reason.value if c.owner_only_reason else None,
        int(c.confidential), c.start.isoformat(), _iso(c.end), c.cadence.rrule, c.cadence.business_day_rule.value,
        c.cadence.days_after_completion, c.starter_key,
    )


def list_chores(conn: sqlite3.Connection, *, include_archived: bool = False) -> list[Chore]:
    where = "" if include_archived else "WHERE archived_at IS NULL"
    return [_chore(r) for r in conn.execute(f"SELECT * FROM chore {where} ORDER BY title, id")]


def load_chore(conn: sqlite3.Connection, chore_id: int) -> Chore | None:
    row = conn.execute("SELECT * FROM chore WHERE id = ?", (chore_id,)).fetchone()
    return _chore(row) if row else None


def insert_chore(conn: sqlite3.Connection, chore: Chore) -> int:
    now = now_utc()
    cur = conn.execute(
        f"INSERT INTO chore ({', '.join(CHORE_COLUMNS)}, created_at, updated_at) "
        f"VALUES ({', '.join('?' * len(CHORE_COLUMNS))}, ?, ?)",
        (*_chore_values(chore), now, now),
    )
    return int(cur.lastrowid or 0)


def update_chore(conn: sqlite3.Connection, chore: Chore) -> None:
    assignments = ", ".join(f"{c} = ?" for c in CHORE_COLUMNS)
    conn.execute(f"UPDATE chore SET {assignments}, updated_at = ? WHERE id = ?", (*_chore_values(chore), now_utc(), chore.id))


def set_chore_archived(conn: sqlite3.Connection, chore_id: int, archived: bool) -> None:
    conn.execute("UPDATE chore SET archived_at = ?, updated_at = ? WHERE id = ?",
                 (now_utc() if archived else None, now_utc(), chore_id))


def delete_chore(conn: sqlite3.Connection, chore_id: int) -> None:
    conn.execute("DELETE FROM chore_occurrence WHERE chore_id = ?", (chore_id,))
    conn.execute("DELETE FROM chore WHERE id = ?", (chore_id,))


def history_count(conn: sqlite3.Connection, chore_id: int) -> int:
    """Occurrences that carry something the owner did: done, skipped, minutes or a note."""
    return conn.execute(
        "SELECT count(*) FROM chore_occurrence WHERE chore_id = ? AND (state != 'open' OR minutes IS NOT NULL OR note != '')",
        (chore_id,),
    ).fetchone()[0]


def set_materialised_until(conn: sqlite3.Connection, chore_id: int, until: date | None) -> None:
    conn.execute("UPDATE chore SET materialised_until = ? WHERE id = ?", (_iso(until), chore_id))


def materialised_until(conn: sqlite3.Connection) -> dict[int, date | None]:
    return {r[0]: _day(r[1]) for r in conn.execute("SELECT id, materialised_until FROM chore WHERE archived_at IS NULL")}


# -- occurrences ---------------------------------------------------------------------------------


def _occurrence(row: sqlite3.Row) -> Occurrence:
    return Occurrence(
        chore_id=row["chore_id"],
        due=date.fromisoformat(row["due_date"]),
        planned=date.fromisoformat(row["planned_date"]),
        state=OccurrenceState(row["state"]),
        minutes=row["minutes"],
        done_by_id=row["done_by_id"],
        note=row["note"],
        done_on=_day(row["done_on"]),
        id=row["id"],
    )


def load_occurrence(conn: sqlite3.Connection, occurrence_id: int) -> Occurrence | None:
    row = conn.execute("SELECT * FROM chore_occurrence WHERE id = ?", (occurrence_id,)).fetchone()
    return _occurrence(row) if row else None


def add_occurrences(conn: sqlite3.Connection, chore_id: int, dues: Iterable[date]) -> int:
    """Add open occurrences; a due date the chore already has is left as it is. Returns how many were new."""
    now = now_utc()
    before = conn.total_changes
    conn.executemany(
        "INSERT OR IGNORE INTO chore_occurrence (chore_id, due_date, planned_date, state, note, updated_at) "
        "VALUES (?, ?, ?, 'open', '', ?)",
        [(chore_id, d.isoformat(), d.isoformat(), now) for d in dues],
    )
    return conn.total_changes - before


def drop_untouched_open(conn: sqlite3.Connection, chore_id: int, from_day: date | None = None) -> int:
    """Remove open occurrences from `from_day` on that carry nothing of the owner's (no minutes, note
    or snooze), so they can be expanded again under a changed cadence."""
    cur = conn.execute(
        "DELETE FROM chore_occurrence WHERE chore_id = ? AND state = 'open' AND minutes IS NULL AND note = '' "
        "AND planned_date = due_date AND due_date >= ?",
        (chore_id, (from_day or date.min).isoformat()),
    )
    return cur.rowcount


def last_done(conn: sqlite3.Connection, chore_id: int) -> date | None:
    row = conn.execute(
        "SELECT max(done_on) FROM chore_occurrence WHERE chore_id = ? AND state = 'done'", (chore_id,)
    ).fetchone()
    return _day(row[0])


def open_count(conn: sqlite3.Connection, chore_id: int) -> int:
    return conn.execute(
        "SELECT count(*) FROM chore_occurrence WHERE chore_id = ? AND state = 'open'", (chore_id,)
    ).fetchone()[0]


def next_open(conn: sqlite3.Connection) -> dict[int, date]:
    """Each chore's earliest open occurrence (the day it shows)."""
    return {
        r[0]: date.fromisoformat(r[1])
        for r in conn.execute("SELECT chore_id, min(planned_date) FROM chore_occurrence WHERE state = 'open' GROUP BY chore_id")
    }


def set_state(
    conn: sqlite3.Connection, occurrence_id: int, state: OccurrenceState, *, minutes: int | None, done_by_id: int | None,
    note: str, done_on: date | None,
) -> None:
    conn.execute(
        "UPDATE chore_occurrence SET state = ?, minutes = ?, done_by_id = ?, note = ?, done_on = ?, updated_at = ? "
        "WHERE id = ?",
        (state.value, minutes, done_by_id, note, _iso(done_on), now_utc(), occurrence_id),
    )


def set_planned(conn: sqlite3.Connection, occurrence_id: int, planned: date) -> None:
    conn.execute("UPDATE chore_occurrence SET planned_date = ?, updated_at = ? WHERE id = ?",
                 (planned.isoformat(), now_utc(), occurrence_id))


def work_done(conn: sqlite3.Connection, since: date) -> list[tuple[int, str, int, int | None]]:
    """(chore id, month YYYY-MM, minutes, done by) of every occurrence done since `since` with minutes."""
    return [
        (r[0], r[1][:7], r[2], r[3])
        for r in conn.execute(
            "SELECT chore_id, done_on, minutes, done_by_id FROM chore_occurrence "
            "WHERE state = 'done' AND minutes IS NOT NULL AND done_on >= ?",
            (since.isoformat(),),
        )
    ]


# -- settings ------------------------------------------------------------------------------------


def load_settings(conn: sqlite3.Connection) -> ChoreSettings:
    row = conn.execute("SELECT * FROM chore_settings WHERE id = 1").fetchone()
    if row is None:
        return ChoreSettings()
    return ChoreSettings(row["owner_hourly_yen"], row["outsourcer_hourly_yen"], _day(row["last_seen_date"]))


def save_settings(conn: sqlite3.Connection, settings: ChoreSettings) -> None:
    conn.execute(
        "INSERT INTO chore_settings (id, owner_hourly_yen, outsourcer_hourly_yen, last_seen_date) VALUES (1, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET owner_hourly_yen = excluded.owner_hourly_yen, "
        "outsourcer_hourly_yen = excluded.outsourcer_hourly_yen, last_seen_date = excluded.last_seen_date",
        (settings.owner_hourly_yen, settings.outsourcer_hourly_yen, _iso(settings.last_seen)),
    )
