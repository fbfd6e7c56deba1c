"""An expense and its parts: what was paid, to whom, under which tax category and account title.

Money is `int` yen including tax (税込). A receipt that mixes rates (a supermarket receipt with food at 8%
and goods at 10%) is one expense whose tax category is MIXED, split into parts of one category each.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from enum import Enum

from ushiro_desk.domain.tax_rules import consumption_rate, transitional_credit


class TaxCategory(Enum):
    STANDARD = "standard_10"  # 課税 標準税率 10%
    REDUCED = "reduced_8"  # 課税 軽減税率 8% (飲食料品, 定期購読の新聞)
    EXEMPT = "exempt"  # 非課税 (e.g. 住宅家賃, 収入印紙, 保険料)
    NON_TAXABLE = "non_taxable"  # 不課税・対象外 (e.g. 会費, 寄付, 海外サービスの一部)
    MIXED = "mixed"  # split into parts

    def rate_on(self, day: date) -> int:
        """The rate (%) in force for this category on `day` (tax_rules.CONSUMPTION_TAX_RATES)."""
        key = _RATE_KEYS.get(self.value)  # a module constant: no dict (and enum hashes) per call
        return consumption_rate(key, day) if key else 0

    @property
    def is_taxable(self) -> bool:
        return self in (TaxCategory.STANDARD, TaxCategory.REDUCED)


_RATE_KEYS = {"standard_10": "standard", "reduced_8": "reduced"}
SINGLE_CATEGORIES = tuple(c for c in TaxCategory if c is not TaxCategory.MIXED)


class InvoiceStatus(Enum):
    """What the supplier gave us under the インボイス制度 (decides the input-tax credit)."""

    QUALIFIED = "qualified"  # 適格請求書 (or 適格簡易請求書) from a registered supplier with a T-number
    TRANSITIONAL = "transitional"  # 免税事業者等からの仕入れ: 経過措置 (80/70/50/30% 控除, tax_rules)
    NONE = "none"  # no deduction


class PaymentMethod(Enum):
    CASH = "cash"  # 現金
    CARD = "card"  # クレジットカード (未払金 until the card is settled)
    BANK = "bank"  # 振込・口座振替 (普通預金)
    OWNER = "owner"  # paid personally by the owner: 役員借入金 (法人) / 事業主借 (個人事業主)


@dataclass(frozen=True)
class TaxPart:
    """One tax category's share of an expense (never MIXED)."""

    category: TaxCategory
    amount: int


@dataclass(frozen=True)
class Expense:
    date: date
    payee: str  # 取引先
    amount: int  # 税込, whole yen
    tax_category: TaxCategory
    account: str  # 勘定科目
    payment_method: PaymentMethod
    invoice_status: InvoiceStatus = InvoiceStatus.QUALIFIED
    supplier_tnumber: str = ""
    memo: str = ""
    tag: str = ""  # optional client or project
    attendee_count: int = 0  # for meals (会議費 / 接待交際費)
    attendees: str = ""  # names and relation, one per line
    tax_parts: tuple[TaxPart, ...] = ()  # only when tax_category is MIXED
    is_draft: bool = False  # made from a receipt in the inbox, still to complete
    id: int | None = field(default=None, compare=False)
    version: int = field(default=0, compare=False)
    deleted_at: str | None = field(default=None, compare=False)
    delete_reason: str = field(default="", compare=False)

    @property
    def parts(self) -> tuple[TaxPart, ...]:
        """The amount split by tax category (one part unless MIXED)."""
        if self.tax_category is TaxCategory.MIXED:
            return self.tax_parts
        return (TaxPart(self.tax_category, self.amount),)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


# The fields a revision compares and records (what the user can change).
RECORDED_FIELDS = tuple(
    f.name for f in fields(Expense) if f.name not in ("id", "version", "deleted_at", "delete_reason")
)


def to_record(expense: Expense) -> dict[str, object]:
    """The expense's recorded fields as JSON-friendly values (for revisions)."""
    out: dict[str, object] = {}
    for name in RECORDED_FIELDS:
        value = getattr(expense, name)
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, date):
            value = value.isoformat()
        elif name == "tax_parts":
            value = [[p.category.value, p.amount] for p in value]
        out[name] = value
    return out


def changes_between(old: Expense, new: Expense) -> dict[str, list[object]]:
    """{field: [old, new]} for every recorded field that differs."""
    before, after = to_record(old), to_record(new)
    return {name: [before[name], after[name]] for name in RECORDED_FIELDS if before[name] != after[name]}


def included_tax(amount: int, category: TaxCategory, on: date) -> int:
    """消費税 contained in a tax-inclusive amount paid on `on`: amount × rate / (100 + rate), rounded
    down once, at the rate in force that day."""
    rate = category.rate_on(on)
    return amount * rate // (100 + rate) if rate else 0


def transitional_percent(day: date) -> int:
    """The deductible share (%) under the 経過措置 for purchases from suppliers without a T-number on
    `day` (tax_rules.TRANSITIONAL_CREDIT): 100 before the インボイス制度, 0 once the measure has ended."""
    return transitional_credit(day)


@dataclass(frozen=True)
class Revision:
    """One entry of an expense's history (真実性): what changed and when."""

    number: int
    at: str  # UTC ISO timestamp
    action: str  # created, edited, completed, deleted, restored, receipt_attached, receipt_detached
    changes: dict[str, list[object]]
    snapshot: dict[str, object]
    reason: str = ""


@dataclass(frozen=True)
class Receipt:
    """A receipt file attached to an expense (the file itself is kept by its SHA-256)."""

    id: int
    expense_id: int
    sha256: str
    original_name: str
    media_type: str
    size: int
    attached_at: str
    detached_at: str | None = None
    detach_reason: str = ""

    @property
    def is_pdf(self) -> bool:
        return self.media_type == "application/pdf"


@dataclass(frozen=True)
class ListRow:
    """What the expense list shows for one expense (fetched a page at a time)."""

    id: int
    date: str
    payee: str
    amount: int
    tax_category: str
    account: str
    payment_method: str
    memo: str
    tag: str
    receipts: int
    is_draft: bool
    deleted: bool
