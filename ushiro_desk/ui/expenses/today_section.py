"""The Today page's expense section: receipts still missing and inbox drafts still to complete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ushiro_desk.domain.expenses.search import ExpenseQuery, Scope
from ushiro_desk.services import expenses
from ushiro_desk.ui.context import UiContext

SHOWN = 8
MISSING = ExpenseQuery(missing_receipt=True)
DRAFTS = ExpenseQuery(scope=Scope.DRAFTS)
IdRole = Qt.ItemDataRole.UserRole + 1


class TodaySection(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expenses_today")
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("expenses_today_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        top.addWidget(self.title, 1)
        open_page = QPushButton(self.tr("Open Expenses"))
        open_page.clicked.connect(self.open_expenses)
        top.addWidget(open_page)
        layout.addLayout(top)
        self.items = QListWidget()
        self.items.setObjectName("expenses_today_items")
        self.items.itemActivated.connect(lambda _item: self.open_expenses())
        layout.addWidget(self.items, 1)
        self._count = 0
        self.reload()

    def reload(self) -> None:
        # counted in SQL, and only the rows shown fetched (not ~200,000 ids to count them)
        draft_count = expenses.draft_count(self.ctx.store)
        missing_count = expenses.missing_receipt_count(self.ctx.store)
        drafts = expenses.search(self.ctx.store, DRAFTS, limit=SHOWN) if draft_count else []
        missing = expenses.search(self.ctx.store, MISSING, limit=SHOWN) if missing_count else []
        self._count = draft_count + missing_count
        self.title.setText(
            self.tr("Expenses: %1 receipts to complete in the inbox, %2 expenses missing a receipt")
            .replace("%1", str(draft_count)).replace("%2", str(missing_count))
        )
        self.items.clear()
        rows = expenses.list_rows(self.ctx.store, drafts + missing)
        for expense_id in drafts[:SHOWN]:
            row = rows[expense_id]
            self._add(expense_id, self.tr("Complete: %1 %2").replace("%1", row.date)
                      .replace("%2", row.payee or self.tr("(receipt from the inbox)")))
        for expense_id in missing[:SHOWN]:
            row = rows[expense_id]
            self._add(expense_id, self.tr("Receipt missing: %1 %2 ¥%3").replace("%1", row.date).replace("%2", row.payee)
                      .replace("%3", f"{row.amount:,}"))
        if self.parentWidget() is not None:  # inside the Today page: hidden when there is nothing to do
            self.setVisible(self._count > 0)

    def _add(self, expense_id: int, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(IdRole, expense_id)
        self.items.addItem(item)

    def count(self) -> int:
        return self._count

    def open_expenses(self) -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page("expenses")
