"""Rows ↔ recipient profiles, chore data needs and the disclosure ledger."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date

from ushiro_desk.domain.handoff.disclosure import BundlePlan, DataKind, Sensitivity
from ushiro_desk.domain.handoff.recipient import RecipientProfile
from ushiro_desk.storage.audit import now_utc

WRITING = "writing"
COMPLETE = "complete"


def _set(text: str) -> list[str]:
    value = json.loads(text or "[]")
    return [str(v) for v in value] if isinstance(value, list) else []


def load_profile(conn: sqlite3.Connection, outsourcer_id: int) -> RecipientProfile:
    row = conn.execute("SELECT * FROM recipient_profile WHERE outsourcer_id = ?", (outsourcer_id,)).fetchone()
    if row is None:
        return RecipientProfile(outsourcer_id)
    return RecipientProfile(
        outsourcer_id=outsourcer_id,
        contact=row["contact"],
        channel=row["channel"],
        emergency_contact=row["emergency_contact"],
        report_every=row["report_every"],
        working_hours=row["working_hours"],
        nda_date=date.fromisoformat(row["nda_date"]) if row["nda_date"] else None,
        areas=frozenset(_set(row["areas"])),
        data_kinds=frozenset(DataKind(k) for k in _set(row["data_kinds"]) if k in DataKind._value2member_map_),
        allowed_sensitive=frozenset(
            Sensitivity(s) for s in _set(row["allowed_sensitive"]) if s in Sensitivity._value2member_map_
        ),
        fee_terms=row["fee_terms"],
        payment_method=row["payment_method"],
        delivery_place=row["delivery_place"],
        language=row["language"],
        notes=row["notes"],
    )


def save_profile(conn: sqlite3.Connection, p: RecipientProfile) -> None:
    values = {
        "outsourcer_id": p.outsourcer_id,
        "contact": p.contact,
        "channel": p.channel,
        "emergency_contact": p.emergency_contact,
        "report_every": p.report_every,
        "working_hours": p.working_hours,
        "nda_date": p.nda_date.isoformat() if p.nda_date else None,
        "areas": json.dumps(sorted(p.areas)),
        "data_kinds": json.dumps(sorted(k.value for k in p.data_kinds)),
        "allowed_sensitive": json.dumps(sorted(s.value for s in p.allowed_sensitive)),
        "fee_terms": p.fee_terms,
        "payment_method": p.payment_method,
        "delivery_place": p.delivery_place,
        "language": p.language,
        "notes": p.notes,
    }
    columns = ", ".join(values)
    marks = ", ".join(f":{c}" for c in values)
    updates = ", ".join(f"{c} = excluded.{c}" for c in values if c != "outsourcer_id")
    conn.execute(
        f"INSERT INTO recipient_profile ({columns}) VALUES ({marks}) ON CONFLICT (outsourcer_id) DO UPDATE SET {updates}",
        values,
    )


def data_needs(conn: sqlite3.Connection) -> dict[int, frozenset[DataKind]]:
    needs: dict[int, set[DataKind]] = {}
    for row in conn.execute("SELECT chore_id, kind FROM chore_data_need"):
        if row["kind"] in DataKind._value2member_map_:
            needs.setdefault(row["chore_id"], set()).add(DataKind(row["kind"]))
    return {k: frozenset(v) for k, v in needs.items()}


def set_data_needs(conn: sqlite3.Connection, chore_id: int, kinds: frozenset[DataKind]) -> None:
    conn.execute("DELETE FROM chore_data_need WHERE chore_id = ?", (chore_id,))
    conn.executemany(
        "INSERT INTO chore_data_need (chore_id, kind) VALUES (?, ?)", [(chore_id, k.value) for k in sorted(kinds, key=lambda k: k.value)]
    )


@dataclass(frozen=True)
class DisclosureEntry:
    id: int
    bundle_id: str
    recipient_id: int
    recipient_name: str
    period_start: date
    period_end: date
    created_at: str
    expires_on: date
    target: str
    encrypted: bool
    files: dict[str, str]
    withheld: int
    deletion_confirmed_on: date | None
    records: int
    state: str = "complete"  # "writing": recorded before the packet was in place and never completed

    @property
    def interrupted(self) -> bool:
        return self.state == WRITING

    def expired(self, today: date) -> bool:
        return today > self.expires_on


def record_disclosure(
    conn: sqlite3.Connection,
    *,
    bundle_id: str,
    recipient_id: int,
    plan: BundlePlan,
    expires_on: date,
    target: str,
    encrypted: bool,
    files: dict[str, str],
    state: str = COMPLETE,
) -> int:
    cursor = conn.execute(
        """INSERT INTO disclosure (bundle_id, recipient_id, recipient_name, period_start, period_end, created_at,
               expires_on, target, encrypted, manifest, withheld, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            bundle_id, recipient_id, plan.recipient, plan.period_start.isoformat(), plan.period_end.isoformat(),
            now_utc(), expires_on.isoformat(), target, encrypted, json.dumps(files, ensure_ascii=False), len(plan.withheld),
            state,
        ),
    )
    disclosure_id = int(cursor.lastrowid or 0)
    items = [(t.chore, ()) for t in plan.tasks] + [(r, ()) for r in plan.records]
    conn.executemany(
        "INSERT INTO disclosure_item (disclosure_id, kind, record_id, label, fields, masked) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                disclosure_id, record.kind, record.record_id, record.label,
                json.dumps([name for name, _ in record.fields]), json.dumps([name for name, _ in record.masked]),
            )
            for record, _ in items
        ],
    )
    return disclosure_id


def record_occurrences(conn: sqlite3.Connection, disclosure_id: int, occurrence_ids: list[tuple[int, str]]) -> None:
    conn.executemany(
        "INSERT INTO disclosure_item (disclosure_id, kind, record_id, label, fields, masked) VALUES (?, 'occurrence', ?, ?, '[\"due_date\",\"state\"]', '[]')",
        [(disclosure_id, str(oid), label) for oid, label in occurrence_ids],
    )


def _entry(row: sqlite3.Row, records: int) -> DisclosureEntry:
    return DisclosureEntry(
        id=row["id"],
        bundle_id=row["bundle_id"],
        recipient_id=row["recipient_id"],
        recipient_name=row["recipient_name"],
        period_start=date.fromisoformat(row["period_start"]),
        period_end=date.fromisoformat(row["period_end"]),
        created_at=row["created_at"],
        expires_on=date.fromisoformat(row["expires_on"]),
        target=row["target"],
        encrypted=bool(row["encrypted"]),
        files=json.loads(row["manifest"]),
        withheld=row["withheld"],
        deletion_confirmed_on=date.fromisoformat(row["deletion_confirmed_on"]) if row["deletion_confirmed_on"] else None,
        records=records,
        state=row["state"],
    )


def ledger(conn: sqlite3.Connection) -> list[DisclosureEntry]:
    counts = dict(conn.execute("SELECT disclosure_id, count(*) FROM disclosure_item GROUP BY disclosure_id").fetchall())
    return [_entry(r, counts.get(r["id"], 0)) for r in conn.execute("SELECT * FROM disclosure ORDER BY created_at DESC, id DESC")]


def find_disclosure(conn: sqlite3.Connection, bundle_id: str) -> DisclosureEntry | None:
    row = conn.execute("SELECT * FROM disclosure WHERE bundle_id = ?", (bundle_id,)).fetchone()
    if row is None:
        return None
    count = conn.execute("SELECT count(*) FROM disclosure_item WHERE disclosure_id = ?", (row["id"],)).fetchone()[0]
    return _entry(row, count)


def disclosed_occurrences(conn: sqlite3.Connection, disclosure_id: int) -> set[int]:
    return {
        int(r[0])
        for r in conn.execute("SELECT record_id FROM disclosure_item WHERE disclosure_id = ? AND kind = 'occurrence'", (disclosure_id,))
    }


def mark_complete(conn: sqlite3.Connection, bundle_id: str) -> None:
    """The packet is in place: the row recorded before the rename becomes complete."""
    conn.execute("UPDATE disclosure SET state = ? WHERE bundle_id = ?", (COMPLETE, bundle_id))


def recorded_targets(conn: sqlite3.Connection) -> list[str]:
    """Every place a packet was written to (for the sweep of leftover temporary files)."""
    return [r[0] for r in conn.execute("SELECT DISTINCT target FROM disclosure")]


def confirm_deletion(conn: sqlite3.Connection, bundle_id: str, day: date) -> None:
    conn.execute("UPDATE disclosure SET deletion_confirmed_on = ? WHERE bundle_id = ?", (day.isoformat(), bundle_id))


def record_return(conn: sqlite3.Connection, disclosure_id: int, accepted: int, rejected: int, sha256: str) -> None:
    conn.execute(
        "INSERT INTO handoff_return (disclosure_id, imported_at, accepted, rejected, source_sha256) VALUES (?, ?, ?, ?, ?)",
        (disclosure_id, now_utc(), accepted, rejected, sha256),
    )


def returns_of(conn: sqlite3.Connection, disclosure_id: int) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM handoff_return WHERE disclosure_id = ? ORDER BY id", (disclosure_id,)).fetchall()
