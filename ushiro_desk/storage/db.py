"""The SQLite database: WAL, foreign keys on, owner-only file mode, one connection per thread.

Services own transactions: `with db.transaction() as conn:` commits on success and rolls back on any
exception, so a crash at any moment leaves the file consistent and loses nothing committed.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ushiro_desk.storage.errors import classify

BUSY_TIMEOUT_MS = 15_000


def _touch_private(path: Path) -> None:
    """Create the file with mode 0600 before SQLite does (SQLite gives -wal/-shm the same mode)."""
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open one connection with the project's pragmas; errors come back classified."""
    try:
        if readonly:
            conn = _connect_readonly(path)
        else:
            _touch_private(path)
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a commit survives a power cut too, not only a killed process. Money records.
            conn.execute("PRAGMA synchronous = FULL")
        conn.row_factory = sqlite3.Row
        return conn
    except sqlite3.Error as exc:
        raise classify(exc, path) from exc


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """mode=ro; in a read-only folder a WAL database without its -shm cannot be opened that way, so it is
    opened as immutable — safe there because nothing can change it, and only when no -wal holds commits."""
    try:
        conn = sqlite3.connect(
            f"file:{path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        )
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        wal = Path(f"{path}-wal")
        writable = os.access(path.parent, os.W_OK)
        if "unable to open" not in str(exc) or writable or not path.is_file() or (wal.exists() and wal.stat().st_size):
            raise
    return sqlite3.connect(
        f"file:{path}?mode=ro&immutable=1", uri=True, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
    )


class Database:
    """One database file. Connections are kept per thread and closed together."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.path, readonly=self.readonly)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction. BEGIN IMMEDIATE takes the write lock up front, so two writers queue
        instead of failing half-way."""
        conn = self.connection()
        if conn.in_transaction:  # nested use joins the outer transaction
            yield conn
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise classify(exc, self.path) from exc
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: every query inside sees the same committed state."""
        conn = self.connection()
        if conn.in_transaction:
            yield conn
            return
        try:
            conn.execute("BEGIN")
            yield conn
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from exc
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()
