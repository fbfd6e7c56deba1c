"""Sample handoff: the online secretary's profile, what her chores need, and a first packet in the
ledger. The monthly close (confidential) and pricing/contracts (owner only) must stay home."""

from __future__ import annotations

from datetime import date

from ushiro_desk.domain.handoff.disclosure import DataKind
from ushiro_desk.domain.handoff.recipient import RecipientProfile
from ushiro_desk.services.store import Store
from ushiro_desk.storage import handoff_repo

ORDER = 40
NEEDS = {
    "invoices": frozenset({DataKind.INVOICES, DataKind.CLIENT_CONTACTS}),
    "payments_received": frozenset({DataKind.INVOICES}),
    "expenses": frozenset({DataKind.EXPENSES}),
    "monthly_close": frozenset({DataKind.EXPENSES, DataKind.INVOICES, DataKind.BANK_DETAILS}),
}
# Handed to the secretary recently: sending invoices (the owner reviews), and the monthly close, which
# is confidential — it is assigned, but a packet never carries it.
REASSIGNED = ("invoices", "monthly_close")


def fill(store: Store, ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    secretary_id = ctx.shared.get("secretary_id")
    if secretary_id is None:
        return {}
    today: date = ctx.today
    profile = RecipientProfile(
        outsourcer_id=secretary_id,
        contact="tanaka.yumi@example.jp",
        channel="Chatwork（うしろデザイン業務グループ）",
        emergency_contact="代表 後藤 090-1234-5678（平日9〜18時）",
        report_every="毎週金曜17時までに進捗をChatworkで報告",
        working_hours="平日 10:00〜16:00",
        nda_date=date(today.year - 1, 4, 1),
        areas=frozenset({"accounting", "general", "sales_admin"}),
        data_kinds=frozenset({DataKind.INVOICES, DataKind.CLIENT_CONTACTS, DataKind.EXPENSES}),
        fee_terms="時給3,500円 × 実働時間（月末締め）",
        payment_method="銀行振込（振込手数料は当社負担）",
        delivery_place="Chatworkおよび電子メールで報告・納品",
        language="ja",
        notes="来年から単価見直しを検討",  # the owner's own note: never leaves
    )
    with store.db.transaction() as conn:
        handoff_repo.save_profile(conn, profile)
        keys = dict(conn.execute("SELECT starter_key, id FROM chore WHERE starter_key IS NOT NULL").fetchall())
        for key in REASSIGNED:
            if key in keys:
                conn.execute(
                    "UPDATE chore SET assignee_id = ?, delegability = CASE delegability WHEN 'owner_only' THEN 'with_review' ELSE delegability END, owner_only_reason = NULL WHERE id = ?",
                    (secretary_id, keys[key]),
                )
        for key, kinds in NEEDS.items():
            if key in keys:
                handoff_repo.set_data_needs(conn, keys[key], kinds)
    return {"recipient_profiles": 1, "chore_data_needs": len(NEEDS)}
