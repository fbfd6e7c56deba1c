"""The expenses month view (a Reports tab): totals by account title per month of a fiscal year, as a
chart and a table, and the expenses of that year still missing a receipt."""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCharts import QBarSet, QChart, QStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.expenses.search import ExpenseQuery
from ushiro_desk.services import company, expenses
from ushiro_desk.ui import clock
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.expenses.model import ExpenseTableModel
from ushiro_desk.ui.widgets.charts import ChartView, month_axis, month_label, month_labels, value_axis

TOP_ACCOUNTS = 6  # and "Other": a legend of seven entries fits beside the chart
COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f")


def fiscal_year_of(day: date, start_month: int) -> int:
    """The fiscal year a day belongs to, named by the calendar year it starts in."""
    return day.year if day.month >= start_month else day.year - 1


def fiscal_months(year: int, start_month: int) -> list[str]:
    out = []
    for n in range(12):
        month = (start_month - 1 + n) % 12 + 1
        out.append(f"{year + (start_month - 1 + n) // 12}-{month:02d}")
    return out


class ExpenseMonthReport(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fiscal year")))
        self.year = QComboBox()
        self.year.setObjectName("fiscal_year")
        self.year.currentIndexChanged.connect(self._show_year)
        top.addWidget(self.year)
        self.summary = QLabel()
        self.summary.setObjectName("month_summary")
        top.addWidget(self.summary, 1)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.chart = QChart()
        self.chart_view = ChartView(self.chart)
        self.chart_view.setMinimumHeight(240)
        splitter.addWidget(self.chart_view)
        self.table = QTableWidget()
        self.table.setObjectName("month_totals")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        splitter.addWidget(self.table)
        missing_box = QWidget()
        box = QVBoxLayout(missing_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.missing_title = QLabel()
        box.addWidget(self.missing_title)
        self.missing = ExpenseTableModel(lambda ids: expenses.list_rows(ctx.store, ids), self)
        self.missing_view = QTableView()
        self.missing_view.setObjectName("missing_receipts")
        self.missing_view.setModel(self.missing)
        self.missing_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.missing_view.verticalHeader().hide()
        self.missing_view.horizontalHeader().setStretchLastSection(True)
        box.addWidget(self.missing_view, 1)
        splitter.addWidget(missing_box)
        layout.addWidget(splitter, 1)
        self.reload()

    def title(self) -> str:
        return self.tr("Expenses by month")

    def _start_month(self) -> int:
        profile = company.load_profile(self.ctx.store)
        return profile.fiscal_year_start_month if profile else 4

    def reload(self) -> None:
        start = self._start_month()
        chosen = self.year.currentData()
        ids = expenses.search(self.ctx.store, ExpenseQuery())
        today = clock.today()
        last = fiscal_year_of(today, start)
        first = last
        if ids:
            rows = expenses.list_rows(self.ctx.store, [ids[-1]])
            first = min(last, fiscal_year_of(date.fromisoformat(rows[ids[-1]].date), start))
        self.year.blockSignals(True)
        self.year.clear()
        for year in range(last, first - 1, -1):
            months = fiscal_months(year, start)
            self.year.addItem(self.tr("FY%1 (%2 – %3)").replace("%1", str(year)).replace("%2", month_label(months[0]))
                              .replace("%3", month_label(months[-1])), year)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        self.year.blockSignals(False)
        self._show_year()

    def _period(self) -> tuple[int, date, date]:
        start = self._start_month()
        year = self.year.currentData() or fiscal_year_of(clock.today(), start)
        months = fiscal_months(year, start)
        first = date.fromisoformat(months[0] + "-01")
        end_year, end_month = map(int, months[-1].split("-"))
        return year, first, date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])

    def _show_year(self) -> None:
        year, first, last = self._period()
        months = fiscal_months(year, self._start_month())
        totals = expenses.month_totals(self.ctx.store, first, last)
        by_account: dict[str, dict[str, int]] = {}
        for month, account, amount in totals:
            by_account.setdefault(account, {})[month] = amount
        ranked = sorted(by_account, key=lambda a: -sum(by_account[a].values()))
        self._fill_table(months, ranked, by_account)
        self._fill_chart(months, ranked, by_account)
        grand = sum(sum(v.values()) for v in by_account.values())
        self.summary.setText(self.tr("Total ¥%1").replace("%1", f"{grand:,}"))
        missing = expenses.search(self.ctx.store, ExpenseQuery(date_from=first, date_to=last, missing_receipt=True))
        self.missing.set_ids(missing)
        self.missing_title.setText(self.tr("Missing a receipt in this year: %1").replace("%1", str(len(missing))))

    def _fill_table(self, months: list[str], ranked: list[str], by_account: dict[str, dict[str, int]]) -> None:
        self.table.clear()
        self.table.setColumnCount(len(months) + 1)
        self.table.setRowCount(len(ranked) + 1)
        self.table.setHorizontalHeaderLabels(month_labels(months) + [self.tr("Total")])
        self.table.setVerticalHeaderLabels(ranked + [self.tr("Total")])
        for row, account in enumerate(ranked + [None]):
            for column, month in enumerate(months + [None]):
                if account is None:
                    value = sum(by_account[a].get(month, 0) for a in ranked) if month else sum(
                        sum(v.values()) for v in by_account.values())
                else:
                    value = by_account[account].get(month, 0) if month else sum(by_account[account].values())
                item = QTableWidgetItem(f"{value:,}" if value else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _fill_chart(self, months: list[str], ranked: list[str], by_account: dict[str, dict[str, int]]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        series = QStackedBarSeries()
        shown = ranked[:TOP_ACCOUNTS]
        others = ranked[TOP_ACCOUNTS:]
        groups = [(a, [a]) for a in shown] + ([(self.tr("Other"), others)] if others else [])
        top = 0
        for index, (label, accounts) in enumerate(groups):
            bar = QBarSet(label)
            bar.setColor(QColor(COLOURS[index % len(COLOURS)]))
            for month in months:
                bar.append(sum(by_account[a].get(month, 0) for a in accounts))
            series.append(bar)
        for month in months:
            top = max(top, sum(by_account[a].get(month, 0) for a in ranked))
        self.chart.addSeries(series)
        axis_x = month_axis(months)
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = value_axis(top, self.tr("yen"))
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        self.chart_view.fit_legend()


REPORT_CLASS = ExpenseMonthReport
