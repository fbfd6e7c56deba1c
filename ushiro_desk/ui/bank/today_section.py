"""The Today page's Money in section: deposits that wait for 入金消込, and statement drafts without a
receipt (電帳法)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from ushiro_desk.services.bank import debits
from ushiro_desk.services.bank import lines as bank_lines
from ushiro_desk.ui.context import UiContext

SHOWN = 8


class TodaySection(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bank_today")
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("bank_today_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        top.addWidget(self.title, 1)
        open_page = QPushButton(self.tr("Open Money In"))
        open_page.clicked.connect(self.open_bank)
        top.addWidget(open_page)
        layout.addLayout(top)
        self.items = QListWidget()
        self.items.setObjectName("bank_today_items")
        self.items.itemActivated.connect(lambda _item: self.open_bank())
        layout.addWidget(self.items, 1)
        self._count = 0
        self.reload()

    def reload(self) -> None:
        waiting = bank_lines.list_lines(self.ctx.store, unmatched=True)
        missing = debits.statement_drafts_without_receipt(self.ctx.store)
        self._count = len(waiting) + missing
        self.title.setText(
            self.tr("Money in: %1 deposits to match (¥%2); %3 expenses from statements missing a receipt")
            .replace("%1", str(len(waiting))).replace("%2", f"{sum(x.deposit for x in waiting):,}")
            .replace("%3", str(missing))
        )
        self.items.clear()
        for line in waiting[:SHOWN]:
            self.items.addItem(self.tr("Unmatched deposit: %1 ¥%2 %3").replace("%1", line.day.isoformat())
                               .replace("%2", f"{line.deposit:,}").replace("%3", line.payer or line.description))
        if self.parentWidget() is not None:
            self.setVisible(self._count > 0)

    def count(self) -> int:
        return self._count

    def open_bank(self) -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page("bank")
