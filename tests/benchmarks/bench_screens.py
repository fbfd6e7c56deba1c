"""Screens at the scale data set (half and full), whole processes, alternating pairs (`harness`):

- start → Today complete (every section filled, background work done; `probe_app.py today`) against a
  bare PySide6 QMainWindow shown (target ≤ 2.0×);
- start on the Invoices, Expenses and Chores pages → first rows painted (`probe_app.py <page>`, the page
  opened at start as the last one used) against a bare QTableView process over the same data with
  plain sqlite3 (target ≤ 1.5×). The bare views read what their first screen needs: the documents list
  with paid / credited sums (the whole list, as the page sorts and filters it), the count of recorded
  expenses and the first 200 of them, the chores with their next open due date."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.benchmarks import harness, scale  # noqa: E402
from tests.benchmarks.probe_app import MARKER  # noqa: E402

PROBE = str(Path(__file__).with_name("probe_app.py"))
BARE_WINDOW = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1180, 760)
window.show()
def shown():
    print({MARKER!r}, flush=True)
    window.close()
QTimer.singleShot(0, shown)
app.exec()
"""
SQL = {
    "invoices": """SELECT d.number, d.kind, d.recipient_name, d.subject, d.issue_date, d.due_date, d.total,
       (SELECT COALESCE(SUM(p.amount + p.bank_fee), 0) FROM payment p WHERE p.document_id = d.id),
       (SELECT COALESCE(SUM(c.amount_due), 0) FROM sales_document c
         WHERE c.original_id = d.id AND c.kind = 'credit_note' AND c.number IS NOT NULL)
       FROM sales_document d ORDER BY d.number IS NOT NULL, d.issue_date DESC, d.id DESC""",
    "expenses": """SELECT e.date, e.payee, e.amount, e.tax_category, e.account, e.payment_method, e.memo, e.tag,
       (SELECT count(*) FROM expense_receipt r WHERE r.expense_id = e.id AND r.detached_at IS NULL)
       FROM expense e WHERE e.is_draft = 0 AND e.deleted_at IS NULL ORDER BY e.date DESC, e.id DESC LIMIT 200""",
    "chores": """SELECT c.title, c.area, c.rrule, c.assignee_id, c.delegability, c.estimate_minutes,
       (SELECT min(o.due_date) FROM chore_occurrence o WHERE o.chore_id = c.id AND o.state = 'open')
       FROM chore c ORDER BY c.title""",
}
COUNT = {"expenses": "SELECT count(*) FROM expense e WHERE e.is_draft = 0 AND e.deleted_at IS NULL"}
BARE_TABLE = """
import sqlite3, sys
from PySide6.QtCore import QAbstractTableModel, QTimer, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
db, sql, count_sql = sys.argv[1], sys.argv[2], sys.argv[3]
app = QApplication(sys.argv[:1])
conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
rows = conn.execute(sql).fetchall()
total = conn.execute(count_sql).fetchone()[0] if count_sql else len(rows)
class Model(QAbstractTableModel):
    def rowCount(self, parent=None): return 0 if parent is not None and parent.isValid() else total
    def columnCount(self, parent=None): return len(rows[0]) if rows else 0
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.row() < len(rows):
            value = rows[index.row()][index.column()]
            return "" if value is None else str(value)
        return None
window = QMainWindow()
window.resize(1180, 760)
view = QTableView()
view.setModel(Model())
window.setCentralWidget(view)
window.show()
def shown():
    view.viewport().repaint()
    print(%r, flush=True)
    window.close()
QTimer.singleShot(0, shown)
app.exec()
""" % MARKER


def main() -> int:
    screens = sys.argv[1:] or ["today", "invoices", "expenses", "chores"]
    for fraction in (0.5, 1.0):
        data = scale.data_dir(fraction)
        n = scale.sizes(fraction)
        size = f"{n['expenses']:,} expenses / {n['documents']:,} documents / {n['chores']:,} chores"
        for screen in screens:
            with tempfile.TemporaryDirectory() as tmp:
                config = Path(tmp) / "config"
                config.mkdir(mode=0o700)
                (config / "settings.json").write_text(json.dumps({"last_page": screen}))
                env = {**harness.BENCH_ENV, "USHIRO_DESK_CONFIG_DIR": str(config)}
                app = [sys.executable, PROBE, screen, str(data)]
                if screen == "today":
                    bare = [sys.executable, "-c", BARE_WINDOW]
                    target = 2.0
                else:
                    bare = [sys.executable, "-c", BARE_TABLE, str(data / "ushiro.sqlite3"), SQL[screen], COUNT.get(screen, "")]
                    target = 1.5
                result = harness.compare(f"{screen} at {size}", bare, app, marker=MARKER, env=env)
                harness.say(result.line(target))
    return 0


if __name__ == "__main__":
    sys.exit(main())
