"""Backups with SQLite's online backup API, rotation, checking a file, and restore.

Backups are whole database files under `backups/` named `ushiro-YYYYMMDD-HHMMSS-<reason>.sqlite3`.
Rotation keeps the newest backup of each of the last 7 days, 4 ISO weeks and 12 months.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from ushiro_desk.outputs import FILE_MODE, check_target, private_folder, temp_sibling
from ushiro_desk.paths import DataPaths
from ushiro_desk.storage import schema
from ushiro_desk.storage.db import connect
from ushiro_desk.storage.errors import DatabaseCorrupt, NewerSchema, NotADatabase, StorageError, classify

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
_NAME = re.compile(r"ushiro-(\d{8}-\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite3")


class BackupFile(NamedTuple):
    """A backup in the backup folder, with the time and reason its name gives."""

    path: Path
    taken_at: datetime
    reason: str  # auto, manual, pre-migration, pre-restore


class BackupCheck(NamedTuple):
    """What a backup file holds, once checked."""

    revisions: frozenset[str]
    counts: dict[str, int]


def list_backups(folder: Path) -> list[BackupFile]:
    """Backups in `folder`, newest first."""
    found = []
    for path in folder.glob("ushiro-*.sqlite3"):
        match = _NAME.fullmatch(path.name)
        if not match:
            continue
        try:  # ISO 8601 basic format; strptime would load _strptime, calendar and locale for the status line
            taken = datetime.fromisoformat(match.group(1).replace("-", "T"))
        except ValueError:  # digits that are no date: not one of ours
            continue
        found.append(BackupFile(path, taken, match.group(3)))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def copy_database(source: Path, target: Path) -> None:
    """Copy a live database consistently (online backup API) into a private temporary file carrying
    `outputs.TEMP_MARK` (swept at the next start if we are killed), then fsync and rename into place."""
    private_folder(target.parent)
    tmp = temp_sibling(target)
    try:
        src = connect(source, readonly=True)
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_EXCL, FILE_MODE)
            os.fchmod(fd, FILE_MODE)
            os.close(fd)
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            finally:
                dst.close()
        except sqlite3.Error as exc:
            raise classify(exc, source) from exc
        finally:
            src.close()
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}-journal").unlink(missing_ok=True)
        raise


def make_backup(paths: DataPaths, reason: str = "manual", *, now: datetime | None = None) -> Path:
    now = now or datetime.now()
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = paths.backups / f"ushiro-{stamp}-{reason}.sqlite3"
    serial = 1
    while target.exists():
        serial += 1
        target = paths.backups / f"ushiro-{stamp}-{serial}-{reason}.sqlite3"
    copy_database(paths.database, target)
    return target


def backup_to(paths: DataPaths, target: Path, *, overwrite: bool = False) -> Path:
    """A backup to a place the user chose (`ushiro-desk backup --to FILE`): never inside the data
    folder, and over an existing file only with `overwrite` (OutputRefused)."""
    target = check_target(target, data_root=paths.root, overwrite=overwrite)
    copy_database(paths.database, target)
    return target


def backups_to_keep(backups: list[BackupFile]) -> set[Path]:
    """Grandfather-father-son: the newest backup of each recent day, ISO week and month."""
    keep: set[Path] = set()
    for key, limit in (
        (lambda d: d.date(), KEEP_DAILY),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for backup in backups:  # newest first, so the first of each period is its newest
            period = key(backup.taken_at)
            if period in seen:
                continue
            if len(seen) == limit:
                break
            seen.append(period)
            keep.add(backup.path)
    return keep


def rotate(paths: DataPaths) -> list[Path]:
    """Delete the backups rotation no longer keeps; return what was removed."""
    backups = list_backups(paths.backups)
    keep = backups_to_keep(backups)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def auto_backup_due(paths: DataPaths, today: date) -> bool:
    return not any(b.taken_at.date() == today for b in list_backups(paths.backups) if b.reason == "auto")


def check_database_file(path: Path) -> BackupCheck:
    """Raise unless `path` is an intact Ushiro Desk database this version can open."""
    if not path.is_file():
        raise NotADatabase(f"{path} does not exist", path)
    with open(path, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise NotADatabase(f"{path} is not an SQLite database", path)
    conn = connect(path, readonly=True)
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise DatabaseCorrupt(f"{path}: {'; '.join(result[:3])}", path)
        state = schema.read_state(conn)
        if not state.current:
            raise NotADatabase(f"{path} is not an Ushiro Desk database", path)
        if state.is_newer:
            raise NewerSchema(f"{path} was written by a newer Ushiro Desk ({state.label})", path)
        counts = {
            name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        }
        return BackupCheck(state.current, counts)
    except sqlite3.Error as exc:
        raise classify(exc, path) from exc
    finally:
        conn.close()


def newest_good_backup(paths: DataPaths) -> BackupFile | None:
    for backup in list_backups(paths.backups):
        try:
            check_database_file(backup.path)
        except StorageError:
            continue
        return backup
    return None


def set_aside_damaged(paths: DataPaths, *, now: datetime | None = None) -> Path:
    """Move a damaged database (with its -wal/-shm) into `backups/damaged-…/`; it is never overwritten."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    folder = paths.backups / f"damaged-{stamp}"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    import shutil  # here: the status bar lists backups at start, and shutil pulls in zlib, bz2 and lzma

    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{paths.database}{suffix}")
        if part.exists():
            shutil.move(part, folder / part.name)
    return folder


def restore(paths: DataPaths, source: Path) -> Path | None:
    """Replace the database with `source` after checking it. The current database is kept first: as a
    `pre-restore` backup when it is readable, moved aside when it is damaged. The caller must hold the
    instance lock and have closed every connection. Returns where the old database went."""
    check_database_file(source)
    kept: Path | None = None
    if paths.database.exists():
        try:
            check_database_file(paths.database)
            kept = make_backup(paths, "pre-restore")
        except StorageError:
            kept = set_aside_damaged(paths)
    incoming = temp_sibling(paths.database)
    copy_database(source, incoming)
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    os.replace(incoming, paths.database)
    return kept
