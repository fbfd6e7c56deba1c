"""Payer names keep the owner's spelling: `payer_alias.display` is the kana name as typed (サクラコーヒー),
shown in settings, next to the folded key (サクラコヒ) used for matching. Names stored before have no
spelling of their own: the folded key is shown for them, as before.

(The revision id was reserved for an optional client code; the code was left out — documents are
recognised by their 請求書番号 in the transfer text — and this revision carries the spelling only.)

Revision ID: 0015_client_code
Revises: 0013_bank
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_client_code"
down_revision = "0013_bank"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("payer_alias", sa.Column("display", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("payer_alias") as batch:
        batch.drop_column("display")
