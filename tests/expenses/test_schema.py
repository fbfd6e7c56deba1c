"""The expense migration builds exactly the declared tables (Alembic autogenerate finds nothing)."""

from __future__ import annotations

from sqlalchemy import create_engine

from ushiro_desk.services.store import Store


def test_migration_matches_the_sqlmodel_tables(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from ushiro_desk.storage.tables import metadata

    engine = create_engine(f"sqlite:///{store.paths.database}")
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    finally:
        engine.dispose()
    mine = [d for d in diff if "expense" in repr(d)]
    assert mine == []


def test_the_account_list_is_seeded(store: Store) -> None:
    from ushiro_desk.domain.expenses.accounts import SEED_EXPENSE_ACCOUNTS
    from ushiro_desk.services import expenses

    assert tuple(expenses.accounts(store)) == SEED_EXPENSE_ACCOUNTS
