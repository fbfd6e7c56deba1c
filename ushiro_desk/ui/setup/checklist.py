"""The setup checklist shown on Today after an empty start, until every step is done or it is hidden.

Each step has a tick read from the data (`services.setup`) and a button that goes where the step is
done (`navigation`). Help → Setup checklist shows it again after it was hidden.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ushiro_desk.services import setup
from ushiro_desk.services.changes import CLIENTS, COMPANY, INVOICES, Changes
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.setup import navigation

DONE_MARK, OPEN_MARK = "✓", "○"
DONE_STYLE = "color: #2e7d32; font-weight: bold;"
TARGETS = {
    setup.COMPANY: navigation.COMPANY_PROFILE,
    setup.BANK: navigation.BANK_ACCOUNTS,
    setup.INVOICE_SETTINGS: navigation.INVOICE_SETTINGS,
    setup.CLIENT: navigation.NEW_CLIENT,
    setup.INVOICE: navigation.NEW_INVOICE,
}


class SetupChecklist(QFrame):
    """The five steps to a first qualified invoice, with a tick and a “Go there” button each."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("setup_checklist")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.progress: setup.SetupProgress | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("setup_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        top.addWidget(self.title, 1)
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.setObjectName("setup_hide")
        self.hide_button.setToolTip(self.tr("Help → Setup checklist shows it again."))
        self.hide_button.clicked.connect(self.dismiss)
        top.addWidget(self.hide_button)
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        grid.setVerticalSpacing(2)
        texts = self._texts()
        self.marks: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        for row, key in enumerate(setup.STEPS):
            mark = QLabel(OPEN_MARK)
            mark.setObjectName(f"setup_mark:{key}")
            name = QLabel(texts[key][0])
            name.setFont(font)
            detail = QLabel(texts[key][1])
            detail.setWordWrap(True)
            button = QPushButton(self.tr("Go there"))
            button.setObjectName(f"setup_go:{key}")
            button.clicked.connect(lambda _=False, k=key: navigation.go_there(self, TARGETS[k]))
            grid.addWidget(mark, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(detail, row, 2)
            grid.addWidget(button, row, 3)
            self.marks[key] = mark
            self.buttons[key] = button
        layout.addLayout(grid)
        ctx.bus.changed.connect(self._on_changed)
        self.reload()

    def _texts(self) -> dict[str, tuple[str, str]]:
        return {
            setup.COMPANY: (
                self.tr("Company profile"),
                self.tr("Legal form, registration number (T-number), address and seal: what a qualified invoice shows."),
            ),
            setup.BANK: (self.tr("Bank account"), self.tr("The account (振込先) printed on your invoices.")),
            setup.INVOICE_SETTINGS: (
                self.tr("Invoice settings"),
                self.tr("Number pattern, tax rounding and default payment terms: check them and save once."),
            ),
            setup.CLIENT: (self.tr("First client"), self.tr("Who you invoice, with the honorific and payment terms.")),
            setup.INVOICE: (
                self.tr("First invoice"),
                self.tr("Write it and issue it: it gets its number and its PDF."),
            ),
        }

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(COMPANY, INVOICES, CLIENTS):
            self.reload()

    def reload(self) -> None:
        self.progress = setup.progress(self.ctx.store)
        for step in self.progress.steps:
            mark = self.marks[step.key]
            mark.setText(DONE_MARK if step.done else OPEN_MARK)
            mark.setStyleSheet(DONE_STYLE if step.done else "")
            mark.setToolTip(self.tr("Done") if step.done else self.tr("Still to do"))
            self.buttons[step.key].setDefault(step.key == self.progress.next_step)
        self.title.setText(
            self.tr("Get started: %1 of %2 steps done").replace("%1", str(self.progress.done_count))
            .replace("%2", str(len(self.progress.steps)))
        )
        self.setVisible(self.wanted())

    def wanted(self) -> bool:
        """Shown until every step is done, unless the user hid it."""
        return self.progress is not None and not self.progress.complete and not self.ctx.prefs["setup_dismissed"]

    def dismiss(self) -> None:
        self.ctx.prefs["setup_dismissed"] = True
        self.ctx.prefs.save()
        self.hide()

    def show_again(self) -> None:
        self.ctx.prefs["setup_dismissed"] = False
        self.ctx.prefs.save()
        self.reload()
        self.show()
