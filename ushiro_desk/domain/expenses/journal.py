"""Expenses as journal lines (仕訳) for accounting software: debit the expense account, credit how it was
paid. A MIXED expense gives one balanced line per tax category."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ushiro_desk.domain.company import EntityType
from ushiro_desk.domain.expenses.accounts import MEAL_ACCOUNTS, credit_account
from ushiro_desk.domain.expenses.model import (
    Expense,
    InvoiceStatus,
    PaymentMethod,
    TaxCategory,
    included_tax,
    transitional_percent,
)
from ushiro_desk.domain.tax_rules import INVOICE_SYSTEM_START, REDUCED_RATE_START

INVOICE_START = INVOICE_SYSTEM_START  # インボイス制度


@dataclass(frozen=True)
class JournalLine:
    expense_id: int
    day: date
    debit_account: str
    credit_account: str
    amount: int  # 税込
    tax_amount: int  # contained 消費税, rounded down; 0 when none of it may be credited
    tax_key: str  # mapping key of the debit 税区分, e.g. "tax.standard_10.qualified"
    invoice_key: str  # mapping key of the インボイス mark, e.g. "invoice.transitional_80"
    payment_method: PaymentMethod
    payee: str
    supplier_tnumber: str
    summary: str  # 摘要
    memo: str
    tag: str
    part: int  # 1-based index among the expense's lines
    parts: int


def status_key(expense: Expense) -> str:
    """`qualified`, `transitional_<percent>` (80, 70, 50, 30 by the purchase date, tax_rules), `none` or
    `before` (before 2023-10-01)."""
    if expense.date < INVOICE_START:
        return "before"
    if expense.invoice_status is InvoiceStatus.TRANSITIONAL:
        percent = transitional_percent(expense.date)
        return f"transitional_{percent}" if percent else "none"
    return expense.invoice_status.value


def tax_key(category: TaxCategory, status: str, day: date) -> str:
    """The mapping key of a part's 税区分. A taxable part supplied before 2019-10-01 is keyed by the rate of
    its day (`tax.old_8`, `tax.old_5`, `tax.old_3`): there was one rate then, and no reduced rate."""
    if not category.is_taxable:
        return f"tax.{category.value}"
    if day < REDUCED_RATE_START:
        rate = category.rate_on(day)
        return f"tax.old_{rate}" if rate else "tax.non_taxable"
    return f"tax.{category.value}.{status}"


def summary(expense: Expense) -> str:
    """摘要: the payee, the memo and, for meals, the number of people."""
    text = " ".join(part for part in (expense.payee, expense.memo.replace("\n", " ")) if part)
    if expense.account in MEAL_ACCOUNTS and expense.attendee_count:
        text += f" {expense.attendee_count}名"
    return text


def journal_lines(expense: Expense, entity: EntityType) -> list[JournalLine]:
    assert expense.id is not None
    status = status_key(expense)
    credit = credit_account(expense.payment_method, entity)
    parts = expense.parts
    return [
        JournalLine(
            expense_id=expense.id,
            day=expense.date,
            debit_account=expense.account,
            credit_account=credit,
            amount=part.amount,
            # no credit at all ("none": no invoice, or after the 経過措置): 対象外 with no tax in every export
            tax_amount=0 if status == "none" else included_tax(part.amount, part.category, expense.date),
            tax_key=tax_key(part.category, status, expense.date),
            invoice_key=f"invoice.{status}" if part.category.is_taxable else "invoice.none_taxable",
            payment_method=expense.payment_method,
            payee=expense.payee,
            supplier_tnumber=expense.supplier_tnumber,
            summary=summary(expense),
            memo=expense.memo,
            tag=expense.tag,
            part=index,
            parts=len(parts),
        )
        for index, part in enumerate(parts, start=1)
    ]
