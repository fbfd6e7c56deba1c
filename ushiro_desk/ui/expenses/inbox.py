"""The receipt inbox: drop a pile of receipts, get one draft expense per file, listed until completed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.expenses.search import ExpenseQuery, Scope
from ushiro_desk.services import expenses
from ushiro_desk.services.expenses.receipts import InboxResult
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.expenses.editor import RECEIPT_FILTER, dropped_paths
from ushiro_desk.ui.expenses.model import ExpenseTableModel
from ushiro_desk.ui.problem_text import describe
from ushiro_desk.ui.widgets.form import ERROR_STYLE
from ushiro_desk.ui.widgets import files

DRAFTS = ExpenseQuery(scope=Scope.DRAFTS)


class DropZone(QFrame):
    """Signals:
        files_dropped(list): the local files dropped on it.
    """

    files_dropped = Signal(list)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drop_zone")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(70)
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout.addWidget(label)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)


class InboxWidget(QWidget):
    """Signals:
        draft_selected(int): a draft to complete in the editor.
    """

    draft_selected = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.drop_zone = DropZone(self.tr("Drop receipts here (PDF, PNG, JPEG…): each file becomes a draft expense to complete."))
        self.drop_zone.files_dropped.connect(self.add_files)
        row = QHBoxLayout()
        row.addWidget(self.drop_zone, 1)
        add = QPushButton(self.tr("Add files…"))
        add.setObjectName("inbox_add")
        add.clicked.connect(self.choose_files)
        row.addWidget(add)
        layout.addLayout(row)
        self.rejected = QLabel()
        self.rejected.setObjectName("inbox_rejected")
        self.rejected.setWordWrap(True)
        self.rejected.setStyleSheet(ERROR_STYLE)
        self.rejected.hide()
        layout.addWidget(self.rejected)
        self.model = ExpenseTableModel(lambda ids: expenses.list_rows(ctx.store, ids), self)
        self.table = QTableView()
        self.table.setObjectName("drafts")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        current = self.model.id_at(self.table.currentIndex().row())
        self.model.set_ids(expenses.search(self.ctx.store, DRAFTS))
        if current is not None and (row := self.model.row_of(current)) >= 0:
            self.table.selectRow(row)

    def count(self) -> int:
        return self.model.rowCount()

    def choose_files(self) -> None:
        names = files.open_files(
            self, self.ctx.prefs, "receipts", self.tr("Add receipts to the inbox"), self.tr("Receipts (%1)").replace("%1", RECEIPT_FILTER)
        )
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> InboxResult:
        result, changes = expenses.import_to_inbox(self.ctx.store, paths)
        if result.rejected:
            self.rejected.setText(
                self.tr("Not added:") + "\n" + "\n".join(f"• {describe(p)}" for p in result.rejected)
            )
            self.rejected.show()
        else:
            self.rejected.hide()
        self.ctx.bus.announce(changes)
        self.reload()
        if result.created:
            self.table.selectRow(self.model.row_of(result.created[0]))
        return result

    def _current_changed(self) -> None:
        expense_id = self.model.id_at(self.table.currentIndex().row())
        if expense_id is not None:
            self.draft_selected.emit(expense_id)
