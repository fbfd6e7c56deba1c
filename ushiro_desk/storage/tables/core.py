"""Foundation tables: the company profile, its bank accounts, stored files, the audit trail and the
owner's own closed days."""

from __future__ import annotations

from typing import Optional

from sqlmodel import Field, SQLModel


class CompanyProfileRow(SQLModel, table=True):
    __tablename__ = "company_profile"

    id: int = Field(default=1, primary_key=True)  # exactly one row
    name: str
    representative: str = ""
    postal_code: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    registration_number: str = ""
    entity_type: str = "corporation"
    fiscal_year_start_month: int = 4
    logo_sha256: Optional[str] = Field(default=None, foreign_key="stored_file.sha256")
    seal_sha256: Optional[str] = Field(default=None, foreign_key="stored_file.sha256")
    specified_commissioner: bool = False  # 特定業務委託事業者 (migration 0012)
    updated_at: str


class BankAccountRow(SQLModel, table=True):
    __tablename__ = "bank_account"

    id: Optional[int] = Field(default=None, primary_key=True)
    position: int
    bank_name: str
    branch_name: str
    account_type: str
    account_number: str
    account_holder: str


class StoredFileRow(SQLModel, table=True):
    """A file kept under `files/` by its SHA-256 (receipts, issued PDFs, logo, seal)."""

    __tablename__ = "stored_file"

    sha256: str = Field(primary_key=True)
    size: int
    media_type: str
    original_name: str
    stored_at: str


class AuditRow(SQLModel, table=True):
    """The audit trail: who changed what, when. Rows are only ever added."""

    __tablename__ = "audit_log"

    id: Optional[int] = Field(default=None, primary_key=True)
    at: str = Field(index=True)
    action: str
    entity: str
    entity_id: str
    detail: str = "{}"


class ClosedDayRow(SQLModel, table=True):
    """A day the owner's business is closed (夏季休業, 年末年始…), on top of the national calendar."""

    __tablename__ = "closed_day"

    day: str = Field(primary_key=True)  # ISO date
    note: str = ""
