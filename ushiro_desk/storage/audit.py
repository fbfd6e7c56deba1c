"""The audit trail: one row per change a service makes, written in the same transaction."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from typing import Any


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def record(
    conn: sqlite3.Connection, action: str, entity: str, entity_id: object, detail: dict[str, Any] | None = None
) -> None:
    conn.execute(
        "INSERT INTO audit_log (at, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?)",
        (now_utc(), action, entity, str(entity_id), json.dumps(detail or {}, ensure_ascii=False, default=str)),
    )
