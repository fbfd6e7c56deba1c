"""Handoff returns: the questions a recipient sent back, kept on their occurrence until the owner
answers or dismisses them, and the index that finds a packet already imported by its content hash."""

from __future__ import annotations

from typing import Optional

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from ushiro_desk.storage.tables.handoff import HandoffReturnRow


class OccurrenceQuestionRow(SQLModel, table=True):
    """A returned `question` on one occurrence; open until answered or dismissed. An answer goes to the
    recipient in the next bundle that carries the chore."""

    __tablename__ = "occurrence_question"

    id: Optional[int] = Field(default=None, primary_key=True)
    # No foreign key: rescheduling may drop an open occurrence; its question then no longer shows.
    occurrence_id: int = Field(index=True)
    disclosure_id: int = Field(foreign_key="disclosure.id")
    recipient_id: int = Field(foreign_key="outsourcer.id")
    recipient_name: str
    text: str
    asked_at: str
    answer: str = ""
    answered_at: Optional[str] = None
    # The newest disclosure when the answer was given: a later packet to this recipient whose task carried
    # `answers` delivered it (ids, not clocks, so an export in the same second cannot confuse them).
    answered_after_disclosure_id: Optional[int] = None
    dismissed_at: Optional[str] = None


# A replayed packet is found by the hash of its content (declared here so the ledger's table stays as it was).
Index("ix_handoff_return_source_sha256", HandoffReturnRow.__table__.c.source_sha256)  # type: ignore[attr-defined]
