"""The Today list as a two-level model: groups (overdue, today, next days, done today) → occurrences."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ushiro_desk.domain.chores.due import DueItem, TodayView
from ushiro_desk.domain.chores.kinds import OccurrenceState
from ushiro_desk.ui.chores.texts import area_name, minutes_text, short_date

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE, TODAY, UPCOMING, FINISHED = "overdue", "today", "upcoming", "finished"
OVERDUE_COLOR = QColor("#c62828")

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Group:
    key: str
    title: str
    items: list[DueItem]


class TodayModel(QAbstractItemModel):
    COLUMNS = 5  # chore, due, area, who, minutes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[Group] = []
        self.today = date.min

    def set_view(self, view: TodayView, today: date, titles: dict[str, str]) -> None:
        self.beginResetModel()
        self.today = today
        parts = ((OVERDUE, view.overdue), (TODAY, view.today), (UPCOMING, view.upcoming), (FINISHED, view.finished_today))
        self.groups = [Group(key, titles[key], list(items)) for key, items in parts if items]
        self.endResetModel()

    def headers(self, labels: list[str]) -> None:
        self._headers = labels
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    # -- structure ---------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()].items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return self.COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        labels = getattr(self, "_headers", None)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and labels and 0 <= section < len(labels):
            return labels[section]
        return None

    # -- data ------------------------------------------------------------------------------------

    def item(self, index: Index) -> DueItem | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[int(index.internalId()) - 1].items[index.row()]

    def group_key(self, index: Index) -> str | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == 0 else int(index.internalId()) - 1
        return self.groups[row].key

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            group = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return f"{group.title}  ({len(group.items)})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == GROUP_ROLE:
                return group.key
            return None
        item = self.item(index)
        assert item is not None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return item.title
            if column == 1:
                return short_date(item.due) if item.planned == item.due else f"{short_date(item.planned)} ← {item.due.isoformat()}"
            if column == 2:
                return area_name(item.area)
            if column == 3:
                return item.assignee_name or self.tr("Owner")
            if column == 4:
                if item.state is OccurrenceState.DONE and item.minutes is not None:
                    return minutes_text(item.minutes)
                if item.state is OccurrenceState.SKIPPED:
                    return self.tr("skipped")
                return "≈ " + minutes_text(item.estimate_minutes)
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.state is not OccurrenceState.OPEN:
                return QBrush(QColor("#808080"))
            if item.planned < self.today:
                return QBrush(OVERDUE_COLOR)
        if role == Qt.ItemDataRole.FontRole and item.state is not OccurrenceState.OPEN and column == 0:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and item.note:
            return item.note
        if role == ITEM_ROLE:
            return item
        return None

    def first_open_index(self) -> QModelIndex:
        for row, group in enumerate(self.groups):
            if group.key != FINISHED and group.items:
                return self.index(0, 0, self.index(row, 0))
        return QModelIndex()

    def index_of_occurrence(self, occurrence_id: int) -> QModelIndex:
        for row, group in enumerate(self.groups):
            for child, item in enumerate(group.items):
                if item.occurrence_id == occurrence_id:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()
