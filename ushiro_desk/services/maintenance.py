"""Integrity check, backup and restore as the CLI and the menu offer them."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ushiro_desk.paths import DataPaths
from ushiro_desk.storage import backups, schema
from ushiro_desk.storage.db import connect
from ushiro_desk.storage.errors import DataInUse, classify
from ushiro_desk.storage.instance_lock import InstanceLock


@dataclass(frozen=True)
class CheckReport:
    integrity: list[str]
    foreign_key_violations: list[dict[str, object]]
    schema_version: str
    schema_current: bool
    counts: dict[str, int]

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_key_violations and self.schema_current

    def as_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "integrity": self.integrity,
            "foreign_key_violations": self.foreign_key_violations,
            "schema_version": self.schema_version,
            "schema_current": self.schema_current,
            "counts": self.counts,
        }


def check(paths: DataPaths) -> CheckReport:
    """`PRAGMA integrity_check` and `foreign_key_check`, the schema version and record counts."""
    conn = connect(paths.database, readonly=True)
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        violations = [
            {"table": r[0], "rowid": r[1], "parent": r[2], "fkid": r[3]}
            for r in conn.execute("PRAGMA foreign_key_check")
        ]
        state = schema.read_state(conn)
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name != 'alembic_version' ORDER BY name"
            )
        ]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        return CheckReport(integrity, violations, state.label, state.current == state.heads, counts)
    except sqlite3.Error as exc:
        raise classify(exc, paths.database) from exc
    finally:
        conn.close()


def restore(paths: DataPaths, source: Path) -> Path | None:
    """Replace the database with the checked backup `source`, then bring an older backup's schema up
    to date. The caller holds the instance lock and has closed its connections. Returns where the
    previous database was kept."""
    kept = backups.restore(paths, source)
    conn = connect(paths.database, readonly=True)
    try:
        state = schema.read_state(conn)
    finally:
        conn.close()
    if state.needs_upgrade:
        schema.upgrade(paths.database)
    return kept


def restore_from(paths: DataPaths, source: Path) -> Path | None:
    """Restore `source` when no other Ushiro Desk holds the data dir (from the CLI)."""
    lock = InstanceLock(paths.lock)
    paths.ensure()
    if not lock.acquire():
        raise DataInUse("close Ushiro Desk before restoring", paths.root)
    try:
        return restore(paths, source)
    finally:
        lock.release()
