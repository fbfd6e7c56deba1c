"""The Today page's section on unpaid invoices past their due date."""

from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ushiro_desk.services.changes import CLIENTS, INVOICES, Changes
from ushiro_desk.services.invoicing import queries
from ushiro_desk.ui import clock
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.invoices.models import yen


class TodaySection(QWidget):
    """Unpaid invoices past due, the longest overdue first.

    Signals:
        activated(int): the id of the invoice the owner opened (double click or Enter).
    """

    activated = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.list = QListWidget()
        self.list.setObjectName("overdue_invoices")
        self.list.itemActivated.connect(lambda item: self.activated.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.list)
        layout.addStretch(1)
        self._count = 0
        ctx.bus.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(INVOICES, CLIENTS):
            self.reload()

    def reload(self) -> None:
        today = clock.today()
        rows = queries.overdue(self.ctx.store, today)
        self._count = len(rows)
        self.list.clear()
        total = 0
        for row in rows:
            standing = row.standing(today)
            total += standing.balance
            text = self.tr("%1  %2 — %3 unpaid, %4 days overdue (due %5)").replace("%1", row.number or "").replace(
                "%2", row.client_name).replace("%3", yen(standing.balance)).replace("%4", str(standing.days_overdue)).replace(
                "%5", row.due_date.isoformat() if row.due_date else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        if rows:
            self.title.setText(self.tr("Unpaid invoices past due: %1 (%2)").replace("%1", str(len(rows))).replace("%2", yen(total)))
        else:
            self.title.setText(self.tr("No invoice is past due."))
        self.list.setVisible(bool(rows))
        # as tall as its rows (up to eight), so the chores above keep the room
        row_height = max(self.list.sizeHintForRow(0), 18) if rows else 18
        self.list.setFixedHeight(min(len(rows), 8) * row_height + 2 * self.list.frameWidth() + 4)

    def count(self) -> int:
        return self._count
