"""Rules of tax law as dated rows: each row says from when to when it applies and where it comes from.

A computation passes the transaction date and gets the row in force on that day, so an old record is
computed under the law of its day. A change of law is a new row here (and the end date of the row it
replaces), never a change to the code that applies it. Dates are inclusive; `end=None` is open-ended.

Tables:
- `CONSUMPTION_TAX_RATES`: the standard and the reduced rate (消費税＋地方消費税) by supply date.
- `TRANSITIONAL_CREDIT`: the share of input tax that may be credited on purchases from suppliers that
  are not registered issuers (免税事業者等からの課税仕入れの経過措置), by purchase date.
- `TRANSITIONAL_CAPS`: the yearly amount per supplier above which that measure does not apply (a
  warning in the app: the law counts per taxable period, the app only sees purchase dates).
- `WITHHOLDING_BANDS`: 源泉徴収 on 報酬・料金 (所得税法204条・205条) with the surtaxes of the day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Sequence, TypeVar

INVOICE_SYSTEM_START = date(2023, 10, 1)  # 適格請求書等保存方式 (平成28年法律第15号 附則1条)
REDUCED_RATE_START = date(2019, 10, 1)  # 10% and the reduced 8%: before it there was one rate for everything


@dataclass(frozen=True)
class DatedRow:
    start: date
    end: date | None  # inclusive; None while no end is set by law
    source: str

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class RateRow(DatedRow):
    category: str  # "standard" | "reduced"
    percent: int  # 国税 and 地方消費税 together


@dataclass(frozen=True)
class CreditRow(DatedRow):
    percent: int  # share of the input tax that may be credited


@dataclass(frozen=True)
class CapRow(DatedRow):
    yen: int  # 税込 purchases per supplier per year above which the measure stops


@dataclass(frozen=True)
class WithholdingRow(DatedRow):
    threshold: int  # 同一人に対し1回に支払われる金額 (所基通205-1)
    low_per_10000: int  # rate up to the threshold, in units of 0.01% (1021 = 10.21%)
    high_per_10000: int  # rate on the part above it

    @property
    def tax_at_threshold(self) -> int:
        return self.threshold * self.low_per_10000 // 10000


_NTA_RATES = "https://www.nta.go.jp/taxes/shiraberu/zeimokubetsu/shohi/keigenzeiritsu/index.htm"
_NO_REDUCED = "no reduced rate before 2019-10-01: the standard rate applies"

CONSUMPTION_TAX_RATES: tuple[RateRow, ...] = (
    RateRow(date.min, date(1989, 3, 31), "before 消費税法 (昭和63年法律第108号) took effect", "standard", 0),
    RateRow(date(1989, 4, 1), date(1997, 3, 31), "消費税法29条 (昭和63年法律第108号) 3%", "standard", 3),
    RateRow(date(1997, 4, 1), date(2014, 3, 31), "平成6年法律第109号: 消費税4% + 地方消費税1%", "standard", 5),
    RateRow(date(2014, 4, 1), REDUCED_RATE_START - timedelta(days=1), "平成24年法律第68号: 6.3% + 1.7%", "standard", 8),
    RateRow(REDUCED_RATE_START, None, f"平成24年法律第68号・平成28年法律第85号: 7.8% + 2.2%; {_NTA_RATES}", "standard", 10),
    RateRow(date.min, date(1989, 3, 31), _NO_REDUCED, "reduced", 0),
    RateRow(date(1989, 4, 1), date(1997, 3, 31), _NO_REDUCED, "reduced", 3),
    RateRow(date(1997, 4, 1), date(2014, 3, 31), _NO_REDUCED, "reduced", 5),
    RateRow(date(2014, 4, 1), REDUCED_RATE_START - timedelta(days=1), _NO_REDUCED, "reduced", 8),
    RateRow(REDUCED_RATE_START, None, f"軽減税率 平成28年法律第15号 附則34条: 6.24% + 1.76%; {_NTA_RATES}", "reduced", 8),
)

_R8 = (
    "令和8年度税制改正 (所得税法等の一部を改正する法律, 2026-03-31): MOF 大綱 "
    "https://www.mof.go.jp/tax_policy/tax_reform/outline/fy2026/; METI 概要 via "
    "https://www.fps-net.com/knowledge/tax/2026/4_3.html; freee "
    "https://developer.freee.co.jp/accounting/accounting-improvement/8133"
)

TRANSITIONAL_CREDIT: tuple[CreditRow, ...] = (
    CreditRow(date.min, INVOICE_SYSTEM_START - timedelta(days=1), "区分記載請求書等保存方式: full credit (before the invoice system)", 100),
    CreditRow(INVOICE_SYSTEM_START, date(2026, 9, 30), "平成28年法律第15号 附則52条・53条: 80%", 80),
    CreditRow(date(2026, 10, 1), date(2028, 9, 30), f"{_R8}: 70%", 70),
    CreditRow(date(2028, 10, 1), date(2030, 9, 30), f"{_R8}: 50%", 50),
    CreditRow(date(2030, 10, 1), date(2031, 9, 30), f"{_R8}: 30%", 30),
    CreditRow(date(2031, 10, 1), None, f"{_R8}: the measure ends", 0),
)

TRANSITIONAL_CAPS: tuple[CapRow, ...] = (
    CapRow(date.min, date(2024, 9, 30), "no cap before 令和6年度改正", 0),
    CapRow(date(2024, 10, 1), date(2026, 9, 30), "令和6年度税制改正: 10億円 per supplier per year", 1_000_000_000),
    CapRow(date(2026, 10, 1), None, f"{_R8}: 1億円 per supplier per year", 100_000_000),
)

_MOF_DEFENCE = "https://www.mof.go.jp/tax_policy/tax_reform/outline/fy2026/08taikou_06.htm"

WITHHOLDING_BANDS: tuple[WithholdingRow, ...] = (
    WithholdingRow(date.min, date(2012, 12, 31), "所得税法205条一号: 10% / 20%", 1_000_000, 1000, 2000),
    WithholdingRow(
        date(2013, 1, 1), date(2026, 12, 31),
        "所得税法205条 + 復興特別所得税 2.1% (平成23年法律第117号 28条): 10.21% / 20.42%; "
        "https://www.nta.go.jp/taxes/shiraberu/taxanswer/gensen/2795.htm",
        1_000_000, 1021, 2042,
    ),
    WithholdingRow(
        date(2027, 1, 1), date(2047, 12, 31),
        f"令和8年度改正: 復興特別所得税 1.1% (to 令和29年) + 防衛特別所得税 1%: still 10.21% / 20.42%; {_MOF_DEFENCE}",
        1_000_000, 1021, 2042,
    ),
    WithholdingRow(
        date(2048, 1, 1), None, f"令和8年度改正: 防衛特別所得税 1% only (当分の間): 10.1% / 20.2%; {_MOF_DEFENCE}",
        1_000_000, 1010, 2020,
    ),
)

Row = TypeVar("Row", bound=DatedRow)


def in_force(rows: Sequence[Row], day: date) -> Row:
    """The row that covers `day` (the tables cover every date, so there is always one)."""
    for row in rows:
        if row.covers(day):
            return row
    raise LookupError(f"no rule in force on {day.isoformat()}")


def consumption_rate(category: str, day: date) -> int:
    """The consumption-tax rate (%) for `category` ("standard" or "reduced") on the supply date `day`."""
    return in_force(_RATES_BY_CATEGORY.get(category, ()), day).percent


# The table split by category once (an export asks for a rate per journal line, 200,000 times).
_RATES_BY_CATEGORY: dict[str, tuple[RateRow, ...]] = {
    key: tuple(r for r in CONSUMPTION_TAX_RATES if r.category == key) for key in {r.category for r in CONSUMPTION_TAX_RATES}
}


def transitional_credit(day: date) -> int:
    """The share (%) of input tax credited on a purchase from an unregistered supplier made on `day`."""
    return in_force(TRANSITIONAL_CREDIT, day).percent


def transitional_cap(day: date) -> int:
    """The yearly amount per supplier above which the 経過措置 stops (0: no cap on that day)."""
    return in_force(TRANSITIONAL_CAPS, day).yen


def withholding_band(day: date) -> WithholdingRow:
    return in_force(WITHHOLDING_BANDS, day)


def gaps(rows: Sequence[DatedRow]) -> list[str]:
    """What is wrong with a table in date order: a gap, an overlap, or an open row before the last one."""
    problems = []
    for before, after in zip(rows, rows[1:]):
        if before.end is None:
            problems.append(f"row starting {before.start} is open but is not the last")
        elif (after.start - before.end).days != 1:
            problems.append(f"{before.end} → {after.start}")
    if rows and rows[-1].end is not None:
        problems.append(f"the last row ends {rows[-1].end}")
    return problems
