"""A statement as read from a file: its lines, the account it names and the problems found."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from ushiro_desk.domain.problems import Problem

# What is read before anything is parsed (a bank's yearly statement is well under this).
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_LINES = 100_000
MAX_FIELD_CHARS = 500
MAX_COLUMNS = 64


class AccountKind(Enum):
    BANK = "bank"
    CARD = "card"


@dataclass(frozen=True)
class StatementLine:
    """One transaction. `deposit` and `withdrawal` are yen (one of them 0); `balance` is the balance
    after it when the file has one."""

    source_line: int  # 1-based line (or record) of the file, for messages
    day: date
    description: str
    deposit: int = 0
    withdrawal: int = 0
    balance: int | None = None
    payer: str = ""  # 振込依頼人名 (half-width kana as sent), when the format carries it apart
    reference: str = ""  # 照会番号 or the card's own id
    memo: str = ""

    @property
    def amount(self) -> int:
        """Signed: money in is positive."""
        return self.deposit - self.withdrawal

    @property
    def counterparty(self) -> str:
        return self.payer or self.description

    def fingerprint(self) -> str:
        """What identifies the transaction across two downloads of overlapping periods (the same
        transaction twice on one day is told apart by its occurrence number, see `with_occurrences`)."""
        parts = (self.day.isoformat(), str(self.deposit), str(self.withdrawal), self.counterparty.strip(),
                 "" if self.balance is None else str(self.balance), self.reference)
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def with_occurrences(lines: list[StatementLine]) -> list[tuple[StatementLine, str, int]]:
    """Each line with its fingerprint and how many identical lines came before it in the file: two
    ¥110 fees on one day without balances are two transactions, and stay two on re-import."""
    seen: dict[str, int] = {}
    out = []
    for line in lines:
        key = line.fingerprint()
        seen[key] = seen.get(key, 0) + 1
        out.append((line, key, seen[key]))
    return out


@dataclass(frozen=True)
class AccountInfo:
    """What a 全銀 header says about the account (CSV files usually say nothing)."""

    bank_code: str = ""
    bank_name: str = ""
    branch_code: str = ""
    branch_name: str = ""
    account_number: str = ""
    holder: str = ""
    opening_balance: int | None = None


@dataclass(frozen=True)
class ParsedStatement:
    format: str
    lines: tuple[StatementLine, ...] = ()
    account: AccountInfo = field(default_factory=AccountInfo)
    encoding: str = ""
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)


@dataclass(frozen=True)
class BalanceGap:
    """The running balance does not add up between two lines: transactions are missing."""

    after: date
    before: date
    expected: int  # the balance the next line should start from
    found: int  # the balance before the next line's own amount
    source_line: int

    @property
    def difference(self) -> int:
        return self.found - self.expected


def balance_gaps(lines: list[StatementLine], opening: int | None = None) -> list[BalanceGap]:
    """Where a line's balance is not the previous balance plus its own amount. Lines without a
    balance break the chain (nothing can be said across them)."""
    gaps = []
    previous_balance = opening
    previous_day = lines[0].day if lines else None
    for line in lines:
        if line.balance is None:
            previous_balance = None
        else:
            if previous_balance is not None and previous_balance + line.amount != line.balance:
                assert previous_day is not None
                gaps.append(BalanceGap(previous_day, line.day, previous_balance, line.balance - line.amount,
                                       line.source_line))
            previous_balance = line.balance
        previous_day = line.day
    return gaps


@dataclass(frozen=True)
class StatementAccount:
    id: int
    name: str
    kind: AccountKind
    bank_name: str = ""
    branch_name: str = ""
    account_number: str = ""
    format: str = ""
    mapping: str = ""  # JSON of the saved ColumnMap


class LineState(Enum):
    OPEN = "open"  # a deposit waiting for 消込, or a debit not yet looked at
    MATCHED = "matched"  # recorded as payment(s)
    DISMISSED = "dismissed"  # not a payment of a document (with the reason)
    EXPENSE = "expense"  # a debit that became an expense draft
    TRANSFER = "transfer"  # between own accounts, a card settlement, a payment to the secretary


@dataclass(frozen=True)
class StoredLine:
    id: int
    account_id: int
    account_name: str
    day: date
    description: str
    payer: str
    deposit: int
    withdrawal: int
    balance: int | None
    state: LineState
    note: str = ""
    expense_id: int | None = None
    reference: str = ""
    memo: str = ""

    @property
    def amount(self) -> int:
        return self.deposit - self.withdrawal
