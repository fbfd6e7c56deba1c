"""Invoicing tables: clients, documents with their lines and per-rate totals, number counters,
payments, recurring templates and the invoicing settings.

Issued documents are immutable: triggers created by the migration refuse any change to an issued
document's content, its lines or its tax rows (only `sent_on`/`updated_at` may change).
"""

from __future__ import annotations

from typing import Optional

from sqlmodel import Field, SQLModel


class ClientRow(SQLModel, table=True):
    """A 取引先."""

    __tablename__ = "client"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    honorific: str = "御中"
    department: str = ""
    person: str = ""
    postal_code: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    registration_number: str = ""
    withholds: bool = False
    closing_day: int = 31
    months_after: int = 1
    pay_day: int = 31
    net_days: Optional[int] = None
    holiday_rule: str = "previous"
    language: str = "ja"
    notes: str = ""
    archived: bool = False
    created_at: str
    updated_at: str


class RecurringTemplateRow(SQLModel, table=True):
    """A recurring invoice: proposes a draft on each scheduled date; lines kept as JSON."""

    __tablename__ = "recurring_template"

    id: Optional[int] = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    name: str
    interval_months: int = 1
    day_of_month: int = 31
    start_date: str
    end_date: Optional[str] = None
    subject: str = ""
    notes: str = ""
    price_mode: str = "exclusive"
    active: bool = True
    last_date: Optional[str] = None
    lines_json: str = "[]"
    created_at: str
    updated_at: str


class SalesDocumentRow(SQLModel, table=True):
    """A quote, invoice, correction or credit note. A draft has no number; an issued one never changes."""

    __tablename__ = "sales_document"

    id: Optional[int] = Field(default=None, primary_key=True)
    kind: str = Field(index=True)
    series: str
    number: Optional[str] = Field(default=None, unique=True)
    number_scope: Optional[str] = None
    number_value: Optional[int] = None
    client_id: int = Field(foreign_key="client.id", index=True)
    recipient_name: str
    recipient_honorific: str
    recipient_department: str = ""
    recipient_person: str = ""
    recipient_postal_code: str = ""
    recipient_address: str = ""
    language: str = "ja"
    issue_date: str = Field(index=True)
    supply_from: Optional[str] = None
    supply_date: Optional[str] = None
    due_date: Optional[str] = None
    subject: str = ""
    notes: str = ""
    price_mode: str = "exclusive"
    rounding: str = "floor"
    withholding: bool = False
    original_id: Optional[int] = Field(default=None, foreign_key="sales_document.id", index=True)
    quote_id: Optional[int] = Field(default=None, foreign_key="sales_document.id", index=True)
    recurring_id: Optional[int] = Field(default=None, foreign_key="recurring_template.id")
    subtotal: int = 0
    tax: int = 0
    total: int = 0
    withholding_amount: int = 0
    amount_due: int = 0
    issuer_json: Optional[str] = None
    pdf_sha256: Optional[str] = Field(default=None, foreign_key="stored_file.sha256")
    issued_at: Optional[str] = None
    sent_on: Optional[str] = None
    return_date: Optional[str] = None  # 返還等を行う日 of a credit note (migration 0012)
    chain_base: Optional[int] = None  # a credit note: the chain's net fee before it (migration 0012)
    created_at: str
    updated_at: str


class SalesDocumentLineRow(SQLModel, table=True):
    """A line copied into its document. Quantity and unit price are decimal TEXT, never float."""

    __tablename__ = "sales_document_line"

    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="sales_document.id", index=True)
    position: int
    description: str
    quantity: str
    unit: str = ""
    unit_price: str
    tax_category: str
    withholding: bool = False
    amount: int


class SalesDocumentTaxRow(SQLModel, table=True):
    """The per-rate totals of an issued document as printed (税率ごとの対価の額と消費税額)."""

    __tablename__ = "sales_document_tax"

    document_id: int = Field(foreign_key="sales_document.id", primary_key=True)
    category: str = Field(primary_key=True)
    rate_percent: int
    taxable: int
    tax: int


class NumberCounterRow(SQLModel, table=True):
    """The last number given in a series and scope (e.g. invoice, 'INV-2026-#'): gap-free."""

    __tablename__ = "number_counter"

    series: str = Field(primary_key=True)
    scope: str = Field(primary_key=True)
    last_value: int


class PaymentRow(SQLModel, table=True):
    """Money received for a document; the bank fee the client deducted settles it too."""

    __tablename__ = "payment"

    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="sales_document.id", index=True)
    paid_on: str
    amount: int
    bank_fee: int = 0
    note: str = ""
    created_at: str


class InvoiceSettingRow(SQLModel, table=True):
    """Number patterns, default rounding and terms (key → JSON value)."""

    __tablename__ = "invoice_setting"

    key: str = Field(primary_key=True)
    value: str
