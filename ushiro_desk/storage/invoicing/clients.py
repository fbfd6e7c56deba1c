"""Rows ↔ `Client`."""

from __future__ import annotations

import sqlite3

from ushiro_desk.domain.business_calendar import HolidayRule
from ushiro_desk.domain.invoicing.client import Client
from ushiro_desk.domain.invoicing.document import Honorific
from ushiro_desk.domain.invoicing.terms import PaymentTerms
from ushiro_desk.storage.audit import now_utc


def from_row(row: sqlite3.Row) -> Client:
    return Client(
        id=row["id"],
        name=row["name"],
        honorific=Honorific(row["honorific"]),
        department=row["department"],
        person=row["person"],
        postal_code=row["postal_code"],
        address=row["address"],
        email=row["email"],
        phone=row["phone"],
        registration_number=row["registration_number"],
        withholds=bool(row["withholds"]),
        terms=PaymentTerms(row["closing_day"], row["months_after"], row["pay_day"], row["net_days"]),
        holiday_rule=HolidayRule(row["holiday_rule"]),
        language=row["language"],
        notes=row["notes"],
        archived=bool(row["archived"]),
    )


def _values(client: Client) -> dict[str, object]:
    return {
        "name": client.name,
        "honorific": client.honorific.value,
        "department": client.department,
        "person": client.person,
        "postal_code": client.postal_code,
        "address": client.address,
        "email": client.email,
        "phone": client.phone,
        "registration_number": client.registration_number,
        "withholds": int(client.withholds),
        "closing_day": client.terms.closing_day,
        "months_after": client.terms.months_after,
        "pay_day": client.terms.pay_day,
        "net_days": client.terms.net_days,
        "holiday_rule": client.holiday_rule.value,
        "language": client.language,
        "notes": client.notes,
        "archived": int(client.archived),
        "updated_at": now_utc(),
    }


def insert(conn: sqlite3.Connection, client: Client) -> int:
    values = _values(client)
    values["created_at"] = values["updated_at"]
    columns = ", ".join(values)
    marks = ", ".join(f":{k}" for k in values)
    cursor = conn.execute(f"INSERT INTO client ({columns}) VALUES ({marks})", values)
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def update(conn: sqlite3.Connection, client: Client) -> None:
    values = _values(client)
    sets = ", ".join(f"{k} = :{k}" for k in values)
    conn.execute(f"UPDATE client SET {sets} WHERE id = :id", {**values, "id": client.id})


def load(conn: sqlite3.Connection, client_id: int) -> Client | None:
    row = conn.execute("SELECT * FROM client WHERE id = ?", (client_id,)).fetchone()
    return from_row(row) if row else None


def search(conn: sqlite3.Connection, text: str = "", *, include_archived: bool = False) -> list[Client]:
    where = [] if include_archived else ["archived = 0"]
    params: list[object] = []
    if text.strip():
        like = f"%{text.strip()}%"
        where.append("(name LIKE ? OR department LIKE ? OR person LIKE ? OR email LIKE ? OR registration_number LIKE ?)")
        params += [like] * 5
    sql = "SELECT * FROM client" + (f" WHERE {' AND '.join(where)}" if where else "") + " ORDER BY archived, name"
    return [from_row(r) for r in conn.execute(sql, params)]


def set_archived(conn: sqlite3.Connection, client_id: int, archived: bool) -> None:
    conn.execute("UPDATE client SET archived = ?, updated_at = ? WHERE id = ?", (int(archived), now_utc(), client_id))
