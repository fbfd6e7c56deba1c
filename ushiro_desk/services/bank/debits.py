"""Debits become expense inbox drafts linked to their line; transfers, card settlements and payments
to the secretary are recognised and kept out of the expenses."""

from __future__ import annotations

from collections import Counter
from datetime import date

from ushiro_desk.domain.bank.debits import DebitKind, DebitRule, Known, classify
from ushiro_desk.domain.bank.model import AccountKind, LineState
from ushiro_desk.domain.expenses.model import PaymentMethod, TaxCategory
from ushiro_desk.domain.expenses.rules import ExpenseInput
from ushiro_desk.domain.problems import InvalidInput, error
from ushiro_desk.services.changes import BANK, EXPENSES, Changes
from ushiro_desk.services.expenses import records
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit, bank_repo, company_repo, expenses_repo


def _history(conn) -> list[Known]:  # type: ignore[no-untyped-def]
    """Each confirmed payee with the account and tax category the owner used most for it."""
    counts: dict[str, Counter[tuple[str, str]]] = {}
    for row in conn.execute(
        "SELECT payee, account, tax_category FROM expense WHERE is_draft = 0 AND deleted_at IS NULL AND payee != ''"
    ):
        counts.setdefault(row[0], Counter())[(row[1], row[2])] += 1
    return [Known(payee, *c.most_common(1)[0][0]) for payee, c in counts.items()]


def _own(text: str, name: str) -> bool:
    from ushiro_desk.domain.bank.kana import payer_key

    key = payer_key(name)
    return len(key) >= 3 and key in payer_key(text)


def _already_recorded(conn, amount: int, day: date) -> int | None:  # type: ignore[no-untyped-def]
    """An expense of the same amount within three days of the debit that no line points to yet."""
    from datetime import timedelta

    row = conn.execute(
        """SELECT id FROM expense WHERE is_draft = 0 AND deleted_at IS NULL AND amount = ? AND date BETWEEN ? AND ?
               AND id NOT IN (SELECT expense_id FROM statement_line WHERE expense_id IS NOT NULL)
           ORDER BY abs(julianday(date) - julianday(?)), id LIMIT 1""",
        (amount, (day - timedelta(days=3)).isoformat(), (day + timedelta(days=3)).isoformat(), day.isoformat()),
    ).fetchone()
    return row[0] if row else None


def rules(store: Store) -> list[DebitRule]:
    with store.db.snapshot() as conn:
        return [DebitRule(r["contains"], DebitKind(r["kind"]), r["payee"], r["account"], r["tax_category"])
                for r in bank_repo.debit_rules(conn)]


def add_rule(store: Store, contains: str, kind: DebitKind, *, payee: str = "", account: str = "",
             tax_category: str = "") -> Changes:
    if not contains.strip():
        raise InvalidInput([error("contains", "required")])
    if tax_category and tax_category not in {c.value for c in TaxCategory}:
        raise InvalidInput([error("tax_category", "bank.tax_category")])
    with store.db.transaction() as conn:
        rule_id = bank_repo.add_debit_rule(conn, contains.strip(), kind.value, payee.strip(), account.strip(), tax_category)
        audit.record(conn, "create", "debit_rule", rule_id, {"contains": contains})
    return Changes.of(BANK)


def make_drafts(store: Store, line_ids: list[int] | None = None, *, today: date | None = None) -> tuple[int, int, Changes]:
    """Turn open debits (bank withdrawals, card charges) into expense drafts or recognised transfers;
    return (drafts made, transfers recognised, what changed)."""
    today = today or date.today()
    drafts = moved = 0
    with store.db.transaction() as conn:
        accounts = {a.id: a for a in bank_repo.accounts(conn)}
        profile = company_repo.load(conn)
        own = [a.account_holder for a in profile.bank_accounts] if profile else []
        own += [profile.name] if profile else []
        cards = [a.name for a in accounts.values() if a.kind is AccountKind.CARD]
        outsourcers = [r[0] for r in conn.execute("SELECT name FROM outsourcer WHERE archived_at IS NULL")]
        known_accounts = set(expenses_repo.accounts(conn, active_only=False))
        owner_rules = [DebitRule(r["contains"], DebitKind(r["kind"]), r["payee"], r["account"], r["tax_category"])
                       for r in bank_repo.debit_rules(conn)]
        history = _history(conn)
        open_lines = bank_repo.lines(conn, states=(LineState.OPEN,), ids=line_ids)
        moves: list[tuple[str, str, int | None, int]] = []  # written at once below
        for line in open_lines:  # money in from the owner's own other account is not a client's payment
            if line.deposit > 0 and any(_own(line.payer or line.description, name) for name in own):
                moves.append((LineState.TRANSFER.value, DebitKind.TRANSFER.value, None, line.id))
        pending = [x for x in open_lines if x.withdrawal > 0]
        for line in pending:
            is_card = accounts[line.account_id].kind is AccountKind.CARD
            found = classify(line.description, is_card_line=is_card, own_names=own, card_names=cards,
                             outsourcers=outsourcers, rules=owner_rules, history=history)
            if found.kind is not DebitKind.EXPENSE:
                moves.append((LineState.TRANSFER.value, found.kind.value, None, line.id))
                continue
            recorded = _already_recorded(conn, line.withdrawal, line.day)
            if recorded is not None:  # the owner typed this one in from the receipt already
                bank_repo.set_state(conn, line.id, LineState.EXPENSE, "recorded", recorded)
                continue
            category = TaxCategory(found.tax_category) if found.tax_category else TaxCategory.STANDARD
            form = ExpenseInput(
                date=line.day, payee=found.payee[:100], amount=line.withdrawal, tax_category=category,
                account=found.account if found.account in known_accounts else "",
                payment_method=PaymentMethod.CARD if is_card else PaymentMethod.BANK,
                memo=f"{accounts[line.account_id].name}: {line.description}"[:300], is_draft=True,
            )
            expense_id, _, _ = records.create(store, form, today=max(today, line.day))
            bank_repo.set_state(conn, line.id, LineState.EXPENSE, found.because, expense_id)
            drafts += 1
        bank_repo.set_states(conn, moves)
        moved = len(moves)
        if drafts or moved:
            audit.record(conn, "drafts", "statement_line", len(open_lines), {"drafts": drafts, "transfers": moved})
    return drafts, moved, (Changes.of(BANK, EXPENSES) if drafts or moved else Changes())


def statement_drafts_without_receipt(store: Store) -> int:
    """Drafts made from statement lines that still have no receipt (電帳法: keep the evidence)."""
    with store.db.snapshot() as conn:
        return conn.execute(
            """SELECT count(*) FROM statement_line l JOIN expense e ON e.id = l.expense_id
               WHERE e.deleted_at IS NULL AND NOT EXISTS (
                   SELECT 1 FROM expense_receipt r WHERE r.expense_id = e.id AND r.detached_at IS NULL)"""
        ).fetchone()[0]
