"""Consumption tax on a document: one rounding per tax rate per document (消令70条の10, jp-rules.md §1.3).

Lines are summed per rate first; the tax of each rate is rounded once with the method stored on the
document. Rounding each line and summing is what the NTA forbids (Q&A 問57(注)), so nothing here
rounds a line's tax.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal, localcontext
from enum import Enum
from typing import Iterable

from ushiro_desk.domain.tax_rules import consumption_rate

# Enough digits for 10^12 yen times a quantity with several decimals, exactly.
_PRECISION = 60


class TaxCategory(Enum):
    """The tax treatment of a line."""

    STANDARD = "standard"  # 標準税率 10%
    REDUCED = "reduced"  # 軽減税率 8% (飲食料品・新聞), marked ※ on the document
    EXEMPT = "exempt"  # 免税 (輸出など) 0%
    NON_TAXABLE = "non_taxable"  # 非課税
    OUT_OF_SCOPE = "out_of_scope"  # 対象外・不課税: reimbursed costs (立替金, e.g. 収入印紙 paid for the client)

    def rate_on(self, day: date | None) -> int:
        """The rate (%) in force for this category on the supply date `day` (today when not given)."""
        key = _RATE_KEYS.get(self.value)  # a module constant: no dict (and enum hashes) per call
        return consumption_rate(key, day or date.today()) if key else 0

    @property
    def rate_percent(self) -> int:
        """Today's rate, for labels; computations use `rate_on(supply date)`."""
        return self.rate_on(None)

    @property
    def is_taxed(self) -> bool:
        return self in (TaxCategory.STANDARD, TaxCategory.REDUCED)

    @property
    def order(self) -> int:
        return _ORDER[self.value]


_RATE_KEYS = {"standard": "standard", "reduced": "reduced"}
_ORDER = {c.value: i for i, c in enumerate(TaxCategory)}


class Rounding(Enum):
    """端数処理 of the consumption tax (and of line amounts), chosen by the issuer."""

    FLOOR = "floor"  # 切捨て (default)
    CEILING = "ceiling"  # 切上げ
    HALF_UP = "half_up"  # 四捨五入


class PriceMode(Enum):
    """Whether the document's prices include consumption tax."""

    EXCLUSIVE = "exclusive"  # 税抜
    INCLUSIVE = "inclusive"  # 税込


# By magnitude: a negative amount (a discount line) rounds like its positive counterpart.
_MODES = {Rounding.FLOOR: ROUND_DOWN, Rounding.CEILING: ROUND_UP, Rounding.HALF_UP: ROUND_HALF_UP}


def round_yen(value: Decimal, rounding: Rounding) -> int:
    """Round a Decimal yen value to whole yen (by magnitude, so a discount mirrors a charge)."""
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        return int(value.quantize(Decimal(1), rounding=_MODES[rounding]))


def round_ratio(numerator: int, denominator: int, rounding: Rounding) -> int:
    """numerator / denominator rounded to an integer with integer arithmetic only."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    sign = -1 if numerator < 0 else 1
    quotient, remainder = divmod(abs(numerator), denominator)
    if remainder:
        if rounding is Rounding.CEILING or (rounding is Rounding.HALF_UP and 2 * remainder >= denominator):
            quotient += 1
    return sign * quotient


@dataclass(frozen=True)
class RateTotal:
    """The per-rate line of the summary: 「10%対象 200,000円 消費税 20,000円」."""

    category: TaxCategory
    taxable: int  # 税抜 total of the lines at this rate
    tax: int
    rate_percent: int = 0  # the rate in force on the document's supply date

    @property
    def total(self) -> int:
        return self.taxable + self.tax


@dataclass(frozen=True)
class TaxBreakdown:
    """Per-rate totals of a document, in the order 10%, 8%, exempt, non-taxable, out of scope (立替金)."""

    rates: tuple[RateTotal, ...]

    @property
    def taxable(self) -> int:
        return sum(r.taxable for r in self.rates)

    @property
    def tax(self) -> int:
        return sum(r.tax for r in self.rates)

    @property
    def total(self) -> int:
        return sum(r.total for r in self.rates)

    def get(self, category: TaxCategory) -> RateTotal | None:
        return next((r for r in self.rates if r.category is category), None)

    @property
    def has_reduced(self) -> bool:
        return self.get(TaxCategory.REDUCED) is not None


def tax_of(
    amount: int, category: TaxCategory, mode: PriceMode, rounding: Rounding, on: date | None = None
) -> int:
    """The tax in `amount` (the sum of one rate's lines supplied on `on`), rounded once.

    税抜: amount × r/100. 税込: amount × r/(100+r) (e.g. 8%対象 税込300円 → 22円, jp-rules.md §1.3).
    """
    rate = category.rate_on(on)
    if rate == 0:
        return 0
    if mode is PriceMode.EXCLUSIVE:
        return round_ratio(amount * rate, 100, rounding)
    return round_ratio(amount * rate, 100 + rate, rounding)


def breakdown(
    amounts: Iterable[tuple[TaxCategory, int]], mode: PriceMode, rounding: Rounding, on: date | None = None
) -> TaxBreakdown:
    """Sum line amounts per category, then compute each category's tax once at the rate in force on the
    supply date `on`. 対象外 amounts get a row of their own with no tax (never a rate's subtotal)."""
    sums: dict[TaxCategory, int] = {}
    for category, amount in amounts:
        sums[category] = sums.get(category, 0) + amount
    rates = []
    for category in sorted(sums, key=lambda c: c.order):
        amount = sums[category]
        tax = tax_of(amount, category, mode, rounding, on)
        taxable = amount if mode is PriceMode.EXCLUSIVE else amount - tax
        rates.append(RateTotal(category, taxable, tax, category.rate_on(on)))
    return TaxBreakdown(tuple(rates))
