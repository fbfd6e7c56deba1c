"""Writing CSV files for accounting software: a character the target encoding cannot hold is reported
with its line and column (never dropped), and an atomic, private write (`outputs`), so a failed export
leaves no half file and never replaces a file the user did not name.

The rows are streamed: `write_csv` takes any iterable, writes a block of rows at a time through one
`csv.writer` into the temporary file and encodes each block once; only a block that fails to encode
is looked at cell by cell. Memory stays the same whatever the number of rows."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from ushiro_desk.domain.problems import Problem, error
from ushiro_desk.domain.spreadsheet_cells import FORMULA_STARTS, formula_safe
from ushiro_desk.outputs import atomic_file

ProgressFn = Callable[[int, int], None]
BLOCK = 2000  # rows encoded and written at once
# A cell that begins as a formula may (spreadsheet_cells.FORMULA_STARTS), in a line joined by \x1f.
_RISKY = re.compile("(?:^|\x1f)[" + re.escape("".join(FORMULA_STARTS)) + "]")


class Row(NamedTuple):  # a tuple, not a dataclass: one is made per exported line
    cells: Sequence[str]
    expense_id: int | None = None


def find_unencodable(rows: Iterable[Row], columns: Sequence[str], encoding: str, first_line: int) -> list[Problem]:
    """Every cell that `encoding` cannot hold, as a problem naming the line, column and character."""
    if encoding.startswith("utf-8"):
        return []
    problems = []
    for offset, row in enumerate(rows):
        try:
            "\x1f".join(row.cells).encode(encoding)  # the whole line at once; cells only when it fails
            continue
        except UnicodeEncodeError:
            pass
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


class _Refused(Exception):
    """Some cell cannot be encoded: the temporary file is dropped."""


def write_csv(
    path: Path,
    rows: Iterable[Row],
    columns: Sequence[str],
    *,
    encoding: str,
    header: bool,
    data_root: Path | None = None,
    overwrite: bool = False,
) -> list[Problem]:
    """Write the file, or write nothing and return the unencodable cells (all of them: the rows are
    read to the end even after the first problem)."""
    problems: list[Problem] = []
    encoder = codecs.getincrementalencoder(encoding)()  # a BOM (utf-8-sig) once, at the start
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    block: list[Row] = []
    line = 1

    def flush(fh) -> None:  # type: ignore[no-untyped-def]
        nonlocal line
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        try:
            data = encoder.encode(text)
        except UnicodeEncodeError:
            problems.extend(find_unencodable(block, columns, encoding, line))
            data = b""
        if not problems:
            fh.write(data)
        line += len(block)
        block.clear()

    try:
        with atomic_file(path, data_root=data_root, overwrite=overwrite) as fh:
            if header:
                writer.writerow(columns)
                block.append(Row(columns))
                flush(fh)
            writerow, risky = writer.writerow, _RISKY.search
            for row in rows:
                # one search over the joined line; cell by cell only when some cell may start a formula
                cells = row.cells
                writerow([formula_safe(cell) for cell in cells] if risky("\x1f".join(cells)) else cells)
                block.append(row)
                if len(block) >= BLOCK:
                    flush(fh)
            flush(fh)
            if problems:
                raise _Refused
    except _Refused:
        return problems
    return []
