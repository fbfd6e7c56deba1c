"""Importing a statement: a preview of what would be added, then one transaction that keeps the file by
its hash, adds only lines not seen before and remembers the account's format."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from ushiro_desk.domain.bank.csvfile import ColumnMap
from ushiro_desk.domain.bank.model import (
    MAX_FILE_BYTES,
    BalanceGap,
    ParsedStatement,
    StatementAccount,
    StatementLine,
    balance_gaps,
    with_occurrences,
)
from ushiro_desk.domain.bank.statements import read_statement
from ushiro_desk.domain.problems import InvalidInput, Problem, error
from ushiro_desk.services.bank.accounts import find
from ushiro_desk.services.changes import BANK, EXPENSES, Changes
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit, bank_repo, company_repo


@dataclass(frozen=True)
class ImportPreview:
    account: StatementAccount
    file_name: str
    statement: ParsedStatement
    new: tuple[tuple[StatementLine, str, int], ...] = ()  # line, fingerprint, occurrence
    duplicates: int = 0
    gaps: tuple[BalanceGap, ...] = ()
    problems: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)

    @property
    def new_lines(self) -> list[StatementLine]:
        return [line for line, _, _ in self.new]


@dataclass(frozen=True)
class ImportResult:
    import_id: int
    added: int
    duplicates: int
    gaps: tuple[BalanceGap, ...]
    sha256: str
    line_ids: tuple[int, ...] = ()
    drafts: int = 0  # expense drafts made from debits
    transfers: int = 0  # own transfers, card settlements, payments to the secretary


def read_file(path: Path) -> tuple[bytes | None, list[Problem]]:
    """The file's bytes, refusing what is too large before reading it."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            return None, [error("file", "statement.not_a_file")]
        if size > MAX_FILE_BYTES:
            return None, [error("file", "statement.too_large", limit=MAX_FILE_BYTES)]
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError:
        return None, [error("file", "statement.unreadable")]
    if len(data) > MAX_FILE_BYTES:
        return None, [error("file", "statement.too_large", limit=MAX_FILE_BYTES)]
    return data, []


def _mapping_of(account: StatementAccount) -> ColumnMap | None:
    if not account.mapping:
        return None
    try:
        return ColumnMap.from_dict(json.loads(account.mapping))
    except (ValueError, TypeError):
        return None


def preview_bytes(store: Store, data: bytes, file_name: str, account_name: str, *, today: date,
                  format: str | None = None, mapping: ColumnMap | None = None) -> ImportPreview:
    account = find(store, account_name)
    statement = read_statement(data, today=today, format=format, mapping=mapping)
    saved = _mapping_of(account) if format is None and mapping is None else None
    if not statement.ok and saved is not None:  # a file the bytes do not explain: the account's own columns
        with_saved = read_statement(data, today=today, mapping=saved)
        if with_saved.ok:
            statement = with_saved
    if not statement.ok:
        return ImportPreview(account, file_name, statement, problems=statement.problems)
    problems: list[Problem] = []
    with store.db.snapshot() as conn:
        seen = bank_repo.seen(conn, account.id)
        previous = bank_repo.last_before(conn, account.id, statement.lines[0].day) if statement.lines else None
        problems += _account_problems(conn, account, statement)
    numbered = with_occurrences(list(statement.lines))
    new = tuple(item for item in numbered if (item[1], item[2]) not in seen)
    opening = statement.account.opening_balance
    if opening is None and previous is not None and statement.lines and statement.lines[0].balance is not None:
        opening = previous["balance"]
    gaps = balance_gaps(list(statement.lines), opening)
    if opening is not None and statement.account.opening_balance is None and gaps and gaps[0].source_line == statement.lines[0].source_line:
        gap = gaps[0]
        gaps[0] = BalanceGap(date.fromisoformat(previous["day"]), gap.before, gap.expected, gap.found, gap.source_line)  # type: ignore[index]
    return ImportPreview(account, file_name, statement, new, len(numbered) - len(new), tuple(gaps), tuple(problems))


def _account_problems(conn, account: StatementAccount, statement: ParsedStatement) -> list[Problem]:  # type: ignore[no-untyped-def]
    """A 全銀 file names its account: refuse one that is not the account chosen."""
    number = statement.account.account_number
    if number and account.account_number and number.lstrip("0") != account.account_number.lstrip("0"):
        return [error("account", "statement.other_account", number=number, account=account.name)]
    return []


def preview(store: Store, path: Path, account_name: str, *, today: date | None = None, format: str | None = None,
            mapping: ColumnMap | None = None) -> ImportPreview:
    data, problems = read_file(path)
    if data is None:
        account = find(store, account_name)
        return ImportPreview(account, path.name, ParsedStatement(format or ""), problems=tuple(problems))
    return preview_bytes(store, data, path.name, account_name, today=today or date.today(), format=format,
                         mapping=mapping)


Report = Callable[[int, int], None]
"""`report(done, total)`: told how far the import is; it may raise (e.g. the owner cancelled), and then
the transaction is rolled back and nothing is stored."""
STEPS = 4  # read and check the file, store the lines, make the drafts, done


def apply(store: Store, path: Path, account_name: str, *, today: date | None = None, format: str | None = None,
          mapping: ColumnMap | None = None, report: Report | None = None) -> tuple[ImportResult, Changes]:
    """Import for real: everything or nothing. Errors raise InvalidInput and nothing is stored."""
    if report is not None:
        report(0, STEPS)
    data, problems = read_file(path)
    if data is None:
        raise InvalidInput(problems)
    return apply_bytes(store, data, path.name, account_name, today=today or date.today(), format=format,
                       mapping=mapping, report=report)


def apply_bytes(store: Store, data: bytes, file_name: str, account_name: str, *, today: date,
                format: str | None = None, mapping: ColumnMap | None = None,
                report: Report | None = None) -> tuple[ImportResult, Changes]:
    tell = report or (lambda done, total: None)
    with store.db.transaction() as conn:  # the preview is made again inside: nothing slips in between
        found = preview_bytes(store, data, file_name, account_name, today=today, format=format, mapping=mapping)
        if not found.ok:
            raise InvalidInput(found.problems)
        sha, _ = store.files.put_bytes(data)
        company_repo.register_file(conn, sha, len(data), "text/plain", file_name[:200])
        import_id = bank_repo.add_import(conn, found.account.id, sha, file_name[:200], found.statement.format,
                                         found.statement.encoding, len(found.statement.lines), len(found.new))
        tell(1, STEPS)
        ids = bank_repo.add_lines(conn, found.account.id, import_id, found.new)
        tell(2, STEPS)
        saved = json.dumps(mapping.to_dict()) if mapping is not None else None
        bank_repo.remember_format(conn, found.account.id, "mapped" if mapping is not None else found.statement.format,
                                  saved)
        from ushiro_desk.services.bank.debits import make_drafts

        drafts, transfers, _ = make_drafts(store, ids, today=today)
        tell(3, STEPS)
        audit.record(conn, "import", "statement", import_id,
                     {"account": found.account.name, "added": len(found.new), "duplicates": found.duplicates,
                      "sha256": sha})
        tell(STEPS, STEPS)  # the last chance to cancel: the commit follows
    result = ImportResult(import_id, len(found.new), found.duplicates, found.gaps, sha, tuple(ids), drafts, transfers)
    return result, Changes.of(BANK, EXPENSES) if drafts else Changes.of(BANK)
