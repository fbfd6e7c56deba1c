"""Clients (取引先): who documents are addressed to, their T-number, terms and withholding."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ushiro_desk.domain import tnumber
from ushiro_desk.domain.business_calendar import HolidayRule
from ushiro_desk.domain.invoicing.document import Honorific, Recipient
from ushiro_desk.domain.invoicing.terms import PaymentTerms
from ushiro_desk.domain.problems import Problem, error

LANGUAGES = ("ja", "en")
_POSTAL = re.compile(r"[0-9]{3}-?[0-9]{4}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"[0-9+()\- ]{6,20}")


@dataclass(frozen=True)
class Client:
    name: str
    honorific: Honorific = Honorific.ONCHU
    department: str = ""
    person: str = ""
    postal_code: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    registration_number: str = ""  # the client's own T-number, if any
    withholds: bool = False  # pays our fees net of 源泉徴収 (a corporation or employer paying an individual)
    terms: PaymentTerms = field(default_factory=PaymentTerms)
    holiday_rule: HolidayRule = HolidayRule.PREVIOUS
    language: str = "ja"  # layout of its documents
    notes: str = ""
    archived: bool = False
    id: int | None = None

    def recipient(self) -> Recipient:
        return Recipient(
            name=self.name,
            honorific=self.honorific,
            department=self.department,
            person=self.person,
            postal_code=self.postal_code,
            address=self.address,
        )


def validate_client(client: Client) -> tuple[Client, list[Problem]]:
    """Check a client; return it with its T-number normalised, and every problem at once."""
    problems: list[Problem] = []
    if not client.name.strip():
        problems.append(error("name", "required"))
    if client.postal_code and not _POSTAL.fullmatch(client.postal_code):
        problems.append(error("postal_code", "postal_code.format"))
    if client.email and not _EMAIL.fullmatch(client.email):
        problems.append(error("email", "email.format"))
    if client.phone and not _PHONE.fullmatch(client.phone):
        problems.append(error("phone", "phone.format"))
    if client.language not in LANGUAGES:
        problems.append(error("language", "client.language"))
    number, found = tnumber.validate(client.registration_number)
    problems.extend(found)
    problems.extend(client.terms.problems())
    return replace(client, name=client.name.strip(), registration_number=number), problems
