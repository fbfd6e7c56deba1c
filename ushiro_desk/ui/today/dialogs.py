"""Small dialogs of the Today page: snooze to a date, decide on occurrences missed while closed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.chores import DueItem
from ushiro_desk.services.chores import DO, SKIP
from ushiro_desk.ui.chores.texts import short_date


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class SnoozeDialog(QDialog):
    """Pick the day an occurrence shows up again (its due date does not change)."""

    def __init__(self, item: DueItem, today: date, suggested: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Show “%1” again on:").replace("%1", item.title))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("snooze_calendar")
        self.calendar.setMinimumDate(to_qdate(today))
        self.calendar.setSelectedDate(to_qdate(max(suggested, today)))
        layout.addWidget(self.calendar)
        quick = QHBoxLayout()
        for text, days in ((self.tr("Tomorrow"), 1), (self.tr("In 3 days"), 3), (self.tr("Next week"), 7)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, d=days: self.calendar.setSelectedDate(to_qdate(today + timedelta(days=d))))
            quick.addWidget(button)
        layout.addLayout(quick)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> date:
        return from_qdate(self.calendar.selectedDate())


class MissedDialog(QDialog):
    """The occurrences that fell due while the app was closed, each with a decision: do it (it stays on
    the Today page as overdue) or skip it. Nothing is dropped without the owner saying so."""

    def __init__(self, items: list[DueItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("While Ushiro Desk was closed"))
        self.resize(640, 420)
        self.items = items
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("%1 chores fell due while Ushiro Desk was closed. Decide for each: do it, or skip it.")
            .replace("%1", str(len(items)))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(items), 4)
        self.table.setObjectName("missed_table")
        self.table.setHorizontalHeaderLabels([self.tr("Chore"), self.tr("Due"), self.tr("Do"), self.tr("Skip")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.choices: list[tuple[QRadioButton, QRadioButton]] = []
        for row, item in enumerate(items):
            self.table.setItem(row, 0, QTableWidgetItem(item.title))
            self.table.setItem(row, 1, QTableWidgetItem(short_date(item.due)))
            group = QButtonGroup(self)
            do, skip = QRadioButton(), QRadioButton()
            do.setChecked(True)
            group.addButton(do)
            group.addButton(skip)
            self.table.setCellWidget(row, 2, do)
            self.table.setCellWidget(row, 3, skip)
            self.choices.append((do, skip))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.skip_all = buttons.addButton(self.tr("Skip all"), QDialogButtonBox.ButtonRole.ActionRole)
        self.skip_all.setObjectName("skip_all")
        self.skip_all.clicked.connect(self._skip_all)
        apply = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        apply.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _skip_all(self) -> None:
        for _, skip in self.choices:
            skip.setChecked(True)
        self.accept()

    def decisions(self) -> dict[int, str]:
        return {
            item.occurrence_id: SKIP if skip.isChecked() else DO
            for item, (_, skip) in zip(self.items, self.choices)
            if item.occurrence_id is not None
        }
