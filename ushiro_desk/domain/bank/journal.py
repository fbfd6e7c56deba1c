"""Sales and receipts of money as journal entries (仕訳) for the accountant.

- An issued invoice or correction: 売掛金 / 売上高 per tax rate (税込), and the 源泉徴収 the client keeps:
  仮払税金 (法人) or 事業主貸 (個人事業主) / 売掛金.
- A credit note, and an invoice replaced by a correction (on the correction's day): the reverse.
- A payment received: 普通預金 / 売掛金 for what arrived, 支払手数料 / 売掛金 for the bank fee deducted.
Each entry balances on its own (弥生's 伝票以外の仕訳)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

RECEIVABLE = "売掛金"
SALES = "売上高"
BANK = "普通預金"
FEE = "支払手数料"
WITHHELD = {"corporation": "仮払税金", "sole_proprietor": "事業主貸"}


@dataclass(frozen=True)
class Entry:
    day: date
    debit: str
    credit: str
    amount: int  # 税込 yen
    tax: int  # consumption tax contained (sales lines)
    tax_key: str  # "sales.standard", "sales.reduced", "sales.exempt", "sales.non_taxable", or "" (no tax)
    client: str
    summary: str  # 摘要
    source: str  # the document number the entry comes from


@dataclass(frozen=True)
class RateAmount:
    category: str  # invoicing TaxCategory value
    taxable: int
    tax: int


@dataclass(frozen=True)
class IssuedDocument:
    kind: str  # invoice, correction, credit_note
    number: str
    day: date
    client: str
    subject: str
    rates: tuple[RateAmount, ...]
    withholding: int
    replaced_on: date | None = None  # an invoice corrected later: the day of the correction


@dataclass(frozen=True)
class Received:
    day: date
    number: str
    client: str
    amount: int
    bank_fee: int


def sales_entries(doc: IssuedDocument, entity: str) -> list[Entry]:
    """The entries of one issued document (an invoice that was corrected also gets its reversal)."""
    summary = " ".join(x for x in (doc.number, doc.subject) if x)
    withheld_account = WITHHELD.get(entity, "仮払税金")

    def book(day: date, sign: int, text: str) -> list[Entry]:
        out = []
        for rate in doc.rates:
            gross = rate.taxable + rate.tax
            if gross == 0:
                continue
            debit, credit = (RECEIVABLE, SALES) if sign > 0 else (SALES, RECEIVABLE)
            out.append(Entry(day, debit, credit, gross, rate.tax, f"sales.{rate.category}", doc.client, text, doc.number))
        if doc.withholding:
            debit, credit = (withheld_account, RECEIVABLE) if sign > 0 else (RECEIVABLE, withheld_account)
            out.append(Entry(day, debit, credit, doc.withholding, 0, "", doc.client, f"{text} 源泉所得税", doc.number))
        return out

    if doc.kind == "credit_note":
        return book(doc.day, -1, summary)
    entries = book(doc.day, +1, summary)
    if doc.replaced_on is not None:
        entries += book(doc.replaced_on, -1, f"{summary} 修正により取消")
    return entries


def receipt_entries(payment: Received) -> list[Entry]:
    text = f"{payment.number} 入金"
    out = []
    if payment.amount:
        out.append(Entry(payment.day, BANK, RECEIVABLE, payment.amount, 0, "", payment.client, text, payment.number))
    if payment.bank_fee:
        out.append(Entry(payment.day, FEE, RECEIVABLE, payment.bank_fee, 0, "fee", payment.client,
                         f"{text} 振込手数料（先方負担分の差引）", payment.number))
    return out
