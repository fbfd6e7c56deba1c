"""Debits become expense drafts with suggestions; transfers, card settlements and the secretary do not."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Callable

from tests.bank.conftest import ACCOUNT
from tests.bank.files import csv_bytes, zengin_statement
from ushiro_desk.domain.bank.debits import DebitKind, Known, classify
from ushiro_desk.domain.expenses.rules import ExpenseInput
from ushiro_desk.services.bank import accounts, debits, imports
from ushiro_desk.services.expenses import records
from ushiro_desk.services.store import Store

TODAY = date(2026, 11, 30)


def test_classify_uses_rules_then_history() -> None:
    common = dict(is_card_line=False, own_names=["ド)ゴトウデザイン"], card_names=["楽天カード"], outsourcers=["株式会社ミドリ"])
    rule = debits.DebitRule("ｱﾏｿﾞﾝ", DebitKind.EXPENSE, "Amazon", "消耗品費", "standard_10")
    found = classify("ﾃﾞﾋﾞﾂﾄ ｱﾏｿﾞﾝ ｼﾞﾔﾊﾟﾝ", rules=[rule], history=[], **common)  # type: ignore[arg-type]
    assert (found.kind, found.account, found.because) == (DebitKind.EXPENSE, "消耗品費", "rule")
    history = [Known("エヌ・ティ・ティ・ドコモ", "通信費", "standard_10")]
    found = classify("ｺｳﾌﾘ ｴﾇﾃｲﾃｲﾄﾞｺﾓ", rules=[], history=history, **common)  # type: ignore[arg-type]
    assert (found.payee, found.account, found.because) == ("エヌ・ティ・ティ・ドコモ", "通信費", "history")
    assert classify("ﾗｸﾃﾝｶ-ﾄﾞｻ-ﾋﾞｽ", rules=[], history=[], **common).kind is DebitKind.CARD  # type: ignore[arg-type]
    assert classify("ﾌﾘｺﾐ ﾄﾞ)ｺﾞﾄｳﾃﾞｻﾞｲﾝ", rules=[], history=[], **common).kind is DebitKind.TRANSFER  # type: ignore[arg-type]
    assert classify("ﾌﾘｺﾐ ｶ)ﾐﾄﾞﾘ", rules=[], history=[], **common).kind is DebitKind.OUTSOURCER  # type: ignore[arg-type]
    found = classify("ｶﾌｴ ﾄﾞﾄ-ﾙ", rules=[], history=[], **common)  # type: ignore[arg-type]
    assert (found.kind, found.account, found.because) == (DebitKind.EXPENSE, "", "none")


def test_import_turns_debits_into_linked_drafts(owner: Store, write: Callable[[str, bytes], Path]) -> None:
    records.create(owner, ExpenseInput(date=date(2026, 10, 5), payee="エヌ・ティ・ティ・ドコモ", amount=5_500,
                                       account="通信費"), today=TODAY)
    debits.add_rule(owner, "ｱﾏｿﾞﾝ", DebitKind.EXPENSE, payee="Amazon", account="消耗品費", tax_category="standard_10")
    accounts.add_card(owner, "楽天カード")
    data = zengin_statement([
        (date(2026, 11, 4), -1_980, "", "ﾃﾞﾋﾞﾂﾄ ｱﾏｿﾞﾝ"),
        (date(2026, 11, 5), -5_500, "", "ｺｳﾌﾘ ｴﾇﾃｲﾃｲﾄﾞｺﾓ"),
        (date(2026, 11, 27), -48_000, "", "ﾗｸﾃﾝｶ-ﾄﾞｻ-ﾋﾞｽ"),
    ])
    result, _ = imports.apply(owner, write("m.txt", data), ACCOUNT, today=TODAY)
    assert (result.drafts, result.transfers) == (2, 1)
    card = csv_bytes([["利用日", "利用店名・商品名", "利用者", "支払方法", "利用金額", "支払月"],
                      ["2026/11/03", "ｽﾀ-ﾊﾞﾂｸｽ", "本人", "1回払い", "680", "12月"]])
    result, _ = imports.apply(owner, write("card.csv", card), "楽天カード", today=TODAY)
    assert (result.drafts, result.transfers) == (1, 0)
    conn = sqlite3.connect(owner.paths.database)
    rows = conn.execute(
        """SELECT e.payee, e.amount, e.account, e.payment_method, e.is_draft, l.state FROM statement_line l
           JOIN expense e ON e.id = l.expense_id ORDER BY l.day""").fetchall()
    assert rows == [
        ("スターバツクス", 680, "", "card", 1, "expense"),
        ("Amazon", 1_980, "消耗品費", "bank", 1, "expense"),
        ("エヌ・ティ・ティ・ドコモ", 5_500, "通信費", "bank", 1, "expense"),
    ]
    assert conn.execute("SELECT state, note FROM statement_line WHERE withdrawal = 48000").fetchone() == ("transfer", "card")
    assert debits.statement_drafts_without_receipt(owner) == 3
    again, _ = imports.apply(owner, write("m2.txt", data), ACCOUNT, today=TODAY)
    assert (again.added, again.drafts) == (0, 0)  # nothing twice
