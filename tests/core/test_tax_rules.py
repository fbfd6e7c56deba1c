"""Every dated table covers every day once, and every boundary date gives the row of its side.

Sources of the worked values: 消費税率の推移 (3% 1989-04-01, 5% 1997-04-01, 8% 2014-04-01, 10% and the
reduced 8% 2019-10-01; NTA 軽減税率制度); the 経過措置 after the 令和8年度税制改正 (80/70/50/30%, METI 概要 and
freee developer notice 8133); 源泉徴収 1,333,333 → 170,166 at 10.21% / 20.42% (所得税法205条, NTA No.2795),
10% / 20% before 2013, and from 2048 防衛特別所得税 1% alone (MOF 令和8年度大綱 六).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ushiro_desk.domain import tax_rules
from ushiro_desk.domain.invoicing.withholding import withholding_tax
from ushiro_desk.domain.tax_rules import (
    CONSUMPTION_TAX_RATES,
    TRANSITIONAL_CAPS,
    TRANSITIONAL_CREDIT,
    WITHHOLDING_BANDS,
    consumption_rate,
    gaps,
    transitional_cap,
    transitional_credit,
)

TABLES = {
    "standard": [r for r in CONSUMPTION_TAX_RATES if r.category == "standard"],
    "reduced": [r for r in CONSUMPTION_TAX_RATES if r.category == "reduced"],
    "credit": list(TRANSITIONAL_CREDIT),
    "cap": list(TRANSITIONAL_CAPS),
    "withholding": list(WITHHOLDING_BANDS),
}


@pytest.mark.parametrize("name", TABLES)
def test_each_table_covers_every_day_exactly_once_and_names_its_source(name: str) -> None:
    rows = TABLES[name]
    assert gaps(rows) == []
    assert rows[0].start == date.min
    assert all(row.source.strip() for row in rows)


def test_a_gap_or_an_overlap_is_found() -> None:
    rows = TABLES["credit"]
    a, b, c, last = rows[1], rows[2], rows[3], rows[-1]
    assert gaps([a, c, last]) == [f"{a.end} → {c.start}", f"{c.end} → {last.start}"]
    assert gaps([a, b, b, last]) == [f"{b.end} → {b.start}", f"{b.end} → {last.start}"]
    assert gaps([a, last, b]) == [
        f"{a.end} → {last.start}", f"row starting {last.start} is open but is not the last", f"the last row ends {b.end}",
    ]


BOUNDARIES = [(name, row.end) for name, rows in TABLES.items() for row in rows if row.end is not None]


@pytest.mark.parametrize(("name", "last_day"), BOUNDARIES, ids=[f"{n}-{d}" for n, d in BOUNDARIES])
def test_every_boundary_gives_the_row_of_its_side(name: str, last_day: date) -> None:
    rows = TABLES[name]
    index = next(i for i, r in enumerate(rows) if r.end == last_day)
    assert tax_rules.in_force(rows, last_day) is rows[index]
    assert tax_rules.in_force(rows, last_day + timedelta(days=1)) is rows[index + 1]


@pytest.mark.parametrize(
    ("day", "standard", "reduced"),
    [
        (date(1989, 3, 31), 0, 0), (date(1989, 4, 1), 3, 3),
        (date(1997, 3, 31), 3, 3), (date(1997, 4, 1), 5, 5),
        (date(2014, 3, 31), 5, 5), (date(2014, 4, 1), 8, 8),
        (date(2019, 9, 30), 8, 8), (date(2019, 10, 1), 10, 8),
        (date(2026, 11, 30), 10, 8),
    ],
)
def test_consumption_tax_rates_by_supply_date(day: date, standard: int, reduced: int) -> None:
    assert (consumption_rate("standard", day), consumption_rate("reduced", day)) == (standard, reduced)


@pytest.mark.parametrize(
    ("day", "percent"),
    [
        (date(2023, 9, 30), 100), (date(2023, 10, 1), 80),
        (date(2026, 9, 30), 80), (date(2026, 10, 1), 70),
        (date(2028, 9, 30), 70), (date(2028, 10, 1), 50),
        (date(2030, 9, 30), 50), (date(2030, 10, 1), 30),
        (date(2031, 9, 30), 30), (date(2031, 10, 1), 0),
    ],
)
def test_transitional_credit_by_purchase_date(day: date, percent: int) -> None:
    assert transitional_credit(day) == percent


def test_the_per_supplier_cap_drops_to_100_million_yen_from_2026_10_01() -> None:
    assert transitional_cap(date(2024, 9, 30)) == 0
    assert transitional_cap(date(2026, 9, 30)) == 1_000_000_000
    assert transitional_cap(date(2026, 10, 1)) == 100_000_000


@pytest.mark.parametrize(
    ("day", "tax"),
    [
        (date(2012, 12, 31), 166_666),  # 100,000 + 333,333 × 20%
        (date(2013, 1, 1), 170_166),  # 102,100 + 333,333 × 20.42%
        (date(2026, 12, 31), 170_166),
        (date(2027, 1, 1), 170_166),  # 復興 1.1% + 防衛 1%: the same 10.21% / 20.42%
        (date(2047, 12, 31), 170_166),
        (date(2048, 1, 1), 168_333),  # 101,000 + 333,333 × 20.2%
    ],
)
def test_withholding_bands_by_payment_date(day: date, tax: int) -> None:
    assert withholding_tax(1_333_333, day) == tax


def test_withholding_on_exactly_one_million_stays_in_the_lower_band() -> None:
    assert withholding_tax(1_000_000, date(2026, 11, 30)) == 102_100
    assert withholding_tax(1_000_001, date(2026, 11, 30)) == 102_100
    assert withholding_tax(1_000_005, date(2026, 11, 30)) == 102_101
