"""Many expenses at once, in one transaction with `executemany`: sample data and the benchmark's
100,000 expenses. The expenses are checked by the caller (or generated from known-good patterns)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from ushiro_desk.domain.expenses.model import Expense, to_record
from ushiro_desk.domain.expenses.receipt_files import sniff
from ushiro_desk.domain.expenses.rules import check_expense
from ushiro_desk.services.expenses.samples import year_of_expenses
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit, company_repo, expenses_repo


def record_with_receipts(
    store: Store, items: list[Expense], receipts: list[tuple[str, bytes] | None] | None = None
) -> list[int]:
    """Record checked expenses with their `created` revisions and, where given, one receipt each
    (name, bytes). Returns the new ids in order."""
    receipts = receipts or [None] * len(items)
    stored: list[tuple[str, str, int, str] | None] = []
    for item in receipts:
        if item is None:
            stored.append(None)
            continue
        name, data = item
        sha, _ = store.files.put_bytes(data)
        stored.append((sha, name, len(data), sniff(data[:16]) or "application/octet-stream"))
    with store.db.transaction() as conn:
        now = audit.now_utc()
        ids = expenses_repo.insert_many(conn, [replace(e, id=None) for e in items], now)
        expenses_repo.add_first_revisions(conn, ((i, to_record(e)) for i, e in zip(ids, items)), now)
        for entry in stored:
            if entry is not None:
                company_repo.register_file(conn, entry[0], entry[2], entry[3], entry[1])
        expenses_repo.attach_many(conn, ((i, s[0], s[1]) for i, s in zip(ids, stored) if s is not None), now)
        conn.execute("PRAGMA optimize")
        audit.record(conn, "create_many", "expense", f"{ids[0]}-{ids[-1]}" if ids else "-", {"count": len(ids)})
    return ids


def generate(store: Store, count: int, *, seed: int = 11, end: date | None = None, years: int = 10,
             batch: int = 20_000) -> int:
    """Add `count` realistic expenses (no receipt files) spread over `years` up to `end`: the benchmark's
    data set. Patterns are drawn from the sample year, dates spread at random."""
    rng = random.Random(seed)
    end = end or date.today()
    start = date(end.year - years, end.month, 1)
    patterns = [s.form for s in year_of_expenses(rng, date(end.year - 1, 1, 1), date(end.year - 1, 12, 31))]
    span = (end - start).days
    made = 0
    while made < count:
        items = []
        for _ in range(min(batch, count - made)):
            form = rng.choice(patterns)
            day = start + timedelta(days=rng.randrange(span))
            scale = rng.choice((1, 1, 1, 2, 3))
            amount = int(form.amount) * scale if form.tax_parts == () else int(form.amount)  # type: ignore[arg-type]
            expense, problems = check_expense(replace(form, date=day, amount=amount), today=end)
            assert expense is not None, problems
            items.append(expense)
        record_with_receipts(store, items)
        made += len(items)
    return made
