"""Consumption tax on a document: per-rate totals, one rounding per rate, no floats."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from ushiro_desk.domain.invoicing.document import Line, compute_totals
from ushiro_desk.domain.invoicing.tax import PriceMode, Rounding, TaxCategory, breakdown, round_ratio, tax_of

categories = st.sampled_from(list(TaxCategory))
roundings = st.sampled_from(list(Rounding))
modes = st.sampled_from(list(PriceMode))
yen = st.integers(min_value=0, max_value=10**12)


def exact_round(value: Fraction, rounding: Rounding) -> int:
    """Reference rounding by magnitude on exact fractions."""
    sign = -1 if value < 0 else 1
    magnitude = abs(value)
    whole = magnitude.numerator // magnitude.denominator
    rest = magnitude - whole
    if rest and (rounding is Rounding.CEILING or (rounding is Rounding.HALF_UP and rest >= Fraction(1, 2))):
        whole += 1
    return sign * whole


def test_the_ntas_example_rounds_the_rate_total_not_each_line() -> None:
    # 3 lines of 105 yen at 10%, 切捨て: per-line rounding would give 30; the law wants 31.
    lines = [Line("部品", Decimal(1), "個", Decimal(105)) for _ in range(3)]
    totals = compute_totals(lines, PriceMode.EXCLUSIVE, Rounding.FLOOR, False)
    assert totals.tax == 31
    assert totals.total == 346


def test_tax_included_prices_take_the_tax_out_once() -> None:
    # 8%対象 税込300円 → 内消費税額22円 (jp-rules.md §1.3)
    lines = [Line("お菓子", Decimal(3), "個", Decimal(100), TaxCategory.REDUCED)]
    totals = compute_totals(lines, PriceMode.INCLUSIVE, Rounding.FLOOR, False)
    reduced = totals.breakdown.get(TaxCategory.REDUCED)
    assert reduced is not None and (reduced.tax, reduced.taxable, reduced.total) == (22, 278, 300)


@given(st.lists(st.tuples(categories, yen), max_size=30), modes, roundings)
def test_per_rate_totals_add_up_to_the_document(amounts, mode, rounding) -> None:  # type: ignore[no-untyped-def]
    result = breakdown(amounts, mode, rounding)
    assert result.taxable + result.tax == result.total
    for category in TaxCategory:
        lines_sum = sum(a for c, a in amounts if c is category)
        row = result.get(category)
        if row is None:
            assert not any(c is category for c, _ in amounts)
            continue
        if mode is PriceMode.EXCLUSIVE:
            assert row.taxable == lines_sum
        else:
            assert row.total == lines_sum
    assert [r.category.order for r in result.rates] == sorted(r.category.order for r in result.rates)


@given(st.lists(st.tuples(categories, yen), min_size=1, max_size=30), modes, roundings)
def test_tax_is_rounded_once_per_rate(amounts, mode, rounding) -> None:  # type: ignore[no-untyped-def]
    result = breakdown(amounts, mode, rounding)
    for row in result.rates:
        rate = row.rate_percent
        lines_sum = sum(a for c, a in amounts if c is row.category)
        exact = Fraction(lines_sum * rate, 100 if mode is PriceMode.EXCLUSIVE else 100 + rate)
        assert row.tax == exact_round(exact, rounding)
        assert abs(row.tax - exact) < 1


@given(st.integers(min_value=-(10**15), max_value=10**15), st.integers(min_value=1, max_value=10**6), roundings)
def test_integer_rounding_matches_exact_fractions(numerator, denominator, rounding) -> None:  # type: ignore[no-untyped-def]
    assert round_ratio(numerator, denominator, rounding) == exact_round(Fraction(numerator, denominator), rounding)


@given(
    st.lists(
        st.tuples(
            st.decimals(min_value=Decimal("-1000"), max_value=Decimal("1000"), places=3, allow_nan=False),
            st.decimals(min_value=Decimal(0), max_value=Decimal(10**9), places=2, allow_nan=False),
            categories,
        ),
        min_size=1,
        max_size=20,
    ),
    modes,
    roundings,
)
def test_line_amounts_are_exact_up_to_large_sums(rows, mode, rounding) -> None:  # type: ignore[no-untyped-def]
    lines = [Line("x", q, "", p, c) for q, p, c in rows]
    totals = compute_totals(lines, mode, rounding, False)
    for line in lines:
        amount = line.amount(rounding)
        assert type(amount) is int
        assert amount == exact_round(Fraction(line.quantity) * Fraction(line.unit_price), rounding)
    assert totals.total == totals.subtotal + totals.tax
    assert all(type(v) is int for v in (totals.total, totals.subtotal, totals.tax, totals.amount_due))


@given(yen, roundings)
def test_amounts_up_to_a_trillion_yen_stay_exact(amount, rounding) -> None:  # type: ignore[no-untyped-def]
    tax = tax_of(amount, TaxCategory.STANDARD, PriceMode.EXCLUSIVE, rounding)
    assert tax == exact_round(Fraction(amount, 10), rounding)


def test_rounding_methods_differ_where_they_should() -> None:
    line = [Line("作業", Decimal(1), "式", Decimal(1005))]
    taxes = {r: compute_totals(line, PriceMode.EXCLUSIVE, r, False).tax for r in Rounding}
    assert taxes == {Rounding.FLOOR: 100, Rounding.CEILING: 101, Rounding.HALF_UP: 101}
    line = [Line("作業", Decimal(1), "式", Decimal(1004))]
    assert compute_totals(line, PriceMode.EXCLUSIVE, Rounding.HALF_UP, False).tax == 100


def test_exempt_and_non_taxable_lines_carry_no_tax() -> None:
    lines = [
        Line("輸出", Decimal(1), "式", Decimal(50_000), TaxCategory.EXEMPT),
        Line("立替 印紙", Decimal(1), "枚", Decimal(200), TaxCategory.NON_TAXABLE),
    ]
    totals = compute_totals(lines, PriceMode.EXCLUSIVE, Rounding.FLOOR, False)
    assert totals.tax == 0 and totals.total == 50_200
    assert [r.category for r in totals.breakdown.rates] == [TaxCategory.EXEMPT, TaxCategory.NON_TAXABLE]
