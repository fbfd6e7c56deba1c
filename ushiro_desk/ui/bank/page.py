"""The Money in page: 入金消込 of open deposits against open documents, and every statement line.

The matching view lists the open deposits; choosing one shows its candidates, best first, each with
its reasons. Confirm records the payment(s); all exact matches can be confirmed at once; a deposit
that pays no document is dismissed with a reason; a confirmation can be undone from the lines tab.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.bank.model import LineState
from ushiro_desk.services.bank import lines as bank_lines
from ushiro_desk.services.bank import matching
from ushiro_desk.services.changes import BANK, CLIENTS, EXPENSES, INVOICES
from ushiro_desk.ui.bank.texts import reason_text, yen
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.pages.base import Page, heading

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _today() -> date:
    from ushiro_desk.ui import clock

    return clock.today()


def _item(text: str, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if align_right:
        item.setTextAlignment(RIGHT)
    return item


def _table(headers: list[str], name: str, stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class BankPage(Page):
    watches = frozenset({BANK, INVOICES, CLIENTS, EXPENSES})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.found: list[matching.LineCandidates] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Money in")))
        subtitle = QLabel(self.tr("Bank and card statements: match deposits to invoices, turn debits into expense drafts."))
        subtitle.setStyleSheet("color: palette(placeholder-text);")
        top.addSpacing(12)
        top.addWidget(subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        import_button = QPushButton(self.tr("Import Statement…"))
        import_button.setObjectName("bank_import_button")
        import_button.clicked.connect(self.open_import)
        top.addWidget(import_button)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        matching_tab = QWidget()
        self.tabs.addTab(matching_tab, self.tr("Matching (入金消込)"))
        tab_layout = QVBoxLayout(matching_tab)
        self.summary = QLabel()
        self.summary.setObjectName("bank_match_summary")
        tab_layout.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Vertical)
        self.deposits = _table([self.tr("Date"), self.tr("Amount"), self.tr("Payer"), self.tr("Account"),
                                self.tr("Best candidate")], "bank_deposits", 2)
        self.deposits.itemSelectionChanged.connect(self.show_candidates)
        self.candidates = _table([self.tr("Documents"), self.tr("Client"), self.tr("Owed"), self.tr("Fee"),
                                  self.tr("Score"), self.tr("Why")], "bank_candidates", 5)
        self.candidates.itemDoubleClicked.connect(lambda _item: self.confirm())
        split.addWidget(self.deposits)
        split.addWidget(self.candidates)
        split.setSizes([300, 220])
        tab_layout.addWidget(split, 1)
        buttons = QHBoxLayout()
        self.confirm_button = QPushButton(self.tr("Confirm Match"))
        self.confirm_button.setObjectName("bank_confirm")
        self.confirm_button.clicked.connect(self.confirm)
        self.confirm_all_button = QPushButton(self.tr("Confirm All Exact Matches"))
        self.confirm_all_button.setObjectName("bank_confirm_all")
        self.confirm_all_button.clicked.connect(self.confirm_all)
        self.dismiss_button = QPushButton(self.tr("Dismiss…"))
        self.dismiss_button.setObjectName("bank_dismiss")
        self.dismiss_button.clicked.connect(self.dismiss)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.confirm_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        tab_layout.addLayout(buttons)

        lines_tab = QWidget()
        self.tabs.addTab(lines_tab, self.tr("Statement lines"))
        lines_layout = QVBoxLayout(lines_tab)
        self.lines = _table([self.tr("Date"), self.tr("Account"), self.tr("Description"), self.tr("Withdrawal"),
                             self.tr("Deposit"), self.tr("Balance"), self.tr("State")], "bank_lines", 2)
        lines_layout.addWidget(self.lines, 1)
        undo_row = QHBoxLayout()
        undo_row.addStretch(1)
        self.undo_button = QPushButton(self.tr("Undo Match"))
        self.undo_button.setObjectName("bank_undo")
        self.undo_button.clicked.connect(self.undo)
        undo_row.addWidget(self.undo_button)
        lines_layout.addLayout(undo_row)
        self.line_ids: list[int] = []
        self.reload()

    # -- data ----------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.found = matching.candidates(self.ctx.store, today=_today())
        self.deposits.setRowCount(len(self.found))
        exact = 0
        for row, entry in enumerate(self.found):
            line = entry.line
            best = entry.candidates[0] if entry.candidates else None
            exact += bool(best and best.is_exact)
            values = [line.day.isoformat(), yen(line.deposit), line.payer or line.description, line.account_name,
                      " + ".join(best.numbers) if best else self.tr("No candidate")]
            for column, value in enumerate(values):
                self.deposits.setItem(row, column, _item(value, column == 1))
        self.summary.setText(self.tr("%1 deposits wait for matching, %2 total.")
                             .replace("%1", str(len(self.found)))
                             .replace("%2", yen(sum(e.line.deposit for e in self.found))))
        if self.found:
            self.deposits.selectRow(0)
        self.show_candidates()
        self._reload_lines()
        self.badge_changed.emit(self.badge())

    def _reload_lines(self) -> None:
        found = bank_lines.list_lines(self.ctx.store)
        found.reverse()  # newest first
        self.line_ids = [x.id for x in found]
        self.lines.setRowCount(len(found))
        for row, x in enumerate(found):
            values = [x.day.isoformat(), x.account_name, x.payer or x.description,
                      yen(x.withdrawal) if x.withdrawal else "", yen(x.deposit) if x.deposit else "",
                      yen(x.balance) if x.balance is not None else "", self.state_text(x.state, x.note)]
            for column, value in enumerate(values):
                self.lines.setItem(row, column, _item(value, column in (3, 4, 5)))

    def state_text(self, state: LineState, note: str) -> str:
        names = {
            LineState.OPEN: self.tr("Open"),
            LineState.MATCHED: self.tr("Matched"),
            LineState.DISMISSED: self.tr("Dismissed: %1").replace("%1", note),
            LineState.EXPENSE: self.tr("Expense (already recorded)") if note == "recorded" else self.tr("Expense draft"),
            LineState.TRANSFER: {"card": self.tr("Card settlement"), "outsourcer": self.tr("Payment to the secretary")}
            .get(note, self.tr("Transfer between own accounts")),
        }
        return names[state]

    def current(self) -> matching.LineCandidates | None:
        row = self.deposits.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def show_candidates(self) -> None:
        entry = self.current()
        found = entry.candidates if entry else ()
        self.candidates.setRowCount(len(found))
        for row, c in enumerate(found):
            values = [" + ".join(c.numbers), ", ".join(sorted({d.client_name for d in c.documents})),
                      yen(sum(d.balance for d in c.documents)), yen(c.fee) if c.fee else "", str(c.score),
                      " · ".join(reason_text(r) for r in c.reasons)]
            for column, value in enumerate(values):
                self.candidates.setItem(row, column, _item(value, column in (2, 3, 4)))
        if found:
            self.candidates.selectRow(0)
        self.confirm_button.setEnabled(bool(found))
        self.dismiss_button.setEnabled(entry is not None)

    # -- actions -------------------------------------------------------------------------------------

    def confirm(self) -> None:
        entry = self.current()
        row = self.candidates.currentRow()
        if entry is None or not 0 <= row < len(entry.candidates):
            return
        chosen = entry.candidates[row]
        if self.apply_change(lambda: matching.confirm(self.ctx.store, entry.line.id, list(chosen.numbers),
                                                      fee=chosen.fee, today=_today())):
            self.status.emit(self.tr("Recorded the payment of %1.").replace("%1", " + ".join(chosen.numbers)))

    def confirm_all(self) -> None:
        done: list[int] = []

        def run():  # type: ignore[no-untyped-def]
            count, changes = matching.confirm_all_exact(self.ctx.store, today=_today())
            done.append(count)
            return changes

        if self.apply_change(run):
            self.status.emit(self.tr("Confirmed %1 exact matches.").replace("%1", str(done[0] if done else 0)))

    def dismiss(self) -> None:
        entry = self.current()
        if entry is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Dismiss deposit"),
                                          self.tr("Why does this deposit pay no invoice (e.g. interest, a refund)?"))
        if ok:
            self.apply_change(lambda: matching.dismiss(self.ctx.store, entry.line.id, reason))

    def undo(self) -> None:
        row = self.lines.currentRow()
        if 0 <= row < len(self.line_ids):
            line_id = self.line_ids[row]
            self.apply_change(lambda: matching.undo(self.ctx.store, line_id))

    def open_import(self) -> None:
        from ushiro_desk.ui.bank.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, _today(), self)
        dialog.imported.connect(self.ctx.bus.announce)
        dialog.accepted.connect(lambda: self.status.emit(dialog.result_text))
        dialog.open()
        self._dialog = dialog

    def badge(self) -> int:
        return len(self.found)
