"""Expenses and receipts: recording with history, receipts, search, exports (use cases; no Qt).

    from ushiro_desk.services import expenses
    expense_id, changes, warnings = expenses.create(store, form)
    ids = expenses.search(store, ExpenseQuery(date_from=..., payee="amazon"))
"""

from ushiro_desk.services.expenses.receipts import (
    InboxResult,
    attach_receipts,
    check_receipt_path,
    detach_receipt,
    import_to_inbox,
    receipt_path,
    receipts,
    restore_receipt,
)
from ushiro_desk.services.expenses.records import (
    accounts,
    check,
    create,
    delete,
    get,
    history,
    restore,
    update,
)
from ushiro_desk.services.expenses.search import (
    draft_count,
    forget_search,
    get_many,
    list_rows,
    missing_receipt_count,
    month_totals,
    payees,
    save_search,
    saved_searches,
    search,
    totals,
)

__all__ = [
    "InboxResult",
    "accounts",
    "attach_receipts",
    "check",
    "check_receipt_path",
    "create",
    "delete",
    "detach_receipt",
    "draft_count",
    "forget_search",
    "get",
    "get_many",
    "history",
    "import_to_inbox",
    "list_rows",
    "missing_receipt_count",
    "month_totals",
    "payees",
    "receipt_path",
    "receipts",
    "restore",
    "restore_receipt",
    "save_search",
    "saved_searches",
    "search",
    "totals",
    "update",
]
