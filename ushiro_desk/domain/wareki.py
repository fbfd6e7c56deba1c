"""和暦: dates in the Japanese era (令和8年11月30日), from a dated table of eras.

Each era is a row with its first and last day and the law that set it; the first year of an era is
written 元年, as official documents do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ushiro_desk.domain.tax_rules import DatedRow, in_force


@dataclass(frozen=True)
class Era(DatedRow):
    name: str


ERAS: tuple[Era, ...] = (
    Era(date(1873, 1, 1), date(1912, 7, 29), "明治改元の詔 (the Gregorian calendar from 明治6年)", "明治"),
    Era(date(1912, 7, 30), date(1926, 12, 24), "大正改元の詔書", "大正"),
    Era(date(1926, 12, 25), date(1989, 1, 7), "昭和改元の詔書", "昭和"),
    Era(date(1989, 1, 8), date(2019, 4, 30), "元号を改める政令 (昭和64年政令第1号)", "平成"),
    Era(date(2019, 5, 1), None, "元号を改める政令 (平成31年政令第143号)", "令和"),
)


def era_year(day: date) -> tuple[str, int]:
    """The era and its year for `day` (from 1873-01-01; LookupError before)."""
    era = in_force(ERAS, day)
    return era.name, day.year - era.start.year + 1


def wareki(day: date) -> str:
    """「令和8年11月30日」; the first year is 「令和元年5月1日」."""
    name, year = era_year(day)
    return f"{name}{'元' if year == 1 else year}年{day.month}月{day.day}日"
