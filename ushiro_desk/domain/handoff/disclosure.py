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
    SHOWS_MASKED = "shows_masked"  # a file that shows a field the recipient may not see


class FileState(Enum):
    """What happens to a stored file: it goes as it is, goes as a copy rendered without the masked
    fields, or stays home."""

    SENT = "sent"
    RENDERED = "rendered"
    WITHHELD = "withheld"


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
        "number", "kind", "issue_date", "due_date", "client_name", "subject", "total", "billed", "paid", "credited",
        "amount_due", "status", "original_number", ("owner_note", Sensitivity.OWNER_NOTE),
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
class Shown:
    """A field of another record that a file shows (e.g. an invoice PDF prints the client's address
    and the company's bank account number)."""

    kind: str  # record kind, e.g. "client", "bank_account"
    field: str
    is_individual: bool = False  # for a client: an individual (様)


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
    # What the record's files show besides the record's own fields, and whether the service can
    # render a copy of them without the fields the recipient may not see.
    shows: tuple[Shown, ...] = ()
    redactable: bool = False


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
class PlannedFile:
    """One stored file of a record and what happens to it.

    `member` is the opaque path inside the packet (`files/0007.pdf`): an encrypted zip does not hide
    member names, so they say nothing about payees, amounts, dates or people; the readable `name`
    is written only inside the encrypted manifest and index. A withheld file has no member.
    """

    sha256: str
    name: str
    member: str
    record_kind: str
    record_id: str
    record_label: str
    state: FileState
    masked: tuple[tuple[str, str, Sensitivity], ...] = ()  # (record kind, field, why) it shows but may not leave

    @property
    def leaves(self) -> bool:
        return self.state is not FileState.WITHHELD


@dataclass(frozen=True)
class BundlePlan:
    recipient: str
    period_start: date
    period_end: date
    tasks: tuple[PlannedTask, ...]
    records: tuple[PlannedRecord, ...]
    withheld: tuple[Withheld, ...]
    file_plan: tuple[PlannedFile, ...] = ()  # every stored file of the records, those that stay home too

    @property
    def files(self) -> tuple[tuple[str, str], ...]:
        """(sha256 of the stored file, path inside the packet) of every file that leaves — the preview
        shows these and the writer writes these."""
        return tuple((f.sha256, f.member) for f in self.file_plan if f.leaves)

    @property
    def leaving_files(self) -> tuple[PlannedFile, ...]:
        return tuple(f for f in self.file_plan if f.leaves)


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


def sensitivity_of(kind: str, rule: FieldRule, is_individual: bool) -> Sensitivity:
    """The field's sensitivity for this record."""
    if kind == "client" and rule.sensitivity is Sensitivity.PERSONAL and not is_individual:
        # A company's delivery contact is business data, given with CLIENT_CONTACTS; only an
        # individual client's contact details are personal data (個人情報).
        return Sensitivity.ORDINARY
    return rule.sensitivity


def field_masked(kind: str, name: str, scope: Scope, is_individual: bool = False) -> Sensitivity | None:
    """Why a field shown in a file may not leave for this recipient, or None when it may: the same
    rule as the record's own fields (a sensitive field needs its sensitivity allowed), and a sensitive
    field of a record kind the recipient is not given does not leave inside a file either."""
    rule = next((r for r in EXPORTABLE.get(kind, ()) if r.name == name), None)
    if rule is None:
        raise ValueError(f"no export rule for {kind}.{name}")
    sensitivity = sensitivity_of(kind, rule, is_individual)
    if sensitivity is Sensitivity.ORDINARY:
        return None
    data_kind = KIND_OF_RECORD.get(kind)
    if sensitivity not in scope.allowed_sensitive or (data_kind is not None and data_kind not in scope.data_kinds):
        return sensitivity
    return None


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
        sensitivity = sensitivity_of(record.kind, rule, record.is_individual)
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


# Extensions a packet member may keep (anything else goes without one).
_MEMBER_SUFFIXES = frozenset({".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".heic", ".tif", ".tiff", ".txt", ".csv"})


def member_suffix(name: str) -> str:
    _, dot, ext = name.rpartition(".")
    suffix = f".{ext.lower()}" if dot else ""
    return suffix if suffix in _MEMBER_SUFFIXES else ""


def plan_files(
    sources: list[tuple[PlannedRecord, SourceRecord]], scope: Scope, *, render_masked: bool
) -> tuple[tuple[PlannedFile, ...], list[Withheld]]:
    """Hold every stored file to the plan of the fields: a file that shows a field the recipient may
    not see stays home (default), or goes as a copy rendered without it when the owner chose that and
    the service can render one. Each file once; members numbered in order."""
    planned: list[PlannedFile] = []
    withheld: list[Withheld] = []
    seen: set[str] = set()
    number = 0
    for record, source in sources:
        masked = tuple(
            (s.kind, s.field, why) for s in source.shows
            if (why := field_masked(s.kind, s.field, scope, s.is_individual)) is not None
        )
        for sha, name in record.files:
            if sha in seen:
                continue
            seen.add(sha)
            readable = safe_file_name(name)
            if not masked:
                state = FileState.SENT
            elif render_masked and source.redactable:
                state = FileState.RENDERED
            else:
                state = FileState.WITHHELD
            member = ""
            if state is not FileState.WITHHELD:
                number += 1
                member = f"files/{number:04d}{'.pdf' if state is FileState.RENDERED else member_suffix(readable)}"
            else:
                withheld.append(Withheld("file", sha, readable, WithheldReason.SHOWS_MASKED))
            planned.append(PlannedFile(sha, readable, member, record.kind, record.record_id, record.label, state, masked))
    return tuple(planned), withheld


def plan_bundle(
    recipient: str,
    scope: Scope,
    period_start: date,
    period_end: date,
    offers: tuple[ChoreOffer, ...],
    *,
    render_masked: bool = False,
) -> BundlePlan:
    """Decide every record, field and file that leaves, and everything that stays with a reason.

    `render_masked`: the owner's choice for files that show a masked field — False (the default)
    keeps them home, True sends a copy rendered without the masked fields where one can be rendered.
    """
    tasks: list[PlannedTask] = []
    records: dict[tuple[str, str], PlannedRecord] = {}
    sources: dict[tuple[str, str], SourceRecord] = {}
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
        sources.setdefault(("chore", offer.record.record_id), offer.record)
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
                sources.setdefault(key, source)
    pairs = [(t.chore, sources[("chore", t.chore.record_id)]) for t in tasks]
    pairs += [(r, sources[(r.kind, r.record_id)]) for r in records.values()]
    file_plan, kept_home = plan_files(pairs, scope, render_masked=render_masked)
    return BundlePlan(
        recipient=recipient,
        period_start=period_start,
        period_end=period_end,
        tasks=tuple(tasks),
        records=tuple(records.values()),
        withheld=tuple(withheld.values()) + tuple(kept_home),
        file_plan=file_plan,
    )
