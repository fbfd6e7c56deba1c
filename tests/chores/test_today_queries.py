"""The Today page's queries run at every start: on ten years of occurrences they must find their rows
through an index, not by reading every occurrence."""

from __future__ import annotations

from datetime import date

from ushiro_desk.storage import chores_due


def _plan(conn, sql: str, *args: object) -> list[str]:  # type: ignore[no-untyped-def]
    return [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, args)]


def test_the_today_queries_use_indexes(store) -> None:  # type: ignore[no-untyped-def]
    with store.db.snapshot() as conn:
        for sql in (chores_due.OPEN_UNTIL, chores_due.FINISHED_ON):
            plan = _plan(conn, sql, date(2026, 11, 20).isoformat())
            occurrence = [step for step in plan if step.split()[:2] in (["SCAN", "o"], ["SEARCH", "o"])]
            assert occurrence and all(step.startswith("SEARCH o USING INDEX") for step in occurrence), plan
