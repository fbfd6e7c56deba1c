"""A recipient of handoff bundles: an outsourcer (from the chores inventory) with the terms of the
work, the communication rules, and the scope of what they may see."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ushiro_desk.domain.handoff.disclosure import DataKind, Scope, Sensitivity
from ushiro_desk.domain.problems import Problem, error, warning

LANGUAGES = ("ja", "en")


@dataclass(frozen=True)
class RecipientProfile:
    outsourcer_id: int
    contact: str = ""  # email or address for the packet
    channel: str = ""  # 連絡手段 (e.g. Chatwork, Slack, email)
    emergency_contact: str = ""
    report_every: str = ""  # 報告の頻度
    working_hours: str = ""
    nda_date: date | None = None  # 秘密保持契約の締結日
    areas: frozenset[str] = frozenset()  # chore areas they may work in
    data_kinds: frozenset[DataKind] = frozenset()
    allowed_sensitive: frozenset[Sensitivity] = frozenset()
    fee_terms: str = ""  # 報酬の額 or how it is computed
    payment_method: str = "銀行振込"
    delivery_place: str = ""  # 納品場所
    language: str = "ja"
    notes: str = field(default="", compare=False)  # the owner's own; never leaves

    @property
    def scope(self) -> Scope:
        return Scope(self.areas, self.data_kinds, self.allowed_sensitive)


def validate_recipient(profile: RecipientProfile) -> list[Problem]:
    problems: list[Problem] = []
    if profile.language not in LANGUAGES:
        problems.append(error("language", "recipient.language"))
    if not profile.areas:
        problems.append(warning("areas", "recipient.no_areas"))
    if profile.nda_date is None and profile.data_kinds:
        problems.append(warning("nda_date", "recipient.no_nda"))
    if profile.allowed_sensitive:
        problems.append(warning("allowed_sensitive", "recipient.sensitive_allowed"))
    return problems
