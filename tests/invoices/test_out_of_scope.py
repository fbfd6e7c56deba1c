"""立替金 on an invoice: a 対象外 (不課税) line has no tax, is in no rate's subtotal and not in the withholding
base; the PDF prints it as 対象外 with no tax. The rates follow the supply date.

Worked case: a sole proprietor's design fee ¥100,000 (10%) and a 収入印紙 ¥200 bought for the client
(立替金 is 不課税, not 非課税: 消費税法基本通達 10-1-16 / NTA 質疑応答「立替金」). Tax 10,000; total
110,200; withholding on the fee only 100,000 × 10.21% = 10,210 (所得税法205条); amount due 99,990.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from ushiro_desk.domain.invoicing.document import Line, check_lines, compute_totals
from ushiro_desk.domain.invoicing.tax import PriceMode, Rounding, TaxCategory
from ushiro_desk.services.invoicing import documents, queries

FEE = Line("ロゴデザイン制作費", Decimal(1), "式", Decimal(100_000), TaxCategory.STANDARD, withholding=True)
STAMP = Line("収入印紙代（立替金）", Decimal(1), "枚", Decimal(200), TaxCategory.OUT_OF_SCOPE)


def test_a_reimbursed_cost_has_no_tax_and_stays_out_of_the_rates_and_the_withholding_base() -> None:
    totals = compute_totals((FEE, STAMP), PriceMode.EXCLUSIVE, Rounding.FLOOR, True, on=date(2026, 11, 30))
    ten = totals.breakdown.get(TaxCategory.STANDARD)
    outside = totals.breakdown.get(TaxCategory.OUT_OF_SCOPE)
    assert ten and (ten.taxable, ten.tax, ten.rate_percent) == (100_000, 10_000, 10)
    assert outside and (outside.taxable, outside.tax, outside.rate_percent) == (200, 0, 0)
    assert (totals.tax, totals.total, totals.withholding_base, totals.withholding, totals.amount_due) == (
        10_000, 110_200, 100_000, 10_210, 99_990,
    )


def test_a_reimbursed_cost_marked_as_a_fee_is_still_left_out_of_the_base_with_a_warning() -> None:
    marked = replace(STAMP, withholding=True)
    totals = compute_totals((FEE, marked), PriceMode.INCLUSIVE, Rounding.FLOOR, True, on=date(2026, 11, 30))
    assert totals.withholding_base == 90_910  # 100,000 − tax 9,090 (100,000 × 10/110), the stamp not included
    assert [p.code for p in check_lines((FEE, marked), Rounding.FLOOR)] == ["line.withholding_out_of_scope"]


@pytest.mark.parametrize(("supplied", "tax"), [(date(2019, 9, 30), 8_000), (date(2019, 10, 1), 10_000)])
def test_the_rate_is_the_one_in_force_on_the_supply_date(make_draft, supplied: date, tax: int) -> None:  # type: ignore[no-untyped-def]
    """An invoice for work delivered on 2019-09-30 carries 8%, one day later 10% (NTA 消費税率の推移)."""
    draft = make_draft((replace(FEE, withholding=False),), supply_date=supplied, issue_date=date(2019, 10, 31))
    assert draft.totals().tax == tax
    assert draft.totals().breakdown.rates[0].rate_percent == tax // 1000


def test_the_pdf_prints_the_reimbursed_cost_as_out_of_scope_with_no_tax(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    draft = make_draft((FEE, STAMP), supply_date=date(2026, 11, 27), issue_date=date(2026, 11, 30))
    issued, _ = documents.issue(owner, draft.id)
    pdf = documents.issued_pdf(owner, issued.id)
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    assert "収入印紙代（立替金）1枚200対象外200" in text  # the line: rate column 対象外
    assert "10%対象100,000円10,000円" in text
    assert "対象外200円—" in text  # its own row, no tax
    assert "合計（税込）110,200円" in text and "源泉徴収税額△10,210円" in text and "差引ご請求額99,990円" in text
    assert "非課税" not in text
    row = next(r for r in queries.list_documents(owner) if r.id == issued.id)
    assert row.total == 110_200


def test_the_editor_offers_the_out_of_scope_category_and_totals_it_without_tax(qtbot, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox

    from ushiro_desk.domain.invoicing.document import DocumentKind
    from ushiro_desk.ui import clock
    from ushiro_desk.ui.invoices import editor as editor_module
    from ushiro_desk.ui.invoices.page import InvoicesPage

    monkeypatch.setattr(editor_module, "confirm", lambda *_a: True)
    monkeypatch.setattr(clock, "today", lambda: date(2026, 11, 30))
    page = InvoicesPage(ui_ctx)
    qtbot.addWidget(page)
    editor = page.new_document(DocumentKind.INVOICE)
    assert editor is not None
    editor.lines.item(0, 0).setText("ロゴデザイン制作費")
    editor.lines.item(0, 3).setText("100,000")
    editor.add_line()
    editor.lines.item(1, 0).setText("収入印紙代（立替金）")
    editor.lines.item(1, 3).setText("200")
    box = editor.lines.cellWidget(1, 4)
    assert isinstance(box, QComboBox)
    assert box.findData("out_of_scope") >= 0 and box.itemText(box.findData("out_of_scope")) == "Outside scope (立替金)"
    box.setCurrentIndex(box.findData("out_of_scope"))
    rows = {label: (value, note) for label, value, note in editor.total_rows}
    assert rows["10%"] == ("¥100,000", "tax ¥10,000")
    assert rows["Outside scope (立替金)"] == ("¥200", "tax ¥0")
    assert rows["Total (incl. tax)"][0] == "¥110,200"
    assert editor.save()
    saved = documents.load_document(ui_ctx.store, editor.doc.id)
    assert [line.category for line in saved.lines] == [TaxCategory.STANDARD, TaxCategory.OUT_OF_SCOPE]
