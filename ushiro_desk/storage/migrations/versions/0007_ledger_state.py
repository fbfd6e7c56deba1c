"""The disclosure ledger is written first: a row is committed in state "writing" before the packet is
renamed into place and marked "complete" after, so a crash never leaves a packet without a record.
Every packet recorded before this revision was complete.

Revision ID: 0007_ledger_state
Revises: 0006_done_on_index
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_ledger_state"
down_revision = "0006_done_on_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: a batch copy would drop the ledger's no-delete triggers.
    op.add_column("disclosure", sa.Column("state", sa.String(), nullable=False, server_default="complete"))


def downgrade() -> None:
    op.drop_column("disclosure", "state")
