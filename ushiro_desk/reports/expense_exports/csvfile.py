"""Writing CSV files for accounting software: one encoding check per cell, so a character the target
encoding cannot hold is reported with its line and column (never dropped), and an atomic, private write
(`outputs`), so a failed export leaves no half file and never replaces a file the user did not name."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ushiro_desk.domain.problems import Problem, error
from ushiro_desk.domain.spreadsheet_cells import formula_safe
from ushiro_desk.outputs import write_bytes

ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class Row:
    cells: Sequence[str]
    expense_id: int | None = None


def find_unencodable(rows: Sequence[Row], columns: Sequence[str], encoding: str, first_line: int) -> list[Problem]:
    """Every cell that `encoding` cannot hold, as a problem naming the line, column and character."""
    if encoding.startswith("utf-8"):
        return []
    problems = []
    for offset, row in enumerate(rows):
        for column, cell in zip(columns, row.cells):
            try:
                cell.encode(encoding)
            except UnicodeEncodeError as exc:
                bad = "".join(dict.fromkeys(ch for ch in cell if not _encodable(ch, encoding)))
                problems.append(
                    error(
                        column,
                        "export.unencodable",
                        line=first_line + offset,
                        characters=bad or cell[exc.start : exc.end],
                        text=cell,
                        expense_id=row.expense_id,
                        encoding=encoding,
                    )
                )
    return problems


def _encodable(ch: str, encoding: str) -> bool:
    try:
        ch.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def render(rows: Sequence[Row], header: Sequence[str] | None) -> str:
    """The CSV text; every text cell formula-safe (amounts are plain numbers and stay numeric)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    if header is not None:
        writer.writerow(header)
    for row in rows:
        writer.writerow([formula_safe(cell) for cell in row.cells])
    return buffer.getvalue()


def write_csv(
    path: Path,
    rows: Sequence[Row],
    columns: Sequence[str],
    *,
    encoding: str,
    header: bool,
    data_root: Path | None = None,
    overwrite: bool = False,
) -> list[Problem]:
    """Write the file, or write nothing and return the unencodable cells."""
    problems = find_unencodable(rows, columns, encoding, first_line=2 if header else 1)
    if header:
        problems = find_unencodable([Row(columns)], columns, encoding, 1) + problems
    if problems:
        return problems
    write_bytes(path, render(rows, columns if header else None).encode(encoding), data_root=data_root, overwrite=overwrite)
    return []
