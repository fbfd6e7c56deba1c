"""The Handoff page: build a bundle for an outsourcer, keep the disclosure ledger, take results back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ushiro_desk.services.changes import CHORES, COMPANY, HANDOFF, Changes
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.handoff import texts  # noqa: F401  (registers the problem sentences)
from ushiro_desk.ui.handoff.bundle import BundleTab
from ushiro_desk.ui.handoff.ledger import LedgerTab
from ushiro_desk.ui.handoff.recipients import RecipientsTab
from ushiro_desk.ui.handoff.returns import ReturnsTab, zip_in
from ushiro_desk.ui.pages.base import Page, heading

BUNDLE, RECIPIENTS, LEDGER, RETURNS = range(4)


class HandoffPage(Page):
    watches = frozenset({HANDOFF, CHORES, COMPANY})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Handoff")))
        subtitle = QLabel(self.tr("Give an outsourcer exactly the work and data they need, and take the results back."))
        subtitle.setStyleSheet("color: palette(placeholder-text);")
        top.addSpacing(12)
        top.addWidget(subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("handoff_tabs")
        self.bundle = BundleTab(ctx)
        self.recipients = RecipientsTab(ctx)
        self.ledger = LedgerTab(ctx)
        self.returns = ReturnsTab(ctx)
        self.tabs.addTab(self.bundle, self.tr("Bundle"))
        self.tabs.addTab(self.recipients, self.tr("Recipients"))
        self.tabs.addTab(self.ledger, self.tr("Disclosure ledger"))
        self.tabs.addTab(self.returns, self.tr("Returns"))
        for index, keys in ((BUNDLE, "Ctrl+B"), (RECIPIENTS, "Ctrl+R"), (LEDGER, "Ctrl+L"), (RETURNS, "Ctrl+I")):
            self.tabs.setTabToolTip(index, QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
        layout.addWidget(self.tabs, 1)

        for tab in (self.recipients, self.ledger, self.returns):
            tab.changed.connect(self._announce)
        self.bundle.exported.connect(self._exported)
        self.bundle.message.connect(self.status)
        self.returns.message.connect(self.status)

        shortcut_context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+E"), self, self.export, context=shortcut_context)
        QShortcut(QKeySequence("Ctrl+I"), self, self.import_return, context=shortcut_context)
        QShortcut(QKeySequence("Ctrl+L"), self, lambda: self.tabs.setCurrentIndex(LEDGER), context=shortcut_context)
        QShortcut(QKeySequence("Ctrl+R"), self, lambda: self.tabs.setCurrentIndex(RECIPIENTS), context=shortcut_context)
        QShortcut(QKeySequence("Ctrl+B"), self, lambda: self.tabs.setCurrentIndex(BUNDLE), context=shortcut_context)
        self._update_badge()

    # -- actions -----------------------------------------------------------------------------------

    def export(self) -> None:
        self.tabs.setCurrentIndex(BUNDLE)
        self.bundle.export()

    def import_return(self) -> None:
        self.tabs.setCurrentIndex(RETURNS)
        self.returns.choose_file()

    def import_file(self, path: Path) -> None:
        """Read a returned packet (from a drop, or from a test) on the Returns tab."""
        self.tabs.setCurrentIndex(RETURNS)
        self.returns.import_file(path)

    def _announce(self, changes: Changes) -> None:
        self.ctx.bus.announce(changes)

    def _exported(self, entry: object) -> None:
        self.ctx.bus.announce(Changes.of(HANDOFF))

    # -- the page ----------------------------------------------------------------------------------

    def reload(self) -> None:
        self.recipients.reload()
        self.bundle.reload()
        self.ledger.reload()
        self._update_badge()

    def badge(self) -> int:
        return self.ledger.expired_count()

    def _update_badge(self) -> None:
        self.badge_changed.emit(self.badge())

    # -- drag and drop of a returned packet ----------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if zip_in(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if zip_in(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = zip_in(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_file(path)
