"""Returns: questions kept on their occurrence until answered, and an index to recognise a packet that
was already imported (by its content hash).

Revision ID: 0008_return_imports
Revises: 0006_done_on_index
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_return_imports"
down_revision = "0007_ledger_state"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "occurrence_question",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("occurrence_id", sa.Integer(), nullable=False),
        sa.Column("disclosure_id", sa.Integer(), sa.ForeignKey("disclosure.id"), nullable=False),
        sa.Column("recipient_id", sa.Integer(), sa.ForeignKey("outsourcer.id"), nullable=False),
        *[sa.Column(name, sa.String(), nullable=False) for name in ("recipient_name", "text", "asked_at", "answer")],
        sa.Column("answered_at", sa.String(), nullable=True),
        sa.Column("answered_after_disclosure_id", sa.Integer(), nullable=True),
        sa.Column("dismissed_at", sa.String(), nullable=True),
    )
    op.create_index("ix_occurrence_question_occurrence_id", "occurrence_question", ["occurrence_id"])
    op.create_index("ix_handoff_return_source_sha256", "handoff_return", ["source_sha256"])


def downgrade() -> None:
    op.drop_index("ix_handoff_return_source_sha256", "handoff_return")
    op.drop_index("ix_occurrence_question_occurrence_id", "occurrence_question")
    op.drop_table("occurrence_question")
