"""Render the README's sample invoice: a sole proprietor's 適格請求書 with both tax rates, withholding,
a seal and a period of supply. `python tests/invoices/sample_invoice.py [OUT.pdf]` writes the PDF and,
with poppler's `pdftoppm`, `resources/screenshots/invoice.png`."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

from ushiro_desk.domain.company import AccountType, BankAccount, CompanyProfile, EntityType
from ushiro_desk.domain.invoicing.document import Document, DocumentKind, Honorific, Line, Recipient
from ushiro_desk.domain.invoicing.tax import TaxCategory
from ushiro_desk.reports import invoice_pdf
from ushiro_desk.services.demo.invoices import _seal_png

ROOT = Path(__file__).resolve().parents[2]

PROFILE = CompanyProfile(
    name="後藤デザイン事務所",
    representative="代表 後藤 真紀",
    postal_code="150-0002",
    address="東京都渋谷区渋谷二丁目1番1号 青山ビル5階",
    phone="03-1234-5678",
    email="maki@goto-design.example",
    registration_number="T7010705000725",
    entity_type=EntityType.SOLE_PROPRIETOR,
    bank_accounts=(BankAccount("みずほ銀行", "渋谷支店", AccountType.ORDINARY, "1234567", "ゴトウ マキ"),),
)

DOCUMENT = Document(
    DocumentKind.INVOICE,
    1,
    Recipient("株式会社アオバ商事", Honorific.ONCHU, "マーケティング部", "青葉 一郎", "104-0061",
              "東京都中央区銀座四丁目5番6号 銀座アオバビル8階"),
    date(2026, 5, 31),
    (
        Line("コーポレートサイト リニューアル デザイン制作費（トップページ・下層10ページ）", Decimal(1), "式", Decimal(450_000), withholding=True),
        Line("ロゴ・ブランドガイドライン作成", Decimal(1), "式", Decimal(180_000), withholding=True),
        Line("撮影ディレクション", Decimal("2.5"), "時間", Decimal(12_000), withholding=True),
        Line("打合せ用 茶菓子（持ち帰り）", Decimal(2), "箱", Decimal(1_620), TaxCategory.REDUCED),
        Line("交通費（実費）", Decimal(1), "式", Decimal(2_860)),
    ),
    supply_from=date(2026, 5, 1),
    supply_date=date(2026, 5, 31),
    due_date=date(2026, 6, 30),
    subject="コーポレートサイト リニューアル（2026年5月分）",
    notes="恐れ入りますが、振込手数料は貴社にてご負担くださいますようお願い申し上げます。",
    withholding=True,
    number="INV-2026-0042",
)


def main(argv: list[str]) -> int:
    pdf = invoice_pdf.render(DOCUMENT, PROFILE, seal=_seal_png(("後藤", "之印")))
    out = Path(argv[0]) if argv else Path(tempfile.mkdtemp()) / "invoice.pdf"
    out.write_bytes(pdf)
    print(out)
    if shutil.which("pdftoppm"):
        target = ROOT / "resources" / "screenshots" / "invoice"
        subprocess.run(["pdftoppm", "-png", "-r", "100", "-singlefile", str(out), str(target)], check=True)
        print(target.with_suffix(".png"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
