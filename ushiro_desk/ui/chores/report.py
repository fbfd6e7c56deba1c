"""Insight into the chores (a tab of the Reports page): minutes per month by area and by who did them,
the delegable share, the hours the owner could hand off and the money that frees, and a ranked list
of what to hand off next with the reason for each."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCharts import QBarSet, QChart, QStackedBarSeries
from PySide6.QtCore import Qt
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

from ushiro_desk.domain.chores import Area
from ushiro_desk.domain.insight import MonthSummary, Reason, month_key, previous_months
from ushiro_desk.services.chores_insight import InsightReport, insight
from ushiro_desk.ui import clock
from ushiro_desk.ui.chores.texts import area_name, minutes_text, yen
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.widgets.charts import ChartView, month_axis, month_label, value_axis

CHART_MONTHS = 6
MONTH_CHOICES = 24


def one_decimal(value: Fraction) -> str:
    tenths = round(value * 10)
    return f"{tenths // 10}.{tenths % 10}"


class ChoresInsightReport(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: InsightReport | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        self.month = QComboBox()
        self.month.setObjectName("insight_month")
        top.addWidget(self.month)
        top.addStretch(1)
        layout.addLayout(top)

        grid = QGridLayout()
        self.figures: dict[str, QLabel] = {}
        for column, (name, caption) in enumerate((
            ("total", self.tr("Time on chores")),
            ("share", self.tr("In delegable chores")),
            ("handoff", self.tr("You could hand off")),
            ("freed", self.tr("That frees each month")),
        )):
            title = QLabel(caption)
            value = QLabel()
            value.setObjectName(f"figure_{name}")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setBold(True)
            value.setFont(font)
            grid.addWidget(title, 0, column)
            grid.addWidget(value, 1, column)
            self.figures[name] = value
        self.freed_detail = QLabel()
        self.freed_detail.setObjectName("freed_detail")
        self.freed_detail.setWordWrap(True)
        grid.addWidget(self.freed_detail, 2, 0, 1, 4)
        layout.addLayout(grid)

        splitter = QSplitter(Qt.Orientation.Vertical)
        charts = QWidget()
        charts_row = QHBoxLayout(charts)
        charts_row.setContentsMargins(0, 0, 0, 0)
        self.area_chart = self._chart_view(self.tr("Hours per month by area"))
        self.who_chart = self._chart_view(self.tr("Hours per month by who did them"))
        charts_row.addWidget(self.area_chart)
        charts_row.addWidget(self.who_chart)
        splitter.addWidget(charts)

        ranking = QWidget()
        ranking_layout = QVBoxLayout(ranking)
        ranking_layout.setContentsMargins(0, 0, 0, 0)
        ranking_layout.addWidget(QLabel(self.tr("What to hand off next")))
        self.ranking = QTableWidget(0, 4)
        self.ranking.setObjectName("handoff_ranking")
        self.ranking.setHorizontalHeaderLabels([self.tr("Chore"), self.tr("Per month"), self.tr("Frees per month"), self.tr("Why")])
        self.ranking.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ranking.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.ranking.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranking.setWordWrap(True)
        ranking_layout.addWidget(self.ranking)
        splitter.addWidget(ranking)
        layout.addWidget(splitter, 1)

        self._fill_months()
        self.month.currentIndexChanged.connect(self.reload)

    def title(self) -> str:
        return self.tr("Chores insight")

    def _chart_view(self, title: str) -> ChartView:
        chart = QChart()
        chart.setTitle(title)
        view = ChartView(chart)
        view.setMinimumHeight(240)
        return view

    def _fill_months(self) -> None:
        self.month.blockSignals(True)
        self.month.clear()
        for key in reversed(previous_months(month_key(clock.today()), MONTH_CHOICES)):
            self.month.addItem(month_label(key), key)
        self.month.blockSignals(False)

    # -- loading -----------------------------------------------------------------------------------

    def reload(self) -> None:
        chosen = self.month.currentData() or month_key(clock.today())
        self.report = insight(self.ctx.store, chosen, today=clock.today(), months=CHART_MONTHS)
        current = self.report.current
        self._show_figures(current)
        months = self.report.months
        self._fill_chart(
            self.area_chart, months,
            [(area_name(area), {m.month: m.minutes_by_area.get(area, 0) for m in months}) for area in Area],
        )
        people: list[int | None] = [None, *sorted({k for m in months for k in m.minutes_by_assignee if k is not None})]
        self._fill_chart(
            self.who_chart, months,
            [(self._who(person), {m.month: m.minutes_by_assignee.get(person, 0) for m in months}) for person in people],
        )
        self._fill_ranking()

    def _who(self, person: int | None) -> str:
        if person is None:
            return self.tr("Owner")
        assert self.report is not None
        return self.report.outsourcer_names.get(person, "?")

    def _show_figures(self, month: MonthSummary) -> None:
        assert self.report is not None
        settings = self.report.settings
        self.figures["total"].setText(minutes_text(month.total_minutes))
        self.figures["share"].setText(f"{round(month.delegable_share * 100)}%")
        self.figures["handoff"].setText(self.tr("%1 h").replace("%1", one_decimal(month.handoff_hours)))
        self.figures["freed"].setText(yen(month.freed_yen))
        self.freed_detail.setText(
            self.tr("%1 of your time at %2 an hour, less %3 for an outsourcer at %4 an hour.")
            .replace("%1", yen(month.owner_value_yen)).replace("%2", yen(settings.owner_hourly_yen))
            .replace("%3", yen(month.outsourcer_cost_yen)).replace("%4", yen(settings.outsourcer_hourly_yen))
        )

    def _fill_chart(self, view: ChartView, months: list[MonthSummary], rows: list[tuple[str, dict[str, int]]]) -> None:
        chart = view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QStackedBarSeries()
        highest = 0
        for label, by_month in rows:
            if not any(by_month.values()):
                continue
            bar = QBarSet(label)
            for m in months:
                bar.append(by_month.get(m.month, 0) / 60)  # hours, for drawing only
            series.append(bar)
        for m in months:
            highest = max(highest, m.total_minutes)
        chart.addSeries(series)
        categories = month_axis([m.month for m in months])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = value_axis((highest + 59) // 60, self.tr("hours"))
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        view.fit_legend()

    def reason_text(self, reason: Reason) -> str:
        p = reason.params
        if reason.code == "time_measured":
            return self.tr("takes %1 a month").replace("%1", minutes_text(int(p["minutes"])))  # type: ignore[call-overload]
        if reason.code == "time_estimated":
            return self.tr("about %1 a month (estimated)").replace("%1", minutes_text(int(p["minutes"])))  # type: ignore[call-overload]
        if reason.code == "delegable":
            return self.tr("can be handed off as it is")
        if reason.code == "with_review":
            return self.tr("can be handed off with your review")
        if reason.code == "documented":
            return self.tr("goal, steps and rules are written down")
        if reason.code == "missing":
            names = {"goal": self.tr("the goal"), "steps": self.tr("the steps"), "rules": self.tr("the judgement rules")}
            parts = self.tr(", ").join(names[part] for part in p["parts"])  # type: ignore[attr-defined]
            return self.tr("write down %1 first").replace("%1", parts)
        if reason.code == "confidential":
            return self.tr("touches confidential data: mask it or keep that part")
        return reason.code

    def _fill_ranking(self) -> None:
        assert self.report is not None
        candidates = self.report.candidates
        self.ranking.setRowCount(len(candidates))
        for row, candidate in enumerate(candidates):
            cells = (
                candidate.title,
                minutes_text(candidate.minutes_per_month),
                yen(candidate.freed_yen_per_month),
                self.tr("; ").join(self.reason_text(r) for r in candidate.reasons),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.ranking.setItem(row, column, item)
        self.ranking.resizeRowsToContents()


REPORT_CLASS = ChoresInsightReport
