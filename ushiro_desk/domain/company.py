"""The owner's company: who issues the invoices (発行事業者) and where clients pay."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum

from ushiro_desk.domain import tnumber
from ushiro_desk.domain.problems import Problem, error, warning

# 口座名義 as banks register it for 振込 (全銀 characters): カナ, A–Z, digits, space and ( ) . , - / ・ ー,
# compared after NFKC (so half-width ｶﾅ and full-width （ ） count too).
_KANA_HOLDER = re.compile(r"[\u30A1-\u30FA\u30FC\u30FBA-Z0-9 ().,\-/]+")


def is_kana_holder(text: str) -> bool:
    return bool(_KANA_HOLDER.fullmatch(unicodedata.normalize("NFKC", text).strip()))


class EntityType(Enum):
    CORPORATION = "corporation"  # 法人 (e.g. a ひとり社長's 株式会社 / 合同会社)
    SOLE_PROPRIETOR = "sole_proprietor"  # 個人事業主


class AccountType(Enum):
    ORDINARY = "ordinary"  # 普通
    CURRENT = "current"  # 当座
    SAVINGS = "savings"  # 貯蓄


@dataclass(frozen=True)
class BankAccount:
    """A 振込先 printed on invoices."""

    bank_name: str
    branch_name: str
    account_type: AccountType
    account_number: str
    account_holder: str  # 口座名義 (usually カナ)

    def problems(self, index: int) -> list[Problem]:
        prefix = f"bank_accounts[{index}]"
        found = []
        if not self.bank_name.strip():
            found.append(error(f"{prefix}.bank_name", "required"))
        if not self.branch_name.strip():
            found.append(error(f"{prefix}.branch_name", "required"))
        if not re.fullmatch(r"[0-9]{1,8}", self.account_number):
            found.append(error(f"{prefix}.account_number", "bank.account_number"))
        if not self.account_holder.strip():
            found.append(error(f"{prefix}.account_holder", "required"))
        elif not is_kana_holder(self.account_holder):
            found.append(warning(f"{prefix}.account_holder", "bank.holder_kana"))
        return found


@dataclass(frozen=True)
class CompanyProfile:
    name: str
    representative: str = ""
    postal_code: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    registration_number: str = ""  # T + 13 digits, empty when not a 適格請求書発行事業者
    entity_type: EntityType = EntityType.CORPORATION
    fiscal_year_start_month: int = 4
    bank_accounts: tuple[BankAccount, ...] = field(default_factory=tuple)
    logo_sha256: str | None = None
    seal_sha256: str | None = None  # 角印
    # 特定業務委託事業者 (フリーランス法2条6項): has employees, or two or more officers. The 60-day
    # payment rule (法4条) then binds the work orders of handoff bundles.
    specified_commissioner: bool = False

    @property
    def is_corporation(self) -> bool:
        return self.entity_type is EntityType.CORPORATION


_POSTAL = re.compile(r"[0-9]{3}-?[0-9]{4}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"[0-9+()\- ]{6,20}")


def validate_profile(profile: CompanyProfile) -> tuple[CompanyProfile, list[Problem]]:
    """Check a profile; return it with the T-number normalised, and every problem at once."""
    problems: list[Problem] = []
    if not profile.name.strip():
        problems.append(error("name", "required"))
    if profile.postal_code and not _POSTAL.fullmatch(profile.postal_code):
        problems.append(error("postal_code", "postal_code.format"))
    if profile.email and not _EMAIL.fullmatch(profile.email):
        problems.append(error("email", "email.format"))
    if profile.phone and not _PHONE.fullmatch(profile.phone):
        problems.append(error("phone", "phone.format"))
    if not 1 <= profile.fiscal_year_start_month <= 12:
        problems.append(error("fiscal_year_start_month", "month.range"))
    number, tproblems = tnumber.validate(
        profile.registration_number, is_corporation=profile.is_corporation
    )
    problems.extend(tproblems)
    for index, account in enumerate(profile.bank_accounts):
        problems.extend(account.problems(index))
    normalised = CompanyProfile(**{**profile.__dict__, "registration_number": number})
    return normalised, problems
