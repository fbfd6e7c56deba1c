"""Expenses and receipts: expenses, receipt links, revisions, account titles, export mappings, saved
searches; triggers that refuse to delete an expense, a receipt link or a revision (真実性).

Revision ID: 0004_expenses
Revises: 0003_invoices (chained after the areas main already has; invoices goes between chores and expenses)
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_expenses"
down_revision = "0003_invoices"
branch_labels = None
depends_on = None

SEED_ACCOUNTS = (
    "旅費交通費", "通信費", "会議費", "接待交際費", "消耗品費", "事務用品費", "新聞図書費", "支払手数料",
    "地代家賃", "外注費", "支払報酬", "広告宣伝費", "水道光熱費", "荷造運賃", "租税公課", "損害保険料",
    "修繕費", "福利厚生費", "諸会費", "研修費", "車両費", "賃借料", "リース料", "雑費",
)

TRIGGERS = {
    "expense_never_deleted": "BEFORE DELETE ON expense BEGIN "
    "SELECT RAISE(ABORT, 'expenses are never deleted: use a soft delete with a reason'); END",
    "expense_receipt_never_deleted": "BEFORE DELETE ON expense_receipt BEGIN "
    "SELECT RAISE(ABORT, 'receipts are never deleted: detach them instead'); END",
    "expense_receipt_link_fixed": "BEFORE UPDATE OF expense_id, sha256 ON expense_receipt BEGIN "
    "SELECT RAISE(ABORT, 'a receipt link cannot be moved to another expense or file'); END",
    "expense_revision_never_deleted": "BEFORE DELETE ON expense_revision BEGIN "
    "SELECT RAISE(ABORT, 'expense history is never deleted'); END",
    "expense_revision_never_changed": "BEFORE UPDATE ON expense_revision BEGIN "
    "SELECT RAISE(ABORT, 'expense history is never changed'); END",
}


def upgrade() -> None:
    op.create_table(
        "expense",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("date", sa.String(), nullable=False),
        sa.Column("payee", sa.String(), nullable=False),
        sa.Column("payee_key", sa.String(), nullable=False),
        sa.Column("supplier_tnumber", sa.String(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("tax_category", sa.String(), nullable=False),
        sa.Column("tax_parts", sa.String(), nullable=False),
        sa.Column("invoice_status", sa.String(), nullable=False),
        sa.Column("account", sa.String(), nullable=False),
        sa.Column("payment_method", sa.String(), nullable=False),
        sa.Column("memo", sa.String(), nullable=False),
        sa.Column("tag", sa.String(), nullable=False),
        sa.Column("attendee_count", sa.Integer(), nullable=False),
        sa.Column("attendees", sa.String(), nullable=False),
        sa.Column("text_key", sa.String(), nullable=False),
        sa.Column("is_draft", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.String(), nullable=True),
        sa.Column("delete_reason", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
    )
    op.create_index("ix_expense_date", "expense", ["date"])
    op.create_index("ix_expense_payee_key", "expense", ["payee_key"])
    op.create_index("ix_expense_amount", "expense", ["amount"])
    # covering index for the combined search, in list order (date, id)
    op.create_index(
        "ix_expense_live_date", "expense", ["is_draft", "deleted_at", "date", "id", "amount", "payee_key"]
    )
    op.create_table(
        "expense_receipt",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("expense_id", sa.Integer(), sa.ForeignKey("expense.id"), nullable=False),
        sa.Column("sha256", sa.String(), sa.ForeignKey("stored_file.sha256"), nullable=False),
        sa.Column("original_name", sa.String(), nullable=False),
        sa.Column("attached_at", sa.String(), nullable=False),
        sa.Column("detached_at", sa.String(), nullable=True),
        sa.Column("detach_reason", sa.String(), nullable=False),
    )
    op.create_index("ix_expense_receipt_expense_id", "expense_receipt", ["expense_id"])
    op.create_index("ix_expense_receipt_sha256", "expense_receipt", ["sha256"])
    op.create_table(
        "expense_revision",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("expense_id", sa.Integer(), sa.ForeignKey("expense.id"), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("changes", sa.String(), nullable=False),
        sa.Column("snapshot", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.UniqueConstraint("expense_id", "number", name="uq_expense_revision_number"),
    )
    op.create_table(
        "expense_account",
        sa.Column("name", sa.String(), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "expense_export_mapping",
        sa.Column("product", sa.String(), primary_key=True),
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.String(), nullable=False),
    )
    op.create_table(
        "expense_saved_search",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False, unique=True),
        sa.Column("query", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    accounts = sa.table(
        "expense_account", sa.column("name", sa.String), sa.column("position", sa.Integer), sa.column("active", sa.Boolean)
    )
    op.bulk_insert(accounts, [{"name": n, "position": i, "active": True} for i, n in enumerate(SEED_ACCOUNTS)])


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_expense_receipt_sha256", "expense_receipt")
    op.drop_index("ix_expense_receipt_expense_id", "expense_receipt")
    for index in ("ix_expense_live_date", "ix_expense_amount", "ix_expense_payee_key", "ix_expense_date"):
        op.drop_index(index, "expense")
    for table in (
        "expense_saved_search", "expense_export_mapping", "expense_account", "expense_revision",
        "expense_receipt", "expense",
    ):
        op.drop_table(table)
