"""Preview and export of a bundle for one recipient and one period, recorded in the ledger."""

from __future__ import annotations

import calendar
import json
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable

from ushiro_desk.domain.chores import Area
from ushiro_desk.domain.handoff.disclosure import (
    BundlePlan,
    ChoreOffer,
    DataKind,
    FileState,
    PlannedFile,
    Sensitivity,
    SourceRecord,
    plan_bundle,
)
from ushiro_desk.domain.handoff.work_order import WorkOrder, check_work_order, default_payment_date
from ushiro_desk.domain.problems import InvalidInput, Problem, error, has_errors
from ushiro_desk.reports.handoff.workspace import write_workspace
from ushiro_desk.reports.handoff.writer import Communication, PacketContent, StoredFileDamaged, write_packet
from ushiro_desk.services.calendar import business_calendar
from ushiro_desk.services.changes import HANDOFF, Changes
from ushiro_desk.services.handoff import sources
from ushiro_desk.services.handoff.recipients import Recipient
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit, chores_repo, company_repo, handoff_repo, returns_repo
from ushiro_desk.storage.handoff_repo import DisclosureEntry

DEFAULT_VALIDITY = timedelta(days=30)
WORKSPACE_SUFFIX = ".html"  # the one-file workspace (the default); ".zip" the AES zip; else a folder


def month_period(text: str) -> tuple[date, date]:
    """`YYYY-MM` → the first and last day of that month."""
    try:
        year, month = (int(p) for p in text.split("-"))
        first = date(year, month, 1)
    except ValueError:
        raise InvalidInput([error("period", "handoff.period_format")]) from None
    return first, date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class Preview:
    """Exactly what an export for this recipient and period would write."""

    recipient: Recipient
    plan: BundlePlan
    occurrences: tuple[tuple[int, str, date], ...]  # the return sheet's rows
    # The owner's choice for documents that show a masked field: False keeps them home (default),
    # True sends a copy rendered for this recipient without those fields.
    render_masked: bool = False


def answers_text(questions: list[returns_repo.Question]) -> str:
    """The owner's answers to returned questions, as the task's `answers` field in the next packet."""
    return "\n\n".join(f"{q.due.isoformat()}: {q.text}\n→ {q.answer}" for q in questions)


def _offers(store: Store, recipient: Recipient, first: date, last: date) -> tuple[tuple[ChoreOffer, ...], list[tuple[int, str, str, date]]]:
    with store.db.snapshot() as conn:
        needs = handoff_repo.data_needs(conn)
        chores = [c for c in chores_repo.list_chores(conn) if c.assignee_id == recipient.id]
        rows = conn.execute(
            "SELECT id, chore_id, due_date FROM chore_occurrence WHERE state = 'open' AND due_date BETWEEN ? AND ? ORDER BY due_date, id",
            (first.isoformat(), last.isoformat()),
        ).fetchall()
        answers = returns_repo.answers_to_send(conn, recipient.id)  # to questions this recipient sent back
        data_cache: dict[DataKind, tuple[SourceRecord, ...]] = {}
        offers = []
        occurrences = []
        for chore in chores:
            assert chore.id is not None
            dues = tuple(date.fromisoformat(r["due_date"]) for r in rows if r["chore_id"] == chore.id)
            kinds = tuple(sorted(needs.get(chore.id, frozenset()), key=lambda k: k.value))
            data = {}
            for kind in kinds:
                if kind not in data_cache:
                    data_cache[kind] = sources.gather(conn, kind, first, last)
                data[kind] = data_cache[kind]
            record = SourceRecord(
                "chore", str(chore.id), chore.title,
                {
                    "title": chore.title, "area": chore.area.value, "goal": chore.goal, "steps": chore.steps,
                    "rules": chore.rules, "exceptions": chore.exceptions, "inputs": chore.inputs,
                    "outputs": chore.outputs, "estimate_minutes": chore.estimate_minutes,
                    **({"answers": answers_text(answers[chore.id])} if chore.id in answers else {}),
                },
            )
            offer = ChoreOffer(
                record=record, area=chore.area.value, owner_only=not chore.delegability.can_hand_off,
                confidential=chore.confidential, due_dates=dues, needs=kinds, data=data,
            )
            offers.append(offer)
            occurrences += [(r["id"], str(chore.id), chore.title, date.fromisoformat(r["due_date"])) for r in rows if r["chore_id"] == chore.id]
    return tuple(offers), occurrences


def preview(store: Store, recipient: Recipient, first: date, last: date, *, render_masked: bool = False) -> Preview:
    offers, occurrences = _offers(store, recipient, first, last)
    plan = plan_bundle(recipient.name, recipient.profile.scope, first, last, offers, render_masked=render_masked)
    sent = {task.chore.record_id for task in plan.tasks}
    rows = sorted(((oid, title, due) for oid, chore_id, title, due in occurrences if chore_id in sent), key=lambda o: (o[2], o[0]))
    return Preview(recipient, plan, tuple(rows), render_masked)


@dataclass(frozen=True)
class PacketMember:
    """One file of the packet as the preview lists it: where it is, what it is, what it holds."""

    member: str  # the path inside the packet (opaque for stored files)
    name: str  # the readable name (inside the encrypted manifest and index only)
    contains: str  # "tasks", "records:<kind>", "bundle_data", "return_sheet", "index", "manifest", "stored", "rendered", "withheld"
    count: int = 0  # rows, for data files
    record: str = ""  # the record a stored file belongs to
    masked: tuple[tuple[str, str, Sensitivity], ...] = ()  # fields the stored file shows that may not leave


def packet_members(shown: Preview) -> list[PacketMember]:
    """Every file of the packet with what it contains — and every stored file that stays home, with why."""
    plan = shown.plan
    by_kind: dict[str, int] = {}
    for record in plan.records:
        by_kind[record.kind] = by_kind.get(record.kind, 0) + 1
    members = [PacketMember("index.html", "index.html", "index"), PacketMember("data/tasks.csv", "data/tasks.csv", "tasks", len(plan.tasks))]
    members += [PacketMember(f"data/{kind}s.csv", f"data/{kind}s.csv", f"records:{kind}", n) for kind, n in sorted(by_kind.items())]
    members.append(PacketMember("data/bundle.json", "data/bundle.json", "bundle_data", len(plan.tasks) + len(plan.records)))
    members.append(PacketMember("return/status.csv", "return/status.csv", "return_sheet", len(shown.occurrences)))
    for f in plan.file_plan:
        members.append(PacketMember(f.member, f.name, f.state.value if f.state is not FileState.SENT else "stored", 0, f.record_label, f.masked))
    members.append(PacketMember("manifest.json", "manifest.json", "manifest"))
    return members


def assigned_on(conn: sqlite3.Connection, chore_id: str, recipient_id: int) -> date | None:
    """The day the chore was last given to this recipient (from the audit log), or None when the log
    does not say (chores saved before the log kept the assignee)."""
    since: str | None = None
    for row in conn.execute(
        "SELECT at, detail FROM audit_log WHERE entity = 'chore' AND entity_id = ? AND action IN ('add', 'edit') ORDER BY id",
        (chore_id,),
    ):
        try:
            detail = json.loads(row["detail"])
        except ValueError:
            continue
        if not isinstance(detail, dict) or "assignee_id" not in detail:
            continue
        if detail["assignee_id"] != recipient_id:
            since = None
        elif since is None:
            since = row["at"]
    if since is None:
        return None
    return datetime.fromisoformat(since).astimezone().date()  # the owner's local day


def default_commissioned_on(store: Store, preview_: Preview) -> date:
    """委託日: when the bundle's chores were given to the recipient (the latest of them, not after the
    period), or the period's first day when that is not recorded."""
    plan = preview_.plan
    with store.db.snapshot() as conn:
        days = [assigned_on(conn, t.chore.record_id, preview_.recipient.id) for t in plan.tasks]
    known = [d for d in days if d is not None]
    return min(max(known), plan.period_end) if known else plan.period_start


def default_work_order(store: Store, preview_: Preview, today: date) -> WorkOrder:
    """The work order the owner confirms: commissioned when the chores were assigned, delivery at the
    end of the period, payment at the end of the following month moved back to a business day (a
    specific date), the recipient's fee terms."""
    with store.db.snapshot() as conn:
        company = company_repo.load(conn)
    plan, profile = preview_.plan, preview_.recipient.profile
    payment = default_payment_date(plan.period_end, business_calendar(store))
    work = "、".join(dict(t.chore.fields).get("title", "") for t in plan.tasks)
    return WorkOrder(
        commissioner=company.name if company else "",
        contractor=preview_.recipient.name,
        commissioned_on=default_commissioned_on(store, preview_),
        work=work,
        delivery_date=plan.period_end,
        delivery_place=profile.delivery_place,
        fee=profile.fee_terms,
        payment_date=payment,
        payment_method=profile.payment_method,
        contractor_is_individual=preview_.recipient.outsourcer.is_individual,
    )


def export(
    store: Store,
    preview_: Preview,
    work_order: WorkOrder,
    target: Path,
    *,
    password: str | None,
    today: date,
    expires_on: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[DisclosureEntry, list[Problem]]:
    """Write the packet and record it in the ledger. Errors in the work order stop the export
    (nothing written); warnings are returned."""
    problems = check_work_order(work_order, owner_is_specified_commissioner=owner_is_specified_commissioner(store))
    if not preview_.plan.tasks:
        problems.append(error("tasks", "handoff.nothing_to_send"))
    if has_errors(problems):
        raise InvalidInput(problems)
    profile = preview_.recipient.profile
    bundle_id = uuid.uuid4().hex
    expiry = expires_on or preview_.plan.period_end + DEFAULT_VALIDITY
    content = PacketContent(
        bundle_id=bundle_id,
        plan=preview_.plan,
        work_order=work_order,
        communication=Communication(profile.channel, profile.emergency_contact, profile.report_every, profile.working_hours),
        created_on=today,
        expires_on=expiry,
        language=profile.language,
        return_rows=preview_.occurrences,
    )
    scope = profile.scope

    def render(file: PlannedFile) -> bytes:
        return sources.render(store, file.record_kind, file.record_id, scope)

    def record_first(files: dict[str, str]) -> None:
        """The packet is complete under its temporary name: the ledger row is committed before it is
        renamed into place, so a crash leaves no packet or a recorded one — never an unrecorded one."""
        with store.db.transaction() as conn:
            disclosure_id = handoff_repo.record_disclosure(
                conn, bundle_id=bundle_id, recipient_id=preview_.recipient.id, plan=preview_.plan,
                expires_on=expiry, target=str(target), encrypted=password is not None, files=files,
                state=handoff_repo.WRITING,
            )
            handoff_repo.record_occurrences(conn, disclosure_id, [(oid, f"{title} {due.isoformat()}") for oid, title, due in preview_.occurrences])
            audit.record(conn, "export", "disclosure", bundle_id, {"recipient": preview_.recipient.name, "files": len(files)})

    workspace = target.suffix.lower() == WORKSPACE_SUFFIX
    if workspace and not password:
        raise InvalidInput([error("password", "handoff.workspace_needs_password")])
    writer = write_workspace if workspace else write_packet
    try:
        writer(
            content, store.files.path, target, password=password.encode() if password else None, progress=progress,
            render=render, data_root=store.paths.root, before_replace=record_first,
        )
    except StoredFileDamaged as exc:
        raise InvalidInput([error("files", "handoff.file_damaged", record=exc.file.record_label, name=exc.file.name)]) from None
    with store.db.transaction() as conn:
        handoff_repo.mark_complete(conn, bundle_id)
        entry = handoff_repo.find_disclosure(conn, bundle_id)
    assert entry is not None
    return entry, problems


def owner_is_specified_commissioner(store: Store) -> bool:
    """The company profile says the owner has employees or two or more officers (特定業務委託事業者)."""
    with store.db.snapshot() as conn:
        company = company_repo.load(conn)
    return company is not None and company.specified_commissioner


def packet_format(target: Path | str) -> str:
    """"html" (the one-file workspace), "zip" (the AES zip) or "folder", as the name says."""
    suffix = Path(target).suffix.lower()
    return "html" if suffix == WORKSPACE_SUFFIX else "zip" if suffix == ".zip" else "folder"


def recipient_format(store: Store, recipient_id: int) -> str:
    """The format this recipient uses: the one of the last packet sent to them (the ledger remembers it),
    the HTML workspace for a new recipient."""
    with store.db.snapshot() as conn:
        row = conn.execute("SELECT target FROM disclosure WHERE recipient_id = ? ORDER BY id DESC LIMIT 1", (recipient_id,)).fetchone()
    return packet_format(row[0]) if row else "html"


def ledger(store: Store) -> list[DisclosureEntry]:
    with store.db.snapshot() as conn:
        return handoff_repo.ledger(conn)


def confirm_deletion(store: Store, bundle_id: str, day: date) -> Changes:
    with store.db.transaction() as conn:
        handoff_repo.confirm_deletion(conn, bundle_id, day)
        audit.record(conn, "confirm_deletion", "disclosure", bundle_id)
    return Changes.of(HANDOFF)


def area_names() -> list[str]:
    return [a.value for a in Area]
