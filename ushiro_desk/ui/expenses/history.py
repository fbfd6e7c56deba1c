"""The history of an expense (真実性): every revision with what changed and when; deleted expenses with
their reason, to restore."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.expenses.search import ExpenseQuery, Scope
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services import expenses
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.expenses import labels
from ushiro_desk.ui.expenses.model import ExpenseTableModel
from ushiro_desk.ui.problem_text import describe


def local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return iso


class HistoryDialog(QDialog):
    def __init__(self, ctx: UiContext, expense_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expense_history")
        self.ctx = ctx
        self.expense_id = expense_id
        self.setWindowTitle(self.tr("Expense history"))
        self.setMinimumSize(640, 420)
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        page = QWidget()
        box = QVBoxLayout(page)
        self.title = QLabel()
        box.addWidget(self.title)
        self.revisions = QTreeWidget()
        self.revisions.setObjectName("revisions")
        self.revisions.setHeaderLabels([self.tr("#"), self.tr("When"), self.tr("What"), self.tr("Changes"), self.tr("Reason")])
        self.revisions.setRootIsDecorated(False)
        self.revisions.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.revisions, 1)
        self.restore_this = QPushButton(self.tr("Restore this expense"))
        self.restore_this.setObjectName("restore_this")
        self.restore_this.clicked.connect(lambda: self.restore(self.expense_id))
        box.addWidget(self.restore_this, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(page, self.tr("This expense"))

        deleted_page = QWidget()
        box = QVBoxLayout(deleted_page)
        self.deleted = ExpenseTableModel(lambda ids: expenses.list_rows(ctx.store, ids), self)
        self.deleted_view = QTableView()
        self.deleted_view.setObjectName("deleted")
        self.deleted_view.setModel(self.deleted)
        self.deleted_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deleted_view.verticalHeader().hide()
        self.deleted_view.horizontalHeader().setStretchLastSection(True)
        self.deleted_view.doubleClicked.connect(lambda index: self.show_expense(self.deleted.id_at(index.row())))
        box.addWidget(self.deleted_view, 1)
        row = QHBoxLayout()
        self.message = QLabel()
        row.addWidget(self.message, 1)
        show = QPushButton(self.tr("Show history"))
        show.clicked.connect(lambda: self.show_expense(self.deleted.id_at(self.deleted_view.currentIndex().row())))
        restore = QPushButton(self.tr("Restore"))
        restore.setObjectName("restore_selected")
        restore.clicked.connect(lambda: self.restore(self.deleted.id_at(self.deleted_view.currentIndex().row())))
        row.addWidget(show)
        row.addWidget(restore)
        box.addLayout(row)
        self.tabs.addTab(deleted_page, self.tr("Deleted expenses"))

        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.reload()
        if expense_id is None:
            self.tabs.setCurrentIndex(1)

    def reload(self) -> None:
        self.deleted.set_ids(expenses.search(self.ctx.store, ExpenseQuery(scope=Scope.DELETED)))
        self.revisions.clear()
        if self.expense_id is None:
            self.title.setText(self.tr("Choose an expense to see its history."))
            self.restore_this.hide()
            return
        expense = expenses.get(self.ctx.store, self.expense_id)
        self.title.setText(
            self.tr("Expense #%1: %2, %3, ¥%4").replace("%1", str(self.expense_id)).replace("%2", str(expense.date))
            .replace("%3", expense.payee or "—").replace("%4", f"{expense.amount:,}")
        )
        self.restore_this.setVisible(expense.is_deleted)
        for revision in expenses.history(self.ctx.store, self.expense_id):
            changes = "\n".join(
                f"{labels.field_name(name)}: {labels.value_text(name, old)} → {labels.value_text(name, new)}"
                for name, (old, new) in revision.changes.items()
            )
            item = QTreeWidgetItem(
                [str(revision.number), local_time(revision.at), labels.action(revision.action), changes, revision.reason]
            )
            self.revisions.addTopLevelItem(item)
        for column in (0, 1, 2):
            self.revisions.resizeColumnToContents(column)

    def actions(self) -> list[str]:
        return [self.revisions.topLevelItem(i).text(2) for i in range(self.revisions.topLevelItemCount())]

    def show_expense(self, expense_id: int | None) -> None:
        if expense_id is not None:
            self.expense_id = expense_id
            self.reload()
            self.tabs.setCurrentIndex(0)

    def restore(self, expense_id: int | None) -> bool:
        if expense_id is None:
            return False
        try:
            changes = expenses.restore(self.ctx.store, expense_id)
        except InvalidInput as exc:
            self.message.setText("\n".join(describe(p) for p in exc.problems))
            return False
        self.ctx.bus.announce(changes)
        self.message.setText(self.tr("Restored expense #%1.").replace("%1", str(expense_id)))
        self.reload()
        return True
