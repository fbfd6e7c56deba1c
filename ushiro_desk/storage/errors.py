"""Storage errors split into those the user can act on and bugs (qutebrowser's way).

Every user-actionable error carries a `kind` that `ui/` and the CLI turn into one plain sentence.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StorageError(Exception):
    """A problem with the data files that the user can do something about."""

    kind = "storage"

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class DatabaseCorrupt(StorageError):
    kind = "corrupt"


class NewerSchema(StorageError):
    """The database was written by a newer version of Ushiro Desk; we never downgrade it."""

    kind = "newer_schema"


class DatabaseLocked(StorageError):
    kind = "locked"


class DiskFull(StorageError):
    kind = "disk_full"


class DataInUse(StorageError):
    """Another Ushiro Desk holds the data dir for writing."""

    kind = "in_use"


class ReadOnlyData(StorageError):
    """The data folder cannot be written (a read-only disk or folder): it opens for viewing and exporting only."""

    kind = "read_only"


class NotADatabase(StorageError):
    """A file offered for restore is not an Ushiro Desk database."""

    kind = "not_a_database"


class BackupRefused(StorageError):
    """A backup failed the full check (unknown trigger, missing file…); nothing was replaced."""

    kind = "backup_refused"


def classify(exc: sqlite3.Error, path: Path | None = None) -> Exception:
    """Map an sqlite3 error to the StorageError the user can act on, or return it unchanged (a bug)."""
    text = str(exc).lower()
    if "malformed" in text or "not a database" in text or "file is encrypted" in text:
        return DatabaseCorrupt(str(exc), path)
    if "locked" in text or "busy" in text:
        return DatabaseLocked(str(exc), path)
    if "full" in text:
        return DiskFull(str(exc), path)
    if "disk i/o" in text or "unable to open" in text or "readonly" in text:
        return StorageError(str(exc), path)
    return exc
