"""Where a document stands: draft → issued → sent → partly paid → paid; overdue is derived from the
due date. Credit notes and corrections settle or replace an invoice without changing it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Iterable

from ushiro_desk.domain.invoicing.document import DocumentKind
from ushiro_desk.domain.problems import Problem, error, warning


class Status(Enum):
    DRAFT = "draft"
    ISSUED = "issued"
    SENT = "sent"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    CREDITED = "credited"  # voided by credit notes
    PARTLY_CREDITED = "partly_credited"  # reduced by credit notes, no money yet
    CORRECTED = "corrected"  # replaced by a correction (修正した適格請求書)
    ACCEPTED = "accepted"  # a quote turned into an invoice

    @property
    def is_open(self) -> bool:
        """Still waiting for money."""
        return self in (Status.ISSUED, Status.SENT, Status.PARTLY_PAID, Status.PARTLY_CREDITED)


@dataclass(frozen=True)
class Payment:
    paid_on: date
    amount: int  # what arrived in the bank
    bank_fee: int = 0  # 振込手数料 the client deducted; settles the invoice like money
    note: str = ""
    id: int | None = None

    @property
    def settled(self) -> int:
        return self.amount + self.bank_fee


@dataclass(frozen=True)
class Standing:
    status: Status
    balance: int  # what is still owed (negative when overpaid)
    overdue: bool
    days_overdue: int

    @property
    def overpaid(self) -> int:
        return max(0, -self.balance)


def standing(
    kind: DocumentKind,
    *,
    issued: bool,
    sent: bool,
    amount_due: int,
    due_date: date | None,
    today: date,
    paid: int = 0,
    credited: int = 0,
    corrected: bool = False,
    converted: bool = False,
) -> Standing:
    """Derive the status of one document from what happened to it."""
    if not issued:
        return Standing(Status.DRAFT, 0, False, 0)
    base = Status.SENT if sent else Status.ISSUED
    if not kind.is_receivable:
        if kind is DocumentKind.QUOTE and converted:
            return Standing(Status.ACCEPTED, 0, False, 0)
        return Standing(base, 0, False, 0)
    if corrected:
        return Standing(Status.CORRECTED, 0, False, 0)
    balance = amount_due - credited - paid
    if credited >= amount_due and paid == 0:
        status = Status.CREDITED
    elif balance <= 0:
        status = Status.PAID
    elif paid:
        status = Status.PARTLY_PAID
    elif credited:
        status = Status.PARTLY_CREDITED  # no money arrived: 一部入金 would be untrue
    else:
        status = base
    late = status.is_open and due_date is not None and today > due_date
    days = (today - due_date).days if late and due_date else 0
    return Standing(status, balance, late, days)


def check_payment(payment: Payment, balance: int) -> list[Problem]:
    """Errors for impossible input; a warning when the payment would settle more than is owed."""
    problems = []
    if payment.amount < 0:
        problems.append(error("amount", "payment.negative"))
    if payment.bank_fee < 0:
        problems.append(error("bank_fee", "payment.negative"))
    if payment.settled == 0 and not problems:
        problems.append(error("amount", "payment.zero"))
    if payment.bank_fee > 10_000:
        problems.append(warning("bank_fee", "payment.large_fee"))
    if not problems and payment.settled > balance:
        problems.append(warning("amount", "payment.overpaid", excess=payment.settled - balance))
    return problems


@dataclass(frozen=True)
class Aging:
    """Outstanding amounts by days past due (売掛金の年齢表)."""

    current: int = 0  # not yet due
    days_1_30: int = 0
    days_31_60: int = 0
    days_61_plus: int = 0

    @property
    def total(self) -> int:
        return self.current + self.days_1_30 + self.days_31_60 + self.days_61_plus

    @property
    def overdue(self) -> int:
        return self.total - self.current


def aging(open_items: Iterable[tuple[date | None, int]], today: date) -> Aging:
    """Bucket each (due date, balance) by how many days it is past due."""
    buckets = [0, 0, 0, 0]
    for due, balance in open_items:
        if balance <= 0:
            continue
        days = (today - due).days if due else 0
        index = 0 if days <= 0 else 1 if days <= 30 else 2 if days <= 60 else 3
        buckets[index] += balance
    return Aging(*buckets)


@dataclass(frozen=True)
class DocumentSummary:
    """One row of the documents list: enough to show and to derive the status without the lines."""

    id: int
    kind: DocumentKind
    number: str | None
    client_id: int
    client_name: str
    subject: str
    issue_date: date
    due_date: date | None
    total: int
    withholding: int
    amount_due: int
    sent_on: date | None = None
    paid: int = 0
    credited: int = 0
    corrected: bool = False
    converted: bool = False
    original_number: str | None = None

    def standing(self, today: date) -> Standing:
        return standing(
            self.kind,
            issued=self.number is not None,
            sent=self.sent_on is not None,
            amount_due=self.amount_due,
            due_date=self.due_date,
            today=today,
            paid=self.paid,
            credited=self.credited,
            corrected=self.corrected,
            converted=self.converted,
        )
