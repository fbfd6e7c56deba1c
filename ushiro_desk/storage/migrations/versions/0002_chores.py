"""Chores: outsourcers, the chore inventory, materialised occurrences, chore settings.

Revision ID: 0002_chores
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_chores"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outsourcer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("hourly_rate_yen", sa.Integer(), nullable=False),
        sa.Column("is_individual", sa.Boolean(), nullable=False),
        sa.Column("archived_at", sa.String(), nullable=True),
    )
    op.create_table(
        "chore",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("area", sa.String(), nullable=False),
        sa.Column("goal", sa.String(), nullable=False),
        sa.Column("steps", sa.String(), nullable=False),
        sa.Column("rules", sa.String(), nullable=False),
        sa.Column("exceptions", sa.String(), nullable=False),
        sa.Column("inputs", sa.String(), nullable=False),
        sa.Column("outputs", sa.String(), nullable=False),
        sa.Column("estimate_minutes", sa.Integer(), nullable=False),
        sa.Column("assignee_id", sa.Integer(), sa.ForeignKey("outsourcer.id"), nullable=True),
        sa.Column("delegability", sa.String(), nullable=False),
        sa.Column("owner_only_reason", sa.String(), nullable=True),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("start_date", sa.String(), nullable=False),
        sa.Column("end_date", sa.String(), nullable=True),
        sa.Column("rrule", sa.String(), nullable=False),
        sa.Column("business_day_rule", sa.String(), nullable=False),
        sa.Column("days_after_completion", sa.Integer(), nullable=True),
        sa.Column("starter_key", sa.String(), nullable=True),
        sa.Column("materialised_until", sa.String(), nullable=True),
        sa.Column("archived_at", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
    )
    op.create_table(
        "chore_occurrence",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("chore_id", sa.Integer(), sa.ForeignKey("chore.id"), nullable=False),
        sa.Column("due_date", sa.String(), nullable=False),
        sa.Column("planned_date", sa.String(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("done_by_id", sa.Integer(), sa.ForeignKey("outsourcer.id"), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("done_on", sa.String(), nullable=True),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.UniqueConstraint("chore_id", "due_date", name="uq_chore_occurrence_due"),
    )
    op.create_index("ix_chore_occurrence_state_planned", "chore_occurrence", ["state", "planned_date"])
    op.create_table(
        "chore_settings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("owner_hourly_yen", sa.Integer(), nullable=False),
        sa.Column("outsourcer_hourly_yen", sa.Integer(), nullable=False),
        sa.Column("last_seen_date", sa.String(), nullable=True),
    )


def downgrade() -> None:
    op.drop_index("ix_chore_occurrence_state_planned", "chore_occurrence")
    for table in ("chore_settings", "chore_occurrence", "chore", "outsourcer"):
        op.drop_table(table)
