"""Receipts: stored once by SHA-256, duplicates named, bad files refused with nothing saved, the inbox."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

import pytest

from ushiro_desk.domain.expenses.search import ExpenseQuery, Scope
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services import expenses
from ushiro_desk.services.expenses.receipts import guess_from_name
from ushiro_desk.services.store import Store
from tests.expenses.conftest import TODAY, form


def codes(exc: pytest.ExceptionInfo[InvalidInput]) -> list[str]:
    return [p.code for p in exc.value.problems]


def test_receipts_are_stored_once_by_sha256_and_listed(store: Store, record, receipt_file) -> None:  # type: ignore[no-untyped-def]
    expense_id = record()
    png, pdf = receipt_file("レシート.png"), receipt_file("invoice.pdf")
    expenses.attach_receipts(store, expense_id, [png, pdf])
    found = expenses.receipts(store, expense_id)
    assert [(r.original_name, r.media_type) for r in found] == [("レシート.png", "image/png"), ("invoice.pdf", "application/pdf")]
    for receipt, source in zip(found, (png, pdf)):
        stored = expenses.receipt_path(store, receipt.sha256)
        assert receipt.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
        assert stored.read_bytes() == source.read_bytes() and stored.is_relative_to(store.paths.files)
    assert [r.action for r in expenses.history(store, expense_id)][-2:] == ["receipt_attached", "receipt_attached"]


def test_a_duplicate_receipt_names_the_expense_that_has_it(store: Store, record, receipt_file) -> None:  # type: ignore[no-untyped-def]
    first = record(payee="スターバックス", amount="650")
    second = record(payee="ドトール", amount="420")
    expenses.attach_receipts(store, first, [receipt_file("a.png")])
    copy = receipt_file("copy-of-a.png", receipt_file("a.png").read_bytes())
    with pytest.raises(InvalidInput) as refused:
        expenses.attach_receipts(store, second, [receipt_file("b.png"), copy])
    (problem,) = refused.value.problems
    assert problem.code == "receipt.duplicate"
    assert problem.params["expense_id"] == first and problem.params["payee"] == "スターバックス"
    assert expenses.receipts(store, second) == []  # b.png was fine, but nothing is saved half-way


@pytest.mark.parametrize(
    "name, data, code",
    [
        ("empty.pdf", b"", "receipt.empty"),
        ("notes.txt", b"just some text", "receipt.type"),
        ("fake.pdf", b"<html>not a pdf</html>", "receipt.type"),
        ("bell\x07.png", None, "receipt.name"),
    ],
)
def test_bad_files_are_refused_with_a_reason(store: Store, record, receipt_file, name, data, code) -> None:  # type: ignore[no-untyped-def]
    expense_id = record()
    with pytest.raises(InvalidInput) as refused:
        expenses.attach_receipts(store, expense_id, [receipt_file(name, data)])
    assert code in codes(refused)
    assert refused.value.problems[0].field == "receipts"
    assert expenses.receipts(store, expense_id) == []
    assert not any(p.is_file() for p in store.paths.files.rglob("*"))


def test_a_file_over_50_mb_is_refused(store: Store, record, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    expense_id = record()
    big = tmp_path / "scan.pdf"
    with big.open("wb") as fh:
        fh.write(b"%PDF-1.4\n")
        fh.truncate(50 * 1024 * 1024 + 1)  # sparse: costs no disk
    with pytest.raises(InvalidInput) as refused:
        expenses.attach_receipts(store, expense_id, [big])
    assert codes(refused) == ["receipt.too_large"]


@pytest.mark.skipif(os.name != "posix", reason="undecodable names exist on POSIX file systems")
def test_a_name_that_is_not_text_is_refused(store: Store, record, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    expense_id = record()
    raw = os.path.join(os.fsencode(tmp_path), b"bad\xffname.png")
    try:
        with open(raw, "wb") as fh:
            fh.write(b"\x89PNG\r\n\x1a\n" + b"0" * 20)
    except OSError:
        pytest.skip("the file system refuses undecodable names itself")
    with pytest.raises(InvalidInput) as refused:
        expenses.attach_receipts(store, expense_id, [Path(os.fsdecode(raw))])
    assert codes(refused) == ["receipt.name"]


def test_detached_receipts_stay_in_the_history_and_come_back(store: Store, record, receipt_file) -> None:  # type: ignore[no-untyped-def]
    expense_id = record()
    expenses.attach_receipts(store, expense_id, [receipt_file("wrong.png")])
    (receipt,) = expenses.receipts(store, expense_id)
    expenses.detach_receipt(store, receipt.id, "別の経費の領収書")
    assert expenses.receipts(store, expense_id) == []
    (kept,) = expenses.receipts(store, expense_id, detached=True)
    assert kept.detach_reason == "別の経費の領収書" and store.files.exists(kept.sha256)
    other = record(payee="別の店")
    expenses.attach_receipts(store, other, [expenses.receipt_path(store, kept.sha256)])  # now free to use
    with pytest.raises(InvalidInput):
        expenses.restore_receipt(store, receipt.id)  # but then it is another expense's receipt
    assert expenses.search(store, ExpenseQuery(missing_receipt=True)) == [expense_id]


def test_the_inbox_makes_one_draft_per_file_and_reports_the_rest(store: Store, record, receipt_file) -> None:  # type: ignore[no-untyped-def]
    taken = record()
    expenses.attach_receipts(store, taken, [receipt_file("old.png")])
    files = [
        receipt_file("20261002_アマゾン_1980.pdf"),
        receipt_file("IMG_0001.png"),
        receipt_file("again.png", receipt_file("old.png").read_bytes()),
        receipt_file("memo.txt", b"hello"),
    ]
    result, changes = expenses.import_to_inbox(store, files, today=TODAY)
    assert changes and len(result.created) == 2
    assert sorted(p.code for p in result.rejected) == ["receipt.duplicate", "receipt.type"]
    drafts = expenses.get_many(store, result.created)
    assert (drafts[0].date, drafts[0].payee, drafts[0].amount) == (date(2026, 10, 2), "アマゾン", 1980)
    assert (drafts[1].date, drafts[1].payee, drafts[1].amount) == (TODAY, "", 0)
    assert all(d.is_draft for d in drafts)
    assert sorted(expenses.search(store, ExpenseQuery(scope=Scope.DRAFTS))) == sorted(result.created)
    assert expenses.draft_count(store) == 2

    expenses.update(store, result.created[0], form(date=date(2026, 10, 2), payee="アマゾン", amount="1980",
                                                   account="消耗品費"), today=TODAY)
    assert expenses.draft_count(store) == 1
    assert expenses.history(store, result.created[0])[-1].action == "completed"
    assert result.created[0] in expenses.search(store, ExpenseQuery(amount_min=1900, amount_max=2000))


def test_file_names_hint_at_date_payee_and_amount() -> None:
    assert guess_from_name("2025-03-14_ヨドバシカメラ_12,800円.jpg", TODAY).amount == "12800"
    assert guess_from_name("20991231_未来.pdf", TODAY).date == TODAY  # a future date is not believed
    assert guess_from_name("scan.pdf", TODAY).payee == ""


def test_a_new_expense_and_its_receipts_are_saved_together_or_not_at_all(store: Store, receipt_file) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput) as refused:
        expenses.create(store, form(amount="abc"), receipts=[receipt_file("ok.png"), receipt_file("x.txt", b"text")],
                        today=TODAY)
    assert {(p.field, p.code) for p in refused.value.problems} == {("amount", "expense.amount.number"),
                                                                   ("receipts", "receipt.type")}
    assert expenses.search(store, ExpenseQuery(scope=Scope.ALL)) == []
    expense_id, _, _ = expenses.create(store, form(), receipts=[receipt_file("ok.png")], today=TODAY)
    assert [r.original_name for r in expenses.receipts(store, expense_id)] == ["ok.png"]
    assert [r.action for r in expenses.history(store, expense_id)] == ["created", "receipt_attached"]
