"""Rows ↔ statement accounts, imports, lines, matches, payer aliases, debit rules and bank settings."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Iterable

from ushiro_desk.domain.bank.kana import payer_from_description, payer_key
from ushiro_desk.domain.bank.model import AccountKind, LineState, StatementAccount, StatementLine, StoredLine
from ushiro_desk.storage.audit import now_utc


def _account(row: sqlite3.Row) -> StatementAccount:
    return StatementAccount(row["id"], row["name"], AccountKind(row["kind"]), row["bank_name"], row["branch_name"],
                            row["account_number"], row["format"], row["mapping"])


def accounts(conn: sqlite3.Connection) -> list[StatementAccount]:
    return [_account(r) for r in conn.execute("SELECT * FROM statement_account ORDER BY kind, id")]


def account_named(conn: sqlite3.Connection, name: str) -> StatementAccount | None:
    row = conn.execute("SELECT * FROM statement_account WHERE name = ?", (name,)).fetchone()
    return _account(row) if row else None


def add_account(conn: sqlite3.Connection, name: str, kind: AccountKind, bank_name: str = "", branch_name: str = "",
                account_number: str = "") -> int:
    cursor = conn.execute(
        """INSERT INTO statement_account (name, kind, bank_name, branch_name, account_number, format, mapping,
               created_at) VALUES (?, ?, ?, ?, ?, '', '', ?)""",
        (name, kind.value, bank_name, branch_name, account_number, now_utc()),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def remember_format(conn: sqlite3.Connection, account_id: int, format: str, mapping: str | None) -> None:
    if mapping is None:
        conn.execute("UPDATE statement_account SET format = ? WHERE id = ?", (format, account_id))
    else:
        conn.execute("UPDATE statement_account SET format = ?, mapping = ? WHERE id = ?", (format, mapping, account_id))


def seen(conn: sqlite3.Connection, account_id: int) -> set[tuple[str, int]]:
    return {(r[0], r[1]) for r in conn.execute(
        "SELECT fingerprint, occurrence FROM statement_line WHERE account_id = ?", (account_id,))}


def last_before(conn: sqlite3.Connection, account_id: int, day: date) -> sqlite3.Row | None:
    return conn.execute(
        """SELECT day, balance FROM statement_line WHERE account_id = ? AND day < ? AND balance IS NOT NULL
           ORDER BY day DESC, id DESC LIMIT 1""",
        (account_id, day.isoformat()),
    ).fetchone()


def add_import(conn: sqlite3.Connection, account_id: int, sha256: str, file_name: str, format: str, encoding: str,
               line_count: int, added_count: int) -> int:
    cursor = conn.execute(
        """INSERT INTO statement_import (account_id, sha256, file_name, format, encoding, line_count, added_count,
               imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        (account_id, sha256, file_name, format, encoding, line_count, added_count, now_utc()),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def add_lines(conn: sqlite3.Connection, account_id: int, import_id: int,
              lines: Iterable[tuple[StatementLine, str, int]]) -> list[int]:
    """Insert the lines in one statement (executemany); their ids in the order given."""
    now = now_utc()
    rows = []
    for line, fingerprint, occurrence in lines:
        payer = line.payer or (payer_from_description(line.description) if line.deposit else "")
        rows.append((account_id, import_id, line.source_line, line.day.isoformat(), line.description, payer,
                     payer_key(payer), line.deposit, line.withdrawal, line.balance, line.reference, line.memo,
                     fingerprint, occurrence, now))
    conn.executemany(
        """INSERT INTO statement_line (account_id, import_id, source_line, day, description, payer, payer_key,
               deposit, withdrawal, balance, reference, memo, fingerprint, occurrence, state, note, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', '', ?)""",
        rows,
    )
    # One import's lines are inserted here only, in order: their ids in id order are the lines in order.
    return [r[0] for r in conn.execute("SELECT id FROM statement_line WHERE import_id = ? ORDER BY id", (import_id,))]


def set_states(conn: sqlite3.Connection, changes: list[tuple[str, str, int | None, int]]) -> None:
    """(state, note, expense_id, line_id) for many lines in one statement."""
    conn.executemany("UPDATE statement_line SET state = ?, note = ?, expense_id = ? WHERE id = ?", changes)


_LINES = """SELECT l.*, a.name AS account_name FROM statement_line l
            JOIN statement_account a ON a.id = l.account_id"""


def _line(row: sqlite3.Row) -> StoredLine:
    return StoredLine(
        row["id"], row["account_id"], row["account_name"], date.fromisoformat(row["day"]), row["description"],
        row["payer"], row["deposit"], row["withdrawal"], row["balance"], LineState(row["state"]), row["note"],
        row["expense_id"], row["reference"], row["memo"],
    )


def lines(conn: sqlite3.Connection, *, states: tuple[LineState, ...] | None = None, deposits_only: bool = False,
          ids: list[int] | None = None, account_id: int | None = None) -> list[StoredLine]:
    where, params = [], []  # type: ignore[var-annotated]
    if states:
        where.append(f"l.state IN ({', '.join('?' * len(states))})")
        params += [s.value for s in states]
    if deposits_only:
        where.append("l.deposit > 0")
    if ids is not None:
        where.append(f"l.id IN ({', '.join('?' * len(ids))})")
        params += ids
    if account_id is not None:
        where.append("l.account_id = ?")
        params.append(account_id)
    sql = _LINES + (f" WHERE {' AND '.join(where)}" if where else "") + " ORDER BY l.day, l.id"
    return [_line(r) for r in conn.execute(sql, params)]


def line(conn: sqlite3.Connection, line_id: int) -> StoredLine | None:
    found = lines(conn, ids=[line_id])
    return found[0] if found else None


def set_state(conn: sqlite3.Connection, line_id: int, state: LineState, note: str = "",
              expense_id: int | None = None) -> None:
    conn.execute("UPDATE statement_line SET state = ?, note = ?, expense_id = ? WHERE id = ?",
                 (state.value, note, expense_id, line_id))


def add_match(conn: sqlite3.Connection, line_id: int, document_id: int, payment_id: int, amount: int, fee: int,
              alias_id: int | None) -> None:
    conn.execute(
        """INSERT INTO statement_match (line_id, document_id, payment_id, amount, bank_fee, learned_alias_id,
               created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
        (line_id, document_id, payment_id, amount, fee, alias_id, now_utc()),
    )


def matches(conn: sqlite3.Connection, line_id: int) -> list[sqlite3.Row]:
    return list(conn.execute("SELECT * FROM statement_match WHERE line_id = ? ORDER BY id", (line_id,)))


def delete_matches(conn: sqlite3.Connection, line_id: int) -> None:
    conn.execute("DELETE FROM statement_match WHERE line_id = ?", (line_id,))


def client_names(conn: sqlite3.Connection) -> dict[int, set[str]]:
    """Every client's folded names: its own name and its payer aliases (kana name, learned)."""
    names: dict[int, set[str]] = {}
    for row in conn.execute("SELECT id, name FROM client"):
        names.setdefault(row[0], set()).add(payer_key(row[1]))
    for row in conn.execute("SELECT client_id, payer_key FROM payer_alias"):
        names.setdefault(row[0], set()).add(row[1])
    return names


def add_alias(conn: sqlite3.Connection, key: str, client_id: int, source: str, display: str = "") -> int | None:
    """Add a payer name for a client (`display`: the spelling to show); None when it was known already."""
    cursor = conn.execute(
        """INSERT INTO payer_alias (payer_key, client_id, source, created_at, display) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (payer_key, client_id) DO NOTHING""",
        (key, client_id, source, now_utc(), display),
    )
    return cursor.lastrowid if cursor.rowcount == 1 else None


def delete_alias(conn: sqlite3.Connection, alias_id: int) -> None:
    conn.execute("DELETE FROM payer_alias WHERE id = ?", (alias_id,))


def setting(conn: sqlite3.Connection, key: str, default: str) -> str:
    row = conn.execute("SELECT value FROM bank_setting WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_setting(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO bank_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 (key, value))


def debit_rules(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return list(conn.execute("SELECT * FROM debit_rule ORDER BY position, id"))


def add_debit_rule(conn: sqlite3.Connection, contains: str, kind: str, payee: str, account: str,
                   tax_category: str) -> int:
    position = conn.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM debit_rule").fetchone()[0]
    cursor = conn.execute(
        "INSERT INTO debit_rule (contains, kind, payee, account, tax_category, position) VALUES (?, ?, ?, ?, ?, ?)",
        (contains, kind, payee, account, tax_category, position),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid
