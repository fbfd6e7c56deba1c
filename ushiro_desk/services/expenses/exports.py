"""Exports of recorded expenses for accounting software, Excel and a tax audit.

Every format writes all or nothing: a character that Shift_JIS cannot hold is reported by line and
column (InvalidInput) and no file is written; the audit folder is built beside its target and renamed.
A target inside the data folder is refused, and an existing file unless `overwrite` (`outputs`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ushiro_desk.domain.company import EntityType
from ushiro_desk.domain.expenses.journal import journal_lines
from ushiro_desk.domain.expenses.mapping import ExportMapping
from ushiro_desk.domain.expenses.model import Expense, Receipt
from ushiro_desk.domain.expenses.search import ExpenseQuery
from ushiro_desk.domain.problems import InvalidInput, error
from ushiro_desk.outputs import OutputRefused
from ushiro_desk.outputs import check_target as check_output
from ushiro_desk.reports.expense_exports import journals, plain
from ushiro_desk.reports.expense_exports.csvfile import BLOCK, ProgressFn, Row, write_csv
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit, company_repo, expenses_repo
from ushiro_desk.storage.errors import DatabaseCorrupt

FORMATS = ("yayoi", "freee", "mf", "csv", "audit")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    expenses: int
    lines: int  # journal lines, CSV rows or receipt files


def export_mapping(store: Store, product: str) -> ExportMapping:
    with store.db.snapshot() as conn:
        return ExportMapping(product, expenses_repo.mapping(conn, product))


def _load(store: Store, date_from: date | None, date_to: date | None) -> tuple[list[Expense], dict[int, list[Receipt]], EntityType]:
    query = ExpenseQuery(date_from=date_from, date_to=date_to)
    with store.db.snapshot() as conn:
        ids = list(reversed(expenses_repo.search_ids(conn, query)))  # oldest first, as books are read
        items = expenses_repo.get_many(conn, ids)
        if len(items) != len(ids):  # the index names rows the table cannot give back: a damaged page
            raise DatabaseCorrupt(f"{len(ids) - len(items)} expenses cannot be read", store.paths.database)
        receipts = expenses_repo.receipts_for(conn, ids)
        profile = company_repo.load(conn)
    entity = profile.entity_type if profile else EntityType.CORPORATION
    return items, receipts, entity


def check_target(fmt: str, out: Path, *, data_root: Path | None = None, overwrite: bool = False) -> None:
    """Refuse an output the format cannot use (InvalidInput at the `out` field), one inside the data
    folder and an existing file not named for replacement (OutputRefused)."""
    if fmt not in FORMATS:
        raise InvalidInput([error("format", "export.format")])
    if not out.parent.is_dir():
        raise InvalidInput([error("out", "export.no_folder")])
    if fmt == "audit":
        if out.exists() and (not out.is_dir() or any(out.iterdir())):
            raise InvalidInput([error("out", "export.folder_not_empty")])
        if data_root is not None:
            try:
                check_output(out, data_root=data_root, overwrite=True)
            except OutputRefused as refused:
                if refused.kind == "inside_data":
                    raise
    elif out.is_dir():
        raise InvalidInput([error("out", "export.is_folder")])
    else:
        check_output(out, data_root=data_root, overwrite=overwrite)


def export(
    store: Store,
    fmt: str,
    out: Path,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    progress: ProgressFn | None = None,
    overwrite: bool = False,
) -> ExportResult:
    """Write the recorded (not deleted, not draft) expenses of the period in `fmt` to `out`; an existing
    file is replaced only with `overwrite` (the user named it), never one inside the data folder."""
    root = store.paths.root
    check_target(fmt, out, data_root=root, overwrite=overwrite)
    from ushiro_desk.domain.limits import check_day

    out_of_range = check_day("date_from", date_from) + check_day("date_to", date_to)
    if out_of_range:
        raise InvalidInput(out_of_range)
    if date_from and date_to and date_from > date_to:
        raise InvalidInput([error("date_to", "search.date_range")])
    if fmt == "audit":
        items, receipts, entity = _load(store, date_from, date_to)
        if progress is not None:
            progress(0, max(len(items), 1))
        copied = plain.write_audit_folder(out, items, receipts, store.files.path, progress, data_root=root)
        result = ExportResult(out, len(items), copied)
        if progress is not None:
            progress(max(len(items), 1), max(len(items), 1))
    else:
        result = _stream(store, fmt, out, ExpenseQuery(date_from=date_from, date_to=date_to), progress, overwrite)
    if store.writable:  # a read-only CLI run beside the open app leaves the trail alone
        with store.db.transaction() as conn:
            audit.record(conn, "export", "expense", fmt, {"file": str(out), "expenses": result.expenses,
                                                          "from": date_from, "to": date_to})
    return result


class _Counted:
    """The expenses of one query as they stream by, counted, with progress every BLOCK."""

    def __init__(self, items: Iterator[Expense], total: int, progress: ProgressFn | None) -> None:
        self.items, self.total, self.progress, self.count = items, max(total, 1), progress, 0

    def __iter__(self) -> Iterator[Expense]:
        for expense in self.items:
            self.count += 1
            if self.progress is not None and self.count % BLOCK == 0:
                self.progress(min(self.count, self.total), self.total)
            yield expense


def _with_receipts(conn, items: Iterable[Expense]) -> Iterator[tuple[Expense, list[Receipt]]]:  # type: ignore[no-untyped-def]
    """Each expense with its receipts, the receipts read for a block of expenses at a time."""
    block: list[Expense] = []
    for expense in items:
        block.append(expense)
        if len(block) >= BLOCK:
            yield from _attach(conn, block)
            block = []
    yield from _attach(conn, block)


def _attach(conn, block: list[Expense]) -> Iterator[tuple[Expense, list[Receipt]]]:  # type: ignore[no-untyped-def]
    found = expenses_repo.receipts_for(conn, [e.id for e in block if e.id is not None]) if block else {}
    for expense in block:
        yield expense, found.get(expense.id or 0, [])


def _stream(store: Store, fmt: str, out: Path, query: ExpenseQuery, progress: ProgressFn | None,
            overwrite: bool) -> ExportResult:
    """A CSV format written straight from one query: constant memory whatever the number of rows."""
    root = store.paths.root
    mapping = export_mapping(store, fmt)
    with store.db.snapshot() as conn:
        profile = company_repo.load(conn)
        entity = profile.entity_type if profile else EntityType.CORPORATION
        total, _ = expenses_repo.totals(conn, query)
        if progress is not None:
            progress(0, max(total, 1))
        items = _Counted(expenses_repo.iter_found(conn, query, oldest_first=True), total, progress)
        rows: Iterator[Row]
        if fmt == "csv":
            rows = plain.plain_rows(_with_receipts(conn, items), entity, mapping)
            columns, encoding, header = plain.PLAIN_COLUMNS, "utf-8-sig", True
        else:
            lines = (line for e in items for line in journal_lines(e, entity))
            if fmt == "yayoi":
                rows = journals.yayoi_rows(lines, mapping, entity)
                columns, encoding, header = journals.YAYOI_COLUMNS, "cp932", False  # 弥生 reads Shift_JIS only
            elif fmt == "freee":
                rows = journals.freee_rows(lines, mapping)
                columns, encoding, header = journals.FREEE_COLUMNS, mapping.encoding, True
            else:
                rows = journals.mf_rows(lines, mapping, entity)
                columns, encoding, header = journals.MF_COLUMNS, mapping.encoding, True
        written = _CountRows(rows)
        _write(out, written, columns, encoding, header=header, data_root=root, overwrite=overwrite)
    if progress is not None:
        progress(max(items.count, 1), max(items.count, 1))
    return ExportResult(out, items.count, written.count)


class _CountRows:
    def __init__(self, rows: Iterator[Row]) -> None:
        self.rows, self.count = rows, 0

    def __iter__(self) -> Iterator[Row]:
        for row in self.rows:
            self.count += 1
            yield row


def _write(out: Path, rows, columns, encoding: str, *, header: bool, data_root: Path, overwrite: bool) -> None:  # type: ignore[no-untyped-def]
    problems = write_csv(out, rows, columns, encoding=encoding, header=header, data_root=data_root, overwrite=overwrite)
    if problems:
        raise InvalidInput(problems)
