"""Taking a returned packet back: read it without trusting it, match it to the ledger, show a review
of every change, and apply only what the owner accepts — in one transaction."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Callable

from ushiro_desk.domain.handoff.return_sheet import ReturnStatus, parse
from ushiro_desk.domain.problems import InvalidInput, error
from ushiro_desk.reports.handoff.safe_zip import UnsafeArchive, read_members
from ushiro_desk.services import chores
from ushiro_desk.services.changes import HANDOFF, Changes
from ushiro_desk.services.handoff import secrets
from ushiro_desk.services.handoff.recipients import list_recipients
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit, chores_repo, handoff_repo
from ushiro_desk.storage.handoff_repo import DisclosureEntry

RECEIPT_TYPES = {".pdf", ".png", ".jpg", ".jpeg"}
MAX_RECEIPT_BYTES = 50 * 1024 * 1024
ReceiptSink = Callable[[Store, str, bytes, date], None]  # (store, file name, bytes, today)
_receipt_sink: ReceiptSink | None = None


def set_receipt_sink(sink: ReceiptSink) -> None:
    """The expenses area takes accepted receipts (one draft expense each)."""
    global _receipt_sink
    _receipt_sink = sink


@dataclass(frozen=True)
class ReviewItem:
    key: str
    kind: str  # "occurrence" or "receipt"
    label: str
    status: ReturnStatus | None = None
    minutes: int | None = None
    note: str = ""
    occurrence_id: int | None = None
    file_name: str = ""
    data: bytes = b""
    current: str = ""  # the occurrence's state now

    @property
    def changes_something(self) -> bool:
        return self.kind == "receipt" or self.status in (ReturnStatus.DONE, ReturnStatus.SKIPPED)


@dataclass(frozen=True)
class ReturnReview:
    source: Path
    sha256: str
    disclosure: DisclosureEntry
    items: tuple[ReviewItem, ...]


def _members(store: Store, path: Path, password: str | None) -> dict[str, bytes]:
    if password is not None:
        return read_members(path, password.encode())
    try:
        return read_members(path, None)
    except UnsafeArchive as exc:
        if exc.code != "archive.password_needed":
            raise
    if not secrets.keyring_available():
        raise UnsafeArchive("archive.password_needed")
    for recipient in list_recipients(store):
        known = secrets.load_password(recipient.id)
        if not known:
            continue
        try:
            return read_members(path, known.encode())
        except UnsafeArchive as exc:
            if exc.code != "archive.bad_password":
                raise
    raise UnsafeArchive("archive.bad_password")


def read_return(store: Store, path: Path, password: str | None = None) -> ReturnReview:
    """Read and check a returned packet; raise InvalidInput (nothing changed) on any problem."""
    field = "file"
    try:
        members = _members(store, path, password)
    except UnsafeArchive as exc:
        raise InvalidInput([error(field, exc.code, member=exc.member)]) from exc
    try:
        manifest = json.loads(members["manifest.json"].decode("utf-8"))
        bundle_id = str(manifest["bundle_id"])
    except (KeyError, ValueError, UnicodeDecodeError, TypeError):
        raise InvalidInput([error(field, "return.no_manifest")]) from None
    with store.db.snapshot() as conn:
        entry = handoff_repo.find_disclosure(conn, bundle_id)
        if entry is None:
            raise InvalidInput([error(field, "return.unknown_bundle", bundle_id=bundle_id)])
        disclosed = handoff_repo.disclosed_occurrences(conn, entry.id)
        if "return/status.csv" not in members:
            raise InvalidInput([error(field, "return.no_status")])
        lines, problems = parse(members["return/status.csv"])
        items: list[ReviewItem] = []
        for line in lines:
            if line.occurrence_id not in disclosed:
                problems.append(error("occurrence_id", "return.not_in_bundle", line=line.line))
                continue
            if line.status is ReturnStatus.OPEN and not line.note:
                continue
            occurrence = chores_repo.load_occurrence(conn, line.occurrence_id)
            if occurrence is None:
                problems.append(error("occurrence_id", "return.not_in_bundle", line=line.line))
                continue
            items.append(ReviewItem(
                key=f"occurrence:{line.occurrence_id}", kind="occurrence", label=f"{line.chore} {line.due_date.isoformat()}",
                status=line.status, minutes=line.minutes, note=line.note, occurrence_id=line.occurrence_id,
                current=occurrence.state.value,
            ))
    for name, data in sorted(members.items()):
        posix = PurePosixPath(name)
        if posix.parent.as_posix() != "return/receipts":
            continue
        if posix.suffix.lower() not in RECEIPT_TYPES:
            problems.append(error("receipts", "return.receipt_type", member=name))
        elif not data or len(data) > MAX_RECEIPT_BYTES:
            problems.append(error("receipts", "return.receipt_size", member=name))
        else:
            items.append(ReviewItem(key=f"receipt:{name}", kind="receipt", label=posix.name, file_name=posix.name, data=data))
    if problems:
        raise InvalidInput(problems)
    return ReturnReview(path, hashlib.sha256(path.read_bytes()).hexdigest(), entry, tuple(items))


def apply_return(store: Store, review: ReturnReview, accepted: set[str], today: date) -> Changes:
    """Apply the accepted items (keys) in one transaction; the rest is left as it was."""
    from ushiro_desk.services.handoff.sources import load_areas

    load_areas()  # the expenses area takes receipts
    recipient_id = review.disclosure.recipient_id
    changes = Changes.of(HANDOFF)
    applied = 0
    with store.db.transaction() as conn:
        for item in review.items:
            if item.key not in accepted:
                continue
            if item.kind == "occurrence" and item.occurrence_id is not None:
                note = f"{review.disclosure.recipient_name}: {item.note}".strip(": ") if item.note else ""
                if item.status is ReturnStatus.DONE:
                    changes |= chores.complete(store, item.occurrence_id, today, minutes=item.minutes, done_by_id=recipient_id, note=note)
                elif item.status is ReturnStatus.SKIPPED:
                    changes |= chores.skip(store, item.occurrence_id, today, note=note)
                else:
                    continue  # a question or a note is shown to the owner, not applied
            elif item.kind == "receipt":
                if _receipt_sink is None:
                    raise InvalidInput([error("receipts", "return.receipts_unsupported")])
                _receipt_sink(store, item.file_name, item.data, today)
            applied += 1
        handoff_repo.record_return(conn, review.disclosure.id, applied, len(review.items) - applied, review.sha256)
        audit.record(conn, "import", "disclosure", review.disclosure.bundle_id, {"accepted": applied})
    return changes
