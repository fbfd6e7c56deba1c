"""The sales report (a Reports tab): sales per month of a fiscal year as a chart, sales and what is
still owed per client as a table, read through `services.invoicing.sales`."""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCharts import QBarSeries, QBarSet, QChart
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.services import company
from ushiro_desk.services.invoicing import queries
from ushiro_desk.services.invoicing.sales import SalesReport, sales_report
from ushiro_desk.ui import clock
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.widgets.charts import ChartView, month_axis, month_label, value_axis

BAR_COLOUR = "#2a7ab8"


def yen(amount: int) -> str:
    return f"¥{amount:,}"


def fiscal_year_of(day: date, start_month: int) -> int:
    """The fiscal year a day belongs to, named by the calendar year it starts in."""
    return day.year if day.month >= start_month else day.year - 1


def fiscal_period(year: int, start_month: int) -> tuple[date, date]:
    first = date(year, start_month, 1)
    end_year, end_month = (year, start_month - 1) if start_month > 1 else (year, 12)
    if start_month > 1:
        end_year += 1
    return first, date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])


class SalesReportTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: SalesReport | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fiscal year")))
        self.year = QComboBox()
        self.year.setObjectName("sales_year")
        self.year.currentIndexChanged.connect(self._show_year)
        top.addWidget(self.year)
        top.addStretch(1)
        layout.addLayout(top)

        grid = QGridLayout()
        self.figures: dict[str, QLabel] = {}
        for column, (name, caption) in enumerate((
            ("total", self.tr("Sales in the year (incl. tax)")),
            ("outstanding", self.tr("Outstanding now")),
            ("overdue", self.tr("Of which overdue")),
        )):
            value = QLabel()
            value.setObjectName(f"sales_{name}")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setBold(True)
            value.setFont(font)
            grid.addWidget(QLabel(caption), 0, column)
            grid.addWidget(value, 1, column)
            self.figures[name] = value
        layout.addLayout(grid)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.chart = QChart()
        self.chart.setTitle(self.tr("Sales per month (incl. tax)"))
        self.chart_view = ChartView(self.chart)
        self.chart_view.setMinimumHeight(240)
        splitter.addWidget(self.chart_view)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("sales_by_client")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Client"), self.tr("Sales"), self.tr("Share"), self.tr("Outstanding"), self.tr("Overdue")]
        )
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        splitter.addWidget(self.table)
        splitter.setSizes([300, 200])
        layout.addWidget(splitter, 1)
        self.reload()

    def title(self) -> str:
        return self.tr("Sales")

    def _start_month(self) -> int:
        profile = company.load_profile(self.ctx.store)
        return profile.fiscal_year_start_month if profile else 4

    def reload(self) -> None:
        start = self._start_month()
        chosen = self.year.currentData()
        today = clock.today()
        last = fiscal_year_of(today, start)
        issued = [r.issue_date for r in queries.list_documents(self.ctx.store, kinds=queries.RECEIVABLE) if r.number]
        first = min([last, *(fiscal_year_of(day, start) for day in issued)])
        self.year.blockSignals(True)
        self.year.clear()
        for year in range(last, first - 1, -1):
            begin, end = fiscal_period(year, start)
            self.year.addItem(
                self.tr("FY%1 (%2 – %3)").replace("%1", str(year)).replace("%2", month_label(f"{begin:%Y-%m}"))
                .replace("%3", month_label(f"{end:%Y-%m}")), year
            )
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        self.year.blockSignals(False)
        self._show_year()

    def _show_year(self) -> None:
        start = self._start_month()
        year = self.year.currentData() or fiscal_year_of(clock.today(), start)
        first, last = fiscal_period(year, start)
        self.report = sales_report(self.ctx.store, first, last, clock.today())
        self.figures["total"].setText(yen(self.report.total))
        self.figures["outstanding"].setText(yen(self.report.outstanding))
        self.figures["overdue"].setText(yen(self.report.overdue))
        self._fill_chart(self.report)
        self._fill_table(self.report)

    def _fill_chart(self, report: SalesReport) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet(self.tr("Sales"))
        bars.setColor(QColor(BAR_COLOUR))
        for key in report.months:
            bars.append(report.by_month[key])
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        chart.legend().setVisible(False)  # one series: the title says what it is
        axis_x = month_axis(report.months)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = value_axis(max(report.by_month.values(), default=0), self.tr("yen"))
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)

    def _fill_table(self, report: SalesReport) -> None:
        rows = report.by_client
        self.table.setRowCount(len(rows))
        for row, client in enumerate(rows):
            share = f"{round(client.sales * 100 / report.total)}%" if report.total > 0 and client.sales else ""
            cells = (
                client.client_name,
                yen(client.sales) if client.sales else "",
                share,
                yen(client.outstanding) if client.outstanding else "",
                yen(client.overdue) if client.overdue else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)


REPORT_CLASS = SalesReportTab
