"""可視性: search by date range, amount range and counterparty, combined, plus memo text; totals;
saved searches."""

from __future__ import annotations

from datetime import date

import pytest

from ushiro_desk.domain.expenses.search import ExpenseQuery, Scope
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services import expenses
from ushiro_desk.services.store import Store


@pytest.fixture
def book(store: Store, record):  # type: ignore[no-untyped-def]
    ids = {
        "amazon_apr": record(date=date(2026, 4, 3), payee="Amazon.co.jp", amount="3,980", account="消耗品費", memo="USBケーブル"),
        "amazon_jun": record(date=date(2026, 6, 9), payee="ＡＭＡＺＯＮ", amount="12,800", account="消耗品費", memo="キーボード"),
        "metro": record(date=date(2026, 6, 10), payee="東京メトロ", amount="320", memo="渋谷→表参道 打合せ"),
        "cafe": record(date=date(2026, 7, 1), payee="ｽﾀｰﾊﾞｯｸｽ", amount="1,300", account="会議費",
                       attendee_count="2", attendees="A社 佐藤様", memo="打合せ"),
    }
    return ids


def test_date_amount_and_payee_combine(store: Store, book) -> None:  # type: ignore[no-untyped-def]
    query = ExpenseQuery(date_from=date(2026, 4, 1), date_to=date(2026, 6, 30), amount_min=1000, amount_max=20000,
                         payee="amazon")
    assert expenses.search(store, query) == [book["amazon_jun"], book["amazon_apr"]]
    assert expenses.search(store, ExpenseQuery(date_to=date(2026, 5, 31), payee="amazon")) == [book["amazon_apr"]]
    assert expenses.search(store, ExpenseQuery(amount_min=5000, payee="amazon")) == [book["amazon_jun"]]


def test_payee_matches_across_full_and_half_width(store: Store, book) -> None:  # type: ignore[no-untyped-def]
    assert expenses.search(store, ExpenseQuery(payee="スターバックス")) == [book["cafe"]]
    assert expenses.search(store, ExpenseQuery(payee="%")) == []  # LIKE wildcards are literal


def test_memo_text_and_attendees_are_searchable(store: Store, book) -> None:  # type: ignore[no-untyped-def]
    assert expenses.search(store, ExpenseQuery(text="打合せ")) == [book["cafe"], book["metro"]]
    assert expenses.search(store, ExpenseQuery(text="佐藤")) == [book["cafe"]]


def test_totals_are_of_the_rows_found(store: Store, book) -> None:  # type: ignore[no-untyped-def]
    assert expenses.totals(store, ExpenseQuery(payee="amazon")) == (2, 3980 + 12800)
    assert expenses.totals(store, ExpenseQuery()) == (4, 3980 + 12800 + 320 + 1300)


def test_an_impossible_range_is_a_problem_not_an_empty_list(store: Store) -> None:
    with pytest.raises(InvalidInput) as refused:
        expenses.search(store, ExpenseQuery(date_from=date(2026, 5, 1), date_to=date(2026, 4, 1), amount_min=9, amount_max=1))
    assert {p.code for p in refused.value.problems} == {"search.date_range", "search.amount_range"}


def test_list_rows_carry_what_the_table_shows(store: Store, book, receipt_file) -> None:  # type: ignore[no-untyped-def]
    expenses.attach_receipts(store, book["metro"], [receipt_file("metro.png")])
    rows = expenses.list_rows(store, [book["metro"], book["cafe"]])
    assert rows[book["metro"]].payee == "東京メトロ" and rows[book["metro"]].receipts == 1
    assert rows[book["cafe"]].receipts == 0 and rows[book["cafe"]].amount == 1300
    assert expenses.missing_receipt_count(store) == 3


def test_saved_searches_come_back_as_they_were(store: Store, book) -> None:  # type: ignore[no-untyped-def]
    query = ExpenseQuery(date_from=date(2026, 4, 1), amount_min=1000, payee="amazon", scope=Scope.ALL)
    search_id, _ = expenses.save_search(store, "  Amazon 今期 ", query)
    (saved,) = expenses.saved_searches(store)
    assert saved == (search_id, "Amazon 今期", query)
    expenses.save_search(store, "Amazon 今期", ExpenseQuery(payee="amazon"))  # same name: replaced
    assert [q for _, _, q in expenses.saved_searches(store)] == [ExpenseQuery(payee="amazon")]
    expenses.forget_search(store, search_id)
    assert expenses.saved_searches(store) == []


def test_month_totals_group_by_account(store: Store, book) -> None:  # type: ignore[no-untyped-def]
    totals = expenses.month_totals(store, date(2026, 4, 1), date(2026, 6, 30))
    assert totals == [("2026-04", "消耗品費", 3980), ("2026-06", "旅費交通費", 320), ("2026-06", "消耗品費", 12800)]
