"""Backups: taken with the online API, rotated 7/4/12, checked before a restore, current data kept."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ushiro_desk.domain.company import CompanyProfile
from ushiro_desk.paths import DataPaths
from ushiro_desk.services import company, maintenance
from ushiro_desk.services.store import auto_backup, open_store
from ushiro_desk.storage import backups
from ushiro_desk.storage.errors import DatabaseCorrupt, NewerSchema, NotADatabase


def _name(store, text: str) -> None:  # type: ignore[no-untyped-def]
    company.save_profile(store, CompanyProfile(name=text))


def test_backup_then_restore_brings_the_old_data_back(store) -> None:  # type: ignore[no-untyped-def]
    _name(store, "最初の名前")
    backup = backups.make_backup(store.paths, "manual")
    _name(store, "後の名前")
    store.db.close()
    kept = maintenance.restore(store.paths, backup)
    assert company.load_profile(store).name == "最初の名前"  # type: ignore[union-attr]
    assert kept is not None and kept.exists()
    # The data replaced by the restore is itself kept as a backup.
    conn = sqlite3.connect(kept)
    assert conn.execute("SELECT name FROM company_profile").fetchone()[0] == "後の名前"
    conn.close()


def test_backup_includes_what_is_still_in_the_wal(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _name(store, "WALの中")
    target = backups.backup_to(store.paths, tmp_path / "copy.sqlite3")
    assert backups.check_database_file(target).counts["company_profile"] == 1


def test_restore_refuses_a_corrupt_file_and_changes_nothing(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _name(store, "そのまま")
    good = backups.make_backup(store.paths, "manual")
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(good.read_bytes())
    for offset in range(4096, len(data), 97):  # scribble over every page after the header
        data[offset] ^= 0xFF
    damaged.write_bytes(bytes(data))
    before = store.paths.database.read_bytes()
    with pytest.raises((DatabaseCorrupt, NotADatabase)):
        maintenance.restore(store.paths, damaged)
    assert store.paths.database.read_bytes() == before
    assert company.load_profile(store).name == "そのまま"  # type: ignore[union-attr]


def test_restore_refuses_other_files(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(NotADatabase):
        maintenance.restore(store.paths, text)
    foreign = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADatabase):
        maintenance.restore(store.paths, foreign)


def test_restore_refuses_a_backup_from_a_newer_version(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    newer = backups.backup_to(store.paths, tmp_path / "newer.sqlite3")
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    with pytest.raises(NewerSchema):
        maintenance.restore(store.paths, newer)


def test_a_damaged_database_is_set_aside_not_overwritten(paths: DataPaths) -> None:
    store = open_store(paths)
    _name(store, "良いデータ")
    good = backups.make_backup(paths, "auto")
    store.close()
    paths.database.write_bytes(b"\0garbage" * 4096)
    damaged_bytes = paths.database.read_bytes()
    assert backups.newest_good_backup(paths).path == good  # type: ignore[union-attr]
    maintenance.restore(paths, good)
    aside = [p for p in paths.backups.glob("damaged-*/ushiro.sqlite3")]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged_bytes
    store = open_store(paths)
    assert company.load_profile(store).name == "良いデータ"  # type: ignore[union-attr]
    store.close()


def test_the_automatic_backup_runs_once_a_day(store) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    assert auto_backup(store, today) is True
    assert auto_backup(store, today) is False
    assert [b.reason for b in backups.list_backups(store.paths.backups)] == ["auto"]


def _fake_backups(folder: Path, moments: list[datetime]) -> list[backups.BackupFile]:
    folder.mkdir(parents=True, exist_ok=True)
    for moment in moments:
        (folder / f"ushiro-{moment:%Y%m%d-%H%M%S}-auto.sqlite3").write_bytes(b"x")
    return backups.list_backups(folder)


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path) -> None:
    start = datetime(2024, 1, 1, 9, 0)
    found = _fake_backups(tmp_path, [start + timedelta(days=n) for n in range(800)])
    kept = sorted(b.taken_at.date() for b in found if b.path in backups.backups_to_keep(found))
    newest = (start + timedelta(days=799)).date()
    days = {newest - timedelta(days=n) for n in range(7)}
    assert days <= set(kept)
    assert len({d.isocalendar()[:2] for d in kept}) >= 4
    assert len({(d.year, d.month) for d in kept}) == 12
    assert len(kept) <= 7 + 4 + 12


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=2000), min_size=1, max_size=60, unique=True))
def test_rotation_always_keeps_the_newest_and_one_per_recent_month(offsets: list[int]) -> None:
    start = datetime(2020, 1, 1, 12)
    moments = [start + timedelta(hours=6 * o) for o in offsets]
    found = [backups.BackupFile(Path(f"/b/{m:%Y%m%d-%H%M%S}"), m, "auto") for m in sorted(moments, reverse=True)]
    keep = backups.backups_to_keep(found)
    assert found[0].path in keep
    months = []
    for b in found:
        if (b.taken_at.year, b.taken_at.month) not in months:
            months.append((b.taken_at.year, b.taken_at.month))
    for month in months[:12]:
        assert any((b.taken_at.year, b.taken_at.month) == month and b.path in keep for b in found)
    assert len(keep) <= 7 + 4 + 12


def test_backup_list_reads_the_time_from_the_name_and_ignores_strangers(tmp_path: Path) -> None:
    _fake_backups(tmp_path, [datetime(2026, 11, 20, 7, 5, 9), datetime(2025, 2, 28, 23, 59, 0)])
    for stranger in ("ushiro-20261340-101010-auto.sqlite3", "ushiro-20261120-250000-auto.sqlite3", "notes.sqlite3"):
        (tmp_path / stranger).write_bytes(b"x")
    found = backups.list_backups(tmp_path)
    assert [b.taken_at for b in found] == [datetime(2026, 11, 20, 7, 5, 9), datetime(2025, 2, 28, 23, 59, 0)]
