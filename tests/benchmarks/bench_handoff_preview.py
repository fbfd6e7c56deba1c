"""Handoff preview of one month (this month, for the recipient with most chores) at half and full history,
whole processes, alternating (`harness`), against bare sqlite3 reads of the same rows: the recipient's
chores, their open occurrences of the month, the month's recorded expenses with their receipts and the
month's documents. Targets: ≤ 1.5× and flat when the history doubles."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.benchmarks import harness, scale  # noqa: E402

FIRST, LAST = "2026-11-01", "2026-11-30"  # this month: its expenses recorded, some occurrences still open
APP = f"""
import sys
from datetime import date
from pathlib import Path
from ushiro_desk.paths import DataPaths
from ushiro_desk.services.store import open_store
from ushiro_desk.services.handoff import bundles, recipients
store = open_store(DataPaths(Path(sys.argv[1])), require_lock=False)
people = recipients.list_recipients(store)
chosen = max(people, key=lambda r: len(bundles.preview(store, r, date.fromisoformat({FIRST!r}), date.fromisoformat({LAST!r})).plan.tasks)) if sys.argv[2] == 'pick' else next(r for r in people if r.id == int(sys.argv[2]))
p = bundles.preview(store, chosen, date.fromisoformat({FIRST!r}), date.fromisoformat({LAST!r}))
print(len(p.plan.tasks), len(p.occurrences), chosen.id)
store.close()
"""
BARE = f"""
import sqlite3, sys
conn = sqlite3.connect(f"file:{{sys.argv[1]}}/ushiro.sqlite3?mode=ro", uri=True)
recipient = int(sys.argv[2])
chores = conn.execute("SELECT * FROM chore WHERE assignee_id = ? AND archived_at IS NULL", (recipient,)).fetchall()
ids = {{c[0] for c in chores}}
occ = [r for r in conn.execute("SELECT id, chore_id, due_date FROM chore_occurrence WHERE state = 'open' AND due_date BETWEEN ? AND ? ORDER BY due_date, id", ({FIRST!r}, {LAST!r})) if r[1] in ids]
expenses = conn.execute("SELECT e.*, r.sha256, r.original_name FROM expense e LEFT JOIN expense_receipt r ON r.expense_id = e.id AND r.detached_at IS NULL WHERE e.is_draft = 0 AND e.deleted_at IS NULL AND e.date BETWEEN ? AND ? ORDER BY e.date, e.id", ({FIRST!r}, {LAST!r})).fetchall()
documents = conn.execute("SELECT * FROM sales_document WHERE issue_date BETWEEN ? AND ?", ({FIRST!r}, {LAST!r})).fetchall()
print(len(chores), len(occ), len(expenses), len(documents))
"""


def main() -> int:
    medians = []
    for fraction in (0.5, 1.0):
        data = scale.data_dir(fraction)
        n = scale.sizes(fraction)
        _, _, out = harness.timed([sys.executable, "-c", APP, str(data), "pick"])  # the recipient with most tasks
        tasks, occurrences, recipient = out.split()
        harness.say(f"recipient {recipient}: {tasks} chores, {occurrences} occurrences in {FIRST[:7]}")
        result = harness.compare(f"handoff preview of {FIRST[:7]} at {n['expenses']:,} expenses of history",
                                 [sys.executable, "-c", BARE, str(data), recipient],
                                 [sys.executable, "-c", APP, str(data), recipient])
        harness.say(result.line(1.5))
        medians.append(statistics.median(result.app))
    harness.say(f"preview growth when the history doubles: {medians[1] / medians[0]:.2f}x (flat is 1.0x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
