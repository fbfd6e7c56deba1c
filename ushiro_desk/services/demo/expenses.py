"""Sample expenses: a realistic year (or `years`) of a design and consulting 合同会社's expenses, most with
a small generated receipt, a few without, one corrected (a revision), one deleted as a duplicate and two
receipts waiting in the inbox."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from dataclasses import replace
from pathlib import Path

from ushiro_desk.domain.expenses.rules import ExpenseInput, check_expense
from ushiro_desk.domain.expenses.search import ExpenseQuery
from ushiro_desk.services import expenses
from ushiro_desk.services.expenses import bulk
from ushiro_desk.services.expenses.sample_files import receipt_pdf, receipt_png
from ushiro_desk.services.expenses.samples import year_of_expenses
from ushiro_desk.services.store import Store

ORDER = 30


def fill(store: Store, ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    samples = year_of_expenses(ctx.rng, ctx.start, ctx.today - timedelta(days=1))
    checked = []
    for sample in samples:
        expense, problems = check_expense(sample.form, today=ctx.today)
        assert expense is not None, problems
        checked.append(expense)
    # The owner typed ¥800 too much for one purchase and corrected it later: one revision.
    typo_index = next(n for n, e in enumerate(checked) if e.account == "消耗品費" and e.amount >= 5_000)
    original = checked[typo_index]
    checked[typo_index] = replace(original, amount=original.amount + 800)
    receipts = [_receipt_bytes(s.receipt, e, n) for n, (s, e) in enumerate(zip(samples, checked))]
    ids = bulk.record_with_receipts(store, checked, receipts)
    ctx.shared["expense_ids"] = ids
    expenses.update(store, ids[typo_index], ExpenseInput.of(original), today=ctx.today)
    # The same train ticket recorded twice: the second one is deleted with a reason.
    twice = next(e for e in checked if e.payee == "JR東日本")
    duplicate, _, _ = expenses.create(store, ExpenseInput.of(twice), today=ctx.today)
    expenses.delete(store, duplicate, "二重登録(同じ乗車券を2回入力)")

    # Two receipts dropped into the inbox this week, not yet completed.
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for n, (name, data) in enumerate(
            (
                (f"{ctx.today - timedelta(days=2):%Y%m%d}_ヨドバシカメラ_5480.png", receipt_png("Yodobashi 5480", seed=900)),
                ("scan_0001.pdf", receipt_pdf(["RECEIPT", "Tokyu Hands", f"{ctx.today - timedelta(days=1)}", "JPY 2,310"])),
            )
        ):
            path = Path(tmp) / name
            path.write_bytes(data)
            files.append(path)
        inbox, _ = expenses.import_to_inbox(store, files, today=ctx.today)
    missing = expenses.totals(store, ExpenseQuery(missing_receipt=True))[0]
    return {"expenses": len(ids) + 1, "expense_receipts": sum(1 for r in receipts if r), "expense_drafts": len(inbox.created),
            "expenses_missing_receipt": missing}


def _receipt_bytes(kind: str, expense, n: int) -> tuple[str, bytes] | None:  # type: ignore[no-untyped-def]
    if not kind:
        return None
    text = f"{expense.date} {expense.amount} #{n}"
    if kind == "pdf":
        name = f"invoice_{expense.date:%Y%m}_{n}.pdf"
        return name, receipt_pdf(["INVOICE / RECEIPT", f"Date: {expense.date}", f"Amount: JPY {expense.amount:,}",
                                  f"No. {n:06d}"])
    return f"IMG_{n:05d}.png", receipt_png(text, seed=n)
