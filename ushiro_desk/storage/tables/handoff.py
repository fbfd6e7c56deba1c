"""Handoff: recipient profiles, the data each chore needs, the disclosure ledger and returns."""

from __future__ import annotations

from typing import Optional

from sqlmodel import Field, SQLModel


class RecipientProfileRow(SQLModel, table=True):
    __tablename__ = "recipient_profile"

    outsourcer_id: int = Field(primary_key=True, foreign_key="outsourcer.id")
    contact: str = ""
    channel: str = ""
    emergency_contact: str = ""
    report_every: str = ""
    working_hours: str = ""
    nda_date: Optional[str] = None
    areas: str = "[]"  # JSON list
    data_kinds: str = "[]"
    allowed_sensitive: str = "[]"
    fee_terms: str = ""
    payment_method: str = ""
    delivery_place: str = ""
    language: str = "ja"
    notes: str = ""


class ChoreDataNeedRow(SQLModel, table=True):
    """What a chore needs from the data when it is handed off (e.g. 請求書発行 → invoices)."""

    __tablename__ = "chore_data_need"

    chore_id: int = Field(primary_key=True, foreign_key="chore.id")
    kind: str = Field(primary_key=True)


class DisclosureRow(SQLModel, table=True):
    """The disclosure ledger: every packet that left, to whom, for which period, until when."""

    __tablename__ = "disclosure"

    id: Optional[int] = Field(default=None, primary_key=True)
    bundle_id: str = Field(unique=True)
    recipient_id: int = Field(foreign_key="outsourcer.id")
    recipient_name: str
    period_start: str
    period_end: str
    created_at: str
    expires_on: str
    target: str
    encrypted: bool
    manifest: str  # JSON: the files and their SHA-256
    withheld: int
    deletion_confirmed_on: Optional[str] = None
    # "writing": committed before the packet was renamed into place; "complete" once it was.
    state: str = Field(default="complete", sa_column_kwargs={"server_default": "complete"})


class DisclosureItemRow(SQLModel, table=True):
    """One record that left in a packet, with the fields written and those masked."""

    __tablename__ = "disclosure_item"

    id: Optional[int] = Field(default=None, primary_key=True)
    disclosure_id: int = Field(foreign_key="disclosure.id", index=True)
    kind: str
    record_id: str
    label: str
    fields: str  # JSON list of field names written
    masked: str  # JSON list of field names masked


class HandoffReturnRow(SQLModel, table=True):
    """A returned packet that was reviewed and applied."""

    __tablename__ = "handoff_return"

    id: Optional[int] = Field(default=None, primary_key=True)
    disclosure_id: int = Field(foreign_key="disclosure.id")
    imported_at: str
    accepted: int
    rejected: int
    source_sha256: str
