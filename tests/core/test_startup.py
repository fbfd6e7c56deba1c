"""What the app does at start when the data is damaged, newer, or in use."""

from __future__ import annotations

import sqlite3

import pytest

from ushiro_desk import app
from ushiro_desk.domain.company import CompanyProfile
from ushiro_desk.paths import DataPaths
from ushiro_desk.services import company
from ushiro_desk.services.store import Store, open_store
from ushiro_desk.storage import backups
from ushiro_desk.storage.instance_lock import InstanceLock
from ushiro_desk.ui import startup


@pytest.fixture
def damaged(paths: DataPaths) -> bytes:
    store = open_store(paths)
    company.save_profile(store, CompanyProfile(name="バックアップの会社"))
    backups.make_backup(paths, "auto")
    store.close()
    paths.database.write_bytes(b"\x13garbage" * 2048)
    for suffix in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    return paths.database.read_bytes()


def test_a_damaged_database_is_restored_from_the_newest_good_backup_when_the_user_agrees(
    qapp, paths: DataPaths, damaged: bytes, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    offered = []
    monkeypatch.setattr(startup, "offer_restore", lambda error, backup: offered.append(backup) or True)
    store = app._open_or_recover(paths)
    assert isinstance(store, Store)
    try:
        assert offered and offered[0] is not None
        assert company.load_profile(store).name == "バックアップの会社"  # type: ignore[union-attr]
    finally:
        store.close()
    kept = list(paths.backups.glob("damaged-*/ushiro.sqlite3"))
    assert [p.read_bytes() for p in kept] == [damaged]


def test_a_damaged_database_is_left_alone_when_the_user_quits(
    qapp, paths: DataPaths, damaged: bytes, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(startup, "offer_restore", lambda error, backup: False)
    assert app._open_or_recover(paths) == 1
    assert paths.database.read_bytes() == damaged


def test_a_newer_database_is_explained_and_not_touched(
    qapp, paths: DataPaths, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    open_store(paths).close()
    conn = sqlite3.connect(paths.database)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = paths.database.read_bytes()
    shown = []
    monkeypatch.setattr(startup, "show_fatal", lambda error: shown.append(startup.explain(error)))
    assert app._open_or_recover(paths) == 1
    assert "newer version" in shown[0]
    assert paths.database.read_bytes() == before


def test_data_in_use_without_a_window_to_raise_says_so(
    qapp, paths: DataPaths, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    paths.ensure()
    lock = InstanceLock(paths.lock)
    assert lock.acquire()
    shown = []
    monkeypatch.setattr(startup, "show_fatal", lambda error: shown.append(startup.explain(error)))
    try:
        assert app._open_or_recover(paths) == 1
    finally:
        lock.release()
    assert "in use" in shown[0]
