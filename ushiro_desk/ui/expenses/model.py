"""The expense list as a Qt model over ids, with rows fetched a page at a time as they scroll into view
(Anki's browser): 100,000 expenses cost a list of ints, not 100,000 rows."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ushiro_desk.domain.expenses.model import ListRow
from ushiro_desk.ui.expenses import labels

PAGE = 200
CACHE_PAGES = 20  # at most 4,000 rows kept

COLUMNS = ("date", "payee", "amount", "tax_category", "account", "payment_method", "receipts", "memo")
IdRole = Qt.ItemDataRole.UserRole + 1

Fetch = Callable[[list[int]], dict[int, ListRow]]
Index = QModelIndex | QPersistentModelIndex


class ExpenseTableModel(QAbstractTableModel):
    """Rows are ids; `fetch(ids)` returns their ListRows (one query per page of PAGE rows)."""

    def __init__(self, fetch: Fetch, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, ListRow]] = OrderedDict()
        self.fetches = 0  # how many pages were read (the benchmark and tests look)

    # -- contents --------------------------------------------------------------------------------

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Forget cached rows (after an edit) and repaint."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def ids(self) -> list[int]:
        return self._ids

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, expense_id: int) -> int:
        try:
            return self._ids.index(expense_id)
        except ValueError:
            return -1

    def row_data(self, row: int) -> ListRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            chunk = self._ids[page * PAGE : (page + 1) * PAGE]
            rows = self._fetch(chunk)
            self.fetches += 1
            self._pages[page] = rows
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows.get(self._ids[row])

    # -- Qt --------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        name = COLUMNS[section]
        return self.tr("Receipts") if name == "receipts" else labels.field_name(name)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids) or index.column() >= len(COLUMNS):
            return None
        if role == IdRole:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        name = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if name in ("amount", "receipts"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if name == "receipts" and row.receipts == 0:
                return QColor("#c62828")
            if row.deleted or row.is_draft:
                return QColor("#808080")
            return None
        if role == Qt.ItemDataRole.FontRole:
            if row.deleted:
                font = QFont()
                font.setStrikeOut(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.memo or None
        return self._text(row, name)

    def _text(self, row: ListRow, name: str) -> str:
        if name == "date":
            return row.date
        if name == "payee":
            return row.payee or self.tr("(to complete)")
        if name == "amount":
            return f"{row.amount:,}"
        if name == "tax_category":
            return labels.tax_category(row.tax_category)
        if name == "account":
            return row.account
        if name == "payment_method":
            return labels.payment_method(row.payment_method)
        if name == "receipts":
            return str(row.receipts) if row.receipts else self.tr("missing")
        return row.memo.replace("\n", " ")
