"""The chores migration builds exactly the declared tables (the lead's schema test does this for all
areas; this copy keeps the check with the area while the branches are apart)."""

from __future__ import annotations

from ushiro_desk.paths import DataPaths
from ushiro_desk.services.store import open_store


def test_the_chores_migration_builds_the_declared_schema(paths: DataPaths) -> None:
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
