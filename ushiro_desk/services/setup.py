"""The first-run setup checklist: which of the steps to a first qualified invoice are done.

Every tick is read from the data itself (the company profile, the invoicing settings, the clients,
the issued invoices), never from a stored flag, so it stays right after a restore or an edit elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from ushiro_desk.domain.company import EntityType
from ushiro_desk.domain.invoicing import withholding
from ushiro_desk.domain.invoicing.document import DocumentKind
from ushiro_desk.services.store import Store
from ushiro_desk.storage import company_repo
from ushiro_desk.storage.invoicing import clients as clients_repo
from ushiro_desk.storage.invoicing import documents as documents_repo
from ushiro_desk.storage.invoicing import settings as settings_repo

COMPANY = "company"
BANK = "bank"
INVOICE_SETTINGS = "invoice_settings"
CLIENT = "client"
INVOICE = "invoice"
STEPS = (COMPANY, BANK, INVOICE_SETTINGS, CLIENT, INVOICE)


@dataclass(frozen=True)
class SetupStep:
    key: str
    done: bool


@dataclass(frozen=True)
class SetupProgress:
    steps: tuple[SetupStep, ...]

    @property
    def done_count(self) -> int:
        return sum(step.done for step in self.steps)

    @property
    def complete(self) -> bool:
        return all(step.done for step in self.steps)

    def done(self, key: str) -> bool:
        return next(step.done for step in self.steps if step.key == key)

    @property
    def next_step(self) -> str | None:
        return next((step.key for step in self.steps if not step.done), None)


def progress(store: Store) -> SetupProgress:
    """The five steps from an empty start to the first issued invoice, each ticked from the data.

    The company step needs the name, the address and the 登録番号 (T-number) that a qualified
    invoice (適格請求書) must carry; the bank step a 振込先; the invoicing step the settings saved once.
    """
    with store.db.snapshot() as conn:
        profile = company_repo.load(conn)
        settings_saved = settings_repo.is_saved(conn)
        has_client = bool(clients_repo.search(conn, include_archived=True))
        issued = any(
            row.number is not None
            for row in documents_repo.summaries(conn, kinds=(DocumentKind.INVOICE, DocumentKind.CORRECTION))
        )
    company_done = bool(
        profile and profile.name.strip() and profile.address.strip() and profile.registration_number.strip()
    )
    done = {
        COMPANY: company_done,
        BANK: bool(profile and profile.bank_accounts),
        INVOICE_SETTINGS: settings_saved,
        CLIENT: has_client,
        INVOICE: issued,
    }
    return SetupProgress(tuple(SetupStep(key, done[key]) for key in STEPS))


@dataclass(frozen=True)
class WithholdingDraft:
    """A draft whose 源泉徴収 differs from what the current legal form and the client call for."""

    document_id: int
    client_name: str
    subject: str
    expected: bool  # what a new draft for this client would have


def withholding_drafts(store: Store) -> list[WithholdingDraft]:
    """Drafts that kept the withholding of the legal form they were written under: after a switch to
    個人事業主 a draft for a client who withholds still has 源泉徴収 off (and the reverse)."""
    found = []
    with store.db.snapshot() as conn:
        profile = company_repo.load(conn)
        sole = profile is not None and profile.entity_type is EntityType.SOLE_PROPRIETOR
        for row in documents_repo.summaries(conn, kinds=(DocumentKind.INVOICE, DocumentKind.CORRECTION)):
            if row.number is not None:
                continue
            doc = documents_repo.load(conn, row.id)
            client = clients_repo.load(conn, row.client_id)
            if doc is None or client is None:
                continue
            expected = withholding.applies(sole, client.withholds)
            if doc.withholding != expected:
                found.append(WithholdingDraft(row.id, row.client_name, row.subject, expected))
    return found
