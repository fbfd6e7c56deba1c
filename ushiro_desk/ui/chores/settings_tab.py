"""Settings for chores: what an hour of the owner is worth and what an outsourcer charges (for the
insight), the daily reminder time, the owner's own closed days (休業日), and the outsourcers."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services import calendar as calendar_service
from ushiro_desk.services import chores
from ushiro_desk.ui import clock
from ushiro_desk.ui.chores.outsourcers import OutsourcerDialog
from ushiro_desk.ui.chores.texts import short_date
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.today.dialogs import from_qdate, to_qdate
from ushiro_desk.ui.widgets.form import ERROR_STYLE, FieldErrors
from ushiro_desk.ui.widgets.yen import YenSpinBox

MAX_RANGE_DAYS = 366


class ChoresSettingsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        layout = QHBoxLayout(self)
        left = QVBoxLayout()

        values = QGroupBox(self.tr("Business values"))
        form = QFormLayout(values)
        self.owner_rate = self._yen_box("owner_hourly_yen")
        form.addRow(self.tr("An hour of the owner is worth"), self.errors.wrap("owner_hourly_yen", self.owner_rate))
        self.outsourcer_rate = self._yen_box("outsourcer_hourly_yen")
        form.addRow(self.tr("An outsourcer charges"), self.errors.wrap("outsourcer_hourly_yen", self.outsourcer_rate))
        hint = QLabel(self.tr("The insight uses these to show what handing chores off frees."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.rates_message = QLabel()
        self.rates_message.setObjectName("rates_message")
        save = QPushButton(self.tr("Save rates"))
        save.setObjectName("save_rates")
        save.clicked.connect(self.save_rates)
        row = QHBoxLayout()
        row.addWidget(self.rates_message, 1)
        row.addWidget(save)
        form.addRow(row)
        left.addWidget(values)

        reminder = QGroupBox(self.tr("Reminder"))
        reminder_form = QFormLayout(reminder)
        self.reminder_time = QTimeEdit()
        self.reminder_time.setObjectName("reminder_time")
        self.reminder_time.setDisplayFormat("HH:mm")
        hour, minute = (int(x) for x in ctx.prefs["reminder_time"].split(":", 1))
        self.reminder_time.setTime(QTime(hour, minute))
        self.reminder_time.timeChanged.connect(self._reminder_changed)
        reminder_form.addRow(self.tr("Remind me of the day's chores at"), self.reminder_time)
        note = QLabel(self.tr("Shown in the system tray where there is one."))
        note.setWordWrap(True)
        reminder_form.addRow(note)
        left.addWidget(reminder)

        people = QGroupBox(self.tr("Outsourcers"))
        people_layout = QVBoxLayout(people)
        manage = QPushButton(self.tr("Edit outsourcers…"))
        manage.setObjectName("edit_outsourcers")
        manage.clicked.connect(lambda: OutsourcerDialog(self.ctx, self).exec())
        people_layout.addWidget(manage)
        left.addWidget(people)
        left.addStretch(1)
        layout.addLayout(left, 1)

        closed = QGroupBox(self.tr("Closed days (休業日)"))
        closed_layout = QVBoxLayout(closed)
        explain = QLabel(self.tr(
            "Days your business is closed on top of weekends, national holidays and the bank holidays "
            "of 12/31–1/3. Chores due on them move by their business-day rule."
        ))
        explain.setWordWrap(True)
        closed_layout.addWidget(explain)
        self.closed = QTableWidget(0, 2)
        self.closed.setObjectName("closed_days")
        self.closed.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Note")])
        self.closed.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.closed.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.closed.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.closed.verticalHeader().hide()
        closed_layout.addWidget(self.closed, 1)
        add_row = QHBoxLayout()
        today = clock.today()
        self.range_from = QDateEdit(to_qdate(today))
        self.range_from.setObjectName("closed_from")
        self.range_to = QDateEdit(to_qdate(today))
        self.range_to.setObjectName("closed_to")
        for edit in (self.range_from, self.range_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.range_from.dateChanged.connect(lambda d: self.range_to.setDate(max(d, self.range_to.date())))
        self.closed_note = QLineEdit()
        self.closed_note.setObjectName("closed_note")
        self.closed_note.setPlaceholderText(self.tr("e.g. 夏季休業"))
        add = QPushButton(self.tr("Add"))
        add.setObjectName("add_closed")
        add.clicked.connect(self.add_closed_range)
        add_row.addWidget(QLabel(self.tr("From")))
        add_row.addWidget(self.range_from)
        add_row.addWidget(QLabel(self.tr("to")))
        add_row.addWidget(self.range_to)
        add_row.addWidget(self.closed_note, 1)
        add_row.addWidget(add)
        closed_layout.addLayout(add_row)
        buttons = QHBoxLayout()
        remove = QPushButton(self.tr("Remove selected"))
        remove.setObjectName("remove_closed")
        remove.clicked.connect(self.remove_selected)
        buttons.addWidget(remove)
        self.closed_message = QLabel()
        self.closed_message.setObjectName("closed_message")
        buttons.addWidget(self.closed_message, 1)
        closed_layout.addLayout(buttons)
        layout.addWidget(closed, 1)
        self.days: dict[date, str] = {}
        self.load()

    def title(self) -> str:
        return self.tr("Chores")

    def _yen_box(self, name: str) -> QSpinBox:
        box = YenSpinBox(maximum=1_000_000, suffix=self.tr(" / hour"))
        box.setObjectName(name)
        box.setSingleStep(500)
        return box

    def load(self) -> None:
        settings = chores.load_settings(self.ctx.store)
        self.owner_rate.setValue(settings.owner_hourly_yen)
        self.outsourcer_rate.setValue(settings.outsourcer_hourly_yen)
        self.days = calendar_service.closed_days(self.ctx.store)
        self._show_days()

    def _show_days(self) -> None:
        self.closed.setRowCount(len(self.days))
        for row, (day, note) in enumerate(sorted(self.days.items())):
            item = QTableWidgetItem(short_date(day))
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            self.closed.setItem(row, 0, item)
            self.closed.setItem(row, 1, QTableWidgetItem(note))

    def save_rates(self) -> bool:
        try:
            changes = chores.save_rates(self.ctx.store, self.owner_rate.value(), self.outsourcer_rate.value())
        except InvalidInput as exc:
            self.errors.show(exc.problems)
            return False
        self.errors.clear()
        self.rates_message.setText(self.tr("Saved."))
        self.ctx.bus.announce(changes)
        return True

    def _reminder_changed(self, value: QTime) -> None:
        text = value.toString("HH:mm")
        self.ctx.prefs["reminder_time"] = text
        self.ctx.prefs.save()
        today_page = getattr(self.window(), "pages", {}).get("today")
        reminder = getattr(today_page, "reminder", None)
        if reminder is not None:
            reminder.set_time(text)

    def add_closed_range(self) -> bool:
        first, last = from_qdate(self.range_from.date()), from_qdate(self.range_to.date())
        if last < first or (last - first).days >= MAX_RANGE_DAYS:
            self.closed_message.setStyleSheet(ERROR_STYLE)
            self.closed_message.setText(self.tr("Choose a range of up to a year, ending on or after its first day."))
            return False
        note = self.closed_note.text().strip()
        days = dict(self.days)
        day = first
        while day <= last:
            days[day] = note
            day += timedelta(days=1)
        return self._save_days(days)

    def remove_selected(self) -> bool:
        rows = {index.row() for index in self.closed.selectionModel().selectedRows()}
        chosen = {date.fromisoformat(self.closed.item(row, 0).data(Qt.ItemDataRole.UserRole)) for row in rows}
        if not chosen:
            return False
        return self._save_days({d: n for d, n in self.days.items() if d not in chosen})

    def _save_days(self, days: dict[date, str]) -> bool:
        changes = chores.set_closed_days(self.ctx.store, days, clock.today())
        self.days = days
        self._show_days()
        self.closed_message.setStyleSheet("")
        self.closed_message.setText(self.tr("Saved; due dates moved where needed."))
        self.ctx.bus.announce(changes)
        return True


TAB_CLASS = ChoresSettingsTab
