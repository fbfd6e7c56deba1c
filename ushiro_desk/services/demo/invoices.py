"""Sample clients and documents for the design and consulting 合同会社 over `ctx.years`.

Monthly retainer invoices (a recurring template, with two drafts waiting for confirmation), project
invoices with quotes before them, a reduced-rate line now and then, a credit note, a correction,
payments (some partial, some with the bank fee deducted) and a few invoices overdue on `ctx.today`.
"""

from __future__ import annotations

import io
import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from ushiro_desk.domain import tnumber
from ushiro_desk.domain.business_calendar import HolidayRule
from ushiro_desk.domain.invoicing.client import Client
from ushiro_desk.domain.invoicing.document import Document, DocumentKind, Honorific, Line
from ushiro_desk.domain.invoicing.recurring import RecurringTemplate
from ushiro_desk.domain.invoicing.settings import InvoiceSettings
from ushiro_desk.domain.invoicing.status import Payment
from ushiro_desk.domain.invoicing.tax import TaxCategory
from ushiro_desk.domain.invoicing.terms import MONTH_END, PaymentTerms, add_months, day_in_month
from ushiro_desk.services import company
from ushiro_desk.services.invoicing import clients, documents, payments, queries, recurring, settings
from ushiro_desk.services.store import Store
from ushiro_desk.storage import company_repo

ORDER = 20

STANDARD, REDUCED, NON_TAXABLE = TaxCategory.STANDARD, TaxCategory.REDUCED, TaxCategory.NON_TAXABLE
NOTES = "恐れ入りますが、振込手数料は貴社にてご負担くださいますようお願い申し上げます。"


def _tnumber(rng) -> str:  # type: ignore[no-untyped-def]
    base = "".join(str(rng.randrange(10)) for _ in range(12))
    return f"T{tnumber.check_digit(base)}{base}"


def _clients(rng) -> list[Client]:  # type: ignore[no-untyped-def]
    end_next = PaymentTerms(MONTH_END, 1, MONTH_END)
    return [
        Client("株式会社みなと製作所", Honorific.ONCHU, "経営企画室", "港 健太", "231-0023", "神奈川県横浜市中区山下町10番地 みなとビル3階",
               "k.minato@minato-ss.example", "045-123-4567", _tnumber(rng), terms=end_next),
        Client("株式会社アオバ商事", Honorific.ONCHU, "マーケティング部", "青葉 一郎", "104-0061", "東京都中央区銀座四丁目5番6号 銀座アオバビル8階",
               "aoba@aoba-shoji.example", "03-5555-0101", _tnumber(rng), terms=end_next),
        Client("一般社団法人 日本地域デザイン協会", Honorific.ONCHU, "事務局", "", "100-0005", "東京都千代田区丸の内一丁目2番3号",
               "info@jrda.example", "03-5555-0202", _tnumber(rng), withholds=True, terms=PaymentTerms(MONTH_END, 2, 10),
               holiday_rule=HolidayRule.NEXT, notes="講演・研修の謝金は源泉徴収の上お支払いとのこと（個人への支払時）。"),
        Client("有限会社さくら珈琲", Honorific.ONCHU, "", "桜井 美咲", "180-0004", "東京都武蔵野市吉祥寺本町二丁目8番1号",
               "hello@sakura-coffee.example", "0422-12-3456", _tnumber(rng), terms=PaymentTerms(20, 1, 10)),
        Client("山田 花子", Honorific.SAMA, "", "", "156-0043", "東京都世田谷区松原三丁目4番5号", "hanako.yamada@mail.example",
               terms=PaymentTerms(net_days=14), holiday_rule=HolidayRule.KEEP),
        Client("Northwind Trading K.K.", Honorific.ONCHU, "Brand Team", "Emma Clarke", "106-0032", "Roppongi Hills 12F, 6-10-1 Roppongi, Minato-ku, Tokyo",
               "emma.clarke@northwind.example", "03-5555-0303", _tnumber(rng), terms=end_next, language="en"),
        Client("株式会社ひかりソフト", Honorific.ONCHU, "開発本部", "光井 翔", "530-0001", "大阪府大阪市北区梅田一丁目1番3号",
               "sho.mitsui@hikari-soft.example", "06-5555-0404", _tnumber(rng), terms=end_next),
        Client("株式会社オールドメディア", Honorific.ONCHU, "", "", "101-0051", "東京都千代田区神田神保町一丁目1番",
               "", "", _tnumber(rng), terms=end_next, notes="取引終了。"),
    ]


PROJECTS = [
    ("ロゴデザイン制作", [("ロゴデザイン制作（3案提示・修正2回まで）", "1", "式", 250_000), ("名刺デザイン", "2", "名分", 15_000)]),
    ("Webサイト リニューアル", [("Webサイト デザイン制作（トップ・下層8ページ）", "1", "式", 480_000), ("ワイヤーフレーム作成", "1", "式", 90_000)]),
    ("会社案内パンフレット制作", [("パンフレット デザイン（A4・8ページ）", "1", "式", 320_000), ("撮影ディレクション", "4", "時間", 12_000)]),
    ("ブランド戦略コンサルティング", [("ブランド戦略ワークショップ", "2", "回", 120_000), ("ブランドガイドライン作成", "1", "式", 180_000)]),
    ("展示会ブース グラフィック", [("ブースグラフィック デザイン", "1", "式", 210_000), ("ノベルティ用 焼き菓子（個包装）", "200", "個", "216")]),
    ("SNS運用コンサルティング", [("SNS運用アドバイザリー", "6", "時間", 15_000), ("投稿用バナー制作", "12", "点", 8_000)]),
    ("店舗サイン・メニュー制作", [("メニューブック デザイン", "1", "式", 140_000), ("試食用 コーヒー豆", "3", "袋", 1_296)]),
]
EXPENSES = [("交通費（実費）", "1", "式", 2_860, STANDARD), ("収入印紙（立替）", "1", "枚", 200, NON_TAXABLE)]


def _line(desc: str, qty: str, unit: str, price: object, category: TaxCategory | None = None) -> Line:
    reduced = "菓子" in desc or "豆" in desc
    return Line(desc, Decimal(qty), unit, Decimal(str(price)), category or (REDUCED if reduced else STANDARD))


def _seal_png(columns: tuple[str, ...] = ("合同会", "社うし", "ろ之印")) -> bytes:
    """A 角印 drawn with the bundled font: a red square frame, the text in columns read from the right."""
    from PIL import Image, ImageDraw, ImageFont

    from ushiro_desk.paths import resources_dir

    size, frame = 160, 8
    cells = max(len(columns), max(len(c) for c in columns))
    step = (size - 2 * frame - 10) / cells
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    red = (196, 30, 40, 235)
    draw.rectangle([frame // 2, frame // 2, size - 1 - frame // 2, size - 1 - frame // 2], outline=red, width=frame)
    font = ImageFont.truetype(str(resources_dir() / "fonts" / "ipaexg.ttf"), int(step * 0.92))
    for col, chars in enumerate(reversed(columns)):
        for row, char in enumerate(chars):
            draw.text((frame + 5 + col * step + step * 0.04, frame + 3 + row * step), char, font=font, fill=red)
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=False)
    return out.getvalue()


def _add_seal(store: Store) -> None:
    profile = company.load_profile(store)
    if profile is None or profile.seal_sha256:
        return
    data = _seal_png()
    sha, _ = store.files.put_bytes(data)
    with store.db.transaction() as conn:
        company_repo.register_file(conn, sha, len(data), "image/png", "seal.png")
    company.save_profile(store, replace(profile, seal_sha256=sha))


def _month_end(year: int, month: int) -> date:
    return day_in_month(year, month, MONTH_END)


def fill(store: Store, ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    # A generator of our own, seeded from the shared one without drawing from it: the areas after this
    # one get the same sample data whether or not invoices are in the build.
    rng, today = random.Random(f"invoices {ctx.rng.getstate()[1]}"), ctx.today
    _add_seal(store)
    settings.save_settings(store, InvoiceSettings(notes=NOTES), today)
    made = {"clients": 0, "invoices": 0, "quotes": 0, "credit_notes": 0, "payments": 0, "drafts": 0, "partly_paid": 0}
    with store.db.transaction():  # one commit for the whole sample (services join it)
        ids = []
        for client in _clients(rng):
            saved, _, _ = clients.save_client(store, client)
            ids.append(saved.id)
        made["clients"] = len(ids)
        minato, aoba, assoc, sakura, yamada, northwind, hikari, old = ids
        ctx.shared["client_ids"] = ids

        def issue(doc: Document, *, sent: bool = True) -> Document:
            saved, _, _ = documents.save_draft(store, doc)
            issued, _ = documents.issue(store, saved.id or 0)
            if sent:
                documents.mark_sent(store, [issued.id or 0], issued.issue_date + timedelta(days=rng.choice((0, 0, 1))))
            made["quotes" if doc.kind is DocumentKind.QUOTE else "credit_notes" if doc.kind is DocumentKind.CREDIT_NOTE else "invoices"] += 1
            return issued

        def pay(doc: Document, *, late_days: int = 0) -> None:
            due = doc.due_date or doc.issue_date
            day = due - timedelta(days=rng.randrange(0, 6)) + timedelta(days=late_days)
            if day > today:
                return
            fee = rng.choice((0, 0, 0, 440, 660, 330))  # some clients deduct the transfer fee
            payments.record_payment(store, doc.id or 0, Payment(day, doc.totals().amount_due - fee, fee), today)
            made["payments"] += 1

        def new(kind: DocumentKind, client_id: int, day: date, lines: list[Line], subject: str) -> Document:
            doc = documents.new_document(store, kind, client_id, issue_date=day)
            return replace(doc, lines=tuple(lines), subject=subject)

        # The retainer: a monthly template; its past months were confirmed and issued.
        retainer_lines = (
            Line("デザイン顧問料（月額）", Decimal(1), "月", Decimal(150_000)),
            Line("定例ミーティング（月2回）", Decimal(2), "回", Decimal(0)),
        )
        template, _ = recurring.save_template(
            store,
            RecurringTemplate(minato, "みなと製作所 デザイン顧問料", retainer_lines, start=_month_end(ctx.start.year, ctx.start.month),
                              subject="{YYYY}年{MM}月分 デザイン顧問料"),
        )
        maintenance, _ = recurring.save_template(
            store,
            RecurringTemplate(aoba, "アオバ商事 Webサイト保守", (Line("Webサイト保守・更新作業（月額）", Decimal(1), "月", Decimal(40_000)),),
                              start=date(ctx.start.year, ctx.start.month, 15), day_of_month=15, subject="{YYYY}年{MM}月分 Webサイト保守"),
        )
        year, month = ctx.start.year, ctx.start.month
        credit_done = correction_done = False
        while (year, month) <= (today.year, today.month):
            month_end = _month_end(year, month)
            # retainer and maintenance, confirmed from their templates and issued on the day
            for t, leave_pending in ((maintenance, True), (template, False)):
                assert t.id is not None
                current = recurring.list_templates(store)
                t_now = next(x for x in current if x.id == t.id)
                for day in t_now.due_dates(today):
                    if (day.year, day.month) != (year, month):
                        continue
                    # the last two maintenance months wait in the proposals list (the app "was closed")
                    if leave_pending and (today.year * 12 + today.month) - (year * 12 + month) < 2:
                        continue
                    draft, _ = recurring.confirm(store, t.id, day)
                    if day >= today - timedelta(days=3):
                        made["drafts"] += 1
                        continue
                    issued, _ = documents.issue(store, draft.id or 0)
                    documents.mark_sent(store, [issued.id or 0], day)
                    made["invoices"] += 1
                    pay(issued, late_days=rng.choice((0, 0, 0, 0, 3)))
            # projects: a quote first, usually accepted, then the invoice at the end of the month
            for _ in range(rng.choice((1, 1, 2, 2, 3))):
                client_id = rng.choice((aoba, assoc, sakura, northwind, hikari, hikari, yamada) if year * 12 + month > (today.year - 1) * 12 + 6
                                       else (aoba, assoc, sakura, northwind, hikari, old, yamada))
                title, rows = rng.choice(PROJECTS)
                lines = [_line(*row) for row in rows]
                if rng.random() < 0.4:
                    desc, qty, unit, price, category = rng.choice(EXPENSES)
                    lines.append(_line(desc, qty, unit, price, category))
                if client_id == northwind:
                    lines = [replace(l, description=f"{l.description} / Design work") for l in lines]
                quote_day = date(year, month, rng.randrange(1, 12))
                if quote_day > today:
                    continue
                quote = issue(new(DocumentKind.QUOTE, client_id, quote_day, lines, title))
                if rng.random() < 0.25:
                    continue  # not accepted
                invoice_day = min(month_end, today)
                draft = documents.draft_from_quote(store, quote.id or 0, issue_date=invoice_day)
                draft = replace(draft, supply_date=invoice_day)
                if invoice_day >= today - timedelta(days=2):
                    documents.save_draft(store, draft)
                    made["drafts"] += 1
                    continue
                invoice = issue(draft)
                age = (today - (invoice.due_date or invoice_day)).days
                if age > 0 and rng.random() < (0.35 if age < 45 else 0.04):
                    continue  # still unpaid: overdue on `today`
                if not credit_done and age > 90 and invoice.totals().total > 200_000:
                    credit = documents.draft_credit_note(store, invoice.id or 0, issue_date=invoice_day + timedelta(days=12))
                    credit = credit.with_lines([Line(f"値引き（{title} 納期遅延分）", Decimal(1), "式", Decimal(20_000))])
                    credit = replace(credit, notes="ご迷惑をおかけしましたことをお詫び申し上げます。")
                    issue(credit)
                    credit_done = True
                    amount = invoice.totals().amount_due - credit.totals().amount_due
                    payments.record_payment(store, invoice.id or 0, Payment(invoice.due_date or invoice_day, amount), today)
                    made["payments"] += 1
                    continue
                if not correction_done and age > 150 and client_id != northwind:
                    fixed = documents.draft_correction(store, invoice.id or 0, issue_date=invoice_day + timedelta(days=5))
                    fixed = fixed.with_lines([*fixed.lines, Line("追加修正対応", Decimal(1), "式", Decimal(30_000))])
                    fixed = replace(fixed, notes="先にお送りした請求書に追加作業分の記載漏れがありました。お手数ですが本書にてお支払いください。")
                    invoice = issue(fixed)
                    correction_done = True
                pay(invoice, late_days=rng.choice((0, 0, 0, 2, 9)))
            year, month = add_months(year, month, 1)
        # the newest open invoice was half paid already
        open_rows = [r for r in queries.list_documents(store, kinds=queries.RECEIVABLE) if r.standing(today).status.is_open]
        if open_rows:
            newest = max(open_rows, key=lambda r: (r.issue_date, r.id))
            half = newest.amount_due // 2 // 1000 * 1000
            paid_on = min(today, newest.issue_date + timedelta(days=10))
            payments.record_payment(store, newest.id, Payment(paid_on, half, 0, "分割1回目"), today)
            made["payments"] += 1
            made["partly_paid"] = 1
        # a quote in the making
        draft = new(DocumentKind.QUOTE, hikari, today, [_line("アプリUIデザイン（10画面）", "10", "画面", 45_000)], "業務アプリ UIデザイン")
        documents.save_draft(store, draft)
        made["drafts"] += 1
    clients.set_archived(store, old, True)
    return made
