"""An index on the day an occurrence was finished: the Today page reads what was done today at every
start, which without it scanned every occurrence of every year.

Revision ID: 0006_done_on_index
Revises: 0005_handoff
"""

from alembic import op

revision = "0006_done_on_index"
down_revision = "0005_handoff"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_chore_occurrence_done_on", "chore_occurrence", ["done_on"])


def downgrade() -> None:
    op.drop_index("ix_chore_occurrence_done_on", "chore_occurrence")
