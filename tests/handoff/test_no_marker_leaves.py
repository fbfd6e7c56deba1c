"""Property: with a unique marker planted in every owner-only chore, confidential chore, owner note and
sensitive field, no byte of any packet — folder or decrypted zip — contains a marker."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pyzipper
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ushiro_desk.domain.chores import Area, Chore, Delegability, Outsourcer, OwnerOnlyReason
from ushiro_desk.domain.company import CompanyProfile
from ushiro_desk.domain.expenses.model import PaymentMethod
from ushiro_desk.domain.expenses.rules import ExpenseInput
from ushiro_desk.domain.handoff.disclosure import DataKind
from ushiro_desk.domain.handoff.recipient import RecipientProfile
from ushiro_desk.domain.recurrence import CadenceSpec, Kind
from ushiro_desk.paths import DataPaths
from ushiro_desk.services import chores, company, expenses
from ushiro_desk.services.handoff import bundles
from ushiro_desk.services.handoff.recipients import find_recipient, save_profile, set_data_needs
from ushiro_desk.services.outsourcers import save_outsourcer
from ushiro_desk.services.store import open_store

TODAY = date(2026, 11, 2)
NOV = (date(2026, 11, 1), date(2026, 11, 30))
texts = st.text(alphabet="請求経費メモabc 123", min_size=1, max_size=10)


def daily(title: str, **kw: object) -> Chore:
    return Chore(title=title, area=Area.ACCOUNTING, start=date(2026, 10, 1),
                 cadence=CadenceSpec(Kind.WEEKLY, weekdays=(0, 2, 4)).cadence(), goal="完了状態", **kw)  # type: ignore[arg-type]


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    secret_owner=texts, secret_confidential=texts, secret_note=texts, secret_person=texts,
    plain=st.lists(texts, min_size=1, max_size=3), seed=st.integers(0, 10_000),
)
def test_no_marker_in_any_byte_of_the_packet(secret_owner: str, secret_confidential: str, secret_note: str, secret_person: str, plain: list[str], seed: int) -> None:
    markers = {
        "owner": f"OWNERONLY{seed}{secret_owner}",
        "confidential": f"CONFIDENTIAL{seed}{secret_confidential}",
        "note": f"OWNERNOTE{seed}{secret_note}",
        "person": f"PERSONAL{seed}{secret_person}",
    }
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(DataPaths(Path(tmp) / "data"))
        try:
            company.save_profile(store, CompanyProfile(name="合同会社テスト"))
            rid, _ = save_outsourcer(store, Outsourcer("田中 由美"))
            recipient = find_recipient(store, "田中 由美")
            assert recipient is not None
            save_profile(store, replace(
                recipient.profile, areas=frozenset({"accounting"}), data_kinds=frozenset({DataKind.EXPENSES}),
                notes=markers["note"], fee_terms="時給2,500円", delivery_place="メール", payment_method="銀行振込",
            ))
            for i, text in enumerate(plain):
                cid, _, _ = chores.save_chore(store, daily(f"経費の記帳{i}{text}", assignee_id=rid), TODAY)
                set_data_needs(store, cid, frozenset({DataKind.EXPENSES}))
            cid, _, _ = chores.save_chore(store, daily(markers["confidential"], assignee_id=rid, confidential=True), TODAY)
            set_data_needs(store, cid, frozenset({DataKind.EXPENSES}))
            oid, _, _ = chores.save_chore(store, daily(markers["owner"], delegability=Delegability.OWNER_ONLY,
                                                       owner_only_reason=OwnerOnlyReason.DECISION, steps=markers["owner"]), TODAY)
            with store.db.transaction() as conn:  # even if an owner-only chore ends up assigned
                conn.execute("UPDATE chore SET assignee_id = ? WHERE id = ?", (rid, oid))
            expenses.create(store, ExpenseInput(
                date=date(2026, 11, 5), payee="和食さくら", amount=8800, account="会議費",
                payment_method=PaymentMethod.CARD, attendee_count=2, attendees=markers["person"],
            ))
            recipient = find_recipient(store, "田中 由美")
            assert recipient is not None
            shown = bundles.preview(store, recipient, *NOV)
            order = bundles.default_work_order(store, shown, TODAY)
            folder, packed = Path(tmp) / "folder", Path(tmp) / "packet.zip"
            bundles.export(store, shown, order, folder, password=None, today=TODAY)
            bundles.export(store, shown, order, packed, password="pw-for-test", today=TODAY)
        finally:
            store.close()
        blobs = [p.read_bytes() for p in folder.rglob("*") if p.is_file()]
        with pyzipper.AESZipFile(packed) as zf:
            zf.setpassword(b"pw-for-test")
            blobs += [zf.read(name) for name in zf.namelist()]
        assert len(shown.plan.tasks) == len(plain)
        for name, marker in markers.items():
            needle = marker.encode("utf-8")
            assert not any(needle in blob for blob in blobs), f"the {name} marker left in a packet"
