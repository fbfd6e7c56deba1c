"""Property: with a unique marker planted in every sensitive field — an individual client's postal
code, address, contact person, phone and e-mail, the owner's bank account number, the owner's notes on
clients and on the recipient, the attendees of an expense, owner-only and confidential chores — no
marker is in the text of any file of a packet a recipient may not see it in: folder or decrypted zip,
PDF text (pypdf), CSV, JSON, HTML and every member and file name.

A positive control shows the extraction finds the markers when the recipient is allowed them, so the
test is not vacuous.
"""

from __future__ import annotations

import io
import json
import tempfile
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pyzipper
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from ushiro_desk.domain.chores import Area, Chore, Delegability, Outsourcer, OwnerOnlyReason
from ushiro_desk.domain.company import AccountType, BankAccount, CompanyProfile
from ushiro_desk.domain.expenses.model import PaymentMethod
from ushiro_desk.domain.expenses.rules import ExpenseInput
from ushiro_desk.domain.handoff.disclosure import DataKind, Sensitivity
from ushiro_desk.domain.invoicing.client import Client
from ushiro_desk.domain.invoicing.document import DocumentKind, Honorific, Line
from ushiro_desk.domain.recurrence import CadenceSpec, Kind
from ushiro_desk.paths import DataPaths
from ushiro_desk.reports.handoff import workspace
from ushiro_desk.services import chores, company, expenses
from ushiro_desk.services.handoff import bundles
from ushiro_desk.services.handoff.recipients import find_recipient, list_recipients, save_profile, set_data_needs
from ushiro_desk.services.invoicing import clients as clients_service
from ushiro_desk.services.invoicing import documents
from ushiro_desk.services.outsourcers import save_outsourcer
from ushiro_desk.services.store import Store, open_store

TODAY = date(2026, 11, 20)
NOV = (date(2026, 11, 1), date(2026, 11, 30))
PASSWORD = "pw-for-test"
TEXT_SUFFIXES = (".csv", ".json", ".html", ".txt")


# -- reading a packet as a person would ------------------------------------------------------------


def extract(name: str, data: bytes) -> str:
    """The text a reader of this file sees (PDF: pypdf's text of every page and the metadata)."""
    if name.lower().endswith(".pdf"):
        reader = PdfReader(io.BytesIO(data))
        meta = " ".join(str(v) for v in (reader.metadata or {}).values())
        return "\n".join(page.extract_text() or "" for page in reader.pages) + "\n" + meta
    if name.lower().endswith(TEXT_SUFFIXES):
        return data.decode("utf-8-sig")
    return data.decode("latin-1")  # images and anything else: at least the raw bytes


def folder_texts(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): extract(p.name, p.read_bytes()) for p in root.rglob("*") if p.is_file()}


def zip_texts(packet: Path) -> dict[str, str]:
    with pyzipper.AESZipFile(packet) as zf:
        zf.setpassword(PASSWORD.encode())
        return {name: extract(name, zf.read(name)) for name in zf.namelist()}


def workspace_texts(page: Path) -> dict[str, str]:
    """The HTML workspace: its bytes as anyone sees them (`page:`), and, decrypted with the password in
    Python, its payload and every attachment by its member and readable name (`html:`)."""
    raw = page.read_bytes()
    data, files = workspace.open_workspace(raw, PASSWORD)
    texts = {"page:" + page.name: raw.decode("utf-8"), "html:workspace.json": json.dumps(data, ensure_ascii=False)}
    names = {f["member"]: f["name"] for f in data["files"]}  # type: ignore[index, union-attr]
    texts.update({f"html:{member} {names[member]}": extract(member, body) for member, body in files.items()})
    return texts


def leaks(texts: dict[str, str], markers: dict[str, str]) -> list[str]:
    """'<marker name> in <file>' for every marker found in a file's name or text."""
    return [f"{key} in {name}" for name, text in texts.items() for key, marker in markers.items() if marker in name or marker in text]


# -- the planted data ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Planted:
    """Marker per field, with the sensitivity that keeps it home unless allowed (None: never leaves)."""

    markers: dict[str, str]
    sensitivity: dict[str, Sensitivity | None]

    def forbidden(self, allowed: frozenset[Sensitivity], kinds: frozenset[DataKind]) -> dict[str, str]:
        out = {}
        for key, marker in self.markers.items():
            why = self.sensitivity[key]
            if why is None or why not in allowed or (why is Sensitivity.BANK_ACCOUNT and DataKind.BANK_DETAILS not in kinds):
                out[key] = marker
        return out


def markers_for(seed: int) -> Planted:
    n = seed % 10_000
    markers = {
        "postal_code": f"{900 + n % 100:03d}-{n:04d}",
        "address": f"東京都ZQADDR{n}区",
        "person": f"ZQPERSON{n}",
        "phone": f"090-{7000 + n % 1000:04d}-{n:04d}",
        "email": f"zqmail{n}@example.jp",
        "bank_account": f"73{n:04d}9",
        "client_note": f"ZQCLIENTNOTE{n}",
        "company_client_note": f"ZQCOMPANYNOTE{n}",
        "recipient_note": f"ZQRECIPIENTNOTE{n}",
        "attendees": f"ZQGUEST{n}",
        "owner_only": f"ZQOWNERONLY{n}",
        "confidential": f"ZQCONFIDENTIAL{n}",
    }
    personal, note = Sensitivity.PERSONAL, Sensitivity.OWNER_NOTE
    sensitivity = {
        "postal_code": personal, "address": personal, "person": personal, "phone": personal, "email": personal,
        "bank_account": Sensitivity.BANK_ACCOUNT, "client_note": note, "company_client_note": note,
        "recipient_note": None, "attendees": personal, "owner_only": None, "confidential": None,
    }
    return Planted(markers, sensitivity)


def plant(store: Store, planted: Planted) -> None:
    """Plant the markers in the company profile, two clients with an issued invoice each, an expense and
    two chores that must stay home."""
    m = planted.markers
    profile = company.load_profile(store)
    base = profile or CompanyProfile(name="合同会社テスト")
    company.save_profile(store, replace(
        base, name=base.name or "合同会社テスト",
        bank_accounts=(BankAccount("みずほ銀行", "渋谷支店", AccountType.ORDINARY, m["bank_account"], "ゴウドウガイシャテスト"),),
    ))
    individual, _, _ = clients_service.save_client(store, Client(
        "山田 花子", Honorific.SAMA, person=m["person"], postal_code=m["postal_code"], address=m["address"],
        email=m["email"], phone=m["phone"], notes=m["client_note"],
    ))
    business, _, _ = clients_service.save_client(store, Client(
        "株式会社マーカー商事", Honorific.ONCHU, postal_code="150-0002", address="東京都渋谷区渋谷2-1-1",
        email="info@marker.example.jp", notes=m["company_client_note"],
    ))
    for client in (individual, business):
        assert client.id is not None
        draft = documents.new_document(store, DocumentKind.INVOICE, client.id, issue_date=date(2026, 11, 10))
        draft = replace(draft, lines=(Line("デザイン制作費", Decimal(1), "式", Decimal(55_000)),), subject="11月分")
        saved, _, _ = documents.save_draft(store, draft)
        assert saved.id is not None
        documents.issue(store, saved.id)
    expenses.create(store, ExpenseInput(
        date=date(2026, 11, 5), payee="和食さくら", amount=8800, account="会議費",
        payment_method=PaymentMethod.CARD, attendee_count=2, attendees=m["attendees"],
    ))


def weekly(title: str, **kw: object) -> Chore:
    return Chore(title=title, area=Area.ACCOUNTING, start=date(2026, 10, 1),
                 cadence=CadenceSpec(Kind.WEEKLY, weekdays=(0, 2, 4)).cadence(), goal="完了状態", **kw)  # type: ignore[arg-type]


def generated_recipient(store: Store, planted: Planted, kinds: frozenset[DataKind], allowed: frozenset[Sensitivity]) -> None:
    m = planted.markers
    rid, _ = save_outsourcer(store, Outsourcer("田中 由美"))
    recipient = find_recipient(store, "田中 由美")
    assert recipient is not None
    save_profile(store, replace(
        recipient.profile, areas=frozenset({"accounting"}), data_kinds=kinds, allowed_sensitive=allowed,
        notes=m["recipient_note"], fee_terms="時給2,500円", delivery_place="メール", payment_method="銀行振込",
    ))
    cid, _, _ = chores.save_chore(store, weekly("請求と経費の処理", assignee_id=rid), TODAY)
    set_data_needs(store, cid, frozenset(DataKind))
    cid, _, _ = chores.save_chore(store, weekly(m["confidential"], assignee_id=rid, confidential=True), TODAY)
    set_data_needs(store, cid, frozenset(DataKind))
    oid, _, _ = chores.save_chore(store, weekly(m["owner_only"], delegability=Delegability.OWNER_ONLY,
                                               owner_only_reason=OwnerOnlyReason.DECISION, steps=m["owner_only"]), TODAY)
    with store.db.transaction() as conn:  # even if an owner-only chore ends up assigned
        conn.execute("UPDATE chore SET assignee_id = ? WHERE id = ?", (rid, oid))


def export_both(store: Store, name: str, tmp: Path, render_masked: bool) -> dict[str, str]:
    """Export a folder, an encrypted zip and the HTML workspace for the recipient; every file's text by
    packet and path."""
    recipient = find_recipient(store, name)
    assert recipient is not None
    shown = bundles.preview(store, recipient, *NOV, render_masked=render_masked)
    order = bundles.default_work_order(store, shown, TODAY)
    folder, packed = tmp / f"folder-{recipient.id}", tmp / f"packet-{recipient.id}.zip"
    bundles.export(store, shown, order, folder, password=None, today=TODAY)
    bundles.export(store, shown, order, packed, password=PASSWORD, today=TODAY)
    texts = {f"folder:{k}": v for k, v in folder_texts(folder).items()}
    texts.update({f"zip:{k}": v for k, v in zip_texts(packed).items()})
    page = tmp / f"workspace-{recipient.id}.html"
    bundles.export(store, shown, order, page, password=PASSWORD, today=TODAY)
    texts.update(workspace_texts(page))
    return texts


def page_leaks(texts: dict[str, str], planted: Planted) -> list[str]:
    """Any marker at all, or the recipient's name, in the workspace's bytes before it is unlocked."""
    pages = {k: v for k, v in texts.items() if k.startswith("page:")}
    assert pages
    return leaks(pages, {**planted.markers, "recipient": "田中"})


kinds_strategy = st.frozensets(st.sampled_from(list(DataKind)), min_size=1)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kinds=kinds_strategy, render_masked=st.booleans(), seed=st.integers(0, 9_999))
def test_no_marker_in_the_text_of_any_file_for_a_generated_recipient(kinds: frozenset[DataKind], render_masked: bool, seed: int) -> None:
    planted = markers_for(seed)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(DataPaths(Path(tmp) / "data"))
        try:
            plant(store, planted)
            generated_recipient(store, planted, kinds, frozenset())
            texts = export_both(store, "田中 由美", Path(tmp), render_masked)
        finally:
            store.close()
    assert any(name.endswith("index.html") for name in texts)
    assert not leaks(texts, planted.forbidden(frozenset(), kinds))
    assert not page_leaks(texts, planted)


def test_the_extraction_finds_the_markers_when_the_recipient_may_see_them(tmp_path: Path) -> None:
    """The control: allowed everything, the PDFs carry the address, the person and the account number
    — in text pypdf extracts — and the CSV the phone and e-mail."""
    planted = markers_for(4242)
    store = open_store(DataPaths(tmp_path / "data"))
    try:
        plant(store, planted)
        generated_recipient(store, planted, frozenset(DataKind), frozenset(Sensitivity))
        texts = export_both(store, "田中 由美", tmp_path, render_masked=False)
    finally:
        store.close()
    found = leaks(texts, planted.markers)
    pdfs = {f.split(" in ")[0] for f in found if f.endswith(".pdf")}
    assert {"address", "person", "bank_account"} <= pdfs
    assert {"phone", "email", "client_note", "attendees"} <= {f.split(" in ")[0] for f in found}
    assert not leaks(texts, {k: planted.markers[k] for k in ("recipient_note", "owner_only", "confidential")})
    # inside the workspace, once decrypted, the same markers are found (the extraction reaches them)
    inside = {f.split(" in ")[0] for f in leaks({k: v for k, v in texts.items() if k.startswith("html:")}, planted.markers)}
    assert {"address", "person", "bank_account", "phone", "email"} <= inside
    assert not page_leaks(texts, planted)


def test_no_marker_leaves_for_any_recipient_of_the_sample_data(demo_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    planted = markers_for(777)
    plant(demo_store, planted)
    recipients = list_recipients(demo_store)
    assert recipients
    with demo_store.db.transaction() as conn:  # the owner's notes on every recipient, too
        conn.execute("UPDATE recipient_profile SET notes = ?", (planted.markers["recipient_note"],))
    for recipient in recipients:
        profile = recipient.profile
        forbidden = planted.forbidden(profile.allowed_sensitive, profile.data_kinds)
        for render_masked in (False, True):
            shown = bundles.preview(demo_store, recipient, *NOV, render_masked=render_masked)
            if not shown.plan.tasks:
                continue
            out = tmp_path / f"{recipient.id}-{render_masked}"
            out.mkdir()
            texts = export_both(demo_store, recipient.name, out, render_masked)
            assert not leaks(texts, forbidden), recipient.name
            assert not page_leaks(texts, planted), recipient.name
