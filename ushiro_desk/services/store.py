"""Opening the data dir: take the instance lock, look at the schema, back up, migrate.

`Store` is what every service works on: the database, the file store and the paths.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from ushiro_desk.paths import DataPaths
from ushiro_desk.storage import schema
from ushiro_desk.storage.db import Database, connect
from ushiro_desk.storage.errors import DatabaseCorrupt, DataInUse, NewerSchema, NotADatabase, classify
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
    ) -> None:
        self.paths = paths
        self.db = db
        self.files = files
        self.lock = lock
        self.migrated_from = migrated_from  # the revisions before this start's upgrade, if one ran

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
    it; without, open anyway (read-only commands such as `check` and `backup`) unless it must migrate."""
    paths.ensure()
    lock = InstanceLock(paths.lock)
    if not lock.acquire():
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
            if lock is None:
                raise DataInUse("the database must be upgraded but is in use", paths.root)
            if state is not None and not state.is_empty:
                from ushiro_desk.storage import backups

                backups.make_backup(paths, "pre-migration")
            schema.upgrade(paths.database)
            migrated_from = state.current if state is not None else frozenset()
        return Store(paths, Database(paths.database), FileStore(paths.files), lock, migrated_from)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


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
