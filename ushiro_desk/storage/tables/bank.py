"""Money in: statement accounts (bank accounts and cards), imported files, statement lines, links of a
line to the payments it recorded, learned payer names, the owner's rules for debits, bank settings."""

from __future__ import annotations

from typing import Optional

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel


class StatementAccountRow(SQLModel, table=True):
    """A bank account or credit card whose statements are imported, with its format remembered."""

    __tablename__ = "statement_account"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(unique=True)  # what `bank import --account` takes
    kind: str  # "bank" or "card"
    bank_name: str = ""
    branch_name: str = ""
    account_number: str = ""
    format: str = ""  # the last format used (zengin, a preset name, csv, mapped)
    mapping: str = ""  # JSON of a ColumnMap saved for this account
    created_at: str


class StatementImportRow(SQLModel, table=True):
    """One imported file, kept in the file store by its SHA-256."""

    __tablename__ = "statement_import"

    id: Optional[int] = Field(default=None, primary_key=True)
    account_id: int = Field(foreign_key="statement_account.id", index=True)
    sha256: str = Field(foreign_key="stored_file.sha256")
    file_name: str
    format: str
    encoding: str
    line_count: int
    added_count: int
    imported_at: str


class StatementLineRow(SQLModel, table=True):
    """One transaction of an account. `fingerprint` + `occurrence` make re-imports idempotent."""

    __tablename__ = "statement_line"
    __table_args__ = (UniqueConstraint("account_id", "fingerprint", "occurrence", name="uq_statement_line_seen"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    account_id: int = Field(foreign_key="statement_account.id")
    import_id: int = Field(foreign_key="statement_import.id")
    source_line: int
    day: str = Field(index=True)
    description: str
    payer: str = ""
    payer_key: str = ""
    deposit: int
    withdrawal: int
    balance: Optional[int] = None
    reference: str = ""
    memo: str = ""
    fingerprint: str
    occurrence: int
    state: str = Field(index=True)  # open, matched, dismissed, expense, transfer, ignored
    note: str = ""  # the dismissal reason, or what a debit was recognised as
    expense_id: Optional[int] = Field(default=None, foreign_key="expense.id")
    created_at: str


class StatementMatchRow(SQLModel, table=True):
    """A payment recorded from a statement line (one line can settle several invoices)."""

    __tablename__ = "statement_match"

    id: Optional[int] = Field(default=None, primary_key=True)
    line_id: int = Field(foreign_key="statement_line.id", index=True)
    document_id: int = Field(foreign_key="sales_document.id")
    payment_id: int  # no foreign key: a payment deleted on the invoice leaves the link to report, not an error
    amount: int
    bank_fee: int
    learned_alias_id: Optional[int] = None  # the payer name this confirmation taught, removed by undo
    created_at: str


class PayerAliasRow(SQLModel, table=True):
    """A payer name (folded) known to belong to a client: its kana name or one learned on confirming."""

    __tablename__ = "payer_alias"
    __table_args__ = (UniqueConstraint("payer_key", "client_id", name="uq_payer_alias"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    payer_key: str = Field(index=True)
    client_id: int = Field(foreign_key="client.id")
    source: str  # "kana" (the client's kana name) or "learned"
    created_at: str
    display: str = Field(default="", sa_column_kwargs={"server_default": ""})  # as the owner typed it


class DebitRuleRow(SQLModel, table=True):
    """The owner's rule for debits: text contains → what it is (an expense with payee, account and tax,
    a transfer between own accounts, a card settlement, a payment to the secretary)."""

    __tablename__ = "debit_rule"

    id: Optional[int] = Field(default=None, primary_key=True)
    contains: str
    kind: str  # expense, transfer, card, outsourcer
    payee: str = ""
    account: str = ""
    tax_category: str = ""
    position: int


class BankSettingRow(SQLModel, table=True):
    __tablename__ = "bank_setting"

    key: str = Field(primary_key=True)
    value: str
