"""源泉徴収 exactly as jp-rules.md §2.2, at and around 1,000,000 yen."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ushiro_desk.domain.invoicing.document import Line, compute_totals
from ushiro_desk.domain.invoicing.tax import PriceMode, Rounding, TaxCategory
from ushiro_desk.domain.invoicing.withholding import applies, withholding_tax


@pytest.mark.parametrize(
    ("fee", "tax"),
    [(100_000, 10_210), (200_000, 20_420), (1_500_000, 204_200), (1_333_333, 170_166), (1_000_000, 102_100),
     (1_000_001, 102_100), (999_999, 102_099), (1_000_005, 102_101), (0, 0), (9, 0), (10, 1)],
)
def test_published_examples(fee: int, tax: int) -> None:
    assert withholding_tax(fee) == tax


def reference(fee: int) -> int:
    if fee <= 1_000_000:
        return int(Fraction(fee) * Fraction(1021, 10000))
    return int((Fraction(fee) - 1_000_000) * Fraction(2042, 10000)) + 102_100


@given(st.integers(min_value=990_000, max_value=1_010_000))
def test_around_the_threshold(fee: int) -> None:
    assert withholding_tax(fee) == reference(fee)


@given(st.integers(min_value=0, max_value=10**12))
def test_any_fee_up_to_a_trillion(fee: int) -> None:
    tax = withholding_tax(fee)
    assert type(tax) is int and tax == reference(fee)


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=10**9))
def test_more_fee_never_less_tax(a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert withholding_tax(low) <= withholding_tax(high)


def test_the_invoice_shows_the_deduction_on_the_tax_exclusive_fee() -> None:
    # デザイン制作費 200,000 + 消費税 20,000 − 源泉 20,420 = 差引請求額 199,580 (jp-rules.md §2.4)
    lines = [Line("デザイン制作費", Decimal(1), "式", Decimal(200_000), TaxCategory.STANDARD, withholding=True)]
    totals = compute_totals(lines, PriceMode.EXCLUSIVE, Rounding.FLOOR, True)
    assert (totals.total, totals.withholding, totals.amount_due) == (220_000, 20_420, 199_580)


def test_only_fee_lines_are_withheld() -> None:
    lines = [
        Line("講演料", Decimal(1), "回", Decimal(100_000), withholding=True),
        Line("資料印刷代", Decimal(1), "式", Decimal(30_000)),
        Line("お茶菓子", Decimal(1), "式", Decimal(1_080), TaxCategory.REDUCED),
    ]
    totals = compute_totals(lines, PriceMode.EXCLUSIVE, Rounding.FLOOR, True)
    assert totals.withholding_base == 100_000
    assert totals.withholding == 10_210
    assert totals.amount_due == totals.total - 10_210


def test_tax_included_fees_are_withheld_on_their_tax_exclusive_part() -> None:
    lines = [Line("原稿料", Decimal(1), "式", Decimal(110_000), withholding=True)]
    totals = compute_totals(lines, PriceMode.INCLUSIVE, Rounding.FLOOR, True)
    assert totals.withholding_base == 100_000 and totals.withholding == 10_210


def test_no_withholding_unless_the_document_says_so() -> None:
    lines = [Line("デザイン", Decimal(1), "式", Decimal(200_000), withholding=True)]
    assert compute_totals(lines, PriceMode.EXCLUSIVE, Rounding.FLOOR, False).withholding == 0


def test_who_withholds() -> None:
    assert applies(issuer_is_sole_proprietor=True, client_withholds=True)
    assert not applies(issuer_is_sole_proprietor=False, client_withholds=True)  # fees to a company
    assert not applies(issuer_is_sole_proprietor=True, client_withholds=False)


@given(st.lists(st.integers(min_value=1, max_value=10**8), min_size=1, max_size=10))
def test_withholding_base_is_the_tax_exclusive_sum_of_fee_lines(prices: list[int]) -> None:
    lines = [Line("fee", Decimal(1), "", Decimal(p), withholding=True) for p in prices]
    totals = compute_totals(lines, PriceMode.EXCLUSIVE, Rounding.FLOOR, True)
    assert totals.withholding_base == sum(prices) == totals.subtotal
    assert totals.withholding == withholding_tax(sum(prices))


def test_travel_paid_with_a_fee_is_hinted_to_be_withheld() -> None:
    """所基通204-4 / NTA タックスアンサー No.2795: travel costs paid to the payee with a fee are part of the
    fee for withholding; only what the client pays a carrier or hotel directly is left out."""
    from datetime import date

    from ushiro_desk.domain.invoicing.document import Document, DocumentKind, Recipient, check_document

    fee = Line("デザイン制作費", Decimal(1), "式", Decimal(200_000), TaxCategory.STANDARD, withholding=True)
    travel = Line("交通費（新幹線 東京⇔大阪）", Decimal(1), "式", Decimal(29_440), TaxCategory.STANDARD)
    doc = Document(DocumentKind.INVOICE, 1, Recipient("株式会社アオバ商事"), date(2026, 6, 1), (fee, travel), withholding=True)
    assert [(p.field, p.code, p.is_error) for p in check_document(doc)] == [("lines[1].withholding", "line.travel_not_withheld", False)]
    withheld = doc.with_lines([fee, Line(travel.description, travel.quantity, "式", travel.unit_price, withholding=True)])
    assert check_document(withheld) == []
    assert withheld.totals().withholding_base == 229_440 and withheld.totals().withholding == 229_440 * 1021 // 10000
    from dataclasses import replace

    assert check_document(replace(doc, withholding=False)) == []  # a client that does not withhold: no hint
