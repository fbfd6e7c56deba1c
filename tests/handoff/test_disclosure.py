"""What never leaves: owner-only and confidential chores, records outside the scope, sensitive fields."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from ushiro_desk.domain.handoff.disclosure import (
    MASK,
    ChoreOffer,
    DataKind,
    Scope,
    Sensitivity,
    SourceRecord,
    WithheldReason,
    plan_bundle,
    plan_record,
)

NOV = (date(2026, 11, 1), date(2026, 11, 30))
SCOPE = Scope(areas=frozenset({"accounting"}), data_kinds=frozenset({DataKind.INVOICES, DataKind.CLIENT_CONTACTS}))


def chore(cid: str, **values: object) -> SourceRecord:
    return SourceRecord("chore", cid, f"chore {cid}", {"title": f"chore {cid}", **values})


def offer(record: SourceRecord, **kw: object) -> ChoreOffer:
    base = dict(area="accounting", owner_only=False, confidential=False, due_dates=(date(2026, 11, 10),), needs=())
    base.update(kw)
    return ChoreOffer(record=record, **base)  # type: ignore[arg-type]


def all_text(plan) -> str:  # type: ignore[no-untyped-def]
    parts = [plan.recipient]
    for record in (*[t.chore for t in plan.tasks], *plan.records):
        parts += [v for _, v in record.fields] + [name for _, name in record.files]
    return "\n".join(parts)


def test_owner_only_and_confidential_chores_stay_home_with_the_reason() -> None:
    plan = plan_bundle("田中", SCOPE, *NOV, (
        offer(chore("1")),
        offer(chore("2"), owner_only=True),
        offer(chore("3"), confidential=True),
        offer(chore("4"), area="legal"),
        offer(chore("5"), due_dates=(date(2026, 12, 2),)),
    ))
    assert [t.chore.record_id for t in plan.tasks] == ["1"]
    assert {(w.record_id, w.reason) for w in plan.withheld} == {
        ("2", WithheldReason.OWNER_ONLY), ("3", WithheldReason.CONFIDENTIAL),
        ("4", WithheldReason.AREA_NOT_ALLOWED), ("5", WithheldReason.OUTSIDE_PERIOD),
    }


def test_a_chore_brings_the_data_it_needs_but_only_kinds_in_scope() -> None:
    invoice = SourceRecord("invoice", "INV-1", "INV-1", {"number": "INV-1", "total": 11000}, files=(("a" * 64, "INV-1.pdf"),))
    expense = SourceRecord("expense", "9", "expense 9", {"payee": "文具店", "amount": 500})
    plan = plan_bundle("田中", SCOPE, *NOV, (
        offer(chore("1"), needs=(DataKind.INVOICES, DataKind.EXPENSES),
              data={DataKind.INVOICES: (invoice,), DataKind.EXPENSES: (expense,)}),
    ))
    assert [r.record_id for r in plan.records] == ["INV-1"]
    assert plan.files == (("a" * 64, "files/0001.pdf"),)  # opaque inside the packet
    assert [f.name for f in plan.file_plan] == ["INV-1.pdf"]  # readable in the manifest and index only
    assert [(w.record_id, w.reason) for w in plan.withheld] == [("9", WithheldReason.KIND_NOT_ALLOWED)]


def test_a_companys_delivery_contact_goes_with_client_contacts() -> None:
    company = SourceRecord("client", "c2", "株式会社A 御中", {"name": "株式会社A", "person": "経理部 佐藤様", "email": "keiri@a.example"})
    assert dict(plan_record(company, SCOPE).fields) == {"name": "株式会社A", "person": "経理部 佐藤様", "email": "keiri@a.example"}


def test_sensitive_fields_are_masked_unless_explicitly_allowed() -> None:
    client = SourceRecord("client", "c1", "山田様", {"name": "山田 花子", "email": "hanako@example.jp", "address": "東京都"}, is_individual=True)
    masked = plan_record(client, SCOPE)
    assert dict(masked.fields) == {"name": "山田 花子", "email": MASK, "address": MASK}
    assert dict(masked.masked) == {"email": Sensitivity.PERSONAL, "address": Sensitivity.PERSONAL}
    allowed = plan_record(client, Scope(SCOPE.areas, SCOPE.data_kinds, frozenset({Sensitivity.PERSONAL})))
    assert dict(allowed.fields)["email"] == "hanako@example.jp" and allowed.masked == ()


def test_fields_that_are_not_listed_never_leave() -> None:
    record = plan_record(chore("1", internal_margin="利益率42%", goal="月末までに送付"), SCOPE)
    assert dict(record.fields) == {"title": "chore 1", "goal": "月末までに送付"}


MARK = "MARKER-7f3a"
marked_text = st.text(alphabet="あいうabc ", max_size=6).map(lambda t: f"{t}{MARK}{t}")


@settings(max_examples=150, deadline=None)
@given(
    owner_only=st.lists(marked_text, max_size=3),
    confidential=st.lists(marked_text, max_size=3),
    plain=st.lists(st.text(alphabet="あいう xyz", min_size=1, max_size=8), min_size=1, max_size=3),
    secret_email=marked_text,
    secret_note=marked_text,
    secret_account=marked_text,
    allowed=st.frozensets(st.sampled_from([DataKind.INVOICES, DataKind.CLIENT_CONTACTS, DataKind.EXPENSES])),
)
def test_no_marker_ever_reaches_the_plan(owner_only, confidential, plain, secret_email, secret_note, secret_account, allowed) -> None:  # type: ignore[no-untyped-def]
    scope = Scope(frozenset({"accounting"}), allowed)
    client = SourceRecord("client", "c", "c", {"name": "山田 花子", "email": secret_email, "owner_note": secret_note}, is_individual=True)
    bank = SourceRecord("bank_account", "b", "b", {"bank_name": "みずほ", "account_number": secret_account})
    offers = [offer(chore(f"o{i}", goal=t), owner_only=True) for i, t in enumerate(owner_only)]
    offers += [offer(chore(f"c{i}", steps=t), confidential=True) for i, t in enumerate(confidential)]
    offers += [
        offer(chore(f"p{i}", goal=t, owner_note=secret_note), needs=tuple(DataKind),
              data={DataKind.CLIENT_CONTACTS: (client,), DataKind.BANK_DETAILS: (bank,)})
        for i, t in enumerate(plain)
    ]
    plan = plan_bundle("田中", scope, *NOV, tuple(offers))
    assert MARK not in all_text(plan)
    assert len(plan.tasks) == len(plain)
