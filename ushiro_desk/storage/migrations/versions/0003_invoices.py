"""Invoices: clients, documents and lines, per-rate totals, number counters, payments, recurring
templates, settings; triggers that keep issued documents immutable and numbers gap-free.

Revision ID: 0003_invoices
Revises: 0002_chores
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_invoices"
down_revision = "0002_chores"
branch_labels = None
depends_on = None

# Columns of sales_document that may still change once it has a number (life-cycle, not content).
MUTABLE_AFTER_ISSUE = ("sent_on", "updated_at")
DOCUMENT_COLUMNS = (
    "id", "kind", "series", "number", "number_scope", "number_value", "client_id", "recipient_name",
    "recipient_honorific", "recipient_department", "recipient_person", "recipient_postal_code",
    "recipient_address", "language", "issue_date", "supply_from", "supply_date", "due_date", "subject", "notes",
    "price_mode", "rounding", "withholding", "original_id", "quote_id", "recurring_id", "subtotal", "tax", "total",
    "withholding_amount", "amount_due", "issuer_json", "pdf_sha256", "issued_at", "created_at",
)
FROZEN = "issued documents cannot be changed"


def _string(name: str, nullable: bool = False, **kw: object) -> sa.Column:
    return sa.Column(name, sa.String(), nullable=nullable, **kw)


def _int(name: str, nullable: bool = False, **kw: object) -> sa.Column:
    return sa.Column(name, sa.Integer(), nullable=nullable, **kw)


def _bool(name: str) -> sa.Column:
    return sa.Column(name, sa.Boolean(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "client",
        _int("id", primary_key=True),
        _string("name"),
        _string("honorific"),
        _string("department"),
        _string("person"),
        _string("postal_code"),
        _string("address"),
        _string("email"),
        _string("phone"),
        _string("registration_number"),
        _bool("withholds"),
        _int("closing_day"),
        _int("months_after"),
        _int("pay_day"),
        _int("net_days", nullable=True),
        _string("holiday_rule"),
        _string("language"),
        _string("notes"),
        _bool("archived"),
        _string("created_at"),
        _string("updated_at"),
    )
    op.create_index("ix_client_name", "client", ["name"])
    op.create_table(
        "recurring_template",
        _int("id", primary_key=True),
        _int("client_id"),
        _string("name"),
        _int("interval_months"),
        _int("day_of_month"),
        _string("start_date"),
        _string("end_date", nullable=True),
        _string("subject"),
        _string("notes"),
        _string("price_mode"),
        _bool("active"),
        _string("last_date", nullable=True),
        _string("lines_json"),
        _string("created_at"),
        _string("updated_at"),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"]),
    )
    op.create_index("ix_recurring_template_client_id", "recurring_template", ["client_id"])
    op.create_table(
        "sales_document",
        _int("id", primary_key=True),
        _string("kind"),
        _string("series"),
        _string("number", nullable=True),
        _string("number_scope", nullable=True),
        _int("number_value", nullable=True),
        _int("client_id"),
        _string("recipient_name"),
        _string("recipient_honorific"),
        _string("recipient_department"),
        _string("recipient_person"),
        _string("recipient_postal_code"),
        _string("recipient_address"),
        _string("language"),
        _string("issue_date"),
        _string("supply_from", nullable=True),
        _string("supply_date", nullable=True),
        _string("due_date", nullable=True),
        _string("subject"),
        _string("notes"),
        _string("price_mode"),
        _string("rounding"),
        _bool("withholding"),
        _int("original_id", nullable=True),
        _int("quote_id", nullable=True),
        _int("recurring_id", nullable=True),
        _int("subtotal"),
        _int("tax"),
        _int("total"),
        _int("withholding_amount"),
        _int("amount_due"),
        _string("issuer_json", nullable=True),
        _string("pdf_sha256", nullable=True),
        _string("issued_at", nullable=True),
        _string("sent_on", nullable=True),
        _string("created_at"),
        _string("updated_at"),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"]),
        sa.ForeignKeyConstraint(["original_id"], ["sales_document.id"]),
        sa.ForeignKeyConstraint(["quote_id"], ["sales_document.id"]),
        sa.ForeignKeyConstraint(["recurring_id"], ["recurring_template.id"]),
        sa.ForeignKeyConstraint(["pdf_sha256"], ["stored_file.sha256"]),
        sa.UniqueConstraint("number"),
    )
    op.create_index("ix_sales_document_kind", "sales_document", ["kind"])
    op.create_index("ix_sales_document_client_id", "sales_document", ["client_id"])
    op.create_index("ix_sales_document_issue_date", "sales_document", ["issue_date"])
    op.create_index("ix_sales_document_original_id", "sales_document", ["original_id"])
    op.create_index("ix_sales_document_quote_id", "sales_document", ["quote_id"])
    op.create_table(
        "sales_document_line",
        _int("id", primary_key=True),
        _int("document_id"),
        _int("position"),
        _string("description"),
        _string("quantity"),
        _string("unit"),
        _string("unit_price"),
        _string("tax_category"),
        _bool("withholding"),
        _int("amount"),
        sa.ForeignKeyConstraint(["document_id"], ["sales_document.id"]),
    )
    op.create_index("ix_sales_document_line_document_id", "sales_document_line", ["document_id"])
    op.create_table(
        "sales_document_tax",
        _int("document_id"),
        _string("category"),
        _int("rate_percent"),
        _int("taxable"),
        _int("tax"),
        sa.ForeignKeyConstraint(["document_id"], ["sales_document.id"]),
        sa.PrimaryKeyConstraint("document_id", "category"),
    )
    op.create_table(
        "number_counter",
        _string("series"),
        _string("scope"),
        _int("last_value"),
        sa.PrimaryKeyConstraint("series", "scope"),
    )
    op.create_table(
        "payment",
        _int("id", primary_key=True),
        _int("document_id"),
        _string("paid_on"),
        _int("amount"),
        _int("bank_fee"),
        _string("note"),
        _string("created_at"),
        sa.ForeignKeyConstraint(["document_id"], ["sales_document.id"]),
    )
    op.create_index("ix_payment_document_id", "payment", ["document_id"])
    op.create_table(
        "invoice_setting",
        _string("key", primary_key=True),
        _string("value"),
    )
    for statement in trigger_statements():
        op.execute(statement)


def trigger_statements() -> list[str]:
    """The database's own guard: an issued document, its lines and tax rows never change, a number is
    never given without its PDF, and a counter only ever moves up by one."""
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in DOCUMENT_COLUMNS)
    issued = "(SELECT number FROM sales_document WHERE id = {}.document_id) IS NOT NULL"
    statements = [
        f"""CREATE TRIGGER sales_document_frozen BEFORE UPDATE ON sales_document
            WHEN OLD.number IS NOT NULL AND ({changed})
            BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END""",
        f"""CREATE TRIGGER sales_document_kept BEFORE DELETE ON sales_document
            WHEN OLD.number IS NOT NULL
            BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END""",
        """CREATE TRIGGER sales_document_number_needs_pdf BEFORE UPDATE ON sales_document
            WHEN OLD.number IS NULL AND NEW.number IS NOT NULL AND NEW.pdf_sha256 IS NULL
            BEGIN SELECT RAISE(ABORT, 'a number is given only with its PDF'); END""",
        """CREATE TRIGGER sales_document_issued_with_pdf BEFORE INSERT ON sales_document
            WHEN NEW.number IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'a document is inserted as a draft and then issued'); END""",
        """CREATE TRIGGER number_counter_steps BEFORE UPDATE ON number_counter
            WHEN NEW.last_value != OLD.last_value + 1 OR NEW.series IS NOT OLD.series OR NEW.scope IS NOT OLD.scope
            BEGIN SELECT RAISE(ABORT, 'a number counter only moves up by one'); END""",
        """CREATE TRIGGER number_counter_starts BEFORE INSERT ON number_counter
            WHEN NEW.last_value != 1
            BEGIN SELECT RAISE(ABORT, 'a number counter starts at one'); END""",
        """CREATE TRIGGER number_counter_kept BEFORE DELETE ON number_counter
            BEGIN SELECT RAISE(ABORT, 'a number counter is never removed'); END""",
    ]
    for table in ("sales_document_line", "sales_document_tax"):
        statements += [
            f"""CREATE TRIGGER {table}_frozen_insert BEFORE INSERT ON {table}
                WHEN {issued.format('NEW')}
                BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END""",
            f"""CREATE TRIGGER {table}_frozen_update BEFORE UPDATE ON {table}
                WHEN {issued.format('OLD')} OR {issued.format('NEW')}
                BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END""",
            f"""CREATE TRIGGER {table}_frozen_delete BEFORE DELETE ON {table}
                WHEN {issued.format('OLD')}
                BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END""",
        ]
    return statements


def downgrade() -> None:
    for name in (
        "sales_document_frozen", "sales_document_kept", "sales_document_number_needs_pdf",
        "sales_document_issued_with_pdf", "number_counter_steps", "number_counter_starts", "number_counter_kept",
        *(f"{t}_frozen_{w}" for t in ("sales_document_line", "sales_document_tax") for w in ("insert", "update", "delete")),
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in (
        "invoice_setting", "payment", "number_counter", "sales_document_tax", "sales_document_line",
        "sales_document", "recurring_template", "client",
    ):
        op.drop_table(table)
