"""A store with the owner's bank account, two clients and issued invoices to match deposits against."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Callable

import pytest

from ushiro_desk.domain.company import AccountType, BankAccount, CompanyProfile, EntityType
from ushiro_desk.domain.invoicing.client import Client
from ushiro_desk.domain.invoicing.document import DocumentKind, Honorific, Line
from ushiro_desk.domain.invoicing.status import DocumentSummary
from ushiro_desk.domain.invoicing.tax import TaxCategory
from ushiro_desk.services import company
from ushiro_desk.services.bank import matching
from ushiro_desk.services.invoicing import clients, documents, queries
from ushiro_desk.services.store import Store

ACCOUNT = "みずほ銀行 渋谷支店 1234567"
PROFILE = CompanyProfile(
    name="合同会社ゴトウデザイン",
    representative="後藤 真紀",
    entity_type=EntityType.CORPORATION,
    bank_accounts=(BankAccount("みずほ銀行", "渋谷支店", AccountType.ORDINARY, "1234567", "ド)ゴトウデザイン"),),
)


@pytest.fixture
def owner(store: Store) -> Store:
    company.save_profile(store, PROFILE)
    return store


@pytest.fixture
def minato(owner: Store) -> Client:
    client, _, _ = clients.save_client(owner, Client("株式会社ミナト製作所", Honorific.ONCHU))
    matching.add_kana_name(owner, client.id or 0, "ミナトセイサクショ")
    return client


@pytest.fixture
def aoba(owner: Store) -> Client:
    client, _, _ = clients.save_client(owner, Client("有限会社アオバ商事", Honorific.ONCHU))
    matching.add_kana_name(owner, client.id or 0, "アオバショウジ")
    return client


@pytest.fixture
def issue(owner: Store) -> Callable[..., DocumentSummary]:
    """Issue an invoice of `price` yen before tax (10 %) to a client; return its summary."""

    def make(client: Client, price: int, day: date = date(2026, 10, 31)) -> DocumentSummary:
        doc = documents.new_document(owner, DocumentKind.INVOICE, client.id or 0, issue_date=day)
        doc = replace(doc, lines=(Line("制作費", Decimal(1), "式", Decimal(price), TaxCategory.STANDARD),),
                      subject="制作費")
        saved, _, _ = documents.save_draft(owner, doc)
        issued, _ = documents.issue(owner, saved.id or 0)
        (summary,) = queries.list_documents(owner, ids=[issued.id or 0])
        return summary

    return make


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, bytes], Path]:
    def put(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return put
