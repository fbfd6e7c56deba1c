"""Checking an expense as the owner typed it: every problem at once, at its field (Beancount style)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable

from ushiro_desk.domain import tnumber
from ushiro_desk.domain.expenses.accounts import ENTERTAINMENT, MEAL_ACCOUNTS, MEETING
from ushiro_desk.domain.expenses.model import (
    Expense,
    InvoiceStatus,
    PaymentMethod,
    TaxCategory,
    TaxPart,
)
from ushiro_desk.domain.problems import Problem, error, warning
from ushiro_desk.domain.tax_rules import transitional_cap

MAX_AMOUNT = 999_999_999  # 9 digits: what 弥生 and the others import
FUTURE_LIMIT = timedelta(days=31)  # later than this is a typo (a year off), not a prepaid bill
EARLIEST = date(1990, 1, 1)
# 飲食費 per person excluded from 交際費 (租特法61の4⑥): 10,000 yen from 2024-04-01, 5,000 yen before (§6.3).
MEAL_LIMIT_CHANGE = date(2024, 4, 1)

_AMOUNT_NOISE = re.compile(r"[,\s¥￥円]")


def parse_amount(text: str | int | None, field_name: str = "amount") -> tuple[int | None, list[Problem]]:
    """A yen amount as typed: full-width digits, commas, ¥ and 円 are fine; decimals and letters are not."""
    if text is None:
        return None, [error(field_name, "required")]
    if isinstance(text, int) and not isinstance(text, bool):
        value = text
    else:
        cleaned = _AMOUNT_NOISE.sub("", unicodedata.normalize("NFKC", str(text)))
        if not cleaned:
            return None, [error(field_name, "required")]
        if not re.fullmatch(r"[-−]?[0-9]+", cleaned):
            return None, [error(field_name, "expense.amount.number")]
        value = int(cleaned.replace("−", "-"))
    if value < 0:
        return None, [error(field_name, "expense.amount.negative")]
    if value > MAX_AMOUNT:
        return None, [error(field_name, "expense.amount.too_large", limit=MAX_AMOUNT)]
    return value, []


def meal_limit(day: date) -> int:
    return 10_000 if day >= MEAL_LIMIT_CHANGE else 5_000


def suggest_meal_account(amount: int, attendee_count: int, day: date) -> str:
    """会議費 when the meal costs at most the limit per person (§6.3), otherwise 接待交際費."""
    if attendee_count <= 0:
        return ENTERTAINMENT
    return MEETING if amount <= meal_limit(day) * attendee_count else ENTERTAINMENT


@dataclass(frozen=True)
class ExpenseInput:
    """What the editor (or the inbox, or sample data) hands over; amounts may still be text."""

    date: date | None
    payee: str = ""
    amount: str | int | None = ""
    tax_category: TaxCategory = TaxCategory.STANDARD
    account: str = ""
    payment_method: PaymentMethod = PaymentMethod.CASH
    invoice_status: InvoiceStatus = InvoiceStatus.QUALIFIED
    supplier_tnumber: str = ""
    memo: str = ""
    tag: str = ""
    attendee_count: str | int = 0
    attendees: str = ""
    tax_parts: tuple[tuple[TaxCategory, str | int], ...] = field(default_factory=tuple)
    is_draft: bool = False

    @classmethod
    def of(cls, expense: Expense) -> "ExpenseInput":
        return cls(
            date=expense.date,
            payee=expense.payee,
            amount=expense.amount,
            tax_category=expense.tax_category,
            account=expense.account,
            payment_method=expense.payment_method,
            invoice_status=expense.invoice_status,
            supplier_tnumber=expense.supplier_tnumber,
            memo=expense.memo,
            tag=expense.tag,
            attendee_count=expense.attendee_count,
            attendees=expense.attendees,
            tax_parts=tuple((p.category, p.amount) for p in expense.tax_parts),
            is_draft=expense.is_draft,
        )


def _clean(text: str) -> str:
    """Trim, and refuse control characters (they break CSV exports and file names)."""
    return "".join(ch for ch in text.strip() if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def check_expense(
    form: ExpenseInput, *, today: date, accounts: Iterable[str] = ()
) -> tuple[Expense | None, list[Problem]]:
    """Return the expense (None when there are errors) and every problem found.

    A draft (from the receipt inbox) may lack payee, amount and account; everything it has must still
    be well-formed. `accounts` is the owner's list of 勘定科目; an empty list accepts any name.
    """
    problems: list[Problem] = []
    draft = form.is_draft

    day = form.date
    if day is None:
        problems.append(error("date", "required"))
    elif day > today + FUTURE_LIMIT:
        problems.append(error("date", "expense.date.future", days=FUTURE_LIMIT.days))
    elif day < EARLIEST:
        problems.append(error("date", "expense.date.past", earliest=EARLIEST.isoformat()))
    elif day > today:
        problems.append(warning("date", "expense.date.after_today"))

    payee = _clean(form.payee).replace("\n", " ")
    if not payee and not draft:
        problems.append(error("payee", "required"))

    amount: int | None = 0
    if draft and (form.amount is None or str(form.amount).strip() == ""):
        amount = 0
    else:
        amount, found = parse_amount(form.amount, "amount")
        problems.extend(found)
        if amount == 0 and not draft:
            problems.append(error("amount", "expense.amount.zero"))

    account = _clean(form.account)
    known = set(accounts)
    if not account and not draft:
        problems.append(error("account", "required"))
    elif account and known and account not in known:
        problems.append(error("account", "expense.account.unknown"))

    parts: tuple[TaxPart, ...] = ()
    if form.tax_category is TaxCategory.MIXED:
        parts, found = _check_parts(form.tax_parts, amount)
        problems.extend(found)

    number, found = tnumber.validate(form.supplier_tnumber, "supplier_tnumber")
    problems.extend(found)
    if form.invoice_status is InvoiceStatus.QUALIFIED and not number and not draft and _taxable(form, parts):
        problems.append(warning("supplier_tnumber", "expense.tnumber.missing"))

    attendee_count = 0
    if str(form.attendee_count).strip():
        text = unicodedata.normalize("NFKC", str(form.attendee_count)).strip()
        if re.fullmatch(r"[0-9]{1,4}", text):
            attendee_count = int(text)
        else:
            problems.append(error("attendee_count", "expense.attendees.number"))
    attendees = _clean(form.attendees)
    if account in MEAL_ACCOUNTS and not draft and amount and day is not None:
        if attendee_count == 0:
            problems.append(warning("attendee_count", "expense.attendees.missing"))
        else:
            suggested = suggest_meal_account(amount, attendee_count, day)
            if suggested != account:
                code = "expense.meal.suggest_meeting" if suggested == MEETING else "expense.meal.over_limit"
                problems.append(
                    warning("account", code, per_person=amount // attendee_count, limit=meal_limit(day))
                )
            if not attendees:
                problems.append(warning("attendees", "expense.attendees.names"))

    if any(p.is_error for p in problems):
        return None, problems
    assert day is not None and amount is not None
    return (
        Expense(
            date=day,
            payee=payee,
            amount=amount,
            tax_category=form.tax_category,
            account=account,
            payment_method=form.payment_method,
            invoice_status=form.invoice_status,
            supplier_tnumber=number,
            memo=_clean(form.memo),
            tag=_clean(form.tag).replace("\n", " "),
            attendee_count=attendee_count,
            attendees=attendees,
            tax_parts=parts,
            is_draft=draft,
        ),
        problems,
    )


def _taxable(form: ExpenseInput, parts: tuple[TaxPart, ...]) -> bool:
    if form.tax_category is TaxCategory.MIXED:
        return any(p.category.is_taxable for p in parts)
    return form.tax_category.is_taxable


def _check_parts(
    raw: tuple[tuple[TaxCategory, str | int], ...], total: int | None
) -> tuple[tuple[TaxPart, ...], list[Problem]]:
    problems: list[Problem] = []
    parts = []
    for index, (category, text) in enumerate(raw):
        where = f"tax_parts[{index}]"
        if category is TaxCategory.MIXED:
            problems.append(error(where, "expense.parts.category"))
            continue
        value, found = parse_amount(text, where)
        problems.extend(found)
        if value is not None:
            if value == 0:
                problems.append(error(where, "expense.amount.zero"))
            parts.append(TaxPart(category, value))
    if len(raw) < 2:
        problems.append(error("tax_parts", "expense.parts.too_few"))
    elif not problems and total is not None and sum(p.amount for p in parts) != total:
        problems.append(
            error("tax_parts", "expense.parts.sum", parts=sum(p.amount for p in parts), total=total)
        )
    return tuple(parts), problems


def transitional_cap_warning(expense: Expense, year_total_before: int) -> Problem | None:
    """A warning when this year's purchases from one supplier under the 経過措置 pass the cap in force
    (tax_rules.TRANSITIONAL_CAPS: 1億円 from 2026-10-01): the part above it gets no credit. The law counts
    per taxable period; the calendar year is the app's approximation, hence a warning, not an error."""
    if expense.invoice_status is not InvoiceStatus.TRANSITIONAL:
        return None
    cap = transitional_cap(expense.date)
    total = year_total_before + expense.amount
    if cap and total > cap:
        return warning("invoice_status", "expense.transitional_cap", cap=f"{cap:,}", total=f"{total:,}")
    return None
