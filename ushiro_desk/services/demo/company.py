"""Sample company: a one-person design and consulting 合同会社."""

from __future__ import annotations

from ushiro_desk.domain.company import AccountType, BankAccount, CompanyProfile, EntityType
from ushiro_desk.services import company
from ushiro_desk.services.store import Store

ORDER = 0


def fill(store: Store, ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    profile = CompanyProfile(
        name="合同会社うしろデザイン",
        representative="代表社員 後藤 真紀",
        postal_code="150-0002",
        address="東京都渋谷区渋谷二丁目1番1号 青山ビル5階",
        phone="03-1234-5678",
        email="office@ushiro-design.example",
        registration_number="T9010401123456",
        entity_type=EntityType.CORPORATION,
        fiscal_year_start_month=4,
        bank_accounts=(
            BankAccount("みずほ銀行", "渋谷支店", AccountType.ORDINARY, "1234567", "ド）ウシロデザイン"),
        ),
    )
    company.save_profile(store, profile)
    return {"company": 1}
