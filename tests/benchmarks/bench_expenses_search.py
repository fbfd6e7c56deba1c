"""Expense search at 100,000 expenses: a combined search (date + amount + payee) through the service as a
ratio to the same SQL run directly with sqlite3 in the same run (target ≤ 2×), the time to show the first
screen of the table model, and resident memory with the list open (target < 300 MB).

    python tests/benchmarks/bench_expenses_search.py [--count 100000] [--data-dir DIR]

The data set is the sample data with `--years 10` topped up by the bulk generator to `--count`; it is
built in a temporary folder (or reused from `--data-dir` when it already holds enough expenses).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from ushiro_desk.domain.expenses.search import ExpenseQuery  # noqa: E402
from ushiro_desk.paths import DataPaths  # noqa: E402
from ushiro_desk.services import demo, expenses  # noqa: E402
from ushiro_desk.services.expenses import bulk  # noqa: E402
from ushiro_desk.services.store import Store, open_store  # noqa: E402
from ushiro_desk.storage import expenses_repo  # noqa: E402

TODAY = date(2026, 11, 20)
QUERIES = {
    "date+amount+payee": ExpenseQuery(date_from=date(2020, 4, 1), date_to=date(2025, 3, 31), amount_min=1_000,
                                      amount_max=50_000, payee="amazon"),
    "date+amount": ExpenseQuery(date_from=date(2024, 4, 1), date_to=date(2025, 3, 31), amount_min=3_000, amount_max=30_000),
    "payee only": ExpenseQuery(payee="東京メトロ"),
    "everything": ExpenseQuery(),
}


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def build(paths: DataPaths, count: int) -> Store:
    store = open_store(paths)
    with store.db.snapshot() as conn:
        have = conn.execute("SELECT count(*) FROM expense").fetchone()[0]
    if have >= count:
        return store
    started = time.perf_counter()
    if have == 0:
        demo.fill(store, years=10, today=TODAY)
        with store.db.snapshot() as conn:
            have = conn.execute("SELECT count(*) FROM expense").fetchone()[0]
        print(f"sample data (--years 10): {have:,} expenses in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    bulk.generate(store, count - have, end=TODAY)
    print(f"bulk generator: {count - have:,} expenses in {time.perf_counter() - started:.1f} s")
    return store


def best_of(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--data-dir")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    folder = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="ushiro-bench-"))
    store = build(DataPaths(folder), args.count)
    with store.db.snapshot() as conn:
        total = conn.execute("SELECT count(*) FROM expense").fetchone()[0]
    print(f"expenses: {total:,}")

    raw = sqlite3.connect(store.paths.database)
    worst = 0.0
    for name, query in QUERIES.items():
        sql, params = expenses_repo.search_sql(query)
        found = expenses.search(store, query)
        direct = raw.execute(sql, params).fetchall()
        assert [r[0] for r in direct] == found
        # alternating (A B A B …), the baseline returning ids as the service does, not tuples (issue 17)
        pairs = [(best_of(lambda: expenses.search(store, query), 1),  # noqa: B023
                  best_of(lambda: [r[0] for r in raw.execute(sql, params)], 1))  # noqa: B023
                 for _ in range(args.runs)]
        service = statistics.median(a for a, _ in pairs)
        plain = statistics.median(b for _, b in pairs)
        ratio = statistics.median(a / b for a, b in pairs)
        worst = max(worst, ratio) if name != "everything" else worst
        print(f"search {name:<18} {len(found):>7,} rows  service {service * 1000:7.2f} ms  "
              f"sqlite3 {plain * 1000:7.2f} ms  ratio {ratio:.2f}×")
    raw.close()
    print(f"combined search ratio (worst of the filtered searches): {worst:.2f}× (target ≤ 2×)")

    from PySide6.QtWidgets import QApplication

    from ushiro_desk.config import Preferences
    from ushiro_desk.ui.application import register_fonts
    from ushiro_desk.ui.context import ChangeBus, UiContext

    app = QApplication([])
    register_fonts(app)
    ctx = UiContext(store=store, prefs=Preferences(folder / "config"), bus=ChangeBus())
    from ushiro_desk.ui.expenses.page import ExpensesPage

    from ushiro_desk.ui.expenses.model import ExpenseTableModel

    started = time.perf_counter()
    model = ExpenseTableModel(lambda ids: expenses.list_rows(store, ids))
    model.set_ids(expenses.search(store, ExpenseQuery()))
    visible = [model.data(model.index(row, column)) for row in range(40) for column in range(model.columnCount())]
    assert all(v is not None for v in visible[:8])
    print(f"first screen in the table model ({model.rowCount():,} ids, 40 rows read): "
          f"{(time.perf_counter() - started) * 1000:.0f} ms")

    started = time.perf_counter()
    page = ExpensesPage(ctx)  # runs the unfiltered search: every expense in the list
    page.resize(1300, 800)
    page.show()
    app.processEvents()
    page.table.viewport().repaint()
    first_screen = time.perf_counter() - started
    print(f"first screen of the list ({page.model.rowCount():,} rows, page built and painted): "
          f"{first_screen * 1000:.0f} ms, {page.model.fetches} page(s) fetched")

    started = time.perf_counter()
    page.search_bar.set_query(QUERIES["date+amount+payee"])
    page.table.viewport().repaint()
    print(f"new search to repainted list: {(time.perf_counter() - started) * 1000:.0f} ms")

    started = time.perf_counter()
    scroll = page.table.verticalScrollBar()
    for step in range(20):
        page.search_bar.clear() if step == 0 else None
        scroll.setValue(scroll.maximum() * step // 19)
        page.table.viewport().repaint()
    print(f"scrolling top to bottom in 20 jumps: {(time.perf_counter() - started) * 1000:.0f} ms "
          f"({page.model.fetches} pages fetched in all)")
    app.processEvents()
    memory = rss_mb()
    print(f"resident memory with the list open: {memory:.0f} MB (target < 300 MB)")
    page.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
