"""The invoice list as a ledger, on the sample data in the main window at its default size (1180×760):
the columns a reader scans fit without scrolling sideways, the daily actions are buttons, double-click and
right-click open and act on a document, the preview zooms; and the warnings when a document is issued
without a 振込先 or an address."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton

from ushiro_desk.domain.invoicing.document import DocumentKind
from ushiro_desk.services import company
from ushiro_desk.services.invoicing import documents
from ushiro_desk.ui.invoices import editor as editor_module

from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LEDGER = ("number", "client", "subject", "issue_date", "due_date", "amount", "balance", "status")
NOT_ELIDED = ("number", "issue_date", "due_date", "amount", "balance")  # read in full, never cut


@pytest.fixture(params=["ja", "en"])
def window(request, qtbot, qapp, ui_ctx, monkeypatch):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QThreadPool

    from ushiro_desk.ui import clock
    from ushiro_desk.ui.application import install_translators
    from ushiro_desk.ui.main_window import MainWindow

    monkeypatch.setattr(clock, "today", lambda: DEMO_TODAY)
    ui_ctx.prefs["language"] = request.param
    install_translators(qapp, request.param)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("invoices")
    assert (window.width(), window.height()) == (1180, 760)
    yield window
    QThreadPool.globalInstance().waitForDone(30_000)
    install_translators(qapp, "en")


def page_of(window):  # type: ignore[no-untyped-def]
    return window.pages["invoices"]


def row_where(page, draft: bool, kind: DocumentKind | None = None) -> int:  # type: ignore[no-untyped-def]
    """The proxy row of the first document (of `kind`) that is (or is not) a draft."""
    for r in range(page.proxy.rowCount()):
        row = page.model.row_at(page.proxy.mapToSource(page.proxy.index(r, 0)).row())
        if (row.number is None) == draft and kind in (None, row.kind):
            return r
    raise AssertionError("no such row in the sample data")


def test_the_ledger_columns_fit_in_the_viewport_at_the_default_size(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = page_of(window)
    table = page.table
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    columns = page.model.COLUMNS
    viewport = table.viewport().width()
    metrics = table.fontMetrics()
    for name in LEDGER:
        column = columns.index(name)
        left = table.columnViewportPosition(column)
        width = table.columnWidth(column)
        assert not table.isColumnHidden(column), name
        assert left >= 0 and left + width <= viewport, (name, left, width, viewport)
        assert width >= 60, (name, width)  # the subject elides first, but stays readable
        if name in NOT_ELIDED:  # every number, date and amount of the sample data is read in full
            widest = max(metrics.horizontalAdvance(str(page.proxy.index(r, column).data() or "")) for r in range(page.proxy.rowCount()))
            assert widest + 6 <= width, (name, widest, width)
    assert table.horizontalScrollBar().maximum() == 0  # no scrolling sideways
    align = page.proxy.index(0, columns.index("amount")).data(Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(align) & Qt.AlignmentFlag.AlignRight


def test_the_daily_actions_are_buttons_and_the_rest_in_a_menu(window) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.invoices.page import PRIMARY

    page = page_of(window)
    toolbar = page.toolbar
    for key in PRIMARY:
        button = toolbar.widgetForAction(page.actions[key])
        assert button is not None and button.isVisible(), key
        assert toolbar.rect().contains(button.geometry()), key
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()  # no 「>>」 overflow
    assert page.more.isVisible() and toolbar.rect().contains(page.more.geometry())
    in_menu = set(page.more_menu.actions())
    for key in ("new_quote", "edit", "delete", "credit", "correction", "from_quote", "recurring", "templates"):
        assert page.actions[key] in in_menu, key


def test_double_click_opens_the_editor_for_a_draft_and_a_viewer_for_an_issued_document(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.invoices.editor import DocumentEditor
    from ushiro_desk.ui.invoices.pdf import PdfViewer

    page = page_of(window)
    table = page.table
    issued = page.proxy.index(row_where(page, draft=False, kind=DocumentKind.INVOICE), 1)
    table.scrollTo(issued)
    centre = table.visualRect(issued).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    viewer = page.viewer
    assert isinstance(viewer, PdfViewer) and viewer.isVisible()
    assert viewer.preview.page_count() >= 1
    assert viewer.width() > page.preview.width()  # larger than the preview beside the list
    assert page.editor is None
    viewer.close()

    draft = page.proxy.index(row_where(page, draft=True), 1)
    table.scrollTo(draft)
    centre = table.visualRect(draft).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    editor = page.editor
    assert isinstance(editor, DocumentEditor) and editor.isVisible()
    assert editor.doc.id == page.current().id and editor.doc.number is None
    editor.reject()


def test_the_context_menu_offers_what_fits_the_document_under_the_pointer(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = page_of(window)
    table = page.table
    issued = page.proxy.index(row_where(page, draft=False, kind=DocumentKind.INVOICE), 0)
    table.scrollTo(issued)
    page.select_ids([])
    menu = page.context_menu(table.visualRect(issued).center())
    assert menu is not None
    names = {a.objectName() for a in menu.actions() if not a.isSeparator()}
    assert {"open", "save_pdf", "print", "sent", "payment", "credit", "correction"} <= names
    assert not names & {"edit", "issue", "delete"}
    # the row under the pointer became the selection the actions work on
    assert page.current() is not None and page.current().number == issued.data()
    menu.actions()[0].trigger()  # 「開く」
    assert page.viewer is not None and page.viewer.isVisible()
    page.viewer.close()

    draft = page.proxy.index(row_where(page, draft=True), 0)
    table.scrollTo(draft)
    menu = page.context_menu(table.visualRect(draft).center())
    names = {a.objectName() for a in menu.actions() if not a.isSeparator()}
    assert {"open", "edit", "issue", "delete", "save_pdf"} <= names and "payment" not in names
    page.search.setText("該当なしの件名")  # no rows: a right-click on the empty list offers nothing
    assert page.proxy.rowCount() == 0 and page.context_menu(QPoint(5, 5)) is None


def test_the_preview_zooms_and_opens_large(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = page_of(window)
    issued = page.proxy.index(row_where(page, draft=False), 0)
    page.table.selectRow(issued.row())
    preview = page.preview
    assert preview.page_count() >= 1
    view = preview.view
    assert view.zoomMode() is QPdfView.ZoomMode.FitToWidth
    fitted = preview.zoom()
    preview.buttons["zoom_in"].click()
    assert view.zoomMode() is QPdfView.ZoomMode.Custom and view.zoomFactor() == pytest.approx(fitted * 1.25)
    preview.buttons["zoom_out"].click()
    preview.buttons["zoom_out"].click()
    assert view.zoomFactor() == pytest.approx(fitted / 1.25)
    assert preview.zoom_label.text() == f"{round(fitted / 1.25 * 100)}%"
    preview.buttons["fit"].click()
    assert view.zoomMode() is QPdfView.ZoomMode.FitToWidth and preview.buttons["fit"].isChecked()
    preview.buttons["full_size"].click()
    assert page.viewer is not None and page.viewer.preview.page_count() == preview.page_count()
    page.viewer.close()


# -- warnings at issue ----------------------------------------------------------------------------


@pytest.fixture
def draft_window(window, monkeypatch):  # type: ignore[no-untyped-def]
    """The window in English only (the warnings do not depend on the language) with a new draft selected."""
    from ushiro_desk.ui.setup import navigation

    monkeypatch.setattr(editor_module, "confirm", lambda *_a: True)
    page = page_of(window)
    store = page.ctx.store
    client_id = page.model.row_at(0).client_id
    doc = documents.new_document(store, DocumentKind.INVOICE, client_id, issue_date=DEMO_TODAY)
    line = documents.load_document(store, next(r.id for r in page.model._rows if r.number and r.kind is DocumentKind.INVOICE)).lines[0]
    saved, _, _ = documents.save_draft(store, replace(doc, subject="警告の確認", lines=(line,)))
    page.reload()
    page.select_ids([saved.id])
    asked: list[QMessageBox] = []
    choice = {"button": ""}

    def answer(box: QMessageBox) -> None:
        asked.append(box)
        [button] = [b for b in box.buttons() if b.text() == choice["button"]]
        button.click()

    monkeypatch.setattr(navigation, "answer", answer)
    return window, saved.id, asked, choice


def test_issuing_without_a_bank_account_warns_and_goes_there(draft_window) -> None:  # type: ignore[no-untyped-def]
    window, draft_id, asked, choice = draft_window
    page, store = page_of(window), page_of(window).ctx.store
    company.save_profile(store, replace(company.load_profile(store), bank_accounts=()))
    en = page.tr("Enter the bank account")
    choice["button"] = en
    assert not page.issue_selected()
    [box] = asked
    assert page.tr("bank account (振込先)") in box.windowTitle()
    assert documents.load_document(store, draft_id).number is None  # still a draft
    assert window.current_key() == "settings"
    assert QApplication.focusWidget() is window.pages["settings"].company.banks

    window.show_page("invoices")
    page.select_ids([draft_id])
    choice["button"] = page.tr("Issue anyway")
    assert page.issue_selected()
    assert documents.load_document(store, draft_id).number is not None


def test_issuing_without_an_address_names_it_and_goes_to_the_address(draft_window) -> None:  # type: ignore[no-untyped-def]
    window, draft_id, asked, choice = draft_window
    page, store = page_of(window), page_of(window).ctx.store
    company.save_profile(store, replace(company.load_profile(store), address="", postal_code=""))
    choice["button"] = page.tr("Enter the address")
    assert not page.issue_selected()
    [box] = asked
    assert page.tr("your address") in box.windowTitle() and page.tr("bank account (振込先)") not in box.windowTitle()
    assert documents.load_document(store, draft_id).number is None
    assert QApplication.focusWidget() is window.pages["settings"].company.fields["address"]

    window.show_page("invoices")
    page.select_ids([draft_id])
    choice["button"] = page.tr("Cancel")
    assert not page.issue_selected()
    assert documents.load_document(store, draft_id).number is None
