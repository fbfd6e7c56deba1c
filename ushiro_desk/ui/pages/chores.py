"""The Chores page (not built yet: it says what will be here)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.pages.base import NoticePage


class ChoresPage(NoticePage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            self.tr("Chores"),
            self.tr("The inventory of recurring back-office chores will be kept here."),
            parent,
        )
