"""Sample data built aside: a killed `demo` never leaves a half-filled data folder that `demo` then refuses.

The sample store is built in a temporary folder inside the data folder, named with `outputs.TEMP_MARK`
(the next start sweeps it away when its process is gone), and moved into place when it is complete:
`files/` by one rename, then the database by one rename — the moment the data folder has data.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

from ushiro_desk.outputs import private_folder, temp_sibling
from ushiro_desk.paths import DataPaths
from ushiro_desk.services.store import Store, open_store


def fill_aside(store: Store, *, years: int, seed: int = 7, today: date | None = None) -> dict[str, int]:
    """Fill the empty data folder of `store` (whose lock the caller holds) with sample data; return counts."""
    from ushiro_desk.services import demo

    paths = store.paths
    aside = DataPaths(temp_sibling(paths.root / "demo"))
    private_folder(aside.root)
    built = open_store(aside)
    try:
        summary = demo.fill(built, years=years, seed=seed, today=today)
    finally:
        built.close()
    _single_file(aside.database)
    store.db.close()  # it reconnects to the new file on next use
    _move_files(aside.files, paths.files)
    for part in ("-wal", "-shm"):
        Path(f"{paths.database}{part}").unlink(missing_ok=True)
    os.replace(aside.database, paths.database)
    _fsync_folder(paths.root)
    import shutil

    shutil.rmtree(aside.root, ignore_errors=True)
    return summary


def _single_file(database: Path) -> None:
    """Fold the WAL into the file so that one rename moves every committed row."""
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def _move_files(source: Path, target: Path) -> None:
    """`files/` in one rename when the target is empty (a fresh store); else file by file (a resumed
    build: the names are hashes, so a file already there is the same file)."""
    if not source.is_dir():
        return
    try:
        os.replace(source, target)
        return
    except OSError:
        pass
    for path in sorted(source.rglob("*")):
        if path.is_file():
            destination = target / path.relative_to(source)
            private_folder(destination.parent)
            os.replace(path, destination)


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
