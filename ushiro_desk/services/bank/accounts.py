"""Statement accounts: the company profile's bank accounts (added as they appear) and credit cards."""

from __future__ import annotations

from ushiro_desk.domain.bank.model import AccountKind, StatementAccount
from ushiro_desk.domain.problems import InvalidInput, error
from ushiro_desk.services.changes import BANK, Changes
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit, bank_repo, company_repo


def account_name(bank_name: str, branch_name: str, number: str) -> str:
    """What `--account` takes for a bank account: bank, branch and number (unique, readable)."""
    return " ".join(x for x in (bank_name.strip(), branch_name.strip(), number.strip()) if x)


def sync_from_profile(store: Store) -> Changes:
    """Add every bank account of the company profile that has no statement account yet."""
    with store.db.transaction() as conn:
        profile = company_repo.load(conn)
        known = {(a.bank_name, a.account_number) for a in bank_repo.accounts(conn)}
        added = False
        for account in profile.bank_accounts if profile else ():
            if (account.bank_name, account.account_number) in known:
                continue
            name = account_name(account.bank_name, account.branch_name, account.account_number)
            if bank_repo.account_named(conn, name) is not None:
                continue
            new_id = bank_repo.add_account(conn, name, AccountKind.BANK, account.bank_name, account.branch_name,
                                           account.account_number)
            audit.record(conn, "create", "statement_account", new_id, {"name": name})
            added = True
    return Changes.of(BANK) if added else Changes()


def accounts(store: Store) -> list[StatementAccount]:
    if store.writable:
        sync_from_profile(store)
    with store.db.snapshot() as conn:
        return bank_repo.accounts(conn)


def add_card(store: Store, name: str) -> tuple[int, Changes]:
    """A credit card whose statements the owner imports."""
    name = name.strip()
    if not name:
        raise InvalidInput([error("name", "required")])
    with store.db.transaction() as conn:
        if bank_repo.account_named(conn, name) is not None:
            raise InvalidInput([error("name", "account.exists", name=name)])
        new_id = bank_repo.add_account(conn, name, AccountKind.CARD)
        audit.record(conn, "create", "statement_account", new_id, {"name": name, "kind": "card"})
    return new_id, Changes.of(BANK)


def find(store: Store, name: str) -> StatementAccount:
    for account in accounts(store):
        if account.name == name:
            return account
    raise InvalidInput([error("account", "account.unknown", name=name)])
