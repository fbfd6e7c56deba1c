"""Taking a returned packet back: read it without trusting it, match it to the ledger, show a review
of every change, and apply only what the owner accepts — in one transaction.

A return changes only what is still the recipient's to change: a row applies to an occurrence that
was in that bundle, is still open, still assigned to that recipient, in a chore that is neither
owner-only nor confidential now, from a disclosure that has not expired and whose deletion was not
confirmed. Anything else is a conflict: shown with its reason and the current value, never applied.
A packet whose content was taken in before is refused as a repeat.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Callable

from ushiro_desk.domain.chores.kinds import OccurrenceState
from ushiro_desk.domain.handoff.return_sheet import (
    MAX_MANIFEST_BYTES,
    MAX_SHEET_BYTES,
    ReturnLine,
    ReturnStatus,
    parse,
    parse_manifest,
)
from ushiro_desk.domain.problems import InvalidInput, error
from ushiro_desk.reports.handoff.safe_zip import Limits, UnsafeArchive, read_members
from ushiro_desk.reports.handoff.workspace import is_return_file, read_return_file
from ushiro_desk.services import chores
from ushiro_desk.services.changes import CHORES, EXPENSES, HANDOFF, Changes
from ushiro_desk.services.handoff import secrets
from ushiro_desk.services.handoff.recipients import list_recipients
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit, chores_repo, handoff_repo, returns_repo
from ushiro_desk.storage.handoff_repo import DisclosureEntry
from ushiro_desk.storage.returns_repo import Question

RECEIPT_TYPES = {".pdf", ".png", ".jpg", ".jpeg"}
MAX_RECEIPT_BYTES = 50 * 1024 * 1024
MAX_RECEIPT_NAME_BYTES = 180  # the name becomes a file name while it is taken in
MANIFEST, SHEET = "manifest.json", "return/status.csv"
RETURN_LIMITS = Limits(member_caps={MANIFEST: MAX_MANIFEST_BYTES, SHEET: MAX_SHEET_BYTES})
ReceiptSink = Callable[[Store, str, bytes, date], None]  # (store, file name, bytes, today)
_receipt_sink: ReceiptSink | None = None


def set_receipt_sink(sink: ReceiptSink) -> None:
    """The expenses area takes accepted receipts (one draft expense each, its payee left to the owner)."""
    global _receipt_sink
    _receipt_sink = sink


class Conflict:
    """Why a returned item cannot be applied (codes; the UI words them)."""

    NOT_IN_BUNDLE = "not_in_bundle"
    GONE = "gone"
    EXPIRED = "expired"
    DELETION_CONFIRMED = "deletion_confirmed"
    NOT_OPEN = "not_open"
    OWNER_ONLY = "owner_only"
    CONFIDENTIAL = "confidential"
    REASSIGNED = "reassigned"


@dataclass(frozen=True)
class ReviewItem:
    key: str
    kind: str  # "occurrence" or "receipt"
    label: str  # the real chore title and due date from the database (the sheet's is only a hint)
    status: ReturnStatus | None = None
    minutes: int | None = None
    note: str = ""
    occurrence_id: int | None = None
    file_name: str = ""
    data: bytes = b""
    current: str = ""  # the occurrence's state now
    line: int | None = None  # the sheet's line
    hint: str = ""  # the sheet's chore and due date, when they differ from the database
    conflict: str = ""  # a Conflict code: this item cannot be applied
    now: dict[str, object] | None = None  # the current value the conflict is about

    @property
    def changes_something(self) -> bool:
        return self.kind == "receipt" or self.status in (ReturnStatus.DONE, ReturnStatus.SKIPPED, ReturnStatus.QUESTION)

    @property
    def applicable(self) -> bool:
        return self.changes_something and not self.conflict


@dataclass(frozen=True)
class ReturnReview:
    source: Path
    sha256: str  # of the packet's content (names and bytes of its members), to recognise a repeat
    disclosure: DisclosureEntry
    items: tuple[ReviewItem, ...]

    @property
    def conflicts(self) -> tuple[ReviewItem, ...]:
        return tuple(i for i in self.items if i.conflict)


def _workspace_members(store: Store, path: Path, password: str | None) -> dict[str, bytes]:
    """A return file written by the HTML workspace: the same limits, the password given or from the keyring."""
    if password is not None:
        return read_return_file(path, password, RETURN_LIMITS)
    if path.stat().st_size > RETURN_LIMITS.max_archive_bytes:  # before any key is derived
        raise UnsafeArchive("archive.too_large")
    if not secrets.keyring_available():
        raise UnsafeArchive("archive.password_needed")
    for recipient in list_recipients(store):
        known = secrets.load_password(recipient.id)
        if not known:
            continue
        try:
            return read_return_file(path, known, RETURN_LIMITS)
        except UnsafeArchive as exc:
            if exc.code != "archive.bad_password":
                raise
    raise UnsafeArchive("archive.bad_password")


def _members(store: Store, path: Path, password: str | None) -> dict[str, bytes]:
    if is_return_file(path):
        return _workspace_members(store, path, password)
    if password is not None:
        return read_members(path, password.encode(), RETURN_LIMITS)
    try:
        return read_members(path, None, RETURN_LIMITS)
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
            return read_members(path, known.encode(), RETURN_LIMITS)
        except UnsafeArchive as exc:
            if exc.code != "archive.bad_password":
                raise
    raise UnsafeArchive("archive.bad_password")


def _packet_root(members: dict[str, bytes]) -> dict[str, bytes]:
    """The packet's own files: zipping the folder itself (right-click → 7-Zip, Keka) puts everything in one
    top folder, and macOS adds __MACOSX/ and .DS_Store; both are undone here."""
    kept = {n: d for n, d in members.items() if not n.startswith("__MACOSX/") and PurePosixPath(n).name != ".DS_Store"}
    if MANIFEST in kept:
        return kept
    tops = {n.split("/", 1)[0] for n in kept}
    if len(tops) == 1 and all("/" in n for n in kept):
        top = tops.pop() + "/"
        return {n[len(top):]: d for n, d in kept.items()}
    return kept


def content_hash(members: dict[str, bytes]) -> str:
    """The same content gives the same hash however it was zipped again (AES salts differ)."""
    digest = hashlib.sha256()
    for name in sorted(members):
        digest.update(name.encode("utf-8") + b"\0" + hashlib.sha256(members[name]).digest())
    return digest.hexdigest()


def _disclosure_conflict(entry: DisclosureEntry, today: date) -> tuple[str, dict[str, object] | None]:
    if entry.deletion_confirmed_on is not None:
        return Conflict.DELETION_CONFIRMED, {"on": entry.deletion_confirmed_on}
    if entry.expired(today):
        return Conflict.EXPIRED, {"on": entry.expires_on}
    return "", None


def _occurrence_conflict(conn, entry: DisclosureEntry, disclosed: set[int], occurrence_id: int) -> tuple[str, dict[str, object] | None]:  # type: ignore[no-untyped-def]
    """Whether the occurrence is still the recipient's to change, and if not, what it is now."""
    if occurrence_id not in disclosed:
        return Conflict.NOT_IN_BUNDLE, None
    occurrence = chores_repo.load_occurrence(conn, occurrence_id)
    chore = chores_repo.load_chore(conn, occurrence.chore_id) if occurrence is not None else None
    if occurrence is None or chore is None:
        return Conflict.GONE, None
    if occurrence.state is not OccurrenceState.OPEN:
        who = None
        if occurrence.done_by_id is not None:
            person = chores_repo.load_outsourcer(conn, occurrence.done_by_id)
            who = person.name if person else None
        return Conflict.NOT_OPEN, {
            "state": occurrence.state.value, "on": occurrence.done_on, "minutes": occurrence.minutes,
            "note": occurrence.note, "by": who,
        }
    if not chore.delegability.can_hand_off:
        return Conflict.OWNER_ONLY, None
    if chore.confidential:
        return Conflict.CONFIDENTIAL, None
    if chore.assignee_id != entry.recipient_id:
        person = chores_repo.load_outsourcer(conn, chore.assignee_id) if chore.assignee_id is not None else None
        return Conflict.REASSIGNED, {"assignee": person.name if person else None}
    return "", None


def _line_item(conn, entry: DisclosureEntry, disclosed: set[int], line: ReturnLine, today: date) -> ReviewItem:  # type: ignore[no-untyped-def]
    occurrence = chores_repo.load_occurrence(conn, line.occurrence_id) if line.occurrence_id in disclosed else None
    chore = chores_repo.load_chore(conn, occurrence.chore_id) if occurrence is not None else None
    hinted = " ".join(p for p in (line.chore, line.due_date.isoformat() if line.due_date else "") if p)
    if occurrence is not None and chore is not None:
        label = f"{chore.title} {occurrence.due.isoformat()}"
        hint = hinted if (line.chore and line.chore != chore.title) or (line.due_date and line.due_date != occurrence.due) else ""
    else:
        label, hint = f"#{line.occurrence_id}", hinted
    conflict, now = _disclosure_conflict(entry, today)
    if not conflict:
        conflict, now = _occurrence_conflict(conn, entry, disclosed, line.occurrence_id)
    return ReviewItem(
        key=f"occurrence:{line.occurrence_id}", kind="occurrence", label=label, status=line.status, minutes=line.minutes,
        note=line.note, occurrence_id=line.occurrence_id, current=occurrence.state.value if occurrence else "",
        line=line.line, hint=hint, conflict=conflict, now=now,
    )


SUFFIXES_OF = {".pdf": (".pdf",), ".png": (".png",), ".jpg": (".jpg", ".jpeg")}


def sniff_type(data: bytes) -> str | None:
    """The file type told by the bytes (not the name): .pdf, .png, .jpg, or None."""
    if data.startswith(b"%PDF-"):
        return ".pdf"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return ".png"
    if data.startswith(b"\xff\xd8\xff"):
        return ".jpg"
    return None


def _bad_receipt_name(name: str) -> bool:
    return len(name.encode("utf-8")) > MAX_RECEIPT_NAME_BYTES or any(ord(ch) < 32 or ord(ch) == 127 for ch in name)


def read_return(store: Store, path: Path, password: str | None = None, today: date | None = None) -> ReturnReview:
    """Read and check a returned packet; raise InvalidInput (nothing changed) on any problem."""
    today = today or date.today()
    field = "file"
    try:
        members = _members(store, path, password)
    except UnsafeArchive as exc:
        raise InvalidInput([error(field, exc.code, member=exc.member)]) from exc
    members = _packet_root(members)
    if MANIFEST not in members:
        raise InvalidInput([error(MANIFEST, "return.no_manifest")])
    manifest, problems = parse_manifest(members[MANIFEST])
    if manifest is None:
        raise InvalidInput(problems)
    bundle_id = str(manifest["bundle_id"])
    sha256 = content_hash(members)
    with store.db.snapshot() as conn:
        entry = handoff_repo.find_disclosure(conn, bundle_id)
        if entry is None:
            raise InvalidInput([error(field, "return.unknown_bundle", bundle_id=bundle_id)])
        repeated = returns_repo.imported_on(conn, sha256)
        if repeated is not None:
            raise InvalidInput([error(field, "return.repeat", imported_at=repeated[:10])])
        if SHEET not in members:
            raise InvalidInput([error(field, "return.no_status")])
        lines, problems = parse(members[SHEET])
        if problems:
            raise InvalidInput(problems)
        disclosed = handoff_repo.disclosed_occurrences(conn, entry.id)
        items = [
            _line_item(conn, entry, disclosed, line, today)
            for line in lines
            if line.status is not ReturnStatus.OPEN or line.note
        ]
    receipt_conflict, receipt_now = _disclosure_conflict(entry, today)
    for name, data in sorted(members.items()):
        posix = PurePosixPath(name)
        if posix.parent.as_posix() != "return/receipts":
            continue
        sniffed = sniff_type(data)
        if posix.suffix.lower() not in RECEIPT_TYPES:
            problems.append(error("receipts", "return.receipt_type", member=name))
        elif _bad_receipt_name(posix.name):
            problems.append(error("receipts", "return.receipt_name", member=name[:80]))
        elif not data or len(data) > MAX_RECEIPT_BYTES:
            problems.append(error("receipts", "return.receipt_size", member=name))
        elif sniffed is None:  # the name says PDF or image, the bytes do not
            problems.append(error("receipts", "return.receipt_type", member=name))
        else:
            file_name = posix.name if posix.suffix.lower() in SUFFIXES_OF[sniffed] else posix.stem + sniffed  # the bytes decide
            items.append(ReviewItem(key=f"receipt:{name}", kind="receipt", label=posix.name, file_name=file_name, data=data,
                                    conflict=receipt_conflict, now=receipt_now))
    if problems:
        raise InvalidInput(problems)
    return ReturnReview(path, sha256, entry, tuple(items))


def _before(occurrence) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {"state": occurrence.state.value, "minutes": occurrence.minutes, "done_by_id": occurrence.done_by_id,
            "note": occurrence.note, "done_on": occurrence.done_on}


def apply_return(store: Store, review: ReturnReview, accepted: set[str], today: date) -> Changes:
    """Apply the accepted items (keys) in one transaction; the rest is left as it was. A conflict —
    found at review or arisen since — is never applied: the whole apply is refused instead."""
    from ushiro_desk.services.handoff.sources import load_areas

    chosen = [i for i in review.items if i.key in accepted and i.changes_something]
    ticked_conflicts = [i for i in chosen if i.conflict]
    if ticked_conflicts:
        raise InvalidInput([error("items", "return.conflict_ticked", line=i.line, item=i.label) for i in ticked_conflicts])
    if not chosen:
        return Changes()
    load_areas()  # the expenses area takes receipts
    entry = review.disclosure
    changes = Changes.of(HANDOFF)
    with store.db.transaction() as conn:
        if returns_repo.imported_on(conn, review.sha256) is not None:
            raise InvalidInput([error("file", "return.repeat", imported_at=returns_repo.imported_on(conn, review.sha256))])
        current = handoff_repo.find_disclosure(conn, entry.bundle_id) or entry
        disclosed = handoff_repo.disclosed_occurrences(conn, entry.id)
        arisen = []
        for item in chosen:
            conflict, _ = _disclosure_conflict(current, today)
            if not conflict and item.kind == "occurrence" and item.occurrence_id is not None:
                conflict, _ = _occurrence_conflict(conn, current, disclosed, item.occurrence_id)
            if conflict:
                arisen.append(error("items", "return.conflict_arisen", line=item.line, item=item.label, reason=conflict))
        if arisen:
            raise InvalidInput(arisen)
        for item in chosen:
            if item.kind == "occurrence" and item.occurrence_id is not None:
                occurrence = chores_repo.load_occurrence(conn, item.occurrence_id)
                assert occurrence is not None
                note = f"{entry.recipient_name}: {item.note}" if item.note else ""
                if item.status is ReturnStatus.DONE:
                    changes |= chores.complete(store, item.occurrence_id, today, minutes=item.minutes, done_by_id=entry.recipient_id, note=note)
                elif item.status is ReturnStatus.SKIPPED:
                    changes |= chores.skip(store, item.occurrence_id, today, note=note)
                else:
                    returns_repo.add_question(conn, item.occurrence_id, entry.id, entry.recipient_id, entry.recipient_name, item.note)
                    changes |= Changes.of(CHORES)
                audit.record(conn, "return", "chore_occurrence", item.occurrence_id, {
                    "bundle": entry.bundle_id, "line": item.line, "status": item.status.value if item.status else "",
                    "before": _before(occurrence), "minutes": item.minutes, "note": item.note,
                })
            elif item.kind == "receipt":
                if _receipt_sink is None:
                    raise InvalidInput([error("receipts", "return.receipts_unsupported")])
                _receipt_sink(store, item.file_name, item.data, today)
                changes |= Changes.of(EXPENSES)
        handoff_repo.record_return(conn, entry.id, len(chosen), len(review.items) - len(chosen), review.sha256)
        audit.record(conn, "import", "disclosure", entry.bundle_id, {"accepted": len(chosen), "content_sha256": review.sha256})
    return changes


# -- questions that came home -----------------------------------------------------------------------


def open_questions(store: Store, chore_id: int | None = None) -> list[Question]:
    with store.db.snapshot() as conn:
        return returns_repo.open_questions(conn, chore_id)


def answer_question(store: Store, question_id: int, text: str) -> Changes:
    """Answer a returned question; the answer goes to the recipient in the next bundle with the chore."""
    answer = text.strip()
    if not answer:
        raise InvalidInput([error("answer", "required")])
    if len(answer) > 2_000:
        raise InvalidInput([error("answer", "return.too_long", limit=2_000)])
    with store.db.transaction() as conn:
        question = returns_repo.load_question(conn, question_id)
        if question is None or not question.is_open:
            raise InvalidInput([error("question", "return.question_closed")])
        returns_repo.answer(conn, question_id, answer)
        audit.record(conn, "answer", "occurrence_question", question_id, {"occurrence": question.occurrence_id})
    return Changes.of(CHORES, HANDOFF)


def dismiss_question(store: Store, question_id: int) -> Changes:
    with store.db.transaction() as conn:
        question = returns_repo.load_question(conn, question_id)
        if question is None or not question.is_open:
            raise InvalidInput([error("question", "return.question_closed")])
        returns_repo.dismiss(conn, question_id)
        audit.record(conn, "dismiss", "occurrence_question", question_id, {"occurrence": question.occurrence_id})
    return Changes.of(CHORES, HANDOFF)
