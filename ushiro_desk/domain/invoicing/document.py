"""Quotes, invoices, corrections and credit notes share one line-item engine.

A document's lines are copied into it (description, quantity, unit price, tax category), so editing a
client or a catalogue item later changes nothing already written. Totals are always derived from the
lines with the price mode and rounding stored on the document.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation, localcontext
from enum import Enum
from typing import Iterable

from ushiro_desk.domain.invoicing.tax import PriceMode, Rounding, TaxBreakdown, TaxCategory, breakdown, round_yen
from ushiro_desk.domain.invoicing.withholding import withholding_tax
from ushiro_desk.domain.problems import Problem, error, warning

MAX_YEN = 10**12  # the largest amount a line or document may reach
# Travel paid to the payee with a fee is part of the fee for withholding (所基通204-4, NTA タックスアンサー
# No.2795): only what the client pays the carrier or hotel directly is left out.
TRAVEL_WORDS = ("交通費", "旅費", "宿泊", "出張", "新幹線", "航空", "電車", "タクシー", "travel", "transport", "train", "flight", "hotel", "taxi")
MAX_QUANTITY = Decimal(10**9)
QUANTITY_PLACES = 4
PRICE_PLACES = 4


class DocumentKind(Enum):
    QUOTE = "quote"  # 見積書
    INVOICE = "invoice"  # 請求書 (適格請求書)
    CORRECTION = "correction"  # 修正した適格請求書, points to the original (§1.7)
    CREDIT_NOTE = "credit_note"  # 適格返還請求書, points to the original (§1.6)

    @property
    def series(self) -> str:
        """The numbering series: a correction is numbered among the invoices."""
        return "invoice" if self is DocumentKind.CORRECTION else self.value

    @property
    def needs_original(self) -> bool:
        return self in (DocumentKind.CORRECTION, DocumentKind.CREDIT_NOTE)

    @property
    def is_receivable(self) -> bool:
        """Something the client owes (and pays)."""
        return self in (DocumentKind.INVOICE, DocumentKind.CORRECTION)


class Honorific(Enum):
    ONCHU = "御中"  # to an organisation
    SAMA = "様"  # to a person


@dataclass(frozen=True)
class Line:
    description: str
    quantity: Decimal = Decimal(1)
    unit: str = ""
    unit_price: Decimal = Decimal(0)
    category: TaxCategory = TaxCategory.STANDARD
    withholding: bool = False  # a fee subject to 源泉徴収 (所法204①一: design, writing, lectures…)

    def amount(self, rounding: Rounding) -> int:
        """quantity × unit price, rounded to yen with the document's method."""
        with localcontext() as ctx:
            ctx.prec = 60
            return round_yen(self.quantity * self.unit_price, rounding)

    @property
    def is_reduced(self) -> bool:
        return self.category is TaxCategory.REDUCED


@dataclass(frozen=True)
class Recipient:
    """Who the document is addressed to (交付を受ける事業者), copied from the client."""

    name: str
    honorific: Honorific = Honorific.ONCHU
    department: str = ""
    person: str = ""
    postal_code: str = ""
    address: str = ""

    def address_line(self) -> str:
        """「株式会社アオバ 御中」 or 「株式会社アオバ 制作部 青葉 一郎 様」."""
        if self.person:
            parts = [self.name, self.department, f"{self.person} 様"]
        else:
            parts = [self.name, self.department, self.honorific.value]
        return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class Totals:
    breakdown: TaxBreakdown
    withholding_base: int
    withholding: int

    @property
    def subtotal(self) -> int:
        """税抜合計."""
        return self.breakdown.taxable

    @property
    def tax(self) -> int:
        return self.breakdown.tax

    @property
    def total(self) -> int:
        """税込合計 (the qualified-invoice amounts refer to this, before withholding)."""
        return self.breakdown.total

    @property
    def amount_due(self) -> int:
        """差引請求額: what the client transfers."""
        return self.total - self.withholding


def chain_withholding(prior_base: int, credit_base: int, on: date | None = None) -> int:
    """The withholding a credit note takes back: the tax on the chain's net fee before it minus the tax
    on the net fee after it (所得税法205条: the tax is on what is paid for the fee in the end).

    Invoice ¥1,333,333 (withheld ¥170,166) and a credit of ¥333,333: ¥170,166 − ¥102,100 = ¥68,066,
    so the client withholds ¥102,100 on the ¥1,000,000 it pays for.
    """
    if credit_base <= 0 or prior_base <= 0:
        return 0
    return withholding_tax(prior_base, on) - withholding_tax(max(0, prior_base - credit_base), on)


def compute_totals(
    lines: Iterable[Line],
    mode: PriceMode,
    rounding: Rounding,
    withholding: bool,
    prior_base: int | None = None,
    on: date | None = None,
    paid_on: date | None = None,
) -> Totals:
    """Per-rate totals (one rounding per rate, at the rates in force on the supply date `on`) and the
    withholding on the tax-exclusive fee (at the band in force on the payment date `paid_on`).

    With tax-inclusive prices the fee subject to withholding is taken out of each rate's withheld
    lines the same way the rate's tax is (× 100/(100+r)), so when every line is a fee the base is the
    document's 税抜 total. A 対象外 line (立替金) is never part of the fee.

    `prior_base` is given for a credit note: the net fee of its chain before it (the original's fee
    less earlier credit notes). The credit note's withholding is then the change of the chain's tax
    (`chain_withholding`), not a tax on the credit alone.
    """
    lines = tuple(lines)
    amounts = [(line.category, line.amount(rounding)) for line in lines]
    result = breakdown(amounts, mode, rounding, on)
    base = 0
    if withholding:
        subject = [
            (line.category, amount)
            for line, (_, amount) in zip(lines, amounts)
            if line.withholding and line.category is not TaxCategory.OUT_OF_SCOPE
        ]
        base = breakdown(subject, mode, rounding, on).taxable
    if not withholding:
        return Totals(result, base, 0)
    paid = paid_on or on
    tax = withholding_tax(base, paid) if prior_base is None else chain_withholding(prior_base, base, paid)
    return Totals(result, base, tax)


@dataclass(frozen=True)
class Document:
    """A quote, invoice, correction or credit note; a draft until it has a number."""

    kind: DocumentKind
    client_id: int
    recipient: Recipient
    issue_date: date
    lines: tuple[Line, ...]
    supply_date: date | None = None  # 取引年月日 (or the last day of the period)
    supply_from: date | None = None  # first day when the document covers a period (「5月分」)
    due_date: date | None = None  # 支払期日; for a quote its 有効期限
    subject: str = ""  # 件名
    notes: str = ""
    price_mode: PriceMode = PriceMode.EXCLUSIVE
    rounding: Rounding = Rounding.FLOOR
    withholding: bool = False  # the owner is an individual and the client withholds (§2.1)
    language: str = "ja"
    id: int | None = None
    number: str | None = None
    original_id: int | None = None  # what a correction or credit note refers to
    original_number: str | None = None
    original_issue_date: date | None = None
    quote_id: int | None = None
    recurring_id: int | None = None
    sent_on: date | None = None
    pdf_sha256: str | None = None
    return_date: date | None = None  # 返還等を行う日 of a credit note (消法57の4③; the issue date when None)
    chain_base: int | None = None  # a credit note: the chain's net fee before it (the withholding base)

    @property
    def credit_date(self) -> date:
        """返還等を行う日 as printed: the date of the return or discount, else the issue date."""
        return self.return_date or self.issue_date

    @property
    def is_draft(self) -> bool:
        return self.number is None

    def totals(self) -> Totals:
        prior = self.chain_base if self.kind is DocumentKind.CREDIT_NOTE else None
        return compute_totals(
            self.lines, self.price_mode, self.rounding, self.withholding, prior,
            on=self.supply_date or self.issue_date, paid_on=self.due_date or self.issue_date,
        )

    def with_lines(self, lines: Iterable[Line]) -> "Document":
        return replace(self, lines=tuple(lines))


def parse_decimal(text: str, places: int) -> Decimal | None:
    """A user's number ('1,200', '０.５', '2.5') as a Decimal with at most `places` decimals, or None."""
    text = text.strip().translate({code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}).replace(",", "")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    if not value.is_finite() or abs(value) >= Decimal(10) ** 15:
        return None
    if value != value.quantize(Decimal(1).scaleb(-places)):
        return None
    return canonical(value)


def canonical(value: Decimal) -> Decimal:
    """The shortest form of a value ('2.50' → '2.5', '1E+1' → '10'), as stored and shown."""
    value = value.normalize()
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def is_travel(description: str) -> bool:
    text = description.casefold()
    return any(word in text for word in TRAVEL_WORDS)


def check_lines(lines: Iterable[Line], rounding: Rounding) -> list[Problem]:
    problems: list[Problem] = []
    for index, line in enumerate(lines):
        where = f"lines[{index}]"
        if not line.description.strip():
            problems.append(error(f"{where}.description", "required"))
        if line.quantity == 0:
            problems.append(error(f"{where}.quantity", "line.quantity_zero"))
        if abs(line.quantity) > MAX_QUANTITY:
            problems.append(error(f"{where}.quantity", "line.quantity_range"))
        if abs(line.unit_price) > MAX_YEN:
            problems.append(error(f"{where}.unit_price", "amount.range"))
        elif abs(line.quantity) <= MAX_QUANTITY and abs(line.amount(rounding)) > MAX_YEN:
            problems.append(error(f"{where}.unit_price", "amount.range"))
        if line.withholding and line.category is TaxCategory.OUT_OF_SCOPE:
            problems.append(warning(f"{where}.withholding", "line.withholding_out_of_scope"))
        elif line.withholding and not line.category.is_taxed and line.category is not TaxCategory.EXEMPT:
            problems.append(warning(f"{where}.withholding", "line.withholding_non_taxable"))
    return problems


def check_document(doc: Document) -> list[Problem]:
    """Every problem of a document before it is saved or issued, at once."""
    problems: list[Problem] = []
    if doc.client_id <= 0:
        problems.append(error("client", "required"))
    if not doc.recipient.name.strip():
        problems.append(error("client", "required"))
    if not doc.lines:
        problems.append(error("lines", "document.no_lines"))
    problems.extend(check_lines(doc.lines, doc.rounding))
    if any(p.is_error and p.field.startswith("lines[") for p in problems):
        return problems
    totals = doc.totals()
    if totals.total > MAX_YEN:
        problems.append(error("lines", "amount.range"))
    if doc.lines and doc.kind is not DocumentKind.QUOTE and totals.total <= 0:
        problems.append(error("lines", "document.total_not_positive"))
    if doc.kind.needs_original and doc.original_id is None:
        problems.append(error("original", "required"))
    if doc.supply_from and doc.supply_date and doc.supply_from > doc.supply_date:
        problems.append(error("supply_from", "document.period_order"))
    if doc.due_date and doc.due_date < doc.issue_date:
        problems.append(warning("due_date", "document.due_before_issue"))
    if doc.withholding and doc.kind is not DocumentKind.QUOTE:
        for index, line in enumerate(doc.lines):
            if not line.withholding and is_travel(line.description):
                problems.append(warning(f"lines[{index}].withholding", "line.travel_not_withheld"))
    if doc.kind is DocumentKind.CREDIT_NOTE and totals.total < 10_000:
        # 税込1万円未満 needs no 適格返還請求書 (消法57の4③); issuing one anyway is allowed.
        problems.append(warning("lines", "credit_note.below_threshold"))
    return problems

