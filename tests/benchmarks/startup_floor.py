"""The floor for the startup benchmark: one file that shows the same kind of window the app shows
first (sidebar, a Japanese label, a tree filled from the same query on the same database, a spin box,
a button, a menu and a status line) with nothing else: no settings, lock, schema check, translations,
layers or page classes. `bench_startup.py` prints its ratio next to the app's, so the app's figure can
be read as "the floor" plus "what the app's structure costs".

Usage: python startup_floor.py DATABASE
"""

import sqlite3
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

app = QApplication([sys.argv[0], "-style", "Fusion"])
QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
window = QMainWindow()
central = QWidget()
row = QHBoxLayout(central)
sidebar = QListWidget()
for title in ("今日", "業務", "請求書", "経費", "取引先", "引き継ぎ", "レポート", "設定"):
    sidebar.addItem(title)
row.addWidget(sidebar)
page = QWidget()
column = QVBoxLayout(page)
column.addWidget(QLabel("今日"))
model = QStandardItemModel()
with sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True) as conn:
    for title, planned in conn.execute(
        "SELECT c.title, o.planned_date FROM chore_occurrence o JOIN chore c ON c.id = o.chore_id "
        "WHERE o.state = 'open' AND o.planned_date <= date('now', '+7 days') ORDER BY o.planned_date"
    ):
        model.appendRow([QStandardItem(title), QStandardItem(planned)])
tree = QTreeView()
tree.setModel(model)
column.addWidget(tree)
column.addWidget(QSpinBox())
column.addWidget(QPushButton("完了"))
row.addWidget(page)
window.setCentralWidget(central)
window.menuBar().addMenu("ファイル")
window.statusBar().showMessage("データ")
window.resize(1180, 760)
window.show()


def shown() -> None:
    print("self-test: main window shown", flush=True)
    window.close()


QTimer.singleShot(0, shown)
app.exec()
