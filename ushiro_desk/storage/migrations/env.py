"""Alembic environment, run from code only (`storage.schema.upgrade`): no alembic.ini."""

from alembic import context

from ushiro_desk.storage.tables import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
