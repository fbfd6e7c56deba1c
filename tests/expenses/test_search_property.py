"""The combined search finds exactly the expenses a plain reading of the rows finds (hypothesis)."""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ushiro_desk.domain.expenses.rules import check_expense
from ushiro_desk.domain.expenses.search import ExpenseQuery
from ushiro_desk.services import expenses
from ushiro_desk.services.expenses import bulk
from ushiro_desk.services.store import Store
from tests.expenses.conftest import TODAY, form

PAYEES = ("Amazon.co.jp", "ＡＭＡＺＯＮ", "東京メトロ", "ｽﾀｰﾊﾞｯｸｽ", "スターバックス", "100%商店", "a_b 商会")
START = date(2024, 1, 1)


@pytest.fixture
def book(store: Store):  # type: ignore[no-untyped-def]
    rng = random.Random(5)
    items = []
    for _ in range(300):
        expense, _ = check_expense(
            form(date=START + timedelta(days=rng.randrange(700)), payee=rng.choice(PAYEES),
                 amount=rng.randrange(1, 60_000), supplier_tnumber=""),
            today=TODAY,
        )
        assert expense is not None
        items.append(expense)
    ids = bulk.record_with_receipts(store, items)
    return store, list(zip(ids, items))


def key(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    first=st.integers(0, 700), length=st.integers(0, 700),
    low=st.none() | st.integers(0, 60_000), span=st.integers(0, 60_000),
    payee=st.sampled_from(("", "amazon", "ＡＭＡＺ", "スターバックス", "メトロ", "%", "_", "0%")),
)
def test_combined_search_matches_a_plain_filter(book, first: int, length: int, low: int | None, span: int,  # type: ignore[no-untyped-def]
                                                payee: str) -> None:
    store, rows = book
    date_from = START + timedelta(days=first)
    query = ExpenseQuery(date_from=date_from, date_to=date_from + timedelta(days=length), amount_min=low,
                         amount_max=None if low is None else low + span, payee=payee)
    expected = [
        i for i, e in sorted(rows, key=lambda r: (r[1].date, r[0]), reverse=True)
        if query.date_from <= e.date <= query.date_to  # type: ignore[operator]
        and (low is None or low <= e.amount <= low + span)
        and key(payee) in key(e.payee)
    ]
    assert expenses.search(store, query) == expected
    assert expenses.totals(store, query) == (len(expected), sum(e.amount for i, e in rows if i in set(expected)))
