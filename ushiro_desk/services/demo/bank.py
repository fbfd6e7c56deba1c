"""Sample statements for the sample company: the bank account's last weeks (an exact payment, one with
the bank fee deducted, two invoices paid together, a partial payment, deposits nobody can place, the
card settlement, a payment to the secretary, a transfer to the owner's own account) and a card
statement whose lines the owner had already recorded from the receipts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from ushiro_desk.domain.bank.debits import DebitKind
from ushiro_desk.domain.invoicing.document import DocumentKind, Line
from ushiro_desk.services.bank import accounts, debits, imports, matching, samples
from ushiro_desk.services.invoicing import documents
from ushiro_desk.services.store import Store

ORDER = 50
CARD = "楽天カード"
KANA = {  # the clients' names as their banks send them (振込依頼人名)
    "株式会社みなと製作所": "ミナトセイサクショ",
    "株式会社アオバ商事": "アオバショウジ",
    "有限会社さくら珈琲": "サクラコーヒー",
    "株式会社ひかりソフト": "ヒカリソフト",
    "一般社団法人 日本地域デザイン協会": "ニホンチイキデザインキョウカイ",
}
CARD_SHOPS = {"Amazon.co.jp": "AMAZON.CO.JP", "Figma, Inc.": "FIGMA", "Google合同会社": "GOOGLE *WORKSPACE",
              "株式会社NTTドコモ": "ﾄﾞｺﾓご利用料金", "アドビ株式会社": "ADOBE *CREATIVE CLOUD"}


def fill(store: Store, ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    today = ctx.today
    with store.db.transaction() as conn:
        by_name = {r["name"]: r["id"] for r in conn.execute("SELECT id, name FROM client")}
        for name, kana in KANA.items():
            if name in by_name:
                matching.add_kana_name(store, by_name[name], kana)
        debits.add_rule(store, "ﾀﾅｶ ﾕﾐ", DebitKind.OUTSOURCER)
        debits.add_rule(store, "ｱﾏｿﾞﾝ", DebitKind.EXPENSE, payee="Amazon.co.jp", account="消耗品費",
                        tax_category="standard_10")
        (bank,) = accounts.accounts(store)[:1]
        accounts.add_card(store, CARD)
        hikari = by_name.get("株式会社ひかりソフト")
        extra = []
        if hikari is not None:  # two small jobs the client pays together
            for subject, price in (("バナー制作", 30_000), ("保守対応 11月分", 50_000)):
                doc = documents.new_document(store, DocumentKind.INVOICE, hikari, issue_date=today - timedelta(days=19))
                doc = replace(doc, subject=subject, lines=(Line(subject, Decimal(1), "式", Decimal(price)),))
                saved, _, _ = documents.save_draft(store, doc)
                extra.append(documents.issue(store, saved.id or 0)[0])
        open_docs = {d.client_name: d for d in sorted(matching.open_documents(conn, today), key=lambda d: d.id)}
        lines: list[tuple[date, int, str]] = []

        def pay(client: str, amount_of, payer: str, days_ago: int) -> None:  # type: ignore[no-untyped-def]
            doc = open_docs.get(client)
            if doc is not None:
                lines.append((today - timedelta(days=days_ago), amount_of(doc.balance), payer))

        lines.append((today - timedelta(days=18), -48_210, "ﾗｸﾃﾝｶ-ﾄﾞｻ-ﾋﾞｽ"))
        pay("株式会社みなと製作所", lambda b: b, "ｶ)ﾐﾅﾄｾｲｻｸｼﾖ", 12)
        pay("有限会社さくら珈琲", lambda b: b // 2 // 1000 * 1000, "ﾕ)ｻｸﾗｺ-ﾋ-", 10)
        lines.append((today - timedelta(days=9), -88_000, "ﾌﾘｺﾐ ﾀﾅｶ ﾕﾐ"))
        pay("Northwind Trading K.K.", lambda b: b - 660, "NORTHWIND TRADING K.K", 7)
        if len(extra) == 2:
            lines.append((today - timedelta(days=5), sum(d.totals().amount_due for d in extra), "ｶ)ﾋｶﾘｿﾌﾄ"))
        lines.append((today - timedelta(days=4), 12_000, "ﾔﾏﾀﾞ ﾀﾛｳ"))
        lines.append((today - timedelta(days=3), -300_000, "ﾌﾘｶｴ ﾄﾞ)ｳｼﾛﾃﾞｻﾞｲﾝ"))
        lines.append((today - timedelta(days=2), 38, "ﾘｿｸ"))
        lines.sort(key=lambda x: x[0])
        statement = samples.zengin_statement(lines, opening=2_480_000, account_number=bank.account_number,
                                             holder="ﾄﾞ)ｳｼﾛﾃﾞｻﾞｲﾝ", created=today)
        first, _ = imports.apply_bytes(store, statement, f"meisai_{today:%Y%m%d}.txt", bank.name, today=today)
        recorded = conn.execute(
            """SELECT date, payee, amount FROM expense WHERE payment_method = 'card' AND is_draft = 0
               AND deleted_at IS NULL AND date BETWEEN ? AND ? ORDER BY date, id LIMIT 8""",
            ((today - timedelta(days=30)).isoformat(), today.isoformat()),
        ).fetchall()
        card_lines = [(date.fromisoformat(r[0]), CARD_SHOPS.get(r[1], r[1])[:40], r[2]) for r in recorded]
        second, _ = imports.apply_bytes(store, samples.card_csv(card_lines), f"enavi{today:%Y%m}.csv", CARD, today=today)
    return {"statement_lines": first.added + second.added}
