"""The owner's expense settings: the list of 勘定科目 and the export mappings per accounting product."""

from __future__ import annotations

from ushiro_desk.domain.expenses.mapping import DEFAULTS, PRODUCTS, ExportMapping
from ushiro_desk.domain.problems import InvalidInput, Problem, error
from ushiro_desk.services.changes import EXPENSES, Changes
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit, expenses_repo


def save_accounts(store: Store, names: list[str]) -> Changes:
    """Make `names` the account list, in order. Accounts left out become inactive (old expenses keep them)."""
    cleaned = [" ".join(n.split()) for n in names]
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, name in enumerate(cleaned):
        if not name:
            problems.append(error(f"accounts[{index}]", "required"))
        elif name in seen:
            problems.append(error(f"accounts[{index}]", "expense.account.repeated", name=name))
        seen.add(name)
    if not cleaned:
        problems.append(error("accounts", "required"))
    if problems:
        raise InvalidInput(problems)
    with store.db.transaction() as conn:
        expenses_repo.save_accounts(conn, cleaned)
        audit.record(conn, "save", "expense_account", "*", {"count": len(cleaned)})
    return Changes.of(EXPENSES)


def mapping(store: Store, product: str) -> ExportMapping:
    with store.db.snapshot() as conn:
        return ExportMapping(product, expenses_repo.mapping(conn, product))


def save_mapping(store: Store, product: str, values: dict[str, str]) -> Changes:
    """Keep only the entries that differ from the product's defaults (so a later default fix applies)."""
    if product not in PRODUCTS:
        raise InvalidInput([error("product", "export.format")])
    defaults = DEFAULTS[product]
    overrides: dict[str, str] = {}
    for key, value in values.items():
        value = value.strip()
        if key.startswith("account."):
            if value and value != key[len("account.") :]:
                overrides[key] = value
        elif key.startswith("credit."):
            if value:  # empty: the account that fits the company's legal form
                overrides[key] = value
        elif key in defaults and value != defaults[key]:
            overrides[key] = value
    with store.db.transaction() as conn:
        expenses_repo.save_mapping(conn, product, overrides)
        audit.record(conn, "save", "expense_export_mapping", product, {"entries": len(overrides)})
    return Changes.of(EXPENSES)
