"""The sample data: a realistic book with receipts, a few missing, one revision, one deleted expense and
inbox drafts; it exports cleanly; the bulk generator makes many expenses in one go."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ushiro_desk.domain.expenses.search import ExpenseQuery, Scope
from ushiro_desk.services import expenses
from ushiro_desk.services.expenses import bulk, exports
from ushiro_desk.services.store import Store


def test_sample_book_has_receipts_history_and_drafts(demo_store: Store) -> None:
    recorded = expenses.search(demo_store, ExpenseQuery())
    assert len(recorded) > 300
    missing = expenses.missing_receipt_count(demo_store)
    assert 0 < missing < len(recorded) * 0.05
    (deleted,) = expenses.search(demo_store, ExpenseQuery(scope=Scope.DELETED))
    assert expenses.get(demo_store, deleted).delete_reason.startswith("二重登録")
    assert expenses.draft_count(demo_store) == 2
    edited = [i for i in recorded[:: max(1, len(recorded) // 400)] + recorded if
              any(r.action == "edited" for r in expenses.history(demo_store, i))][:1]
    assert edited, "one expense was corrected"
    accounts = {row.account for row in expenses.list_rows(demo_store, recorded).values()}
    assert {"通信費", "旅費交通費", "会議費", "接待交際費", "新聞図書費", "支払手数料", "地代家賃", "外注費"} <= accounts
    receipt = expenses.receipts(demo_store, recorded[0])[0]
    assert demo_store.files.verify(receipt.sha256) and receipt.size < 2_000


def test_the_sample_book_exports_to_every_format(demo_store: Store, tmp_path: Path) -> None:
    for fmt in ("yayoi", "freee", "mf", "csv"):
        result = exports.export(demo_store, fmt, tmp_path / f"{fmt}.csv", date_from=date(2026, 4, 1))
        assert result.expenses > 0
    result = exports.export(demo_store, "audit", tmp_path / "audit", date_from=date(2026, 10, 1), date_to=date(2026, 10, 31))
    assert result.lines > 10


def test_bulk_generation_records_many_expenses_with_their_first_revision(store: Store) -> None:
    made = bulk.generate(store, 2_500, end=date(2026, 11, 20), batch=1_000)
    assert made == 2_500
    ids = expenses.search(store, ExpenseQuery())
    assert len(ids) == 2_500 and len(set(ids)) == 2_500
    assert [r.action for r in expenses.history(store, ids[0])] == ["created"]
