"""The rules of a well-formed expense (pure domain, no database)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from ushiro_desk.domain.company import EntityType
from ushiro_desk.domain.expenses.accounts import credit_account
from ushiro_desk.domain.expenses.model import (
    InvoiceStatus,
    PaymentMethod,
    TaxCategory,
    TaxPart,
    changes_between,
    included_tax,
    transitional_percent,
)
from ushiro_desk.domain.expenses.rules import ExpenseInput, check_expense, parse_amount, suggest_meal_account
from tests.expenses.conftest import TODAY, form


def codes(problems):  # type: ignore[no-untyped-def]
    return {(p.field, p.code) for p in problems}


@given(st.integers(min_value=0, max_value=999_999_999))
def test_amounts_typed_with_commas_yen_or_full_width_digits_parse(value: int) -> None:
    full_width = f"{value:,}".translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})
    for text in (str(value), f"{value:,}", f"¥{value:,}", f"{value:,}円", full_width):
        assert parse_amount(text) == (value, [])


def test_negative_and_non_numeric_amounts_are_refused_at_the_amount_field() -> None:
    assert codes(parse_amount("-500")[1]) == {("amount", "expense.amount.negative")}
    assert codes(parse_amount("12.5")[1]) == {("amount", "expense.amount.number")}
    assert codes(parse_amount("abc")[1]) == {("amount", "expense.amount.number")}
    assert codes(parse_amount("1000000000")[1]) == {("amount", "expense.amount.too_large")}


def test_every_problem_is_reported_at_once() -> None:
    expense, problems = check_expense(
        form(payee="", amount="-3", account="", date=TODAY + timedelta(days=400)), today=TODAY
    )
    assert expense is None
    assert codes(problems) >= {
        ("payee", "required"),
        ("amount", "expense.amount.negative"),
        ("account", "required"),
        ("date", "expense.date.future"),
    }


def test_a_date_a_little_ahead_is_a_warning_far_ahead_an_error() -> None:
    expense, problems = check_expense(form(date=TODAY + timedelta(days=3)), today=TODAY)
    assert expense is not None and codes(problems) == {("date", "expense.date.after_today")}
    expense, problems = check_expense(form(date=TODAY + timedelta(days=60)), today=TODAY)
    assert expense is None and ("date", "expense.date.future") in codes(problems)


def test_unknown_account_is_refused_when_the_list_is_given() -> None:
    _, problems = check_expense(form(account="宇宙旅行費"), today=TODAY, accounts=["旅費交通費"])
    assert ("account", "expense.account.unknown") in codes(problems)


def test_a_qualified_purchase_without_t_number_is_a_warning_and_a_bad_one_an_error() -> None:
    expense, problems = check_expense(form(supplier_tnumber=""), today=TODAY)
    assert expense is not None and ("supplier_tnumber", "expense.tnumber.missing") in codes(problems)
    expense, problems = check_expense(form(supplier_tnumber="T123"), today=TODAY)
    assert expense is None and ("supplier_tnumber", "tnumber.format") in codes(problems)
    expense, _ = check_expense(form(supplier_tnumber="ｔ９０１０００１０８８０１８"), today=TODAY)
    assert expense is not None and expense.supplier_tnumber == "T9010001088018"


def test_mixed_receipt_parts_must_add_up_to_the_amount() -> None:
    parts = ((TaxCategory.REDUCED, "1,080"), (TaxCategory.STANDARD, "550"))
    expense, _ = check_expense(form(amount="1630", tax_category=TaxCategory.MIXED, tax_parts=parts), today=TODAY)
    assert expense is not None
    assert expense.parts == (TaxPart(TaxCategory.REDUCED, 1080), TaxPart(TaxCategory.STANDARD, 550))
    _, problems = check_expense(form(amount="2000", tax_category=TaxCategory.MIXED, tax_parts=parts), today=TODAY)
    assert ("tax_parts", "expense.parts.sum") in codes(problems)
    _, problems = check_expense(form(tax_category=TaxCategory.MIXED, tax_parts=parts[:1]), today=TODAY)
    assert ("tax_parts", "expense.parts.too_few") in codes(problems)


def test_meals_suggest_meeting_expenses_up_to_ten_thousand_yen_a_head() -> None:
    day = date(2025, 6, 1)
    assert suggest_meal_account(30_000, 3, day) == "会議費"
    assert suggest_meal_account(30_001, 3, day) == "接待交際費"
    assert suggest_meal_account(15_001, 3, date(2024, 3, 31)) == "接待交際費"  # 5,000 yen before 2024-04
    _, problems = check_expense(
        form(date=day, account="接待交際費", amount="12000", attendee_count="2", attendees="A社 山田様"), today=TODAY
    )
    assert ("account", "expense.meal.suggest_meeting") in codes(problems)
    _, problems = check_expense(form(date=day, account="会議費", amount="12000", attendee_count=""), today=TODAY)
    assert ("attendee_count", "expense.attendees.missing") in codes(problems)


def test_a_draft_may_lack_payee_amount_and_account_but_not_be_malformed() -> None:
    expense, problems = check_expense(ExpenseInput(date=TODAY, is_draft=True), today=TODAY)
    assert expense is not None and expense.amount == 0 and not problems
    expense, problems = check_expense(ExpenseInput(date=TODAY, amount="x", is_draft=True), today=TODAY)
    assert expense is None


def test_owner_paid_expenses_go_to_the_loan_from_the_director_or_the_owner() -> None:
    assert credit_account(PaymentMethod.OWNER, EntityType.CORPORATION) == "役員借入金"
    assert credit_account(PaymentMethod.OWNER, EntityType.SOLE_PROPRIETOR) == "事業主借"
    assert credit_account(PaymentMethod.CARD, EntityType.CORPORATION) == "未払金"


@given(st.integers(min_value=0, max_value=10**9))
def test_included_tax_is_the_rounded_down_share(amount: int) -> None:
    tax = included_tax(amount, TaxCategory.STANDARD, date(2026, 5, 1))
    assert tax * 110 <= amount * 10 < (tax + 1) * 110
    assert included_tax(amount, TaxCategory.EXEMPT, date(2026, 5, 1)) == 0


def test_transitional_credit_shrinks_over_time() -> None:
    assert transitional_percent(date(2023, 9, 30)) == 100
    assert transitional_percent(date(2023, 10, 1)) == 80
    assert transitional_percent(date(2026, 10, 1)) == 70
    assert transitional_percent(date(2031, 10, 1)) == 0


def test_changes_name_each_changed_field_with_old_and_new_values() -> None:
    old, _ = check_expense(form(), today=TODAY)
    new, _ = check_expense(form(amount="1,500", invoice_status=InvoiceStatus.NONE), today=TODAY)
    assert old is not None and new is not None
    assert changes_between(old, new) == {"amount": [1280, 1500], "invoice_status": ["qualified", "none"]}


@given(st.text(min_size=0, max_size=300), st.integers(min_value=0, max_value=999_999_999))
def test_audit_file_names_are_always_portable(payee: str, amount: int) -> None:
    from ushiro_desk.domain.expenses.naming import receipt_file_name
    from ushiro_desk.domain.expenses.receipt_files import MAX_NAME_BYTES

    name = receipt_file_name(date(2026, 4, 1), payee, amount, ".pdf", serial=2)
    assert name.startswith("20260401_") and name.endswith(f"_{amount}_2.pdf")
    assert not set(name) & set('<>:"/\\|?*') and all(ord(ch) >= 32 for ch in name)
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES


def test_audit_file_names_keep_the_payee_readable() -> None:
    from ushiro_desk.domain.expenses.naming import receipt_file_name

    assert receipt_file_name(date(2022, 10, 31), "㈱国税商事", 110000, ".pdf") == "20221031_㈱国税商事_110000.pdf"
    assert receipt_file_name(date(2022, 10, 31), "A/B: C?", 5, ".png") == "20221031_A／B： C？_5.png"
