"""Fixtures of the invoicing tests: a store with a company profile, clients and helpers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Callable

import pytest

from ushiro_desk.domain.company import AccountType, BankAccount, CompanyProfile, EntityType
from ushiro_desk.domain.invoicing.client import Client
from ushiro_desk.domain.invoicing.document import Document, DocumentKind, Honorific, Line
from ushiro_desk.domain.invoicing.tax import TaxCategory
from ushiro_desk.services import company
from ushiro_desk.services.invoicing import clients, documents
from ushiro_desk.services.store import Store

PROFILE = CompanyProfile(
    name="後藤デザイン事務所",
    representative="後藤 真紀",
    postal_code="150-0002",
    address="東京都渋谷区渋谷二丁目1番1号",
    phone="03-1234-5678",
    email="office@example.jp",
    registration_number="T7010705000725",
    entity_type=EntityType.SOLE_PROPRIETOR,
    bank_accounts=(BankAccount("みずほ銀行", "渋谷支店", AccountType.ORDINARY, "1234567", "ゴトウ マキ"),),
)

MIXED_LINES = (
    Line("Webサイト デザイン制作費", Decimal(1), "式", Decimal(300_000), TaxCategory.STANDARD, withholding=True),
    Line("撮影用 お弁当", Decimal(4), "個", Decimal("1080"), TaxCategory.REDUCED),
    Line("交通費", Decimal(1), "式", Decimal(2_860), TaxCategory.STANDARD),
)


@pytest.fixture
def owner(store: Store) -> Store:
    """A sole proprietor's store (so withholding applies to clients that withhold)."""
    company.save_profile(store, PROFILE)
    return store


@pytest.fixture
def corp_client(owner: Store) -> Client:
    client, _, _ = clients.save_client(
        owner,
        Client(
            "株式会社アオバ商事", Honorific.ONCHU, department="制作部", person="青葉 一郎", postal_code="104-0061",
            address="東京都中央区銀座四丁目5番6号", registration_number="T1180301018771", withholds=True,
        ),
    )
    return client


@pytest.fixture
def make_draft(owner: Store, corp_client: Client) -> Callable[..., Document]:
    def make(
        lines: tuple[Line, ...] = MIXED_LINES,
        kind: DocumentKind = DocumentKind.INVOICE,
        issue_date: date = date(2026, 5, 29),
        **changes: object,
    ) -> Document:
        doc = documents.new_document(owner, kind, corp_client.id or 0, issue_date=issue_date)
        doc = replace(doc, lines=lines, subject="コーポレートサイト制作", **changes)  # type: ignore[arg-type]
        saved, _, _ = documents.save_draft(owner, doc)
        return saved

    return make
