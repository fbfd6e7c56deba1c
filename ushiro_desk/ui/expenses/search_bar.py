"""The search bar (可視性): period, amount range, payee and memo text, combined; saved searches."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ushiro_desk.domain.expenses.rules import parse_amount
from ushiro_desk.domain.expenses.search import ExpenseQuery, Scope, check_query
from ushiro_desk.domain.problems import InvalidInput, Problem, error
from ushiro_desk.services import expenses
from ushiro_desk.ui import clock
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.widgets.form import FieldErrors

DEBOUNCE_MS = 250


def parse_day(text: str, field: str) -> tuple[date | None, list[Problem]]:
    text = text.strip().replace("/", "-")
    if not text:
        return None, []
    try:
        return date.fromisoformat(text), []
    except ValueError:
        return None, [error(field, "search.date")]


class SearchBar(QWidget):
    """Signals:
        search_changed(object): a valid ExpenseQuery, after the owner stopped typing.
    """

    search_changed = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)

        self.period = QComboBox()
        self.period.setObjectName("period")
        for key, text in (
            ("custom", self.tr("Any period")),
            ("this_month", self.tr("This month")),
            ("last_month", self.tr("Last month")),
            ("this_year", self.tr("This calendar year")),
            ("last_12", self.tr("Last 12 months")),
        ):
            self.period.addItem(text, key)
        self.period.activated.connect(self._period_chosen)
        self.date_from = QLineEdit()
        self.date_from.setObjectName("date_from")
        self.date_from.setPlaceholderText(self.tr("from 2026-04-01"))
        self.date_to = QLineEdit()
        self.date_to.setObjectName("date_to")
        self.date_to.setPlaceholderText(self.tr("to 2026-04-30"))
        self.amount_min = QLineEdit()
        self.amount_min.setObjectName("amount_min")
        self.amount_min.setPlaceholderText(self.tr("¥ min"))
        self.amount_max = QLineEdit()
        self.amount_max.setObjectName("amount_max")
        self.amount_max.setPlaceholderText(self.tr("¥ max"))
        self.payee = QLineEdit()
        self.payee.setObjectName("search_payee")
        self.payee.setPlaceholderText(self.tr("Payee"))
        self.text = QLineEdit()
        self.text.setObjectName("search_text")
        self.text.setPlaceholderText(self.tr("Memo, client, attendees"))
        self.account = QComboBox()
        self.account.setObjectName("search_account")
        self.missing = QCheckBox(self.tr("Missing receipt"))
        self.missing.setObjectName("missing_receipt")
        self.scope = QComboBox()
        self.scope.setObjectName("scope")
        self.scope.addItem(self.tr("Recorded"), Scope.RECORDED.value)
        self.scope.addItem(self.tr("Deleted"), Scope.DELETED.value)

        grid.addWidget(QLabel(self.tr("Date")), 0, 0)
        grid.addWidget(self.period, 0, 1)
        grid.addWidget(self.errors.wrap("date_from", self.date_from), 0, 2)
        grid.addWidget(self.errors.wrap("date_to", self.date_to), 0, 3)
        grid.addWidget(QLabel(self.tr("Amount")), 0, 4)
        grid.addWidget(self.errors.wrap("amount_min", self.amount_min), 0, 5)
        grid.addWidget(self.errors.wrap("amount_max", self.amount_max), 0, 6)
        grid.addWidget(QLabel(self.tr("Payee")), 1, 0)
        grid.addWidget(self.payee, 1, 1, 1, 2)
        grid.addWidget(self.text, 1, 3, 1, 2)
        grid.addWidget(self.account, 1, 5)
        grid.addWidget(self.missing, 1, 6)

        saved_row = QHBoxLayout()
        self.saved = QComboBox()
        self.saved.setObjectName("saved_searches")
        self.saved.setMinimumWidth(180)
        self.saved.activated.connect(self._saved_chosen)
        save = QPushButton(self.tr("Save search…"))
        save.setObjectName("save_search")
        save.clicked.connect(lambda: self.save_current())
        forget = QPushButton(self.tr("Forget"))
        forget.clicked.connect(self.forget_current)
        clear = QPushButton(self.tr("Clear"))
        clear.setObjectName("clear_search")
        clear.clicked.connect(self.clear)
        saved_row.addWidget(self.scope)
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(save)
        saved_row.addWidget(forget)
        saved_row.addWidget(clear)
        grid.addLayout(saved_row, 2, 0, 1, 7)

        for edit in (self.date_from, self.date_to, self.amount_min, self.amount_max, self.payee, self.text):
            edit.textEdited.connect(self._timer.start)
            edit.returnPressed.connect(self.run)
        for edit in (self.date_from, self.date_to):
            edit.textEdited.connect(lambda _=None: self.period.setCurrentIndex(0))
        self.account.activated.connect(self._timer.start)
        self.scope.activated.connect(self._timer.start)
        self.missing.toggled.connect(self._timer.start)
        self.reload_lists()

    # -- lists -----------------------------------------------------------------------------------

    def reload_lists(self) -> None:
        current = self.account.currentData()
        self.account.clear()
        self.account.addItem(self.tr("All accounts"), "")
        for name in expenses.accounts(self.ctx.store, active_only=False):
            self.account.addItem(name, name)
        self.account.setCurrentIndex(max(0, self.account.findData(current)))
        self.saved.clear()
        self.saved.addItem(self.tr("Saved searches…"), None)
        for search_id, name, _ in expenses.saved_searches(self.ctx.store):
            self.saved.addItem(name, search_id)

    # -- the query -------------------------------------------------------------------------------

    def query(self) -> ExpenseQuery:
        """The query typed; raise InvalidInput (shown at the fields) when it cannot be run."""
        problems: list[Problem] = []
        date_from, found = parse_day(self.date_from.text(), "date_from")
        problems += found
        date_to, found = parse_day(self.date_to.text(), "date_to")
        problems += found
        amounts: list[int | None] = []
        for edit, name in ((self.amount_min, "amount_min"), (self.amount_max, "amount_max")):
            if edit.text().strip():
                value, found = parse_amount(edit.text(), name)
                problems += found
                amounts.append(value)
            else:
                amounts.append(None)
        query = ExpenseQuery(
            date_from=date_from, date_to=date_to, amount_min=amounts[0], amount_max=amounts[1],
            payee=self.payee.text().strip(), text=self.text.text().strip(), account=self.account.currentData() or "",
            missing_receipt=self.missing.isChecked(), scope=Scope(self.scope.currentData()),
        )
        problems += check_query(query) if not problems else []
        if problems:
            raise InvalidInput(problems)
        return query

    def run(self) -> ExpenseQuery | None:
        self._timer.stop()
        try:
            query = self.query()
        except InvalidInput as exc:
            self.errors.show(exc.problems)
            return None
        self.errors.clear()
        self.search_changed.emit(query)
        return query

    def set_query(self, query: ExpenseQuery) -> None:
        self.date_from.setText(query.date_from.isoformat() if query.date_from else "")
        self.date_to.setText(query.date_to.isoformat() if query.date_to else "")
        self.amount_min.setText("" if query.amount_min is None else str(query.amount_min))
        self.amount_max.setText("" if query.amount_max is None else str(query.amount_max))
        self.payee.setText(query.payee)
        self.text.setText(query.text)
        self.account.setCurrentIndex(max(0, self.account.findData(query.account)))
        self.missing.blockSignals(True)
        self.missing.setChecked(query.missing_receipt)
        self.missing.blockSignals(False)
        scope = query.scope if query.scope in (Scope.RECORDED, Scope.DELETED) else Scope.RECORDED
        self.scope.setCurrentIndex(self.scope.findData(scope.value))
        self.period.setCurrentIndex(0)
        self.run()

    def clear(self) -> None:
        self.set_query(ExpenseQuery())

    def _period_chosen(self) -> None:
        today = clock.today()
        key = self.period.currentData()
        start = end = None
        if key == "this_month":
            start, end = today.replace(day=1), today.replace(day=calendar.monthrange(today.year, today.month)[1])
        elif key == "last_month":
            end = today.replace(day=1) - timedelta(days=1)
            start = end.replace(day=1)
        elif key == "this_year":
            start, end = date(today.year, 1, 1), date(today.year, 12, 31)
        elif key == "last_12":
            start, end = (today.replace(day=1) - timedelta(days=335)).replace(day=1), today
        self.date_from.setText(start.isoformat() if start else "")
        self.date_to.setText(end.isoformat() if end else "")
        self.run()

    # -- saved searches --------------------------------------------------------------------------

    def save_current(self, name: str | None = None) -> bool:
        try:
            query = self.query()
        except InvalidInput as exc:
            self.errors.show(exc.problems)
            return False
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save search"), self.tr("Name of this search:"))
            if not ok:
                return False
        try:
            _, changes = expenses.save_search(self.ctx.store, name, query)
        except InvalidInput:
            return False
        self.reload_lists()
        self.saved.setCurrentIndex(self.saved.findText(" ".join(name.split())))
        return True

    def _saved_chosen(self) -> None:
        search_id = self.saved.currentData()
        for found_id, _, query in expenses.saved_searches(self.ctx.store):
            if found_id == search_id:
                self.set_query(query)

    def forget_current(self) -> None:
        search_id = self.saved.currentData()
        if search_id is not None:
            expenses.forget_search(self.ctx.store, search_id)
            self.reload_lists()
