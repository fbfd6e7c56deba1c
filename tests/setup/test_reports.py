"""Reports people read: round whole ticks, months written as people write them, legends that fit,
Japanese punctuation in Japanese sentences, and no internal names."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QValueAxis

from ushiro_desk.ui.widgets.charts import month_axis, month_label, month_labels, nice_axis


@pytest.mark.parametrize("highest", [1, 3, 7, 9, 11, 19, 24, 26, 58, 99, 101, 640, 2_420_720, 7_999_999])
def test_value_axes_have_round_whole_steps(highest: int) -> None:
    top, step = nice_axis(highest)
    digits = str(step).rstrip("0")
    assert digits in {"1", "2", "5"} and top % step == 0 and top >= highest
    assert top // step <= 6  # few enough ticks to read
    assert nice_axis(26) == (30, 5) and nice_axis(640) == (800, 200)


def ticks(axis: QValueAxis) -> list[int]:
    step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
    values = [axis.min() + i * step for i in range(axis.tickCount())]
    assert all(v == int(v) for v in values), values
    return [int(v) for v in values]


def test_month_labels_in_japanese_and_english(qapp) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.application import install_translators

    try:
        install_translators(qapp, "ja")
        assert month_label("2026-06") == "2026年6月"
        assert month_labels(["2026-11", "2026-12", "2027-01"]) == ["2026年11月", "12月", "2027年1月"]
        axis = month_axis(["2026-06", "2026-07"])
        assert axis.categories() == ["6月", "7月"] and axis.titleText() == "2026年6月〜2026年7月"
        install_translators(qapp, "en")
        assert month_label("2026-06") == "Jun 2026"
        assert month_axis(["2026-12", "2027-01"]).titleText() == "Dec 2026 – Jan 2027"
    finally:
        install_translators(qapp, "en")


def test_the_chores_charts_tick_in_round_hours_under_month_names(qtbot, ui_ctx, qapp) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.application import install_translators
    from ushiro_desk.ui.chores.report import ChoresInsightReport

    install_translators(qapp, "ja")
    try:
        report = ChoresInsightReport(ui_ctx)
        qtbot.addWidget(report)
        report.resize(940, 600)
        report.show()
        report.reload()
        for view in (report.area_chart, report.who_chart):
            chart = view.chart()
            [values] = [a for a in chart.axes() if isinstance(a, QValueAxis)]
            found = ticks(values)
            step = found[1] - found[0]
            assert str(step).rstrip("0") in {"1", "2", "5"} and found[0] == 0, found
            [months] = [a for a in chart.axes() if a not in (values,)]
            assert all(label.endswith("月") and "-" not in label for label in months.categories())
        # the reasons of the ranking are one Japanese sentence each, joined with 「、」, never 「;」
        reasons = [report.ranking.item(r, 3).text() for r in range(report.ranking.rowCount())]
        assert reasons and not any(";" in text for text in reasons) and any("、" in text for text in reasons)
        assert report.month.currentText().endswith("月") and "-" not in report.month.currentText()
    finally:
        install_translators(qapp, "en")


def test_a_legend_too_wide_for_the_chart_moves_beside_it(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCharts import QBarSet, QChart, QStackedBarSeries
    from PySide6.QtCore import Qt

    from ushiro_desk.ui.widgets.charts import ChartView, legend_fits_below

    chart = QChart()
    series = QStackedBarSeries()
    for name in ("経理・財務", "人事・労務", "総務・庶務", "法務・IT", "営業事務"):
        bars = QBarSet(name)
        bars.append([1, 2])
        series.append(bars)
    chart.addSeries(series)
    view = ChartView(chart)
    qtbot.addWidget(view)
    view.resize(430, 260)
    view.show()
    view.fit_legend()
    assert not legend_fits_below(chart, 430) and chart.legend().alignment() == Qt.AlignmentFlag.AlignRight
    view.resize(1000, 260)
    view.fit_legend()
    assert chart.legend().alignment() == Qt.AlignmentFlag.AlignBottom


def test_the_data_tab_names_the_version_and_data_format_not_the_migration(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk import __version__
    from ushiro_desk.ui.pages.reports import ReportsPage

    page = ReportsPage(ui_ctx)
    qtbot.addWidget(page)
    text = page.health.text()
    assert __version__ in text and "data format" in text
    assert "_" not in text.replace(__version__, ""), text  # no migration id such as 0006_done_on_index
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Sales" in titles


def test_the_sales_tab_shows_the_year_and_its_clients(qtbot, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from ushiro_desk.ui import clock
    from ushiro_desk.ui.sales.report import SalesReportTab

    monkeypatch.setattr(clock, "today", lambda: date(2026, 11, 20))
    tab = SalesReportTab(ui_ctx)
    qtbot.addWidget(tab)
    assert tab.year.currentData() == 2026 and tab.year.count() >= 2
    assert tab.report is not None and tab.figures["total"].text() == f"¥{tab.report.total:,}"
    assert tab.table.rowCount() == len(tab.report.by_client) > 0
    [values] = [a for a in tab.chart.axes() if isinstance(a, QValueAxis)]
    assert ticks(values)[0] == 0 and values.max() >= max(tab.report.by_month.values())
