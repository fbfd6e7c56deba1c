"""Expense tables: expenses, their receipts, their revisions, the owner's account titles, export
mappings and saved searches. Expenses, receipt links and revisions are never deleted (triggers in the
migration refuse it); a delete is a soft delete with a reason."""

from __future__ import annotations

from typing import Optional

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel


class ExpenseRow(SQLModel, table=True):
    __tablename__ = "expense"

    id: Optional[int] = Field(default=None, primary_key=True)
    date: str = Field(index=True)  # ISO date of the transaction (取引年月日)
    payee: str  # 取引先
    payee_key: str = Field(index=True)  # NFKC + casefold, for search
    supplier_tnumber: str = ""
    amount: int = Field(index=True)  # 税込 yen
    tax_category: str
    tax_parts: str = ""  # JSON [[category, amount], …] when tax_category is "mixed"
    invoice_status: str
    account: str
    payment_method: str
    memo: str = ""
    tag: str = ""
    attendee_count: int = 0
    attendees: str = ""
    text_key: str = ""  # memo, tag and attendees normalised like payee_key
    is_draft: bool = False
    deleted_at: Optional[str] = None
    delete_reason: str = ""
    version: int = 0
    created_at: str
    updated_at: str


class ExpenseReceiptRow(SQLModel, table=True):
    """A receipt file attached to an expense. Detaching keeps the row (and the file)."""

    __tablename__ = "expense_receipt"

    id: Optional[int] = Field(default=None, primary_key=True)
    expense_id: int = Field(foreign_key="expense.id", index=True)
    sha256: str = Field(foreign_key="stored_file.sha256", index=True)
    original_name: str
    attached_at: str
    detached_at: Optional[str] = None
    detach_reason: str = ""


class ExpenseRevisionRow(SQLModel, table=True):
    """What happened to an expense and when: created, edited (with the changed fields), deleted,
    restored, receipts attached or detached. Rows are only ever added."""

    __tablename__ = "expense_revision"
    __table_args__ = (UniqueConstraint("expense_id", "number", name="uq_expense_revision_number"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    expense_id: int = Field(foreign_key="expense.id")
    number: int
    at: str
    action: str
    changes: str = "{}"  # JSON {field: [old, new]}
    snapshot: str = "{}"  # JSON of the recorded fields after the change
    reason: str = ""


class ExpenseAccountRow(SQLModel, table=True):
    """The owner's list of 勘定科目 for expenses."""

    __tablename__ = "expense_account"

    name: str = Field(primary_key=True)
    position: int
    active: bool = True


class ExpenseExportMappingRow(SQLModel, table=True):
    """The owner's spelling of a 税区分, account or payment account in one accounting product."""

    __tablename__ = "expense_export_mapping"

    product: str = Field(primary_key=True)
    key: str = Field(primary_key=True)
    value: str


class ExpenseSavedSearchRow(SQLModel, table=True):
    __tablename__ = "expense_saved_search"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    query: str  # JSON of an ExpenseQuery
    created_at: str


# The list is filtered to live (not deleted, not draft) rows and read newest first; with id, amount and
# payee_key in the index a combined date + amount + payee search never touches the table (covering index).
Index(
    "ix_expense_live_date",
    ExpenseRow.is_draft,  # type: ignore[arg-type]
    ExpenseRow.deleted_at,  # type: ignore[arg-type]
    ExpenseRow.date,  # type: ignore[arg-type]
    ExpenseRow.id,  # type: ignore[arg-type]
    ExpenseRow.amount,  # type: ignore[arg-type]
    ExpenseRow.payee_key,  # type: ignore[arg-type]
)
