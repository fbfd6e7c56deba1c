"""The Expenses page: search (date, amount, payee, memo) over a lazily fetched list with totals, the
editor with receipts, the receipt inbox, history and exports."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.expenses.search import ExpenseQuery
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services import expenses
from ushiro_desk.services.changes import COMPANY, EXPENSES
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.expenses.editor import ExpenseEditor
from ushiro_desk.ui.expenses.export_dialog import ExportDialog
from ushiro_desk.ui.expenses.history import HistoryDialog
from ushiro_desk.ui.expenses.inbox import InboxWidget
from ushiro_desk.ui.expenses.model import ExpenseTableModel
from ushiro_desk.ui.expenses.search_bar import SearchBar
from ushiro_desk.ui.pages.base import Page, heading
from ushiro_desk.ui.problem_text import describe


PAYEE_MAX = 300  # pixels: longer names are elided, the whole name in the editor beside


class ExpensesPage(Page):
    watches = frozenset({EXPENSES, COMPANY})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.query = ExpenseQuery()
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Expenses")))
        top.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, shortcut, slot in (
            ("new", self.tr("New"), "Ctrl+N", self.new_expense),
            ("delete", self.tr("Delete…"), "Ctrl+Backspace", lambda: self.delete_selected()),
            ("history", self.tr("History"), "Ctrl+H", self.show_history),
            ("export", self.tr("Export…"), "Ctrl+E", self.show_export),
        ):
            button = QPushButton(text)
            button.setObjectName(key)
            sequence = QKeySequence(shortcut)
            button.setToolTip(sequence.toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(slot)
            QShortcut(sequence, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            top.addWidget(button)
            self.buttons[key] = button
        outer.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tabs = QTabWidget()
        list_tab = QWidget()
        box = QVBoxLayout(list_tab)
        self.search_bar = SearchBar(ctx)
        self.search_bar.search_changed.connect(self.set_query)
        box.addWidget(self.search_bar)
        self.model = ExpenseTableModel(lambda ids: expenses.list_rows(ctx.store, ids), self)
        self.table = QTableView()
        self.table.setObjectName("expenses")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        # Columns as wide as what they hold; the payee as wide as its names (up to PAYEE_MAX, then the owner
        # drags it) and the memo, the free text at the end, takes the room that is left.
        header.setResizeContentsPrecision(100)  # measured on the first rows: the list is fetched lazily
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        box.addWidget(self.table, 1)
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        box.addWidget(self.totals)
        self.tabs.addTab(list_tab, self.tr("Expenses"))
        self.inbox = InboxWidget(ctx)
        self.inbox.draft_selected.connect(self._draft_selected)
        self.tabs.addTab(self.inbox, "")
        splitter.addWidget(self.tabs)
        self.editor = ExpenseEditor(ctx)
        self.editor.saved.connect(self._saved)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 440])
        outer.addWidget(splitter, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.set_query(self.query)
        self._update_inbox_title()

    # -- searching -------------------------------------------------------------------------------

    def set_query(self, query: ExpenseQuery) -> None:
        self.query = query
        self.run_search()

    def run_search(self, select: int | None = None) -> None:
        current = select if select is not None else self.model.id_at(self.table.currentIndex().row())
        try:
            ids = expenses.search(self.ctx.store, self.query)
        except InvalidInput as exc:
            self.totals.setText("\n".join(describe(p) for p in exc.problems))
            return
        self.model.set_ids(ids)
        self._fit_payee()
        count, total = expenses.totals(self.ctx.store, self.query)
        self.totals.setText(self.tr("%1 expenses — total ¥%2").replace("%1", f"{count:,}").replace("%2", f"{total:,}"))
        if current is not None and (row := self.model.row_of(current)) >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))

    def _fit_payee(self) -> None:
        wanted = max(self.table.sizeHintForColumn(1), self.table.horizontalHeader().sectionSizeHint(1))
        self.table.horizontalHeader().resizeSection(1, min(max(wanted, 120), PAYEE_MAX))

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search_bar.payee.setFocus()
        self.search_bar.payee.selectAll()

    def _current_changed(self) -> None:
        expense_id = self.model.id_at(self.table.currentIndex().row())
        if expense_id is not None and expense_id != self.editor.expense_id:
            self.editor.load(expense_id)

    def _draft_selected(self, expense_id: int) -> None:
        if expense_id != self.editor.expense_id:
            self.editor.load(expense_id)

    def selected_id(self) -> int | None:
        return self.editor.expense_id

    # -- actions ---------------------------------------------------------------------------------

    def new_expense(self) -> None:
        self.table.clearSelection()
        self.editor.load(None)
        self.editor.payee.setFocus()

    def _saved(self, expense_id: int) -> None:
        self.run_search(select=expense_id)
        self.inbox.reload()
        self._update_inbox_title()

    def delete_selected(self, reason: str | None = None) -> bool:
        expense_id = self.selected_id()
        if expense_id is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Delete expense"),
                self.tr("Why is this expense deleted? It stays in the history and can be restored."),
            )
            if not ok:
                return False
        try:
            changes = expenses.delete(self.ctx.store, expense_id, reason)
        except InvalidInput as exc:
            self.status.emit("\n".join(describe(p) for p in exc.problems))
            self.editor.message.setText("\n".join(describe(p) for p in exc.problems))
            return False
        self.ctx.bus.announce(changes)
        self.editor.load(None)
        self.status.emit(self.tr("Deleted expense #%1.").replace("%1", str(expense_id)))
        return True

    def show_history(self) -> HistoryDialog:
        dialog = HistoryDialog(self.ctx, self.selected_id(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_export(self) -> ExportDialog:
        dialog = ExportDialog(self.ctx, self.query.date_from, self.query.date_to, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- refresh ---------------------------------------------------------------------------------

    def reload(self) -> None:
        self.search_bar.reload_lists()
        self.editor.reload_lists()
        self.run_search()
        self.inbox.reload()
        self._update_inbox_title()
        if self.editor.expense_id is not None:
            self.editor.load(self.editor.expense_id, keep_message=True)

    def _update_inbox_title(self) -> None:
        count = self.inbox.count()
        self.tabs.setTabText(1, self.tr("Inbox (%1)").replace("%1", str(count)) if count else self.tr("Inbox"))
        self.badge_changed.emit(count)

    def badge(self) -> int:
        return self.inbox.count()
