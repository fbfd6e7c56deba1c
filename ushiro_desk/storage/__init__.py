"""The local store: one SQLite file (WAL), content-addressed files, backups, the instance lock.

Runtime reads and writes use `sqlite3` directly through `Database` (fast to import and to run); the
SQLModel tables in `storage.tables` declare the schema that the Alembic migrations build.
"""
