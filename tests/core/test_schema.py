"""Migrations build exactly the declared schema; upgrades keep data; newer databases are refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ushiro_desk.paths import DataPaths
from ushiro_desk.services.store import open_store
from ushiro_desk.storage import backups, schema
from ushiro_desk.storage.errors import DatabaseCorrupt, NewerSchema, NotADatabase


def test_migrations_from_empty_build_the_declared_schema(paths: DataPaths) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from ushiro_desk.storage.tables import metadata

    open_store(paths).close()
    engine = create_engine(f"sqlite:///{paths.database}")
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_the_cheap_revision_reader_agrees_with_alembic() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    assert schema.heads() == frozenset(script.get_heads())
    def parents(down: str | tuple[str, ...] | None) -> tuple[str, ...]:
        return () if down is None else (down,) if isinstance(down, str) else tuple(down)

    assert schema.known_revisions() == {rev.revision: parents(rev.down_revision) for rev in script.walk_revisions()}


def test_a_fresh_database_is_private_wal_with_foreign_keys(store) -> None:  # type: ignore[no-untyped-def]
    conn = store.db.connection()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert (store.paths.database.stat().st_mode & 0o777) == 0o600


def test_an_upgrade_keeps_the_data_and_backs_up_first(paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    from ushiro_desk.domain.company import CompanyProfile
    from ushiro_desk.services import company

    store = open_store(paths)
    company.save_profile(store, CompanyProfile(name="合同会社テスト"))
    store.close()
    # Pretend a new migration arrived after this database was written.
    real_heads = schema.heads()
    newest = sorted(real_heads)[0]
    conn = sqlite3.connect(paths.database)
    conn.execute("UPDATE alembic_version SET version_num = ?", (newest,))
    conn.commit()
    conn.close()
    upgraded: list[Path] = []
    monkeypatch.setattr(schema, "heads", lambda: real_heads | {"9999_future"})
    monkeypatch.setattr(schema, "upgrade", lambda path: upgraded.append(path))
    store = open_store(paths)
    try:
        assert upgraded == [paths.database]
        assert [b.reason for b in backups.list_backups(paths.backups)] == ["pre-migration"]
        assert company.load_profile(store).name == "合同会社テスト"  # type: ignore[union-attr]
    finally:
        store.close()


def test_real_upgrade_from_the_first_revision_keeps_data(paths: DataPaths) -> None:
    """Build revision 0001 only, add data, then let the app migrate to head."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    paths.ensure()
    engine = create_engine(f"sqlite:///{paths.database}")
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
        config.attributes["connection"] = connection
        command.upgrade(config, "0001_foundation")
    engine.dispose()
    conn = sqlite3.connect(paths.database)
    conn.execute(
        "INSERT INTO company_profile (id, name, representative, postal_code, address, phone, email,"
        " registration_number, entity_type, fiscal_year_start_month, updated_at)"
        " VALUES (1, '後藤デザイン', '', '', '', '', '', '', 'sole_proprietor', 1, '2026-01-01')"
    )
    conn.commit()
    conn.close()
    store = open_store(paths)
    try:
        with store.db.snapshot() as c:
            assert c.execute("SELECT name FROM company_profile").fetchone()[0] == "後藤デザイン"
        assert store.migrated_from == frozenset({"0001_foundation"}) or schema.heads() == {"0001_foundation"}
    finally:
        store.close()


def test_a_database_from_a_newer_version_is_refused_and_untouched(paths: DataPaths) -> None:
    open_store(paths).close()
    conn = sqlite3.connect(paths.database)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = paths.database.read_bytes()
    with pytest.raises(NewerSchema):
        open_store(paths)
    assert paths.database.read_bytes() == before
    assert backups.list_backups(paths.backups) == []


def test_a_foreign_sqlite_file_is_refused(paths: DataPaths) -> None:
    paths.ensure()
    conn = sqlite3.connect(paths.database)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADatabase):
        open_store(paths)


def test_a_garbage_file_is_reported_as_damaged_and_left_alone(paths: DataPaths) -> None:
    paths.ensure()
    paths.database.write_bytes(b"this is not a database at all" * 100)
    before = paths.database.read_bytes()
    with pytest.raises(DatabaseCorrupt):
        open_store(paths)
    assert paths.database.read_bytes() == before
