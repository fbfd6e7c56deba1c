"""The Invoices and Clients pages with real widgets on the sample data."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox

from ushiro_desk.domain.invoicing.document import DocumentKind
from ushiro_desk.domain.invoicing.status import Status
from ushiro_desk.services.invoicing import documents, queries, recurring
from ushiro_desk.ui.invoices import editor as editor_module

from tests.conftest import DEMO_TODAY

# the offscreen platform says this whenever a window is shown
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, ui_ctx, monkeypatch):  # type: ignore[no-untyped-def]
    from ushiro_desk.ui import clock
    from ushiro_desk.ui.invoices.page import InvoicesPage

    monkeypatch.setattr(editor_module, "confirm", lambda *_a: True)
    monkeypatch.setattr(clock, "today", lambda: DEMO_TODAY)
    page = InvoicesPage(ui_ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    return page


def select_number(page, number: str) -> int:  # type: ignore[no-untyped-def]
    row = next(r for r in page.model._rows if r.number == number)
    page.select_ids([row.id])
    return row.id


def test_models_pass_the_model_tester(page, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.model)
    from ushiro_desk.ui.clients.page import ClientsModel
    from ushiro_desk.services.invoicing import clients

    model = ClientsModel()
    model.set_rows(clients.list_clients(page.ctx.store, include_archived=True))
    qtmodeltester.check(model)


def test_the_list_shows_outstanding_overdue_and_aging(page) -> None:  # type: ignore[no-untyped-def]
    owed = queries.receivables(page.ctx.store, DEMO_TODAY)
    assert f"¥{owed.outstanding:,}" in page.summary.text() and f"({owed.overdue_count} invoices)" in page.summary.text()
    assert "61+ days" in page.aging.text()
    assert page.badge() == owed.overdue_count > 0
    page.state_filter.setCurrentIndex(page.state_filter.findData("overdue"))
    shown = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert shown == [r.number for r in queries.overdue(page.ctx.store, DEMO_TODAY)][::-1] or sorted(shown) == sorted(
        r.number for r in queries.overdue(page.ctx.store, DEMO_TODAY)
    )


def test_a_new_invoice_with_live_per_rate_totals_then_issue(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = page.new_document(DocumentKind.INVOICE)
    assert editor is not None
    editor.subject.setText("展示会ブース制作")
    editor.lines.item(0, 0).setText("ブースデザイン")
    editor.lines.item(0, 3).setText("100,000")
    editor.add_line()
    editor.lines.item(1, 0).setText("ノベルティ菓子")
    editor.lines.item(1, 1).setText("3")
    editor.lines.item(1, 3).setText("105")
    box = editor.lines.cellWidget(1, 4)
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findData("reduced"))
    assert editor.total_rows == [
        ("10%", "¥100,000", "tax ¥10,000"),
        ("8% reduced", "¥315", "tax ¥25"),  # 315 × 8% = 25.2, rounded down once
        ("Total (incl. tax)", "¥110,340", ""),
        ("Amount due", "¥110,340", ""),
    ]
    editor.save_and_issue()
    saved = editor.doc
    assert saved.id is not None
    issued = documents.load_document(page.ctx.store, saved.id)
    assert issued.number is not None and issued.pdf_sha256
    assert page.preview.page_count() == 1


def test_bad_numbers_are_marked_and_nothing_is_saved(page) -> None:  # type: ignore[no-untyped-def]
    before = len(queries.list_documents(page.ctx.store))
    editor = page.new_document(DocumentKind.QUOTE)
    editor.lines.item(0, 0).setText("作業")
    editor.lines.item(0, 1).setText("二")
    assert not editor.save()
    assert "Line 1" in editor.line_errors.text() and editor.line_errors.isVisibleTo(editor)
    assert len(queries.list_documents(page.ctx.store)) == before


def test_payment_with_bank_fee_and_overpayment_warning(page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    open_row = next(r for r in page.model._rows if r.number and r.standing(DEMO_TODAY).status is Status.PARTLY_PAID)
    page.select_ids([open_row.id])
    dialog = page.payments_selected()
    assert dialog is not None
    balance = open_row.standing(DEMO_TODAY).balance
    assert dialog.amount.value() == balance
    dialog.amount.setValue(balance - 440)
    dialog.bank_fee.setValue(440)
    assert dialog.record()
    assert queries.list_documents(page.ctx.store, ids=[open_row.id])[0].standing(DEMO_TODAY).status is Status.PAID
    asked = []
    monkeypatch.setattr(editor_module, "confirm", lambda _p, _t, text: asked.append(text) or False)
    dialog.amount.setValue(5000)
    assert not dialog.record()
    assert asked and "¥5,000" in asked[0]
    assert len(dialog._payments) == 2


def test_credit_note_from_an_invoice(page) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in page.model._rows if r.number and r.kind is DocumentKind.INVOICE and r.standing(DEMO_TODAY).status is Status.SENT)
    page.select_ids([row.id])
    assert page.actions["credit"].isEnabled()
    page.derive(DocumentKind.CREDIT_NOTE)
    editor = page.editor
    assert editor is not None and editor.doc.kind is DocumentKind.CREDIT_NOTE
    assert editor.findChild(type(editor.message), "original").text().startswith(f"Refers to {row.number}")
    editor.save_and_issue()
    credit = documents.load_document(page.ctx.store, editor.doc.id)
    assert credit.number and credit.number.startswith("CN-")
    assert queries.list_documents(page.ctx.store, ids=[row.id])[0].standing(DEMO_TODAY).status is Status.CREDITED


def test_quote_to_invoice(page) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in page.model._rows if r.number and r.kind is DocumentKind.QUOTE and not r.converted)
    page.select_ids([row.id])
    assert page.actions["from_quote"].isEnabled()
    page.derive(DocumentKind.INVOICE)
    assert page.editor is not None and page.editor.save()
    assert queries.list_documents(page.ctx.store, ids=[row.id])[0].standing(DEMO_TODAY).status is Status.ACCEPTED


def test_issued_documents_cannot_be_edited_or_deleted_from_the_page(page) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in page.model._rows if r.number)
    page.select_ids([row.id])
    assert not page.actions["edit"].isEnabled() and not page.actions["delete"].isEnabled()
    assert not page.actions["issue"].isEnabled()


def test_recurring_proposals_are_made_only_when_confirmed(page) -> None:  # type: ignore[no-untyped-def]
    assert page.proposals_bar.isVisibleTo(page)
    before = len(queries.list_documents(page.ctx.store))
    dialog = page.review_proposals()
    assert dialog.list.count() == 2
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.make_checked() == 1
    after = queries.list_documents(page.ctx.store)
    assert len(after) == before + 1
    made = [r for r in after if r.number is None and r.issue_date == date(2026, 10, 15)]
    assert made and made[0].sent_on is None  # a draft: not issued, not sent
    assert [p.day for p in recurring.proposals(page.ctx.store, DEMO_TODAY)] == [date(2026, 11, 15)]


def test_print_a_batch_to_a_pdf_file(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = [r.id for r in page.model._rows if r.number][:3]
    page.select_ids(ids)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    pages = page.print_documents(page.selected_ids(), printer)
    assert pages >= 3
    assert len(PdfReader(io.BytesIO(target.read_bytes())).pages) == pages


def test_save_selected_as_pdf_files(page, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = [r.id for r in page.model._rows if r.number][:2]
    op = page.save_pdfs(ids, tmp_path)
    qtbot.waitUntil(lambda: not op.running, timeout=10_000)
    files = sorted(tmp_path.glob("*.pdf"))
    assert len(files) == 2
    stored = {documents.issued_pdf(page.ctx.store, i) for i in ids}
    assert {f.read_bytes() for f in files} == stored


def test_today_section_counts_unpaid_invoices_past_due(qtbot, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui import clock
    from ushiro_desk.ui.invoices.today_section import TodaySection

    monkeypatch.setattr(clock, "today", lambda: DEMO_TODAY)
    section = TodaySection(ui_ctx)
    qtbot.addWidget(section)
    overdue = queries.overdue(ui_ctx.store, DEMO_TODAY)
    assert section.count() == len(overdue) > 0
    assert section.list.count() == len(overdue)
    with qtbot.waitSignal(section.activated) as signal:
        section.list.itemActivated.emit(section.list.item(0))
    assert signal.args == [overdue[0].id]


def test_settings_tab_saves_patterns_and_refuses_bad_ones(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.services.invoicing import settings
    from ushiro_desk.ui.invoices.settings_tab import TAB_CLASS

    tab = TAB_CLASS(ui_ctx)
    qtbot.addWidget(tab)
    tab.patterns["invoice"].setText("INV-{YYYY}")
    assert not tab.save()
    assert tab.errors.label("invoice").isVisibleTo(tab)
    tab.patterns["invoice"].setText("{YY}{MM}-{NNN}")
    tab.rounding.setCurrentIndex(tab.rounding.findData("half_up"))
    assert tab.save()
    saved = settings.load_settings(ui_ctx.store)
    assert saved.invoice_pattern == "{YY}{MM}-{NNN}" and saved.rounding.value == "half_up"


def test_clients_page_create_edit_and_archive(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.services.invoicing import clients
    from ushiro_desk.ui.clients.page import ClientsPage

    page = ClientsPage(ui_ctx)
    qtbot.addWidget(page)
    page.new_client()
    page.fields["name"].setText("株式会社テスト工房")
    page.fields["registration_number"].setText("T1234")
    assert not page.save()
    assert page.errors.label("registration_number").isVisibleTo(page)
    page.fields["registration_number"].setText("T7010705000725")
    page.withholds.setChecked(True)
    page.terms.closing.setCurrentIndex(page.terms.closing.findData(20))
    page.terms.pay_day.setCurrentIndex(page.terms.pay_day.findData(10))
    assert page.terms_label.text() == "20日締め翌月10日払い"
    assert page.save()
    made = next(c for c in clients.list_clients(ui_ctx.store) if c.name == "株式会社テスト工房")
    assert made.withholds and made.terms.closing_day == 20
    page.toggle_archive()
    assert all(c.name != "株式会社テスト工房" for c in clients.list_clients(ui_ctx.store))
    assert any(c.name == "株式会社テスト工房" for c in clients.list_clients(ui_ctx.store, include_archived=True))


def test_pages_are_found_by_the_main_window(main_window) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.clients.page import ClientsPage
    from ushiro_desk.ui.invoices.page import InvoicesPage

    assert isinstance(main_window.page("invoices"), InvoicesPage)
    assert isinstance(main_window.page("clients"), ClientsPage)
    settings_page = main_window.page("settings")
    assert any(settings_page.tabs.tabText(i) == "Invoices" for i in range(settings_page.tabs.count()))


def test_a_sole_proprietors_invoice_to_a_withholding_client_shows_the_deduction(page) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace as change

    from ushiro_desk.domain.company import EntityType
    from ushiro_desk.services import company
    from ushiro_desk.services.invoicing import clients

    profile = company.load_profile(page.ctx.store)
    company.save_profile(page.ctx.store, change(profile, entity_type=EntityType.SOLE_PROPRIETOR))
    withholding_client = next(c for c in clients.list_clients(page.ctx.store) if c.withholds)
    editor = page.new_document(DocumentKind.INVOICE)
    editor.client.setCurrentIndex(editor.client.findData(withholding_client.id))
    assert editor.withholding.isChecked()
    editor.lines.item(0, 0).setText("講演料")
    editor.lines.item(0, 3).setText("100,000")
    assert editor.lines.item(0, 5).checkState() == Qt.CheckState.Checked
    editor._recalculate()
    assert ("Withholding (源泉徴収)", "-¥10,210", "on ¥100,000") in editor.total_rows
    assert editor.total_rows[-1] == ("Amount due", "¥99,790", "")  # 100,000 + 10,000 − 10,210


def test_recurring_template_from_an_invoice_with_edited_lines(page) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in page.model._rows if r.number and r.kind is DocumentKind.INVOICE)
    page.select_ids([row.id])
    dialog = page.make_recurring()
    assert dialog is not None
    template = dialog.current()
    assert template is not None and template.client_id == row.client_id
    dialog.lines.item(0, 3).setText("180,000")
    dialog.day.setValue(29)  # month end
    assert dialog.save()
    saved = next(t for t in recurring.list_templates(page.ctx.store) if t.id == template.id)
    assert str(saved.lines[0].unit_price) == "180000" and saved.day_of_month == 31
    dialog.lines.item(0, 1).setText("x")
    assert not dialog.save()
    assert "Line 1" in dialog.line_errors.text()


def test_the_filter_bar_combines_date_amount_and_client(page) -> None:  # type: ignore[no-untyped-def]
    """電帳法 施行規則4条1項 (jp-rules §3.1): 取引年月日 range, 金額 range and 取引先, combined, in the list."""
    from PySide6.QtCore import QDate

    from ushiro_desk.domain.invoicing.search import DocumentQuery

    issued = [r for r in page.model._rows if r.number]
    client = issued[0].client_name
    first, last = date(DEMO_TODAY.year, 1, 1), DEMO_TODAY
    page.date_from.setDate(QDate(first.year, first.month, first.day))
    page.date_to.setDate(QDate(last.year, last.month, last.day))
    page.amount_min.setText("１００,０００")  # full-width digits and commas are read
    page.amount_max.setText("2000000")
    page.client_search.setText(client[2:6])
    shown = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert shown, "the sample data has such documents"
    for row in shown:
        assert first <= row.issue_date <= last and 100_000 <= row.total <= 2_000_000 and client[2:6] in row.client_name
    expected = queries.list_documents(page.ctx.store, query=DocumentQuery(first, last, 100_000, 2_000_000, client[2:6]))
    assert [r.id for r in shown] == [r.id for r in expected]
    assert len(shown) < len(issued)
    # a reversed range: one sentence, and the list stays as it was
    page.amount_min.setText("3000000")
    assert page.search_error.text() == "The largest total is smaller than the smallest."
    assert [page.model.row_at(r).id for r in range(page.model.rowCount())] == [r.id for r in shown]
    page.amount_min.setText("abc")
    assert page.search_error.text() == "The smallest total must be a whole number of yen."
    page.clear_search()
    assert page.search_error.text() == "" and page.model.rowCount() == len(queries.list_documents(page.ctx.store))


def test_a_credit_note_in_the_editor_and_the_list(page) -> None:  # type: ignore[no-untyped-def]
    """Issue 15: 返還金額 (not ご請求金額), a 返還等を行う日 field kept as entered, the credit negative in
    the list and the original 'Partly credited' (not 一部入金: no money arrived)."""
    from decimal import Decimal

    from PySide6.QtCore import QDate

    from ushiro_desk.domain.invoicing.document import Line

    row = next(r for r in page.model._rows if r.number and r.kind is DocumentKind.INVOICE and r.standing(DEMO_TODAY).status is Status.SENT)
    page.select_ids([row.id])
    page.derive(DocumentKind.CREDIT_NOTE)
    editor = page.editor
    assert editor is not None
    assert editor.return_date.date() == QDate(DEMO_TODAY.year, DEMO_TODAY.month, DEMO_TODAY.day)
    editor.issue_date.setDate(QDate(DEMO_TODAY.year, DEMO_TODAY.month, 25))  # follows while not set apart
    assert editor.return_date.date() == QDate(DEMO_TODAY.year, DEMO_TODAY.month, 25)
    editor.return_date.setDate(QDate(DEMO_TODAY.year, DEMO_TODAY.month, 1))
    editor.lines.set_lines([Line("値引き", Decimal(1), "式", Decimal(20_000))])
    editor._recalculate()
    assert editor.total_rows[-1][0] == "Amount credited"
    editor.save_and_issue()
    credit = documents.load_document(page.ctx.store, editor.doc.id)
    assert credit.return_date == DEMO_TODAY.replace(day=1)
    page.reload()
    credit_row = page.model.row_of(credit.id)
    assert page.model.data(page.model.index(credit_row, page.model.COLUMNS.index("amount"))).startswith("-¥")
    original = page.model.row_of(row.id)
    assert page.model.data(page.model.index(original, page.model.COLUMNS.index("status"))).startswith("Partly credited")
