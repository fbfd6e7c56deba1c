"""Opening the data dir: take the instance lock, look at the schema, back up, migrate.

`Store` is what every service works on: the database, the file store and the paths.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from ushiro_desk.paths import DataPaths
from ushiro_desk.storage import schema
from ushiro_desk.storage.db import Database, connect
from ushiro_desk.storage.errors import DatabaseCorrupt, DataInUse, NewerSchema, NotADatabase, ReadOnlyData, classify
from ushiro_desk.storage.filestore import FileStore
from ushiro_desk.storage.instance_lock import InstanceLock


class Store:
    """An open data dir. (A plain class, not a dataclass: it is made on the way to the first window.)"""

    def __init__(
        self,
        paths: DataPaths,
        db: Database,
        files: FileStore,
        lock: InstanceLock | None = None,
        migrated_from: frozenset[str] | None = None,
        read_only: bool = False,
    ) -> None:
        self.paths = paths
        self.db = db
        self.files = files
        self.lock = lock
        self.migrated_from = migrated_from  # the revisions before this start's upgrade, if one ran
        self.read_only = read_only  # the data folder cannot be written: viewing and exporting only

    def __repr__(self) -> str:
        return f"Store({str(self.paths.root)!r})"

    @property
    def writable(self) -> bool:
        return self.lock is not None and self.lock.held

    def is_empty(self) -> bool:
        """Nothing entered yet (no company profile): the first start offers sample data."""
        with self.db.snapshot() as conn:
            return conn.execute("SELECT count(*) FROM company_profile").fetchone()[0] == 0

    def close(self) -> None:
        self.db.close()
        if self.lock is not None:
            self.lock.release()


def inspect(paths: DataPaths) -> schema.SchemaState:
    """Read the schema state of the data dir's database (raises a StorageError when unreadable)."""
    conn = connect(paths.database, readonly=True)
    try:
        return schema.read_state(conn)
    except sqlite3.Error as exc:
        raise classify(exc, paths.database) from exc
    finally:
        conn.close()


def open_store(paths: DataPaths, *, require_lock: bool = True) -> Store:
    """Open the data dir for use. With `require_lock`, fail with DataInUse when another process holds
    it (ReadOnlyData when the folder cannot be written); without, open anyway (read-only commands such
    as `check` and `backup`, a read-only folder for viewing) unless it must migrate."""
    read_only = False
    lock: InstanceLock | None = None
    try:
        paths.ensure()
        lock = InstanceLock(paths.lock)
        acquired = lock.acquire()
    except ReadOnlyData:
        if require_lock or not paths.database.is_file():
            raise
        read_only, lock, acquired = True, None, False
    except OSError as exc:
        import errno

        if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise
        raise ReadOnlyData(f"{paths.root} cannot be written ({exc.strerror})", paths.root) from exc
    if not acquired and not read_only:
        if require_lock:
            raise DataInUse("the data dir is in use by another Ushiro Desk", paths.root)
        lock = None
    try:
        existed = paths.database.exists()
        state = inspect(paths) if existed else None
        if state is not None and state.is_newer:
            raise NewerSchema(f"written by a newer Ushiro Desk ({state.label})", paths.database)
        if state is not None and state.is_empty:
            _refuse_emptied(paths)
        if state is not None and state.is_foreign:
            raise NotADatabase(f"{paths.database} is not an Ushiro Desk database", paths.database)
        migrated_from = None
        if state is None or state.needs_upgrade:
            if read_only:
                raise ReadOnlyData(f"{paths.root} is read-only and its database must be upgraded first", paths.root)
            if lock is None:
                raise DataInUse("the database must be upgraded but is in use", paths.root)
            if state is not None and not state.is_empty:
                from ushiro_desk.storage import backups

                backups.make_backup(paths, "pre-migration")
            schema.upgrade(paths.database)
            migrated_from = state.current if state is not None else frozenset()
        return Store(
            paths, Database(paths.database, readonly=read_only), FileStore(paths.files), lock, migrated_from, read_only
        )
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def sweep_leftovers(paths: DataPaths):  # type: ignore[no-untyped-def]
    """Remove the temporary files a killed run left in the data folder (backups, restores, incoming
    receipts, a half-built demo) and beside the outputs the audit trail records (exports); an
    `outputs.Swept` (count, bytes)."""
    from pathlib import Path

    from ushiro_desk.outputs import Swept, sweep_leftovers as sweep

    try:
        swept = sweep(paths.root)
    except OSError:  # a read-only or vanished folder: nothing we can clean
        swept = Swept(0, 0)
    for folder in _recorded_output_folders(paths):
        try:
            more = sweep(Path(folder), recursive=False)
        except OSError:
            continue
        swept = Swept(swept.count + more.count, swept.bytes + more.bytes)
    return swept


def _recorded_output_folders(paths: DataPaths, limit: int = 20) -> list[str]:
    """The folders of the latest exports the audit trail names (an unreadable database names none)."""
    import json
    import os

    if not paths.database.is_file():
        return []
    try:
        conn = connect(paths.database, readonly=True)
    except Exception:  # noqa: BLE001 - a damaged or foreign file: `check` and the opening say so, not the sweep
        return []
    try:
        rows = conn.execute(
            "SELECT detail FROM audit_log WHERE action = 'export' ORDER BY id DESC LIMIT ?", (limit * 5,)
        ).fetchall()
    except sqlite3.Error:
        return []
    finally:
        conn.close()
    folders: list[str] = []
    for (detail,) in rows:
        try:
            file = json.loads(detail).get("file") if detail else None
        except (ValueError, AttributeError):
            continue
        if isinstance(file, str) and file:
            folder = os.path.dirname(file)
            if folder and folder not in folders:
                folders.append(folder)
    return folders[:limit]


def _refuse_emptied(paths: DataPaths) -> None:
    """An empty (or 0-byte) database beside stored files or backups was damaged, not a new start:
    rebuilding it empty would hide every record those files belong to."""
    from ushiro_desk.storage.integrity import data_beside

    beside = data_beside(paths.root)
    if beside:
        raise DatabaseCorrupt(
            f"{paths.database} is empty while the data folder holds {beside} stored files and backups", paths.database
        )


def auto_backup(store: Store, today: date | None = None) -> bool:
    """The daily automatic backup with rotation; True when one was taken."""
    from ushiro_desk.storage import backups

    today = today or date.today()
    if not backups.auto_backup_due(store.paths, today):
        return False
    backups.make_backup(store.paths, "auto", now=datetime.now())
    backups.rotate(store.paths)
    return True
