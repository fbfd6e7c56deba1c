"""The Today list as a two-level model: groups (overdue, today, next days, done today) → occurrences.

A QStandardItemModel filled once per reload: the rows are few (a week and a bit), and the view then
reads its cells in C++ instead of calling Python for every cell it paints. That also keeps PySide
from building the Python enums of the whole `Qt` namespace on the way to the first window (about
12 ms at every start; see "The way to the first window" in the README).
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

from ushiro_desk.domain.chores.due import DueItem, TodayView
from ushiro_desk.domain.chores.kinds import OccurrenceState
from ushiro_desk.ui.chores.texts import area_name, minutes_text, short_date

OVERDUE, TODAY, UPCOMING, FINISHED = "overdue", "today", "upcoming", "finished"
OVERDUE_COLOR = "#c62828"
FINISHED_COLOR = "#808080"
# Qt.ItemDataRole.ForegroundRole, by its number: naming it, or making the QBrush that
# QStandardItem.setForeground() takes (its constructors have overloads for Qt enums), builds the `Qt`
# namespace. A test checks the number against Qt's.
FOREGROUND_ROLE = 9

Index = QModelIndex | QPersistentModelIndex


class Group(NamedTuple):
    key: str
    title: str
    items: list[DueItem]


class TodayModel(QStandardItemModel):
    COLUMNS = 5  # chore, due, area, who, minutes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, self.COLUMNS, parent)
        self.groups: list[Group] = []
        self.today = date.min

    def headers(self, labels: list[str]) -> None:
        self.setHorizontalHeaderLabels(labels)

    def set_view(self, view: TodayView, today: date, titles: dict[str, str]) -> None:
        self.today = today
        parts = ((OVERDUE, view.overdue), (TODAY, view.today), (UPCOMING, view.upcoming), (FINISHED, view.finished_today))
        self.groups = [Group(key, titles[key], list(items)) for key, items in parts if items]
        self.setRowCount(0)
        bold = QFont()
        bold.setBold(True)
        for group in self.groups:
            cells = [QStandardItem(f"{group.title}  ({len(group.items)})")] + [QStandardItem() for _ in range(self.COLUMNS - 1)]
            cells[0].setFont(bold)
            for cell in cells:  # a heading: neither chosen nor edited
                cell.setEditable(False)
                cell.setSelectable(False)
            for item in group.items:
                cells[0].appendRow(self._row(item))
            self.appendRow(cells)

    def _row(self, item: DueItem) -> list[QStandardItem]:
        if item.state is OccurrenceState.DONE and item.minutes is not None:
            minutes = minutes_text(item.minutes)
        elif item.state is OccurrenceState.SKIPPED:
            minutes = self.tr("skipped")
        else:
            minutes = "≈ " + minutes_text(item.estimate_minutes)
        due = short_date(item.due) if item.planned == item.due else f"{short_date(item.planned)} ← {item.due.isoformat()}"
        texts = (item.title, due, area_name(item.area), item.assignee_name or self.tr("Owner"), minutes)
        cells = [QStandardItem(text) for text in texts]
        finished = item.state is not OccurrenceState.OPEN
        color = FINISHED_COLOR if finished else OVERDUE_COLOR if item.planned < self.today else None
        foreground = QColor(color) if color is not None else None
        for cell in cells:
            cell.setEditable(False)
            if foreground is not None:
                cell.setData(foreground, FOREGROUND_ROLE)
            if item.note:
                cell.setToolTip(item.note)
        if finished:
            struck = QFont()
            struck.setStrikeOut(True)
            cells[0].setFont(struck)
        return cells

    # -- from an index -----------------------------------------------------------------------------

    def due_item(self, index: Index) -> DueItem | None:
        """The occurrence on the row of `index`, or None on a heading."""
        if not index.isValid() or not index.parent().isValid():
            return None
        return self.groups[index.parent().row()].items[index.row()]

    def group_key(self, index: Index) -> str | None:
        if not index.isValid():
            return None
        parent = index.parent()
        return self.groups[parent.row() if parent.isValid() else index.row()].key

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
