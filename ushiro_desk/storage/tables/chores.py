"""Chores: the inventory, its materialised occurrences, the outsourcers who can do them and the
business values (hourly rates) the insight uses."""

from __future__ import annotations

from typing import Optional

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel


class OutsourcerRow(SQLModel, table=True):
    """Someone the owner hands chores to (an online secretary, a BPO company, a tax accountant…)."""

    __tablename__ = "outsourcer"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    role: str  # online_secretary | bpo | tax_accountant | other
    hourly_rate_yen: int
    is_individual: bool
    archived_at: Optional[str] = None


class ChoreRow(SQLModel, table=True):
    __tablename__ = "chore"

    id: Optional[int] = Field(default=None, primary_key=True)
    title: str
    area: str
    goal: str = ""
    steps: str = ""
    rules: str = ""
    exceptions: str = ""
    inputs: str = ""
    outputs: str = ""
    estimate_minutes: int
    assignee_id: Optional[int] = Field(default=None, foreign_key="outsourcer.id")  # NULL: the owner
    delegability: str
    owner_only_reason: Optional[str] = None
    confidential: bool
    start_date: str
    end_date: Optional[str] = None
    rrule: str = ""
    business_day_rule: str
    days_after_completion: Optional[int] = None
    starter_key: Optional[str] = None
    materialised_until: Optional[str] = None  # occurrences exist up to this day
    archived_at: Optional[str] = None
    created_at: str
    updated_at: str


class ChoreOccurrenceRow(SQLModel, table=True):
    """One due date of a chore. `planned_date` is where it shows: the due date or a snoozed-to date."""

    __tablename__ = "chore_occurrence"
    __table_args__ = (
        UniqueConstraint("chore_id", "due_date", name="uq_chore_occurrence_due"),
        Index("ix_chore_occurrence_state_planned", "state", "planned_date"),
        Index("ix_chore_occurrence_done_on", "done_on"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    chore_id: int = Field(foreign_key="chore.id")
    due_date: str
    planned_date: str
    state: str  # open | done | skipped
    minutes: Optional[int] = None
    done_by_id: Optional[int] = Field(default=None, foreign_key="outsourcer.id")
    note: str = ""
    done_on: Optional[str] = None
    updated_at: str


class ChoreSettingsRow(SQLModel, table=True):
    """Business values for chores (one row): the owner's hourly value, an outsourcer's default rate,
    and the last day the occurrences were looked at (to find the ones missed while the app was closed)."""

    __tablename__ = "chore_settings"

    id: int = Field(default=1, primary_key=True)
    owner_hourly_yen: int
    outsourcer_hourly_yen: int
    last_seen_date: Optional[str] = None
