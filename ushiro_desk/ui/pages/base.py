"""What a sidebar page is."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services.changes import Changes
from ushiro_desk.storage.errors import StorageError
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.problem_text import describe


class Page(QWidget):
    """A page of the main window.

    Signals:
        badge_changed(int): the count the sidebar shows next to the page (0 hides it).
        status(str): a short message for the status bar.
    """

    badge_changed = Signal(int)
    status = Signal(str)
    # the change areas after which the page reloads
    watches: frozenset[str] = frozenset()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.bus.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*self.watches):
            self.reload()

    def reload(self) -> None:
        """Read the page's data again."""

    def apply_change(self, action: Callable[[], Changes]) -> bool:
        """Run a service call; on success announce what changed, otherwise say why nothing changed."""
        try:
            changes = action()
        except InvalidInput as exc:
            text = "\n".join(describe(p) for p in exc.problems)
        except StorageError as exc:
            from ushiro_desk.ui.fault_text import fault_text

            text = fault_text(exc)
        else:
            self.ctx.bus.announce(changes)
            return True
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, QCoreApplication.translate("Page", "Not changed"), text)
        return False

    def badge(self) -> int:
        return 0


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label


class NoticePage(Page):
    """A page that explains what will appear here (for areas not built yet)."""

    def __init__(self, ctx: UiContext, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        body = QLabel(text)
        body.setWordWrap(True)
        layout.addWidget(body)
        layout.addStretch(1)
