"""Dates as banks write them: 2026/11/30, 2026-11-30, 20261130, 2026年11月30日, and 和暦
(R8.11.30, R08/11/30, 令和8年11月30日, 全銀 YYMMDD). Eras are dated rows."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache
from typing import NamedTuple


class Era(NamedTuple):
    name: str
    letter: str
    start: date  # first day of year 1 (元年)
    source: str


ERAS = (
    Era("令和", "R", date(2019, 5, 1), "元号を改める政令 (平成31年政令第143号)"),
    Era("平成", "H", date(1989, 1, 8), "元号を改める政令 (昭和64年政令第1号)"),
)
_BY_NAME = {e.name: e for e in ERAS} | {e.letter: e for e in ERAS}

_WESTERN = re.compile(r"(\d{4})[/\-.年](\d{1,2})[/\-.月](\d{1,2})日?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_JAPANESE = re.compile(r"(令和|平成|R|H)\s*(\d{1,2}|元)[/\-.年](\d{1,2})[/\-.月](\d{1,2})日?")


def era_date(era: Era, year: int, month: int, day: int) -> date:
    return date(era.start.year + year - 1, month, day)


@lru_cache(maxsize=4096)  # a statement repeats its days
def parse_date(text: str) -> date | None:
    """A date in any of the forms above, or None when it is not one (or not a real day)."""
    cleaned = unicodedata.normalize("NFKC", text).strip().upper().replace(" ", "")
    try:
        if m := _JAPANESE.fullmatch(cleaned):
            year = 1 if m[2] == "元" else int(m[2])
            return era_date(_BY_NAME[m[1]], year, int(m[3]), int(m[4]))
        if m := _WESTERN.fullmatch(cleaned) or _COMPACT.fullmatch(cleaned):
            return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    return None


def parse_wareki_yymmdd(text: str, near: date) -> date | None:
    """全銀 dates are 和暦 YYMMDD without the era: take the era whose reading lies closest to `near`
    (the file's creation day, or today)."""
    if not re.fullmatch(r"\d{6}", text):
        return None
    year, month, day = int(text[:2]), int(text[2:4]), int(text[4:])
    found = []
    for era in ERAS:
        try:
            value = era_date(era, year, month, day)
        except ValueError:
            continue
        if value >= era.start:
            found.append(value)
    if not found:
        return None
    return min(found, key=lambda d: abs((d - near).days))
