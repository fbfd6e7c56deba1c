"""Invoice PDFs: the renderer against bare reportlab, and a batch of 1,000 with flat memory.

1. A 20-line invoice rendered by `reports.invoice_pdf`, as a ratio to a bare reportlab script that
   draws the same table and the same texts with the same font on one page, in the same run (the
   reportlab settings are the same for both: binary streams). Target: at most 1.5×.
2. 1,000 invoices (issued through the service, then written as PDFs in one batch): time per
   invoice and the peak RSS after 100 and after 1,000 — flat memory means the two are close.
"""

from __future__ import annotations

import io
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ushiro_desk.domain.company import AccountType, BankAccount, CompanyProfile, EntityType
from ushiro_desk.domain.invoicing.client import Client
from ushiro_desk.domain.invoicing.document import Document, DocumentKind, Line, Recipient
from ushiro_desk.domain.invoicing.tax import TaxCategory
from ushiro_desk.paths import DataPaths
from ushiro_desk.reports import invoice_pdf

ROUNDS = 40
PROFILE = CompanyProfile(
    name="合同会社うしろデザイン", representative="代表社員 後藤 真紀", postal_code="150-0002",
    address="東京都渋谷区渋谷二丁目1番1号 青山ビル5階", phone="03-1234-5678", email="office@ushiro-design.example",
    registration_number="T7010705000725", entity_type=EntityType.CORPORATION,
    bank_accounts=(BankAccount("みずほ銀行", "渋谷支店", AccountType.ORDINARY, "1234567", "ド）ウシロデザイン"),),
)
ITEMS = [
    ("Webサイト デザイン制作（トップページ）", "1", "式", "180000", TaxCategory.STANDARD),
    ("下層ページ デザイン", "8", "ページ", "25000", TaxCategory.STANDARD),
    ("撮影ディレクション", "2.5", "時間", "12000", TaxCategory.STANDARD),
    ("ノベルティ用 焼き菓子（個包装）", "120", "個", "216", TaxCategory.REDUCED),
    ("交通費（実費）", "1", "式", "2860", TaxCategory.STANDARD),
]


def invoice(n: int = 0) -> Document:
    lines = tuple(
        Line(f"{ITEMS[i % 5][0]} {i + 1}", Decimal(ITEMS[i % 5][1]), ITEMS[i % 5][2], Decimal(ITEMS[i % 5][3]), ITEMS[i % 5][4])
        for i in range(20)
    )
    return Document(
        DocumentKind.INVOICE, 1, Recipient("株式会社アオバ商事", department="マーケティング部", person="青葉 一郎"),
        date(2026, 5, 31), lines, supply_date=date(2026, 5, 31), due_date=date(2026, 6, 30),
        subject="コーポレートサイト リニューアル", number=f"INV-2026-{n:04d}",
    )


def other_texts(doc: Document) -> list[str]:
    """The invoice's text outside the line table (header, parties, totals, bank, footer), read back
    from our own PDF so the bare script shows exactly the same characters."""
    from pypdf import PdfReader

    text = PdfReader(io.BytesIO(invoice_pdf.render(doc, PROFILE))).pages[0].extract_text()
    cells = {line.description for line in doc.lines}
    return [t for t in text.splitlines() if t.strip() and not any(c in t for c in cells)]


def bare(doc: Document, texts: list[str]) -> bytes:
    """What a plain reportlab script does for the same invoice: the same texts with the same embedded
    font, the line table cell by cell with its rules and header band, positioned simply."""
    font = invoice_pdf.register_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1, initialFontName=font)
    c.setFont(font, 9)
    y = 800.0
    for text in texts[: len(texts) // 2]:
        c.drawString(42, y, text)
        y -= 12
    y -= 10
    c.setFillGray(0.2)
    c.rect(42, y - 19, 511, 19, stroke=0, fill=1)
    c.setFillGray(0)
    for x, head in zip((46, 70, 330, 370, 440, 480, 548), ("No.", "品目・内容", "数量", "単位", "単価", "税率", "金額")):
        c.drawString(x, y - 13, head)
    y -= 19
    for i, line in enumerate(doc.lines, start=1):
        c.drawString(46, y - 13, str(i))
        c.drawString(70, y - 13, line.description)
        c.drawRightString(360, y - 13, str(line.quantity))
        c.drawString(370, y - 13, line.unit)
        c.drawRightString(470, y - 13, f"{line.unit_price:,}")
        c.drawString(480, y - 13, f"{line.category.rate_percent}%")
        c.drawRightString(548, y - 13, f"{line.amount(doc.rounding):,}")
        c.line(42, y - 20, 553, y - 20)
        y -= 20
    for text in texts[len(texts) // 2 :]:
        c.drawString(42, y - 14, text)
        y -= 12
    c.showPage()
    c.save()
    return buffer.getvalue()


def ratio() -> None:
    doc = invoice(1)
    texts = other_texts(doc)  # also warms up: font loaded, caches filled
    bare(doc, texts)
    ours, theirs = [], []
    for _ in range(ROUNDS):
        t = time.perf_counter()
        invoice_pdf.render(doc, PROFILE)
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        bare(doc, texts)
        theirs.append(time.perf_counter() - t)
    o, b = statistics.median(ours), statistics.median(theirs)
    print(f"20-line invoice: ours {o * 1000:.1f} ms, bare reportlab {b * 1000:.1f} ms, ratio {o / b:.2f}x (target <= 1.5x)")


def rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def batch(count: int = 1000) -> None:
    from ushiro_desk.services import company
    from ushiro_desk.services.invoicing import clients, documents
    from ushiro_desk.services.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(DataPaths(Path(tmp) / "data"))
        company.save_profile(store, PROFILE)
        client, _, _ = clients.save_client(store, Client("株式会社アオバ商事"))
        template = invoice()
        ids = []
        with store.db.transaction():
            for n in range(count):
                draft = documents.new_document(store, DocumentKind.INVOICE, client.id or 0, issue_date=date(2026, 5, 31))
                saved, _, _ = documents.save_draft(store, replace(draft, lines=template.lines, subject=f"案件 {n + 1}"))
                ids.append(saved.id or 0)
        out = Path(tmp) / "out"
        out.mkdir()
        start = time.perf_counter()
        marks = {}
        for done, document_id in enumerate(ids, start=1):
            documents.issue(store, document_id)
            if done in (100, count):
                marks[f"issue {done}"] = (time.perf_counter() - start, rss_mb())
        start = time.perf_counter()
        for done in range(100, count + 1, 100):
            documents.save_pdfs(store, ids[done - 100 : done], out)
            if done in (100, count):
                marks[f"save {done}"] = (time.perf_counter() - start, rss_mb())
        store.close()
        for label, (seconds, peak) in marks.items():
            print(f"{label:>10}: {seconds:6.1f} s, {seconds / int(label.split()[1]) * 1000:5.1f} ms each, peak RSS {peak:6.1f} MB")
        growth = marks[f"save {count}"][1] - marks["issue 100"][1]
        print(f"peak RSS growth from 100 issued to {count} issued and saved: {growth:+.1f} MB")


if __name__ == "__main__":
    ratio()
    batch(int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 1000)
