"""Rows ↔ what comes back from a recipient: packets already imported (by content hash) and the
questions kept on their occurrence until the owner answers or dismisses them."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from ushiro_desk.storage.audit import now_utc


def imported_on(conn: sqlite3.Connection, content_sha256: str) -> str | None:
    """When a packet with this content was taken in, if it was."""
    row = conn.execute(
        "SELECT imported_at FROM handoff_return WHERE source_sha256 = ? ORDER BY id LIMIT 1", (content_sha256,)
    ).fetchone()
    return str(row[0]) if row else None


@dataclass(frozen=True)
class Question:
    id: int
    occurrence_id: int
    chore_id: int
    chore_title: str
    due: date
    recipient_id: int
    recipient_name: str
    text: str
    asked_at: str
    answer: str
    answered_at: str | None
    dismissed_at: str | None

    @property
    def is_open(self) -> bool:
        return self.answered_at is None and self.dismissed_at is None


_SELECT = """
    SELECT q.*, o.chore_id, o.due_date, c.title FROM occurrence_question q
    JOIN chore_occurrence o ON o.id = q.occurrence_id JOIN chore c ON c.id = o.chore_id
"""


def _question(row: sqlite3.Row) -> Question:
    return Question(
        id=row["id"], occurrence_id=row["occurrence_id"], chore_id=row["chore_id"], chore_title=row["title"],
        due=date.fromisoformat(row["due_date"]), recipient_id=row["recipient_id"], recipient_name=row["recipient_name"],
        text=row["text"], asked_at=row["asked_at"], answer=row["answer"], answered_at=row["answered_at"],
        dismissed_at=row["dismissed_at"],
    )


def add_question(conn: sqlite3.Connection, occurrence_id: int, disclosure_id: int, recipient_id: int, recipient_name: str, text: str) -> int:
    cursor = conn.execute(
        "INSERT INTO occurrence_question (occurrence_id, disclosure_id, recipient_id, recipient_name, text, asked_at, answer)"
        " VALUES (?, ?, ?, ?, ?, ?, '')",
        (occurrence_id, disclosure_id, recipient_id, recipient_name, text, now_utc()),
    )
    return int(cursor.lastrowid or 0)


def open_questions(conn: sqlite3.Connection, chore_id: int | None = None) -> list[Question]:
    """Questions not yet answered or dismissed, the oldest first (of one chore, or of all)."""
    where = "WHERE q.answered_at IS NULL AND q.dismissed_at IS NULL" + (" AND o.chore_id = ?" if chore_id is not None else "")
    args = (chore_id,) if chore_id is not None else ()
    return [_question(r) for r in conn.execute(f"{_SELECT} {where} ORDER BY q.asked_at, q.id", args)]


def load_question(conn: sqlite3.Connection, question_id: int) -> Question | None:
    row = conn.execute(f"{_SELECT} WHERE q.id = ?", (question_id,)).fetchone()
    return _question(row) if row else None


def answer(conn: sqlite3.Connection, question_id: int, text: str) -> None:
    conn.execute(
        "UPDATE occurrence_question SET answer = ?, answered_at = ?,"
        " answered_after_disclosure_id = (SELECT coalesce(max(id), 0) FROM disclosure) WHERE id = ?",
        (text, now_utc(), question_id),
    )


def dismiss(conn: sqlite3.Connection, question_id: int) -> None:
    conn.execute("UPDATE occurrence_question SET dismissed_at = ? WHERE id = ?", (now_utc(), question_id))


def answers_to_send(conn: sqlite3.Connection, recipient_id: int) -> dict[int, list[Question]]:
    """Answers to this recipient's questions that no packet has carried yet, by chore: delivered once a
    later packet to them listed `answers` among the fields written for that chore."""
    rows = conn.execute(
        f"""{_SELECT} WHERE q.recipient_id = ? AND q.answered_at IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM disclosure d JOIN disclosure_item i ON i.disclosure_id = d.id
                WHERE d.recipient_id = q.recipient_id AND d.id > q.answered_after_disclosure_id
                  AND i.kind = 'chore' AND i.record_id = CAST(o.chore_id AS TEXT) AND i.fields LIKE '%"answers"%')
            ORDER BY q.answered_at, q.id""",
        (recipient_id,),
    )
    found: dict[int, list[Question]] = {}
    for row in rows:
        question = _question(row)
        found.setdefault(question.chore_id, []).append(question)
    return found
