"""Money in: statement accounts, imports, lines, matches to payments, payer aliases, debit rules and
bank settings.

Revision ID: 0013_bank
Revises: 0006_done_on_index (the integrator relinks the chain at merge)
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_bank"
down_revision = "0012_credit_dates"
branch_labels = None
depends_on = None


def _text(*names: str) -> list[sa.Column]:
    return [sa.Column(name, sa.String(), nullable=False) for name in names]


def upgrade() -> None:
    op.create_table(
        "statement_account",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False, unique=True),
        *_text("kind", "bank_name", "branch_name", "account_number", "format", "mapping", "created_at"),
    )
    op.create_table(
        "statement_import",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("account_id", sa.Integer(), sa.ForeignKey("statement_account.id"), nullable=False),
        sa.Column("sha256", sa.String(), sa.ForeignKey("stored_file.sha256"), nullable=False),
        *_text("file_name", "format", "encoding"),
        sa.Column("line_count", sa.Integer(), nullable=False),
        sa.Column("added_count", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.String(), nullable=False),
    )
    op.create_index("ix_statement_import_account_id", "statement_import", ["account_id"])
    op.create_table(
        "statement_line",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("account_id", sa.Integer(), sa.ForeignKey("statement_account.id"), nullable=False),
        sa.Column("import_id", sa.Integer(), sa.ForeignKey("statement_import.id"), nullable=False),
        sa.Column("source_line", sa.Integer(), nullable=False),
        *_text("day", "description", "payer", "payer_key"),
        sa.Column("deposit", sa.Integer(), nullable=False),
        sa.Column("withdrawal", sa.Integer(), nullable=False),
        sa.Column("balance", sa.Integer(), nullable=True),
        *_text("reference", "memo", "fingerprint"),
        sa.Column("occurrence", sa.Integer(), nullable=False),
        *_text("state", "note"),
        sa.Column("expense_id", sa.Integer(), sa.ForeignKey("expense.id"), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.UniqueConstraint("account_id", "fingerprint", "occurrence", name="uq_statement_line_seen"),
    )
    op.create_index("ix_statement_line_day", "statement_line", ["day"])
    op.create_index("ix_statement_line_state", "statement_line", ["state"])
    op.create_table(
        "statement_match",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("line_id", sa.Integer(), sa.ForeignKey("statement_line.id"), nullable=False),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("sales_document.id"), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("bank_fee", sa.Integer(), nullable=False),
        sa.Column("learned_alias_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
    )
    op.create_index("ix_statement_match_line_id", "statement_match", ["line_id"])
    op.create_table(
        "payer_alias",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("payer_key", sa.String(), nullable=False),
        sa.Column("client_id", sa.Integer(), sa.ForeignKey("client.id"), nullable=False),
        *_text("source", "created_at"),
        sa.UniqueConstraint("payer_key", "client_id", name="uq_payer_alias"),
    )
    op.create_index("ix_payer_alias_payer_key", "payer_alias", ["payer_key"])
    op.create_table(
        "debit_rule",
        sa.Column("id", sa.Integer(), primary_key=True),
        *_text("contains", "kind", "payee", "account", "tax_category"),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_table(
        "bank_setting",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.String(), nullable=False),
    )


def downgrade() -> None:
    for table in ("bank_setting", "debit_rule", "payer_alias", "statement_match", "statement_line",
                  "statement_import", "statement_account"):
        op.drop_table(table)
