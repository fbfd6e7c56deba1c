"""The chores' kinds of value: area, who may do a chore and why, an occurrence's state, an outsourcer's
role. Kept apart from `model` so that lists (the Today page at start) can use them without the
recurrence engine."""

from __future__ import annotations

from enum import Enum

MAX_MINUTES = 24 * 60  # what one occurrence can take


class Area(Enum):
    ACCOUNTING = "accounting"  # 経理・財務
    HR = "hr"  # 人事・労務
    GENERAL = "general"  # 総務・庶務
    LEGAL_IT = "legal_it"  # 法務・IT
    SALES_ADMIN = "sales_admin"  # 営業事務
    OTHER = "other"


class Delegability(Enum):
    DELEGABLE = "delegable"
    WITH_REVIEW = "with_review"  # delegable, the owner checks the result
    OWNER_ONLY = "owner_only"

    @property
    def can_hand_off(self) -> bool:
        return self is not Delegability.OWNER_ONLY


class OwnerOnlyReason(Enum):
    """Why a chore stays with the owner."""

    DECISION = "decision"  # pricing, contracts, evaluations
    COORDINATION = "coordination"  # complex coordination
    CONFIDENTIAL = "confidential"  # M&A, unpublished financials, personal data


class OccurrenceState(Enum):
    OPEN = "open"
    DONE = "done"
    SKIPPED = "skipped"


class OutsourcerRole(Enum):
    ONLINE_SECRETARY = "online_secretary"  # オンライン秘書
    BPO = "bpo"
    TAX_ACCOUNTANT = "tax_accountant"  # 税理士
    OTHER = "other"
