"""Forms that fit (issue 16 item 3): no widget cut by its window at the default size in Japanese and
English, yen fields typed as people type them, the file dialog in Japanese and back in the last folder,
no placeholder dates, and CLI refusals as sentences."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QScrollArea, QWidget

from tests.conftest import DEMO_TODAY

DEFAULT_SIZE = (1180, 760)


def clipped(window: QWidget) -> list[str]:
    """Visible widgets that stick out of `window`, and scroll areas whose content is cut at the right
    (no horizontal scroll bar, content wider than the view). What scrolls inside a view is not counted."""
    bounds = window.rect()
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.isWindow():
            continue
        if any(isinstance(p, QAbstractScrollArea) and p.viewport().isAncestorOf(widget) for p in _ancestors(widget, window)):
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not bounds.contains(rect):
            found.append(f"{type(widget).__name__}({widget.objectName()}) at {rect.getRect()} outside {bounds.getRect()}")
    for area in window.findChildren(QScrollArea):
        if not area.isVisibleTo(window) or area.widget() is None or area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            continue
        if area.widget().minimumSizeHint().width() > area.viewport().width():
            found.append(f"{type(area.widget()).__name__}({area.objectName()}) needs {area.widget().minimumSizeHint().width()} px, has {area.viewport().width()}")
    return found


def _ancestors(widget: QWidget, top: QWidget) -> list[QWidget]:
    out, parent = [], widget.parentWidget()
    while parent is not None and parent is not top:
        out.append(parent)
        parent = parent.parentWidget()
    return out


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    qtbot.wait(1)
    QApplication.processEvents()


@pytest.fixture(params=["ja", "en"])
def language(request, qapp, ui_ctx):  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.application import install_translators

    ui_ctx.prefs["language"] = request.param
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


@pytest.fixture
def window(qtbot, ui_ctx, language):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QThreadPool

    from ushiro_desk.ui.main_window import MainWindow

    main = MainWindow(ui_ctx)
    qtbot.addWidget(main)
    main.resize(*DEFAULT_SIZE)
    main.show()
    qtbot.waitExposed(main)
    yield main
    QThreadPool.globalInstance().waitForDone(30_000)


def test_every_page_fits_the_default_window(window, qtbot, language) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.pages import PAGES

    problems = {}
    for spec in PAGES:
        window.show_page(spec.key)
        settle(qtbot)
        if found := clipped(window):
            problems[spec.key] = found
    assert window.size().toTuple() == DEFAULT_SIZE
    assert not problems, f"{language}: {problems}"


def test_the_expense_form_with_a_receipt_fits(window, qtbot, language) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.services import expenses
    from ushiro_desk.ui.expenses.page import ExpensesPage

    window.show_page("expenses")
    page = window.findChild(ExpensesPage)
    row = next(r for r in range(page.model.rowCount()) if expenses.receipts(window.ctx.store, page.model.id_at(r)))
    page.table.selectRow(row)
    settle(qtbot)
    editor = page.editor
    assert editor.receipt_count() >= 1
    assert not clipped(window)
    # Attach… is in sight without scrolling: inside the window and not inside the form's scroll area.
    top_left = editor.attach_button.mapTo(window, QPoint(0, 0))
    assert window.rect().contains(QRect(top_left, editor.attach_button.size()))
    assert not any(isinstance(p, QScrollArea) for p in _ancestors(editor.attach_button, window))


def _dialogs(ctx):  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.bank.import_dialog import ImportDialog
    from ushiro_desk.ui.chores.editor import ChoreEditor
    from ushiro_desk.ui.chores.outsourcers import OutsourcerDialog
    from ushiro_desk.ui.chores.starter_dialog import StarterDialog
    from ushiro_desk.ui.expenses.export_dialog import ExportDialog
    from ushiro_desk.ui.expenses.history import HistoryDialog
    from ushiro_desk.ui.handoff.passwords import PasswordEntryDialog, PasswordShownDialog
    from ushiro_desk.ui.invoices.editor import DocumentEditor
    from ushiro_desk.ui.invoices.payments import PaymentDialog
    from ushiro_desk.ui.invoices.recurring import ProposalsDialog, TemplatesDialog

    yield "chore editor", lambda: ChoreEditor(ctx, None, DEMO_TODAY)
    yield "outsourcers", lambda: OutsourcerDialog(ctx)
    yield "starter chores", lambda: StarterDialog(ctx, "ja", DEMO_TODAY)
    yield "recurring proposals", lambda: ProposalsDialog(ctx, DEMO_TODAY)
    yield "recurring templates", lambda: TemplatesDialog(ctx)
    yield "bank import", lambda: ImportDialog(ctx, DEMO_TODAY)
    yield "expense export", lambda: ExportDialog(ctx)
    yield "expense history", lambda: HistoryDialog(ctx, None)
    yield "password shown", lambda: PasswordShownDialog("abcd-efgh-ijkl-mnop", "山田 太郎", True)
    yield "password entry", lambda: PasswordEntryDialog("Password for the packet", confirm=True)
    issued = _issued_invoice(ctx)
    if issued is not None:
        yield "payments", lambda: PaymentDialog(ctx, issued, DEMO_TODAY)
    draft = _draft(ctx)
    if draft is not None:
        yield "document editor", lambda: DocumentEditor(ctx, draft)


def _issued_invoice(ctx):  # type: ignore[no-untyped-def]
    from ushiro_desk.services.invoicing import queries

    rows = queries.list_documents(ctx.store)
    return next((r.id for r in rows if r.number and r.standing(DEMO_TODAY).balance > 0), None)


def _draft(ctx):  # type: ignore[no-untyped-def]
    from ushiro_desk.services.invoicing import documents, queries

    row = next((r for r in queries.list_documents(ctx.store) if not r.number), None)
    return documents.load_document(ctx.store, row.id) if row else None


def test_every_dialog_fits_its_default_size(qtbot, ui_ctx, language) -> None:  # type: ignore[no-untyped-def]
    problems = {}
    names = []
    for name, make in _dialogs(ui_ctx):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(qtbot)
        if found := clipped(dialog):
            problems[name] = found
        names.append(name)
        dialog.close()
    assert len(names) >= 10
    assert not problems, f"{language}: {problems}"


# -- yen fields --------------------------------------------------------------------------------------


def type_text(widget: QWidget, text: str) -> None:
    """Type as a Japanese keyboard does: each key press carries its character (１, ２…)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def test_a_yen_field_groups_thousands_while_typing_and_takes_full_width_digits(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.widgets.yen import YenEdit

    edit = YenEdit()
    qtbot.addWidget(edit)
    edit.show()
    type_text(edit, "１２３４")
    assert edit.text() == "1,234"
    type_text(edit, "５６７")
    assert edit.text() == "1,234,567"
    assert edit.cursorPosition() == len("1,234,567")
    assert edit.value() == 1_234_567
    edit.setCursorPosition(1)  # after the 1: deleting it keeps the separators right
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "234,567"
    edit.clear()
    type_text(edit, "12a")  # not a number: left as typed, for the form to name the mistake
    assert edit.text() == "12a"


def test_a_yen_spin_box_groups_while_typing(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.widgets.yen import YenSpinBox

    box = YenSpinBox(maximum=1_000_000, suffix=" / 時間")
    qtbot.addWidget(box)
    box.show()
    box.lineEdit().selectAll()
    type_text(box.lineEdit(), "５０００")
    assert box.lineEdit().text() == "¥5,000 / 時間"
    assert box.value() == 5000


def test_the_expense_amount_saves_what_was_typed_in_full_width(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.services import expenses
    from ushiro_desk.ui.expenses.editor import ExpenseEditor

    editor = ExpenseEditor(ui_ctx)
    qtbot.addWidget(editor)
    editor.show()
    editor.payee.setText("東京メトロ")
    type_text(editor.amount, "１２０００")
    assert editor.amount.text() == "12,000"
    editor.account.setCurrentIndex(editor.account.findText("旅費交通費"))
    editor.tnumber.setText("")
    editor.invoice_status.setCurrentIndex(editor.invoice_status.findData("none"))
    editor.save()
    assert editor.expense_id is not None, editor.message.text()
    assert expenses.get(ui_ctx.store, editor.expense_id).amount == 12_000


def test_payment_and_settings_use_the_shared_yen_field(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.bank.settings_tab import BankSettingsTab
    from ushiro_desk.ui.chores.outsourcers import OutsourcerDialog
    from ushiro_desk.ui.invoices.payments import yen_box
    from ushiro_desk.ui.widgets.yen import YenSpinBox

    assert isinstance(yen_box("amount"), YenSpinBox)
    dialog = OutsourcerDialog(ui_ctx)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.rate, YenSpinBox)
    tab = BankSettingsTab(ui_ctx)
    qtbot.addWidget(tab)
    assert isinstance(tab.fee_min, YenSpinBox) and isinstance(tab.fee_max, YenSpinBox)


# -- the file dialog ---------------------------------------------------------------------------------


def test_the_file_dialog_speaks_japanese_with_the_japanese_ui(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from ushiro_desk.ui.application import install_translators

    install_translators(qapp, "ja")
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
        assert QCoreApplication.translate("QFileDialog", "File &name:") != "File &name:"
    finally:
        install_translators(qapp, "en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"


def test_the_receipt_dialog_opens_in_the_folder_used_last_time(qtbot, ui_ctx, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from ushiro_desk.config import Preferences
    from ushiro_desk.ui.expenses.editor import ExpenseEditor

    folder = tmp_path / "scans"
    folder.mkdir()
    receipt = folder / "r.png"
    receipt.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    starts: list[str] = []

    def fake(parent, title, start, filters):  # type: ignore[no-untyped-def]
        starts.append(start)
        return [str(receipt)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake))
    editor = ExpenseEditor(ui_ctx)
    qtbot.addWidget(editor)
    editor.choose_files()
    editor.choose_files()
    assert starts[0] != str(folder)
    assert starts[1] == str(folder)
    assert Preferences(ui_ctx.prefs.path.parent)["last_folders"]["receipts"] == str(folder)  # kept in the settings


def test_a_chosen_receipt_shows_before_saving_and_view_opens_it(qtbot, ui_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QImage

    from ushiro_desk.ui.expenses.editor import ExpenseEditor

    image = QImage(60, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    path = tmp_path / "receipt.png"
    image.save(str(path))
    editor = ExpenseEditor(ui_ctx)
    qtbot.addWidget(editor)
    assert editor.attach_files([path])
    item = editor.receipts.item(0)
    assert not item.icon().isNull()  # a thumbnail, not just the name
    editor.receipts.setCurrentItem(None)
    viewer = editor.view_receipt()  # nothing selected: the first receipt opens
    assert viewer is not None and viewer.path == path
    viewer.close()


# -- no placeholder dates ----------------------------------------------------------------------------


def test_without_a_recipient_the_work_order_shows_no_date(qtbot, store, prefs) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.context import ChangeBus, UiContext
    from ushiro_desk.ui.handoff.bundle import BundleTab

    tab = BundleTab(UiContext(store=store, prefs=prefs, bus=ChangeBus()))
    qtbot.addWidget(tab)
    tab.show()
    for edit in (tab.commissioned_on, tab.delivery_date, tab.payment_date, tab.inspection_date):
        assert "2000" not in edit.text() and edit.text().strip() == ""
    assert not tab.order_box.isEnabled()


# -- CLI sentences -----------------------------------------------------------------------------------


def test_cli_problems_are_sentences_in_english_and_japanese() -> None:
    from ushiro_desk.cli.problem_texts import sentence
    from ushiro_desk.domain.problems import error

    problem = error("status.csv", "return.encoding")
    english = sentence(problem, {"LANG": "en_US.UTF-8"})
    japanese = sentence(problem, {"LANG": "ja_JP.UTF-8"})
    assert english.startswith("status.csv: ") and english.endswith(".") and "return.encoding" not in english
    assert "Shift_JIS" in japanese and japanese.endswith("。") and "return.encoding" not in japanese
    assert sentence(problem, {"LC_ALL": "ja_JP.UTF-8", "LANG": "C"}).endswith("。")
    numbered = sentence(error("amount", "expense.amount.too_large", line=3, limit=1_000_000), {"LANG": "ja_JP.UTF-8"})
    assert numbered == "3行目: amount: 金額が1,000,000円を超えています。"
    unknown = sentence(error("x", "no.such.code"), {"LANG": "C"})
    assert unknown == "x: This value is not accepted."


def test_every_code_the_services_raise_has_a_sentence() -> None:
    import re

    from ushiro_desk.cli.problem_texts import TEXTS

    root = Path(__file__).resolve().parents[2] / "ushiro_desk"
    pattern = re.compile(r"(?:error|warning)\(\s*[^,()]+(?:\([^)]*\))?[^,()]*,\s*\"([a-z_]+(?:\.[a-z_0-9]+)+|required)\"")
    codes = set()
    for path in root.rglob("*.py"):
        if "ui" in path.relative_to(root).parts:
            continue
        codes.update(pattern.findall(path.read_text(encoding="utf-8")))
    assert len(codes) > 100
    assert sorted(codes - set(TEXTS)) == []
    for code, (english, japanese) in TEXTS.items():
        assert english.endswith((".", "?", ")")) and japanese.endswith(("。", "）")), code


def test_the_cli_prints_a_japanese_sentence_on_a_japanese_locale(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import subprocess

    status = tmp_path / "bad.csv"
    status.write_bytes(b"")
    env = {**os.environ, "LANG": "ja_JP.UTF-8", "LC_ALL": "", "USHIRO_DESK_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-m", "ushiro_desk", "expenses", "search", "--from", "2026-06-30", "--to", "2026-06-01"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert done.returncode != 0
    assert "--from が --to より後です。" in done.stderr, done.stderr
    assert "search.date_range" not in done.stderr


# -- one Save for Settings ---------------------------------------------------------------------------


def test_settings_has_one_save_that_saves_the_tab_shown(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    from ushiro_desk.services import chores
    from ushiro_desk.ui.chores.settings_tab import TAB_CLASS as ChoresTab
    from ushiro_desk.ui.pages.settings import SettingsPage

    page = SettingsPage(ui_ctx)
    qtbot.addWidget(page)
    page.resize(*DEFAULT_SIZE)
    page.show()
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        saves = [b for b in page.findChildren(QPushButton) if b.isVisibleTo(page) and "save" in b.objectName().lower()]
        assert saves == [page.save_button], page.tabs.tabText(index)
    tab = next(page.tabs.widget(i) for i in range(page.tabs.count()) if isinstance(page.tabs.widget(i), ChoresTab))
    page.tabs.setCurrentWidget(tab)
    tab.owner_rate.setValue(7_500)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert chores.load_settings(ui_ctx.store).owner_hourly_yen == 7_500
