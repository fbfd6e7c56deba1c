"""What the owner (or a tax official, 可視性) searches expenses by: date range, amount range and
counterparty, combined, plus free text in the memo (電帳法 規則2⑥五, jp-rules.md §3.1)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, fields, replace
from datetime import date
from enum import Enum
from typing import Any

from ushiro_desk.domain.problems import Problem, error


class Scope(Enum):
    RECORDED = "recorded"  # complete, not deleted (what the books hold)
    DRAFTS = "drafts"  # made from receipts in the inbox, still to complete
    DELETED = "deleted"  # soft-deleted, kept for the history
    ALL = "all"  # everything not deleted (recorded and drafts)


@dataclass(frozen=True)
class ExpenseQuery:
    date_from: date | None = None
    date_to: date | None = None
    amount_min: int | None = None
    amount_max: int | None = None
    payee: str = ""
    text: str = ""  # in the memo, tag and attendees
    account: str = ""
    missing_receipt: bool = False
    scope: Scope = Scope.RECORDED

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value in (None, "", False) or value == f.default:
                continue
            out[f.name] = value.value if isinstance(value, Enum) else value.isoformat() if isinstance(value, date) else value
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "ExpenseQuery":
        query = cls()
        values: dict[str, Any] = {}
        for name in ("date_from", "date_to"):
            if data.get(name):
                values[name] = date.fromisoformat(data[name])
        for name in ("amount_min", "amount_max"):
            if isinstance(data.get(name), int):
                values[name] = data[name]
        for name in ("payee", "text", "account"):
            if isinstance(data.get(name), str):
                values[name] = data[name]
        if data.get("missing_receipt"):
            values["missing_receipt"] = True
        if data.get("scope") in {s.value for s in Scope}:
            values["scope"] = Scope(data["scope"])
        return replace(query, **values)


def search_key(text: str) -> str:
    """How payees are compared: NFKC (full-width ＡＢＣ and half-width ｶﾅ alike) and case-folded."""
    return unicodedata.normalize("NFKC", text).casefold().strip()


def check_query(query: ExpenseQuery) -> list[Problem]:
    from ushiro_desk.domain.limits import check_day, check_yen

    problems = check_day("date_from", query.date_from) + check_day("date_to", query.date_to)
    problems += check_yen("amount_min", query.amount_min) + check_yen("amount_max", query.amount_max)
    if query.date_from and query.date_to and query.date_from > query.date_to:
        problems.append(error("date_to", "search.date_range"))
    if query.amount_min is not None and query.amount_min < 0:
        problems.append(error("amount_min", "expense.amount.negative"))
    if query.amount_max is not None and query.amount_max < 0:
        problems.append(error("amount_max", "expense.amount.negative"))
    if query.amount_min is not None and query.amount_max is not None and query.amount_min > query.amount_max:
        problems.append(error("amount_max", "search.amount_range"))
    return problems
