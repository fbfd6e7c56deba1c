"""真実性: edits make revisions, deletes are soft with a reason, deleted expenses come back, and the
database itself refuses to delete expenses, receipt links or history."""

from __future__ import annotations

import sqlite3

import pytest

from ushiro_desk.domain.expenses.search import ExpenseQuery, Scope
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services import expenses
from ushiro_desk.services.store import Store
from tests.expenses.conftest import TODAY, form


def test_edit_then_delete_then_restore_tells_the_whole_story(store: Store, record) -> None:  # type: ignore[no-untyped-def]
    expense_id = record()
    expenses.update(store, expense_id, form(amount="1,500", memo="打合せ 往復 (追加)"), today=TODAY)
    with pytest.raises(InvalidInput) as refused:
        expenses.delete(store, expense_id, "  ")
    assert refused.value.problems[0].field == "reason"
    expenses.delete(store, expense_id, "二重登録")
    assert expenses.search(store, ExpenseQuery()) == []
    assert expenses.search(store, ExpenseQuery(scope=Scope.DELETED)) == [expense_id]
    expenses.restore(store, expense_id)

    story = expenses.history(store, expense_id)
    assert [r.action for r in story] == ["created", "edited", "deleted", "restored"]
    assert [r.number for r in story] == [1, 2, 3, 4]
    assert story[0].snapshot["amount"] == 1280
    assert story[1].changes == {"amount": [1280, 1500], "memo": ["打合せ 往復", "打合せ 往復 (追加)"]}
    assert story[2].reason == "二重登録"
    assert all(r.at for r in story)
    assert expenses.get(store, expense_id).amount == 1500
    assert expenses.search(store, ExpenseQuery()) == [expense_id]


def test_saving_unchanged_makes_no_revision(store: Store, record) -> None:  # type: ignore[no-untyped-def]
    expense_id = record()
    changes, _ = expenses.update(store, expense_id, form(), today=TODAY)
    assert not changes
    assert len(expenses.history(store, expense_id)) == 1


def test_a_bad_edit_saves_nothing(store: Store, record) -> None:  # type: ignore[no-untyped-def]
    expense_id = record()
    with pytest.raises(InvalidInput) as refused:
        expenses.update(store, expense_id, form(amount="-1", payee=""), today=TODAY)
    assert {p.field for p in refused.value.problems} == {"amount", "payee"}
    assert expenses.get(store, expense_id).amount == 1280
    assert len(expenses.history(store, expense_id)) == 1


def test_a_deleted_expense_cannot_be_edited_until_restored(store: Store, record) -> None:  # type: ignore[no-untyped-def]
    expense_id = record()
    expenses.delete(store, expense_id, "誤入力")
    with pytest.raises(InvalidInput) as refused:
        expenses.update(store, expense_id, form(amount="9"), today=TODAY)
    assert refused.value.problems[0].code == "expense.deleted"


def test_an_edit_over_a_newer_version_is_refused(store: Store, record) -> None:  # type: ignore[no-untyped-def]
    expense_id = record()
    version = expenses.get(store, expense_id).version
    expenses.update(store, expense_id, form(amount="2000"), expected_version=version, today=TODAY)
    with pytest.raises(InvalidInput) as refused:
        expenses.update(store, expense_id, form(amount="3000"), expected_version=version, today=TODAY)
    assert refused.value.problems[0].code == "expense.changed_elsewhere"


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM expense",
        "DELETE FROM expense_revision",
        "UPDATE expense_revision SET changes = '{}'",
        "DELETE FROM expense_receipt",
        "UPDATE expense_receipt SET expense_id = expense_id + 1",
    ],
)
def test_the_database_refuses_to_remove_records_or_history(store: Store, record, receipt_file, statement: str) -> None:  # type: ignore[no-untyped-def]
    expense_id = record()
    expenses.update(store, expense_id, form(amount="99"), today=TODAY)
    expenses.attach_receipts(store, expense_id, [receipt_file("r.png")])
    conn = sqlite3.connect(store.paths.database)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="never|cannot"):
            conn.execute(statement)
    finally:
        conn.close()
    assert expenses.get(store, expense_id).amount == 99
    assert len(expenses.history(store, expense_id)) == 3
    assert len(expenses.receipts(store, expense_id)) == 1


def test_every_change_is_in_the_audit_trail(store: Store, record) -> None:  # type: ignore[no-untyped-def]
    expense_id = record()
    expenses.delete(store, expense_id, "テスト")
    with store.db.snapshot() as conn:
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_log WHERE entity = 'expense' ORDER BY id")]
    assert actions == ["create", "delete"]
