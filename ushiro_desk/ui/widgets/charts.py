"""What every report chart shares: value axes with whole, round ticks (0/10/20/30, never 0/6/13/19/26),
month labels as people write them (「2026年6月」, "Jun 2026") and legends that fit."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QResizeEvent

MAX_TICKS = 6  # intervals on a value axis, at most


def nice_step(highest: int, intervals: int = MAX_TICKS) -> int:
    """The smallest step of 1, 2 or 5 × 10ⁿ that covers `highest` in at most `intervals` steps."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if step * intervals >= highest:
                return step
        magnitude *= 10


def nice_axis(highest: int, intervals: int = MAX_TICKS) -> tuple[int, int]:
    """(top, step): the axis runs from 0 to `top` in whole steps of `step`, and `top` ≥ `highest`."""
    highest = max(int(highest), 1)
    step = nice_step(highest, intervals)
    return -(-highest // step) * step, step


def value_axis(highest: int, title: str = "") -> QValueAxis:
    """A value axis from 0 with round ticks and whole numbers grouped by the locale (1,000)."""
    top, step = nice_axis(highest)
    axis = QValueAxis()
    axis.setRange(0, top)
    axis.setTickType(QValueAxis.TickType.TicksFixed)
    axis.setTickCount(top // step + 1)
    axis.setMinorTickCount(0)
    axis.setLabelFormat("%.0f")  # with localised numbers Qt takes only f/e/g (and d shows nothing)
    if title:
        axis.setTitleText(title)
    return axis


def month_label(key: str, short: bool = False) -> str:
    """「2026年6月」 in Japanese, "Jun 2026" in English, for a "YYYY-MM" key; `short` drops the year."""
    year, month = int(key[:4]), int(key[5:7])
    locale = QLocale()
    if locale.language() == QLocale.Language.Japanese:
        return f"{month}月" if short else f"{year}年{month}月"
    name = QLocale(QLocale.Language.English).monthName(month, QLocale.FormatType.ShortFormat)
    return name if short else f"{name} {year}"


def month_labels(keys: list[str] | tuple[str, ...]) -> list[str]:
    """Labels for consecutive months (a table's columns): the year is written on the first month and
    on each January, so that twelve labels fit."""
    return [month_label(key, short=i > 0 and not key.endswith("-01")) for i, key in enumerate(keys)]


def month_axis(keys: list[str] | tuple[str, ...]) -> QBarCategoryAxis:
    """The month axis under a chart: 「6月」「7月」… under the bars (a full 「2026年6月」 under each would
    be cut short) and the whole span, 「2026年6月〜2026年11月」 ("Jun 2026 – Nov 2026"), as the axis title."""
    axis = QBarCategoryAxis()
    axis.append([month_label(key, short=True) for key in keys])
    if keys:
        span = QCoreApplication.translate("Charts", "%1 – %2")  # 「2026年6月〜2026年11月」 in Japanese
        axis.setTitleText(span.replace("%1", month_label(keys[0])).replace("%2", month_label(keys[-1])))
    return axis


def prepare(chart: QChart, legend_right: bool = False) -> None:
    """Numbers in the UI's locale (1,000) and a legend laid out where its entries fit."""
    chart.setLocalizeNumbers(True)
    chart.setLocale(QLocale())
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignRight if legend_right else Qt.AlignmentFlag.AlignBottom)
    legend.setShowToolTips(True)  # an entry cut short still shows its whole name on hover


MARKER_SPACE = 44  # a legend entry's marker, its padding and the gap after it, in pixels (measured)


def legend_fits_below(chart: QChart, width: int) -> bool:
    """Whether the legend's entries fit side by side under a chart `width` pixels wide."""
    metrics = QFontMetrics(chart.legend().font())
    needed = sum(metrics.horizontalAdvance(m.label()) + MARKER_SPACE for m in chart.legend().markers())
    return needed <= width - 40


class ChartView(QChartView):
    """A chart view that keeps its legend readable: below the chart when the entries fit side by side,
    at the right (one entry a line) when they would be cut."""

    def __init__(self, chart: QChart) -> None:
        super().__init__(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        prepare(chart)

    def fit_legend(self) -> None:
        chart = self.chart()
        below = legend_fits_below(chart, self.width())
        wanted = Qt.AlignmentFlag.AlignBottom if below else Qt.AlignmentFlag.AlignRight
        if chart.legend().alignment() != wanted:
            chart.legend().setAlignment(wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_legend()
