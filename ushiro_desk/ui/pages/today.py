"""The Today page (not built yet: it says what will be here)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.pages.base import NoticePage


class TodayPage(NoticePage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            self.tr("Today"),
            self.tr("Overdue and due chores, unpaid invoices past their due date and receipts still missing will be listed here."),
            parent,
        )
