"""The Handoff page (not built yet: it says what will be here)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.pages.base import NoticePage


class HandoffPage(NoticePage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            self.tr("Handoff"),
            self.tr("Handoff bundles for an online secretary will be prepared here."),
            parent,
        )
