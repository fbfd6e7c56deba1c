"""Integrity check, backup and restore as the CLI and the menu offer them."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ushiro_desk.paths import DataPaths
from ushiro_desk.storage import backups, integrity, schema
from ushiro_desk.storage.db import connect
from ushiro_desk.storage.errors import BackupRefused, DataInUse, classify
from ushiro_desk.storage.instance_lock import InstanceLock


@dataclass(frozen=True)
class CheckReport:
    integrity: list[str]
    foreign_key_violations: list[dict[str, object]]
    schema_version: str
    schema_current: bool
    counts: dict[str, int]
    findings: list[integrity.Finding] = field(default_factory=list)
    files_checked: int = 0
    bytes_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.findings and self.integrity == ["ok"] and self.schema_current

    def as_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "findings": [f.as_dict() for f in self.findings],
            "integrity": self.integrity,
            "foreign_key_violations": self.foreign_key_violations,
            "schema_version": self.schema_version,
            "schema_current": self.schema_current,
            "files_checked": self.files_checked,
            "bytes_checked": self.bytes_checked,
            "counts": self.counts,
        }


def check(paths: DataPaths, *, quick: bool = False, progress: integrity.ProgressFn | None = None) -> CheckReport:
    """The full check (see `storage/integrity.py`): SQLite's integrity and foreign keys, the schema
    against the migrations, every stored file by SHA-256, and files nobody recorded. `quick` is the
    check at start: `PRAGMA quick_check`, the schema, and the files by name and size, no hashing.
    `progress(done, total)` in bytes may raise to cancel."""
    if integrity.is_empty_database(paths.database):
        beside = _listing(paths)
        if not beside:  # a new start that has not been migrated yet
            return CheckReport(["ok"], [], "-", False, {})
        return CheckReport(["the database is empty"], [], "-", False, {}, [integrity.Finding("database_empty", tuple(beside))])
    findings: list[integrity.Finding] = []
    conn = connect(paths.database, readonly=True)
    try:
        try:
            findings += integrity.sqlite_checks(conn, quick=quick)
            state = schema.read_state(conn)
            if state.current and not state.is_newer:
                findings += integrity.schema_findings(integrity.schema_objects(conn), integrity.reference_for(state.current))
            files = integrity.stored_files(conn)
            counts = _counts(conn)
        except sqlite3.DatabaseError as exc:
            findings.append(integrity.Finding("database_damaged", (str(exc),)))
            damaged = [i for f in findings if f.kind == "database_damaged" for i in f.items]
            return CheckReport(damaged, [], "-", False, {}, integrity.ordered(findings))
        file_problems, totals = integrity.file_findings(files, paths.files, hash_files=not quick, progress=progress)
        findings += file_problems
        damaged = [i for f in findings if f.kind == "database_damaged" for i in f.items]
        violations = [_violation(i) for f in findings if f.kind == "foreign_key" for i in f.items]
        return CheckReport(
            damaged or ["ok"], violations, state.label, state.current == state.heads, counts,
            integrity.ordered(findings), totals.files, totals.bytes,
        )
    finally:
        conn.close()


def _violation(item: str) -> dict[str, object]:
    """`PRAGMA foreign_key_check`'s row back from its finding item ("table row 12 → parent")."""
    table, _, rest = item.partition(" row ")
    rowid, _, parent = rest.partition(" → ")
    return {"table": table, "rowid": int(rowid) if rowid.isdigit() else rowid, "parent": parent}


def _listing(paths: DataPaths) -> list[str]:
    found = []
    for folder in (paths.files, paths.backups):
        if folder.is_dir():
            for dirpath, _dirs, names in os.walk(folder):
                found += [
                    Path(dirpath, name).relative_to(paths.root).as_posix() for name in sorted(names) if not name.startswith(".")
                ]
    return found


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name != 'alembic_version' ORDER BY name"
        )
    ]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def verify_backup(
    paths: DataPaths, source: Path, *, progress: integrity.ProgressFn | None = None
) -> backups.BackupCheck:
    """The full check of a backup before it replaces anything: intact, not newer, the schema its
    migrations make and nothing else, its foreign keys, and every file it refers to present in
    `files/` with its SHA-256. Raises BackupRefused (or the StorageError of a damaged or newer file)."""
    info = backups.check_database_file(source)
    conn = connect(source, readonly=True)
    try:
        findings = integrity.sqlite_checks(conn)
        findings += integrity.schema_findings(integrity.schema_objects(conn), integrity.reference_for(info.revisions))
        files = integrity.stored_files(conn)
    except sqlite3.Error as exc:
        raise classify(exc, source) from exc
    finally:
        conn.close()
    file_problems, _ = integrity.file_findings(files, paths.files, unknown=False, progress=progress)
    findings = integrity.ordered(findings + file_problems)
    if findings:
        first = findings[0]
        more = sum(f.count for f in findings) - first.count
        detail = first.message.replace(" the database", " the backup")
        if more:
            detail = detail[:-1] + f" (and {more} other problem{'s' if more > 1 else ''})."
        error = BackupRefused(detail, source)
        error.findings = findings  # type: ignore[attr-defined]
        raise error
    return info


def restore(paths: DataPaths, source: Path, *, verified: bool = False) -> Path | None:
    """Replace the database with the backup `source` once it passes the full check (`verified`: the
    caller has just run `verify_backup`), then bring an older backup's schema up to date. The caller
    holds the instance lock and has closed its connections. Returns where the previous database was
    kept; a refused backup changes nothing."""
    if not verified:
        verify_backup(paths, source)
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
