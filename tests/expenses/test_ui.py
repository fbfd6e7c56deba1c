"""The Expenses page driven with qtbot: the inbox, completing a draft, searching by amount range, field
errors, history, the table model over ids."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from ushiro_desk.domain.expenses.search import ExpenseQuery, Scope
from ushiro_desk.services import expenses
from ushiro_desk.services.expenses.sample_files import receipt_pdf, receipt_png
from ushiro_desk.ui.expenses.model import PAGE, ExpenseTableModel
from ushiro_desk.ui.expenses.page import ExpensesPage


@pytest.fixture
def page(qtbot, ui_ctx):  # type: ignore[no-untyped-def]
    widget = ExpensesPage(ui_ctx)
    qtbot.addWidget(widget)
    widget.setMinimumSize(1300, 800)  # a top-level whose layout changes its minimum upsets the offscreen platform
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def drop_files(widget, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)  # what Qt calls when files are dropped on it


def test_drop_two_receipts_complete_one_and_find_it_by_amount(page, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = [tmp_path / "20261115_東急ハンズ_2310.png", tmp_path / "scan_0420.pdf"]
    files[0].write_bytes(receipt_png("hands", seed=77))
    files[1].write_bytes(receipt_pdf(["RECEIPT", "Kinokuniya", "JPY 3,456"]))
    before = page.inbox.count()
    page.tabs.setCurrentWidget(page.inbox)
    drop_files(page.inbox.drop_zone, files)
    assert page.inbox.count() == before + 2
    assert page.badge() == before + 2

    scan = next(i for i in page.inbox.model.ids() if page.inbox.model.row_data(page.inbox.model.row_of(i)).payee == "")
    page.inbox.table.selectRow(page.inbox.model.row_of(scan))
    editor = page.editor
    assert editor.expense_id == scan and editor.receipt_count() == 1 and editor.draft_button.isVisible()
    editor.payee.setText("紀伊國屋書店")
    editor.amount.setText("3,456")
    editor.account.setCurrentIndex(editor.account.findText("新聞図書費"))
    editor.tnumber.setText("T1011101012345")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.message.text() == "Saved."
    assert page.inbox.count() == before + 1

    page.tabs.setCurrentIndex(0)
    page.search_bar.amount_min.setText("3400")
    page.search_bar.amount_max.setText("3500")
    page.search_bar.payee.setText("紀伊國屋")
    page.search_bar.run()
    assert page.model.ids() == [scan]
    assert "1 expenses — total ¥3,456" in page.totals.text()


def test_bad_input_shows_at_the_field_and_saves_nothing(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    count = len(expenses.search(page.ctx.store, ExpenseQuery(scope=Scope.ALL)))
    page.new_expense()
    editor = page.editor
    editor.payee.setText("テスト商店")
    editor.amount.setText("-500")
    editor.date.setDate(editor.date.date().addYears(3))
    assert not editor.save()
    assert editor.errors.label("amount").isVisibleTo(editor)
    assert "negative" in editor.errors.label("amount").text()
    assert "future" in editor.errors.label("date").text()
    assert "required" in editor.errors.label("account").text()
    assert len(expenses.search(page.ctx.store, ExpenseQuery(scope=Scope.ALL))) == count


def test_a_bad_receipt_is_refused_at_the_receipts_field(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.table.selectRow(0)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    text = tmp_path / "note.txt"
    text.write_text("not a receipt")
    before = page.editor.receipt_count()
    drop_files(page.editor, [empty, text])
    label = page.editor.errors.label("receipts")
    assert "empty.pdf is empty" in label.text() and "note.txt is not a PDF" in label.text()
    assert page.editor.receipt_count() == before


def test_a_duplicate_receipt_names_the_expense(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.table.selectRow(0)
    first = page.editor.expense_id
    receipt = expenses.receipts(page.ctx.store, first)[0]
    copy = tmp_path / "copy.png"
    copy.write_bytes(expenses.receipt_path(page.ctx.store, receipt.sha256).read_bytes())
    page.table.selectRow(1)
    assert not page.editor.attach_files([copy])
    assert f"expense #{first}" in page.editor.errors.label("receipts").text()


def test_a_search_field_with_a_bad_value_says_so(page) -> None:  # type: ignore[no-untyped-def]
    page.search_bar.amount_min.setText("abc")
    page.search_bar.date_from.setText("2026-02-30")
    assert page.search_bar.run() is None
    assert page.search_bar.errors.label("amount_min").isVisibleTo(page.search_bar)
    assert page.search_bar.errors.label("date_from").isVisibleTo(page.search_bar)


def test_saved_search_returns(page) -> None:  # type: ignore[no-untyped-def]
    page.search_bar.payee.setText("東京メトロ")
    page.search_bar.run()
    metro = list(page.model.ids())
    assert page.search_bar.save_current("メトロ")
    page.search_bar.clear()
    assert len(page.model.ids()) > len(metro)
    page.search_bar.saved.setCurrentIndex(page.search_bar.saved.findText("メトロ"))
    page.search_bar.saved.activated.emit(page.search_bar.saved.currentIndex())
    assert page.model.ids() == metro


def test_delete_then_restore_from_history(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.table.selectRow(2)
    expense_id = page.editor.expense_id
    page.editor.amount.setText("99,999")
    assert page.editor.save()
    assert page.delete_selected("間違えて登録")
    assert expense_id not in page.model.ids()
    page.table.clearSelection()
    dialog = page.show_history()
    qtbot.addWidget(dialog)
    row = dialog.deleted.row_of(expense_id)
    assert row >= 0
    dialog.deleted_view.selectRow(row)
    dialog.show_expense(expense_id)
    assert dialog.actions() == ["Created", "Edited", "Deleted"]
    assert dialog.restore(expense_id)
    assert dialog.actions() == ["Created", "Edited", "Deleted", "Restored"]
    assert expense_id in page.model.ids()


def test_the_model_reads_only_the_pages_it_shows(qtbot, qtmodeltester, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    asked: list[int] = []

    def fetch(ids):  # type: ignore[no-untyped-def]
        asked.append(len(ids))
        return expenses.list_rows(ui_ctx.store, ids)

    model = ExpenseTableModel(fetch)
    ids = expenses.search(ui_ctx.store, ExpenseQuery())
    model.set_ids(ids)
    qtmodeltester.check(model)
    asked.clear()
    model.refresh()
    model.data(model.index(0, 1))
    model.data(model.index(PAGE - 1, 2))
    assert asked == [PAGE]
    model.data(model.index(len(ids) - 1, 0))
    assert len(asked) == 2


def test_export_runs_in_the_background_and_lists_unencodable_lines(page, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = page.show_export()
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("yayoi"))
    dialog.date_from.setText("2026-11-01")
    dialog.out.setText(str(tmp_path / "yayoi.csv"))
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    assert (tmp_path / "yayoi.csv").read_bytes().decode("cp932").startswith("2000,")
    assert "Exported" in dialog.message.text()

    page.table.selectRow(0)
    page.editor.payee.setText("𠮷野家")
    assert page.editor.save()
    dialog.result = None
    dialog.out.setText(str(tmp_path / "again.csv"))
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.problems.isVisibleTo(dialog), timeout=10_000)
    assert "cannot be written in Shift_JIS" in dialog.problems.toPlainText() and "𠮷" in dialog.problems.toPlainText()
    assert not (tmp_path / "again.csv").exists()
    dialog.date_from.setText("2026-99-01")
    assert not dialog.start()
    assert dialog.errors.label("date_from").isVisibleTo(dialog)
