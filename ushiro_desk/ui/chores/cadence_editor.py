"""Choosing a cadence: a kind, its few parameters, the business-day rule, and the next five due dates
shown live as the owner edits."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.business_calendar import BusinessCalendar
from ushiro_desk.domain.problems import Problem
from ushiro_desk.domain.recurrence import (
    BusinessDayRule,
    Cadence,
    CadenceSpec,
    Kind,
    Schedule,
    check_cadence,
    next_dates,
    spec_of,
)
from ushiro_desk.ui.chores.texts import describe_cadence, kind_name, nth_name, rule_name, short_date, weekday_name
from ushiro_desk.ui.problem_text import describe

# Which parameter rows each kind shows.
ROWS = {
    Kind.DAILY: {"interval", "rule"},
    Kind.BUSINESS_DAYS: set(),
    Kind.WEEKLY: {"interval", "weekdays", "rule"},
    Kind.MONTHLY_DAY: {"interval", "day", "rule"},
    Kind.MONTHLY_LAST_DAY: {"interval", "rule"},
    Kind.MONTHLY_LAST_BUSINESS_DAY: {"interval"},
    Kind.MONTHLY_NTH_WEEKDAY: {"interval", "nth", "rule"},
    Kind.QUARTERLY: {"day", "rule"},
    Kind.YEARLY: {"month", "day", "rule"},
    Kind.AFTER_COMPLETION: {"days", "rule"},
    Kind.CUSTOM: {"rrule", "rule"},
}
PREVIEW_COUNT = 5


class CadenceEditor(QWidget):
    """Signals:
    changed(): any part of the cadence changed (the preview is already updated).
    """

    changed = Signal()

    def __init__(self, calendar: BusinessCalendar, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = calendar
        self.today = today
        self.start = today
        self.end: date | None = None
        self.last_done: date | None = None
        self.problems: list[Problem] = []
        self.preview: list[date] = []
        self._last_rrule = "FREQ=MONTHLY;BYMONTHDAY=-1"
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("cadence_kind")
        for kind in Kind:
            self.kind.addItem(kind_name(kind), kind.value)
        form.addRow(self.tr("Repeats"), self.kind)
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}

        self.interval = QSpinBox()
        self.interval.setObjectName("cadence_interval")
        self.interval.setRange(1, 52)
        self.interval.setPrefix(self.tr("every "))
        self._row(form, "interval", self.tr("Interval"), self.interval)

        weekdays = QWidget()
        row = QHBoxLayout(weekdays)
        row.setContentsMargins(0, 0, 0, 0)
        self.weekday_boxes = []
        for index in range(7):
            box = QCheckBox(weekday_name(index))
            box.setObjectName(f"cadence_weekday_{index}")
            self.weekday_boxes.append(box)
            row.addWidget(box)
        self._row(form, "weekdays", self.tr("On"), weekdays)

        self.day = QSpinBox()
        self.day.setObjectName("cadence_day")
        self.day.setRange(1, 31)
        self.day.setToolTip(self.tr("Days 29–31 fall on the last day of a shorter month."))
        self._row(form, "day", self.tr("Day of the month"), self.day)

        nth = QWidget()
        nth_row = QHBoxLayout(nth)
        nth_row.setContentsMargins(0, 0, 0, 0)
        self.nth = QComboBox()
        self.nth.setObjectName("cadence_nth")
        for value in (1, 2, 3, 4, -1):
            self.nth.addItem(nth_name(value), value)
        self.weekday = QComboBox()
        self.weekday.setObjectName("cadence_weekday")
        for index in range(7):
            self.weekday.addItem(weekday_name(index), index)
        nth_row.addWidget(self.nth)
        nth_row.addWidget(self.weekday)
        nth_row.addStretch(1)
        self._row(form, "nth", self.tr("Weekday"), nth)

        self.month = QSpinBox()
        self.month.setObjectName("cadence_month")
        self.month.setRange(1, 12)
        self._row(form, "month", self.tr("Month"), self.month)

        self.days = QSpinBox()
        self.days.setObjectName("cadence_days")
        self.days.setRange(1, 3660)
        self.days.setSuffix(self.tr(" days"))
        self._row(form, "days", self.tr("After the last completion"), self.days)

        self.rrule = QLineEdit()
        self.rrule.setObjectName("cadence_rrule")
        self.rrule.setPlaceholderText("FREQ=MONTHLY;BYMONTHDAY=-1")
        self._row(form, "rrule", self.tr("RRULE (RFC 5545)"), self.rrule)

        self.rule = QComboBox()
        self.rule.setObjectName("cadence_rule")
        for value in BusinessDayRule:
            self.rule.addItem(rule_name(value), value.value)
        self._row(form, "rule", self.tr("On a non-business day"), self.rule)
        outer.addLayout(form)

        self.summary = QLabel()
        self.summary.setObjectName("cadence_summary")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.next_label = QLabel()
        self.next_label.setObjectName("next_dates")
        self.next_label.setWordWrap(True)
        outer.addWidget(self.next_label)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for spin in (self.interval, self.day, self.month, self.days):
            spin.valueChanged.connect(self._update)
        for combo in (self.nth, self.weekday, self.rule):
            combo.currentIndexChanged.connect(self._update)
        for box in self.weekday_boxes:
            box.toggled.connect(self._update)
        self.rrule.textChanged.connect(self._update)
        self.set_cadence(CadenceSpec(Kind.MONTHLY_LAST_BUSINESS_DAY).cadence())

    def _row(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        caption = QLabel(label)
        form.addRow(caption, widget)
        self.rows[name] = (caption, widget)

    # -- reading and writing -----------------------------------------------------------------------

    def set_cadence(self, cadence: Cadence) -> None:
        spec = spec_of(cadence)
        widgets = (self.kind, self.interval, self.day, self.nth, self.weekday, self.month, self.days, self.rrule,
                   self.rule, *self.weekday_boxes)
        for widget in widgets:
            widget.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(spec.kind.value))
        self.interval.setValue(spec.interval)
        self.day.setValue(spec.day)
        self.nth.setCurrentIndex(self.nth.findData(spec.nth))
        self.weekday.setCurrentIndex(spec.weekday)
        self.month.setValue(spec.month)
        self.days.setValue(spec.days)
        self.rrule.setText(cadence.rrule if spec.kind is Kind.CUSTOM else "")
        self.rule.setCurrentIndex(self.rule.findData(spec.business_day_rule.value))
        for index, box in enumerate(self.weekday_boxes):
            box.setChecked(index in spec.weekdays)
        for widget in widgets:
            widget.blockSignals(False)
        self._show_rows()
        self._update()

    def spec(self) -> CadenceSpec:
        return CadenceSpec(
            kind=Kind(self.kind.currentData()),
            interval=self.interval.value(),
            weekdays=tuple(i for i, box in enumerate(self.weekday_boxes) if box.isChecked()),
            day=self.day.value(),
            nth=int(self.nth.currentData()),
            weekday=int(self.weekday.currentData()),
            month=self.month.value(),
            days=self.days.value(),
            business_day_rule=BusinessDayRule(self.rule.currentData()),
            rrule=self.rrule.text(),
        )

    def cadence(self) -> Cadence:
        return self.spec().cadence()

    def set_dates(self, start: date, end: date | None) -> None:
        self.start, self.end = start, end
        self._update()

    # -- live preview ------------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        kind = Kind(self.kind.currentData())
        if kind is Kind.WEEKLY and not any(box.isChecked() for box in self.weekday_boxes):
            self.weekday_boxes[self.start.weekday()].setChecked(True)
        if kind is Kind.CUSTOM and not self.rrule.text():
            self.rrule.setText(self._last_rrule)  # start from the rule the form made so far
        self._show_rows()
        self._update()

    def _show_rows(self) -> None:
        visible = ROWS[Kind(self.kind.currentData())]
        for name, (caption, widget) in self.rows.items():
            caption.setVisible(name in visible)
            widget.setVisible(name in visible)

    def _update(self) -> None:
        cadence = self.cadence()
        if cadence.rrule and Kind(self.kind.currentData()) is not Kind.CUSTOM:
            self._last_rrule = cadence.rrule
        self.problems = check_cadence(cadence, self.start)
        if self.problems:
            self.preview = []
            self.summary.setText("")
            self.next_label.setStyleSheet("color: #c62828;")
            self.next_label.setText("\n".join(describe(p) for p in self.problems))
        else:
            schedule = Schedule(cadence, self.start, self.end)
            self.preview = next_dates(schedule, self.calendar, max(self.today, self.start), PREVIEW_COUNT, self.last_done)
            self.summary.setText(describe_cadence(cadence))
            self.next_label.setStyleSheet("")
            dates = ", ".join(short_date(d) for d in self.preview) or self.tr("none")
            self.next_label.setText(self.tr("Next due: %1").replace("%1", dates))
        self.changed.emit()
