"""What issued documents are searched by: 取引年月日 range, 取引金額 range and 取引先, combined
(電子帳簿保存法 施行規則4条1項・2条6項六; an invoice sent by e-mail is 電子取引 data for its sender too).

The date is the document's date (issue date), the amount its total including tax, the client matched
on the name printed on it ignoring width and case (ＡＢＣ = abc, ｱｵﾊﾞ = アオバ).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from ushiro_desk.domain.problems import Problem, error


@dataclass(frozen=True)
class DocumentQuery:
    date_from: date | None = None
    date_to: date | None = None
    amount_min: int | None = None  # 税込 total, yen
    amount_max: int | None = None
    client: str = ""  # part of the client's name as printed

    @property
    def is_empty(self) -> bool:
        return self == DocumentQuery()

    def matches_client(self, name: str) -> bool:
        key = search_key(self.client)
        return not key or key in search_key(name)


def search_key(text: str) -> str:
    """NFKC (full-width and half-width alike), case-folded, spaces removed."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def check_query(query: DocumentQuery) -> list[Problem]:
    problems = []
    if query.date_from and query.date_to and query.date_from > query.date_to:
        problems.append(error("date_to", "search.date_range"))
    for name in ("amount_min", "amount_max"):
        value = getattr(query, name)
        if value is not None and value < 0:
            problems.append(error(name, "search.amount_negative"))
    if query.amount_min is not None and query.amount_max is not None and query.amount_min > query.amount_max:
        problems.append(error("amount_max", "search.amount_range"))
    return problems
