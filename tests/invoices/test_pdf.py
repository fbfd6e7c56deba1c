"""Issued PDFs read back with pypdf: every required item of a 適格請求書 (jp-rules.md §1.1), the font
embedded, page numbers and a repeated header on long documents, the same bytes for the same data."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

from pypdf import PdfReader

from ushiro_desk.domain.invoicing.document import Document, DocumentKind, Recipient
from ushiro_desk.domain.invoicing.tax import TaxCategory
from ushiro_desk.reports import invoice_pdf
from ushiro_desk.services.invoicing import documents

from tests.invoices.conftest import MIXED_LINES, PROFILE


def text_of(pdf: bytes) -> list[str]:
    """Each page's text with whitespace removed (layout spaces are not content)."""
    return [re.sub(r"\s+", "", page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_every_required_item_of_a_qualified_invoice(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    draft = make_draft(MIXED_LINES, supply_from=date(2026, 5, 1), supply_date=date(2026, 5, 29))
    issued, _ = documents.issue(owner, draft.id)
    text = "".join(text_of(documents.issued_pdf(owner, issued.id)))
    totals = issued.totals()
    ten, eight = totals.breakdown.get(TaxCategory.STANDARD), totals.breakdown.get(TaxCategory.REDUCED)
    assert ten and eight
    # 1 the issuer and its registration number
    assert PROFILE.name in text and f"登録番号:{PROFILE.registration_number}" in text
    # 2 the date (here a period) of the supply
    assert "取引期間2026年5月1日～2026年5月29日" in text
    # 3 what was supplied, reduced-rate items marked ※ with the legend
    assert "Webサイトデザイン制作費" in text and "撮影用お弁当※" in text
    assert "※印は軽減税率（8%）対象品目です。" in text
    # 4 and 5 the totals per rate with the rate, and the tax per rate
    assert f"10%対象{ten.taxable:,}円{ten.tax:,}円" in text
    assert f"8%対象※{eight.taxable:,}円{eight.tax:,}円" in text
    # 6 the recipient
    assert "株式会社アオバ商事" in text and "青葉一郎様" in text
    # withholding as a deduction and the net amount
    assert f"源泉徴収税額△{totals.withholding:,}円" in text and f"差引ご請求額{totals.amount_due:,}円" in text
    assert f"¥{totals.amount_due:,}" in text
    assert issued.number in text and "お振込先みずほ銀行渋谷支店普通1234567ゴトウマキ" in text


def test_the_japanese_font_is_embedded(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    issued, _ = documents.issue(owner, make_draft().id)
    reader = PdfReader(io.BytesIO(documents.issued_pdf(owner, issued.id)))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        assert "IPAexGothic" in font["/BaseFont"]
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor and descriptor["/FontFile2"].get_object().get_data()


def test_metadata(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    issued, _ = documents.issue(owner, make_draft().id)
    meta = PdfReader(io.BytesIO(documents.issued_pdf(owner, issued.id))).metadata
    assert meta is not None
    assert meta.title == f"請求書 {issued.number}" and meta.author == PROFILE.name
    assert meta["/CreationDate"].startswith("D:20260529")


def sample(lines: int = 3, **changes: object) -> Document:
    rows = tuple((MIXED_LINES * 40)[:lines])
    doc = Document(DocumentKind.INVOICE, 1, Recipient("株式会社アオバ商事"), date(2026, 5, 29), rows, number="INV-2026-0007",
                   supply_date=date(2026, 5, 29), due_date=date(2026, 6, 30), withholding=True)
    return replace(doc, **changes)  # type: ignore[arg-type]


def test_the_same_data_give_the_same_bytes() -> None:
    assert invoice_pdf.render(sample(), PROFILE) == invoice_pdf.render(sample(), PROFILE)
    assert invoice_pdf.render(sample(), PROFILE) != invoice_pdf.render(sample(subject="別件"), PROFILE)


def test_long_invoices_continue_with_header_and_page_numbers() -> None:
    pages = text_of(invoice_pdf.render(sample(90), PROFILE))
    assert len(pages) >= 3
    for n, page in enumerate(pages, start=1):
        assert f"{n}/{len(pages)}" in page
        assert "INV-2026-0007" in page
    for page in pages[1:]:
        assert "請求書（続き）" in page
        if "品目・内容" not in page:
            assert page is pages[-1]  # only a summary-only last page may lack the table
    assert "No.品目・内容数量単位単価税率金額" in pages[1]
    assert "差引ご請求額" in pages[-1] and "差引ご請求額" not in pages[0]
    assert all(f"{i}Webサイトデザイン制作費" in "".join(pages) for i in (1, 31, 58, 88))


def test_english_layout_and_a_draft_watermark() -> None:
    text = "".join(text_of(invoice_pdf.render(sample(language="en"), PROFILE)))
    assert "INVOICE" in text and "Netamountdue" in text and "Registration No.:T7010705000725".replace(" ", "") in text
    assert "*Itemssubjecttothereducedtaxrate(8%)." in text
    draft = "".join(text_of(invoice_pdf.render(sample(number=None), PROFILE)))
    assert "下書き" in draft


def test_credit_notes_and_corrections_name_the_original() -> None:
    credit = sample(kind=DocumentKind.CREDIT_NOTE, number="CN-2026-0001", original_number="INV-2026-0007",
                    original_issue_date=date(2026, 5, 29), issue_date=date(2026, 6, 5), due_date=None)
    text = "".join(text_of(invoice_pdf.render(credit, PROFILE)))
    assert "返還請求書" in text and "対象請求書:No.INV-2026-0007（2026年5月29日付）" in text
    assert "返還等を行う日2026年6月5日" in text and "元の取引年月日2026年5月29日" in text
    fix = sample(kind=DocumentKind.CORRECTION, number="INV-2026-0008", original_number="INV-2026-0007",
                 original_issue_date=date(2026, 5, 29))
    text = "".join(text_of(invoice_pdf.render(fix, PROFILE)))
    assert "2026年5月29日付請求書No.INV-2026-0007について、下記のとおり修正いたします。" in text


def test_japanese_line_breaking_keeps_brackets_with_their_words() -> None:
    lines = invoice_pdf._wrap("コーポレートサイト デザイン制作費（トップページ・下層10ページ）", 8.8, 150)
    assert all(not line.endswith("（") for line in lines)
    assert all(not line.startswith(("）", "、", "。")) for line in lines[1:])
    assert "".join(lines).replace(" ", "") == "コーポレートサイトデザイン制作費（トップページ・下層10ページ）"


def test_a_seal_image_is_drawn(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import zlib

    # a 2×2 red PNG, made by hand
    raw = b"".join(b"\x00" + b"\xc8\x1e\x28" * 2 for _ in range(2))
    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", (2).to_bytes(4, "big") * 2 + b"\x08\x02\x00\x00\x00") + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    with_seal = PdfReader(io.BytesIO(invoice_pdf.render(sample(), PROFILE, seal=png))).pages[0]["/Resources"]
    assert len(with_seal["/XObject"]) == 1
    without = PdfReader(io.BytesIO(invoice_pdf.render(sample(), PROFILE))).pages[0]["/Resources"]
    assert "/XObject" not in without


def test_an_english_invoice_is_fully_english(owner, corp_client) -> None:  # type: ignore[no-untyped-def]
    """No 〒 mark and not the owner's Japanese default note on an English document; a Japanese one keeps both."""
    from ushiro_desk.domain.invoicing.client import Client
    from ushiro_desk.domain.invoicing.document import Honorific
    from ushiro_desk.domain.invoicing.settings import InvoiceSettings
    from ushiro_desk.services.invoicing import clients, settings

    note = "恐れ入りますが、振込手数料は貴社にてご負担ください。"
    settings.save_settings(owner, InvoiceSettings(notes=note), date(2026, 5, 1))
    english, _, _ = clients.save_client(owner, Client(
        "Northwind Trading K.K.", Honorific.ONCHU, postal_code="105-0011", address="1-2-3 Shibakoen, Minato-ku, Tokyo",
        language="en",
    ))
    texts = {}
    for client in (english, corp_client):
        doc = documents.new_document(owner, DocumentKind.INVOICE, client.id, issue_date=date(2026, 5, 29))
        draft, _, _ = documents.save_draft(owner, replace(doc, lines=MIXED_LINES[:1], subject="Website design"))
        issued, _ = documents.issue(owner, draft.id)
        texts[client.language] = "".join(text_of(documents.issued_pdf(owner, issued.id)))
        assert issued.notes == ("" if client.language == "en" else note)
    en, ja = texts["en"], texts["ja"]
    assert "Invoice" in en and "PostalCode105-0011" in en.replace("code", "Code")
    assert "〒" not in en and "振込手数料" not in en
    assert f"PostalCode{PROFILE.postal_code}" in en.replace("code", "Code")  # the issuer's too
    assert "〒104-0061" in ja and f"〒{PROFILE.postal_code}" in ja and re.sub(r"\s+", "", note) in ja
