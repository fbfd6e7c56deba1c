"""Credit notes: the 返還等を行う日 (date of the return or discount, 消法57条の4第3項) and the chain's net
fee before the credit note, so its withholding is the change of the chain's tax (所得税法205条).
Both are content of the document: the frozen-document trigger is recreated to cover them.
Also the company profile's 特定業務委託事業者 setting (フリーランス法2条6項), which makes the 60-day
payment rule of a work order an error.

Revision ID: 0012_credit_dates
Revises: 0006_done_on_index
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_credit_dates"
down_revision = "0008_return_imports"
branch_labels = None
depends_on = None

NEW_COLUMNS = ("return_date", "chain_base")


def _invoices():  # type: ignore[no-untyped-def]
    import importlib

    return importlib.import_module("ushiro_desk.storage.migrations.versions.0003_invoices")


def _document_columns() -> tuple[str, ...]:
    return tuple(_invoices().DOCUMENT_COLUMNS)


def _frozen_trigger(columns: tuple[str, ...]) -> str:
    base = _invoices()
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)
    return f"""CREATE TRIGGER sales_document_frozen BEFORE UPDATE ON sales_document
            WHEN OLD.number IS NOT NULL AND ({changed})
            BEGIN SELECT RAISE(ABORT, '{base.FROZEN}'); END"""


def upgrade() -> None:
    op.add_column("sales_document", sa.Column("return_date", sa.String(), nullable=True))
    op.add_column("sales_document", sa.Column("chain_base", sa.Integer(), nullable=True))
    op.add_column(
        "company_profile", sa.Column("specified_commissioner", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.execute("DROP TRIGGER IF EXISTS sales_document_frozen")
    op.execute(_frozen_trigger(_document_columns() + NEW_COLUMNS))


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS sales_document_frozen")
    op.drop_column("company_profile", "specified_commissioner")
    op.drop_column("sales_document", "chain_base")
    op.drop_column("sales_document", "return_date")
    op.execute(_frozen_trigger(_document_columns()))
