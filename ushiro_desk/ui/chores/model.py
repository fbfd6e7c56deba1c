"""The inventory as a table model over chore ids, with a row cache and filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ushiro_desk.domain.chores import Chore
from ushiro_desk.ui.chores.texts import area_name, delegability_name, describe_cadence, minutes_text, short_date

CHORE_ROLE = Qt.ItemDataRole.UserRole + 1
ANY = "any"
OWNER = "owner"

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ChoreFilter:
    area: str = ANY  # an Area value or ANY
    assignee: str = ANY  # ANY, OWNER or an outsourcer id as text
    delegability: str = ANY
    text: str = ""
    archived: bool = False

    def accepts(self, chore: Chore) -> bool:
        if chore.archived and not self.archived:
            return False
        if self.area != ANY and chore.area.value != self.area:
            return False
        if self.assignee == OWNER and chore.assignee_id is not None:
            return False
        if self.assignee not in (ANY, OWNER) and str(chore.assignee_id) != self.assignee:
            return False
        if self.delegability != ANY and chore.delegability.value != self.delegability:
            return False
        needle = self.text.strip().casefold()
        if needle and not any(needle in part.casefold() for part in (chore.title, chore.goal, chore.steps)):
            return False
        return True


class ChoresModel(QAbstractTableModel):
    COLUMNS = 7  # title, area, cadence, done by, can hand off, estimate, next due

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ids: list[int] = []
        self._rows: dict[int, Chore] = {}
        self._next: dict[int, date] = {}
        self._names: dict[int, str] = {}
        self._headers: list[str] = []
        self.filter = ChoreFilter()

    def set_headers(self, labels: list[str]) -> None:
        self._headers = labels

    def set_data(self, chores: list[Chore], next_due: dict[int, date], names: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = {c.id: c for c in chores if c.id is not None}
        self._next = next_due
        self._names = names
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, chore_filter: ChoreFilter) -> None:
        self.beginResetModel()
        self.filter = chore_filter
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        self.ids = sorted(
            (cid for cid, chore in self._rows.items() if self.filter.accepts(chore)),
            key=lambda cid: (self._rows[cid].archived, self._rows[cid].area.value, self._rows[cid].title, cid),
        )

    def chore(self, row: int) -> Chore:
        return self._rows[self.ids[row]]

    def row_of(self, chore_id: int) -> int:
        return self.ids.index(chore_id) if chore_id in self.ids else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        chore = self.chore(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return chore.title + (" " + self.tr("[confidential]") if chore.confidential else "")
            if column == 1:
                return area_name(chore.area)
            if column == 2:
                return describe_cadence(chore.cadence)
            if column == 3:
                return self._names.get(chore.assignee_id, "") if chore.assignee_id is not None else self.tr("Owner")
            if column == 4:
                return delegability_name(chore.delegability)
            if column == 5:
                return minutes_text(chore.estimate_minutes)
            if column == 6:
                due = self._next.get(chore.id or 0)
                return short_date(due) if due and not chore.archived else ""
        if role == Qt.ItemDataRole.ForegroundRole and chore.archived:
            return QBrush(QColor("#808080"))
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and chore.goal:
            return chore.goal
        if role == CHORE_ROLE:
            return chore
        return None

