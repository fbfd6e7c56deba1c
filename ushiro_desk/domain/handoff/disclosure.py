"""What may leave for a recipient: default deny, field by field.

A record kind lists the fields that may ever be exported, each with its sensitivity. Anything not
listed never leaves. Sensitive fields leave only when the recipient is explicitly allowed that kind of
data; otherwise the field is written as a mask and the preview says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Mapping


class DataKind(Enum):
    """The kinds of data a recipient may be allowed to see (chosen per recipient)."""

    INVOICES = "invoices"  # issued invoices and their PDFs
    EXPENSES = "expenses"  # expenses and their receipts
    CLIENT_CONTACTS = "client_contacts"  # where to send documents
    BANK_DETAILS = "bank_details"  # the company's account numbers


class Sensitivity(Enum):
    ORDINARY = "ordinary"
    BANK_ACCOUNT = "bank_account"  # account numbers
    PERSONAL = "personal"  # personal data of individuals (個人情報)
    OWNER_NOTE = "owner_note"  # the owner's own notes


class WithheldReason(Enum):
    OWNER_ONLY = "owner_only"
    CONFIDENTIAL = "confidential"
    AREA_NOT_ALLOWED = "area_not_allowed"
    KIND_NOT_ALLOWED = "kind_not_allowed"
    NOT_ASSIGNED = "not_assigned"
    OUTSIDE_PERIOD = "outside_period"


MASK = "（非開示）"


@dataclass(frozen=True)
class FieldRule:
    name: str
    sensitivity: Sensitivity = Sensitivity.ORDINARY


def _rules(*items: str | tuple[str, Sensitivity]) -> tuple[FieldRule, ...]:
    return tuple(FieldRule(i) if isinstance(i, str) else FieldRule(*i) for i in items)


# The only fields that can ever leave, per record kind. Owner notes are listed so that the preview can
# say they were withheld; they leave only if the owner allowed OWNER_NOTE for this recipient.
EXPORTABLE: dict[str, tuple[FieldRule, ...]] = {
    "chore": _rules(
        "title", "area", "goal", "steps", "rules", "exceptions", "inputs", "outputs", "estimate_minutes",
        "cadence", "answers", ("owner_note", Sensitivity.OWNER_NOTE),
    ),
    "occurrence": _rules("chore_id", "due_date", "state"),
    "invoice": _rules(
        "number", "kind", "issue_date", "due_date", "client_name", "subject", "total", "amount_due", "status",
        "pdf", ("owner_note", Sensitivity.OWNER_NOTE),
    ),
    "client": _rules(
        "name", "honorific", "department",
        ("person", Sensitivity.PERSONAL), ("email", Sensitivity.PERSONAL),
        ("postal_code", Sensitivity.PERSONAL), ("address", Sensitivity.PERSONAL), ("phone", Sensitivity.PERSONAL),
        ("owner_note", Sensitivity.OWNER_NOTE),
    ),
    "expense": _rules(
        "date", "payee", "amount", "tax_category", "account", "payment_method", "memo", "receipts",
        ("attendees", Sensitivity.PERSONAL), ("owner_note", Sensitivity.OWNER_NOTE),
    ),
    "bank_account": _rules("bank_name", "branch_name", "account_type", ("account_number", Sensitivity.BANK_ACCOUNT), "account_holder"),
}

# Which data kind a record kind belongs to (chores and occurrences are the work itself).
KIND_OF_RECORD: dict[str, DataKind | None] = {
    "chore": None,
    "occurrence": None,
    "invoice": DataKind.INVOICES,
    "client": DataKind.CLIENT_CONTACTS,
    "expense": DataKind.EXPENSES,
    "bank_account": DataKind.BANK_DETAILS,
}


@dataclass(frozen=True)
class Scope:
    """What one recipient may receive."""

    areas: frozenset[str]
    data_kinds: frozenset[DataKind]
    allowed_sensitive: frozenset[Sensitivity] = frozenset()


@dataclass(frozen=True)
class SourceRecord:
    """A record offered for a bundle, as the services gathered it."""

    kind: str
    record_id: str
    label: str
    values: Mapping[str, object]
    files: tuple[tuple[str, str], ...] = ()  # (sha256, file name as it should appear)
    # For a client: an individual (様), whose contact details are personal data.
    is_individual: bool = False


@dataclass(frozen=True)
class PlannedRecord:
    kind: str
    record_id: str
    label: str
    fields: tuple[tuple[str, str], ...]  # what is written, masks included
    masked: tuple[tuple[str, Sensitivity], ...]  # which fields were masked and why
    files: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Withheld:
    kind: str
    record_id: str
    label: str
    reason: WithheldReason


@dataclass(frozen=True)
class PlannedTask:
    """A chore that goes to the recipient, with its due dates in the period."""

    chore: PlannedRecord
    due_dates: tuple[date, ...]
    needs: tuple[DataKind, ...]


@dataclass(frozen=True)
class BundlePlan:
    recipient: str
    period_start: date
    period_end: date
    tasks: tuple[PlannedTask, ...]
    records: tuple[PlannedRecord, ...]
    withheld: tuple[Withheld, ...]

    @property
    def files(self) -> tuple[tuple[str, str], ...]:
        """(sha256, path inside the packet) of every attachment, each file once, names made safe and
        unique — the preview shows these and the writer writes these."""
        seen: dict[str, str] = {}
        for record in (*[t.chore for t in self.tasks], *self.records):
            for sha, name in record.files:
                seen.setdefault(sha, name)
        used: set[str] = set()
        result = []
        for sha, name in seen.items():
            base = safe_file_name(name)
            stem, dot, ext = base.rpartition(".")
            if not dot:
                stem, ext = base, ""
            candidate, n = f"files/{base}", 2
            while candidate in used:
                candidate = f"files/{stem}-{n}{dot}{ext}"
                n += 1
            used.add(candidate)
            result.append((sha, candidate))
        return tuple(result)


_UNSAFE_IN_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def safe_file_name(name: str) -> str:
    """A file name every file system accepts (characters Windows refuses become _)."""
    return (_UNSAFE_IN_NAME.sub("_", name).strip(" .") or "file")[:120]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def plan_record(record: SourceRecord, scope: Scope) -> PlannedRecord:
    """Keep only exportable fields; mask sensitive ones the recipient is not allowed."""
    rules = EXPORTABLE.get(record.kind)
    if rules is None:
        raise ValueError(f"no export rules for {record.kind!r}")
    fields: list[tuple[str, str]] = []
    masked: list[tuple[str, Sensitivity]] = []
    for rule in rules:
        if rule.name not in record.values:
            continue
        value = _text(record.values[rule.name])
        sensitivity = rule.sensitivity
        if record.kind == "client" and sensitivity is Sensitivity.PERSONAL and not record.is_individual:
            # A company's delivery contact is business data, given with CLIENT_CONTACTS; only an
            # individual client's contact details are personal data (個人情報).
            sensitivity = Sensitivity.ORDINARY
        if sensitivity is not Sensitivity.ORDINARY and sensitivity not in scope.allowed_sensitive:
            if value:
                masked.append((rule.name, sensitivity))
                fields.append((rule.name, MASK))
            continue
        fields.append((rule.name, value))
    return PlannedRecord(record.kind, record.record_id, record.label, tuple(fields), tuple(masked), record.files)


@dataclass(frozen=True)
class ChoreOffer:
    """An assigned chore with what it needs, as offered for the period."""

    record: SourceRecord
    area: str
    owner_only: bool
    confidential: bool
    due_dates: tuple[date, ...]
    needs: tuple[DataKind, ...]
    # The data each need brings: e.g. INVOICES → the period's invoices, CLIENT_CONTACTS → their clients.
    data: Mapping[DataKind, tuple[SourceRecord, ...]] = field(default_factory=dict)


def plan_bundle(
    recipient: str, scope: Scope, period_start: date, period_end: date, offers: tuple[ChoreOffer, ...]
) -> BundlePlan:
    """Decide every record, field and file that leaves, and everything that stays with a reason."""
    tasks: list[PlannedTask] = []
    records: dict[tuple[str, str], PlannedRecord] = {}
    withheld: dict[tuple[str, str], Withheld] = {}

    def withhold(record: SourceRecord, reason: WithheldReason) -> None:
        withheld.setdefault((record.kind, record.record_id), Withheld(record.kind, record.record_id, record.label, reason))

    for offer in offers:
        if offer.owner_only:
            withhold(offer.record, WithheldReason.OWNER_ONLY)
            continue
        if offer.confidential:
            withhold(offer.record, WithheldReason.CONFIDENTIAL)
            continue
        if offer.area not in scope.areas:
            withhold(offer.record, WithheldReason.AREA_NOT_ALLOWED)
            continue
        dues = tuple(d for d in offer.due_dates if period_start <= d <= period_end)
        if not dues:
            withhold(offer.record, WithheldReason.OUTSIDE_PERIOD)
            continue
        tasks.append(PlannedTask(plan_record(offer.record, scope), dues, offer.needs))
        for need in offer.needs:
            for source in offer.data.get(need, ()):
                key = (source.kind, source.record_id)
                kind = KIND_OF_RECORD.get(source.kind)
                if kind is None or kind not in scope.data_kinds:
                    if key not in records:
                        withhold(source, WithheldReason.KIND_NOT_ALLOWED)
                    continue
                withheld.pop(key, None)
                records.setdefault(key, plan_record(source, scope))
    return BundlePlan(
        recipient=recipient,
        period_start=period_start,
        period_end=period_end,
        tasks=tuple(tasks),
        records=tuple(records.values()),
        withheld=tuple(withheld.values()),
    )
