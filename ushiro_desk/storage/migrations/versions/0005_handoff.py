"""Handoff: recipient profiles, chore data needs, the disclosure ledger, returns.

Revision ID: 0005_handoff
Revises: 0004_expenses
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_handoff"
down_revision = "0004_expenses"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recipient_profile",
        sa.Column("outsourcer_id", sa.Integer(), sa.ForeignKey("outsourcer.id"), primary_key=True),
        *[sa.Column(name, sa.String(), nullable=False) for name in ("contact", "channel", "emergency_contact", "report_every", "working_hours")],
        sa.Column("nda_date", sa.String(), nullable=True),
        *[sa.Column(name, sa.String(), nullable=False) for name in ("areas", "data_kinds", "allowed_sensitive", "fee_terms", "payment_method", "delivery_place", "language", "notes")],
    )
    op.create_table(
        "chore_data_need",
        sa.Column("chore_id", sa.Integer(), sa.ForeignKey("chore.id"), primary_key=True),
        sa.Column("kind", sa.String(), primary_key=True),
    )
    op.create_table(
        "disclosure",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("bundle_id", sa.String(), nullable=False, unique=True),
        sa.Column("recipient_id", sa.Integer(), sa.ForeignKey("outsourcer.id"), nullable=False),
        *[sa.Column(name, sa.String(), nullable=False) for name in ("recipient_name", "period_start", "period_end", "created_at", "expires_on", "target")],
        sa.Column("encrypted", sa.Boolean(), nullable=False),
        sa.Column("manifest", sa.String(), nullable=False),
        sa.Column("withheld", sa.Integer(), nullable=False),
        sa.Column("deletion_confirmed_on", sa.String(), nullable=True),
    )
    op.create_table(
        "disclosure_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("disclosure_id", sa.Integer(), sa.ForeignKey("disclosure.id"), nullable=False),
        *[sa.Column(name, sa.String(), nullable=False) for name in ("kind", "record_id", "label", "fields", "masked")],
    )
    op.create_index("ix_disclosure_item_disclosure_id", "disclosure_item", ["disclosure_id"])
    op.create_table(
        "handoff_return",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("disclosure_id", sa.Integer(), sa.ForeignKey("disclosure.id"), nullable=False),
        sa.Column("imported_at", sa.String(), nullable=False),
        sa.Column("accepted", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("source_sha256", sa.String(), nullable=False),
    )
    # The ledger is a record of what left: it is only ever added to.
    op.execute(
        "CREATE TRIGGER disclosure_no_delete BEFORE DELETE ON disclosure "
        "BEGIN SELECT RAISE(ABORT, 'the disclosure ledger keeps every entry'); END"
    )
    op.execute(
        "CREATE TRIGGER disclosure_item_no_change BEFORE UPDATE ON disclosure_item "
        "BEGIN SELECT RAISE(ABORT, 'the disclosure ledger keeps every entry'); END"
    )
    op.execute(
        "CREATE TRIGGER disclosure_item_no_delete BEFORE DELETE ON disclosure_item "
        "BEGIN SELECT RAISE(ABORT, 'the disclosure ledger keeps every entry'); END"
    )


def downgrade() -> None:
    for trigger in ("disclosure_item_no_delete", "disclosure_item_no_change", "disclosure_no_delete"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.drop_index("ix_disclosure_item_disclosure_id", "disclosure_item")
    for table in ("handoff_return", "disclosure_item", "disclosure", "chore_data_need", "recipient_profile"):
        op.drop_table(table)
