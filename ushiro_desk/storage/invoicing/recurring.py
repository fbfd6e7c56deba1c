"""Rows ↔ `RecurringTemplate` (lines as JSON with decimal strings)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from decimal import Decimal

from ushiro_desk.domain.invoicing.document import Line
from ushiro_desk.domain.invoicing.recurring import RecurringTemplate
from ushiro_desk.domain.invoicing.tax import PriceMode, TaxCategory
from ushiro_desk.storage.audit import now_utc


def lines_to_json(lines: tuple[Line, ...]) -> str:
    return json.dumps(
        [
            {
                "description": l.description,
                "quantity": str(l.quantity),
                "unit": l.unit,
                "unit_price": str(l.unit_price),
                "category": l.category.value,
                "withholding": l.withholding,
            }
            for l in lines
        ],
        ensure_ascii=False,
    )


def lines_from_json(text: str) -> tuple[Line, ...]:
    return tuple(
        Line(
            d["description"], Decimal(d["quantity"]), d["unit"], Decimal(d["unit_price"]),
            TaxCategory(d["category"]), bool(d["withholding"]),
        )
        for d in json.loads(text)
    )


def from_row(row: sqlite3.Row) -> RecurringTemplate:
    return RecurringTemplate(
        id=row["id"],
        client_id=row["client_id"],
        name=row["name"],
        lines=lines_from_json(row["lines_json"]),
        start=date.fromisoformat(row["start_date"]),
        interval_months=row["interval_months"],
        day_of_month=row["day_of_month"],
        end=date.fromisoformat(row["end_date"]) if row["end_date"] else None,
        subject=row["subject"],
        notes=row["notes"],
        price_mode=PriceMode(row["price_mode"]),
        active=bool(row["active"]),
        last_date=date.fromisoformat(row["last_date"]) if row["last_date"] else None,
    )


def _values(t: RecurringTemplate) -> dict[str, object]:
    return {
        "client_id": t.client_id,
        "name": t.name,
        "interval_months": t.interval_months,
        "day_of_month": t.day_of_month,
        "start_date": t.start.isoformat(),
        "end_date": t.end.isoformat() if t.end else None,
        "subject": t.subject,
        "notes": t.notes,
        "price_mode": t.price_mode.value,
        "active": int(t.active),
        "last_date": t.last_date.isoformat() if t.last_date else None,
        "lines_json": lines_to_json(t.lines),
        "updated_at": now_utc(),
    }


def insert(conn: sqlite3.Connection, template: RecurringTemplate) -> int:
    values = _values(template)
    values["created_at"] = values["updated_at"]
    cursor = conn.execute(
        f"INSERT INTO recurring_template ({', '.join(values)}) VALUES ({', '.join(':' + k for k in values)})", values
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def update(conn: sqlite3.Connection, template: RecurringTemplate) -> None:
    values = _values(template)
    sets = ", ".join(f"{k} = :{k}" for k in values)
    conn.execute(f"UPDATE recurring_template SET {sets} WHERE id = :id", {**values, "id": template.id})


def load(conn: sqlite3.Connection, template_id: int) -> RecurringTemplate | None:
    row = conn.execute("SELECT * FROM recurring_template WHERE id = ?", (template_id,)).fetchone()
    return from_row(row) if row else None


def all_templates(conn: sqlite3.Connection) -> list[RecurringTemplate]:
    return [from_row(r) for r in conn.execute("SELECT * FROM recurring_template ORDER BY active DESC, name")]


def set_last_date(conn: sqlite3.Connection, template_id: int, day: date) -> None:
    conn.execute(
        "UPDATE recurring_template SET last_date = ?, updated_at = ? WHERE id = ? AND (last_date IS NULL OR last_date < ?)",
        (day.isoformat(), now_utc(), template_id, day.isoformat()),
    )


def delete(conn: sqlite3.Connection, template_id: int) -> None:
    conn.execute("UPDATE sales_document SET recurring_id = NULL WHERE recurring_id = ? AND number IS NULL", (template_id,))
    conn.execute("DELETE FROM recurring_template WHERE id = ?", (template_id,))
