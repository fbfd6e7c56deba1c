"""Schema versions: which migrations exist, which a database has, and upgrading it.

Reading the state is cheap (the revision ids are read from the migration files with a regex and the
database with one query) so the app can decide at start without importing Alembic or SQLAlchemy; those
are imported only when a migration actually has to run.
"""

from __future__ import annotations

import ast
import re
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"


# `revision = "0002_chores"` or `down_revision: str | None = "0001_foundation"` at the top of a file.
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)


@lru_cache(maxsize=1)
def known_revisions() -> dict[str, tuple[str, ...]]:
    """Every revision in `versions/` with the revisions it follows. Only the two assignment lines are
    evaluated (parsing whole migration files costs milliseconds at every start)."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted(VERSIONS_DIR.glob("*.py")):
        values: dict[str, object] = {}
        for name, value in _ASSIGNMENT.findall(path.read_text(encoding="utf-8")):
            values.setdefault(name, ast.literal_eval(value))
        if "revision" not in values:
            continue
        down = values.get("down_revision")
        parents = () if down is None else (down,) if isinstance(down, str) else tuple(down)  # type: ignore[arg-type]
        graph[str(values["revision"])] = parents
    return graph


def heads() -> frozenset[str]:
    graph = known_revisions()
    parents = {p for ps in graph.values() for p in ps}
    return frozenset(rev for rev in graph if rev not in parents)


class SchemaState(NamedTuple):
    """The revisions a database has, beside those this version knows and its heads."""

    current: frozenset[str]
    heads: frozenset[str]
    known: frozenset[str]
    has_tables: bool

    @property
    def is_empty(self) -> bool:
        return not self.current and not self.has_tables

    @property
    def is_newer(self) -> bool:
        """Written by a newer Ushiro Desk: it has revisions this version does not know."""
        return bool(self.current - self.known)

    @property
    def is_foreign(self) -> bool:
        """Tables but no migration record: not an Ushiro Desk database."""
        return not self.current and self.has_tables

    @property
    def needs_upgrade(self) -> bool:
        return not self.is_newer and not self.is_foreign and self.current != self.heads

    @property
    def label(self) -> str:
        return ", ".join(sorted(self.current)) or "-"


def read_state(conn: sqlite3.Connection) -> SchemaState:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    current: frozenset[str] = frozenset()
    if "alembic_version" in tables:
        current = frozenset(row[0] for row in conn.execute("SELECT version_num FROM alembic_version"))
    return SchemaState(
        current=current,
        heads=heads(),
        known=frozenset(known_revisions()),
        has_tables=bool(tables - {"alembic_version"}),
    )


def upgrade(path: Path, target: str = "heads") -> None:
    """Run every pending migration (up to `target`) on the file at `path` (one transaction per migration)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        dbapi_conn.execute("PRAGMA busy_timeout = 15000")

    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS_DIR))
            config.attributes["connection"] = connection
            command.upgrade(config, target)
    finally:
        engine.dispose()
