"""The return sheet (`return/status.csv`) a recipient fills in, read back with every problem by line.

Columns: occurrence_id, chore, due_date, status (done / skipped / question), minutes, note. The file must
be UTF-8 (a BOM is fine); a Shift_JIS file is recognised and named as such rather than misread.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from enum import Enum

from ushiro_desk.domain.problems import Problem, error

COLUMNS = ("occurrence_id", "chore", "due_date", "status", "minutes", "note")
MAX_MINUTES = 24 * 60


class ReturnStatus(Enum):
    OPEN = ""  # not filled in: no change
    DONE = "done"
    SKIPPED = "skipped"
    QUESTION = "question"


@dataclass(frozen=True)
class ReturnLine:
    line: int
    occurrence_id: int
    chore: str
    due_date: date
    status: ReturnStatus
    minutes: int | None
    note: str


def decode(data: bytes, field: str = "status.csv") -> tuple[str | None, list[Problem]]:
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp932")
    except UnicodeDecodeError:
        return None, [error(field, "return.not_utf8")]
    return None, [error(field, "return.shift_jis")]


def blank_sheet(rows: list[tuple[int, str, date]]) -> str:
    """The sheet as it leaves in the bundle: one row per occurrence, status and minutes empty."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for occurrence_id, chore, due in rows:
        writer.writerow((occurrence_id, chore, due.isoformat(), "", "", ""))
    return out.getvalue()


def parse(data: bytes, field: str = "status.csv") -> tuple[list[ReturnLine], list[Problem]]:
    text, problems = decode(data, field)
    if text is None:
        return [], problems
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except StopIteration:
        return [], [error(field, "return.empty")]
    header = [h.strip() for h in header]
    missing = [c for c in COLUMNS if c not in header]
    extra = [h for h in header if h not in COLUMNS]
    if missing or extra:
        return [], [error(field, "return.columns", line=1, missing=",".join(missing), extra=",".join(extra))]
    index = {name: header.index(name) for name in COLUMNS}
    lines: list[ReturnLine] = []
    for number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problems.append(error(field, "return.row_length", line=number, expected=len(header), got=len(row)))
            continue
        cell = {name: row[index[name]].strip() for name in COLUMNS}
        try:
            occurrence_id = int(cell["occurrence_id"])
        except ValueError:
            problems.append(error("occurrence_id", "return.bad_id", line=number))
            continue
        try:
            due = date.fromisoformat(cell["due_date"])
        except ValueError:
            problems.append(error("due_date", "return.bad_date", line=number))
            continue
        try:
            status = ReturnStatus(cell["status"].lower())
        except ValueError:
            problems.append(error("status", "return.bad_status", line=number, value=cell["status"]))
            continue
        minutes: int | None = None
        if cell["minutes"]:
            if not cell["minutes"].isdigit() or not 0 <= int(cell["minutes"]) <= MAX_MINUTES:
                problems.append(error("minutes", "return.bad_minutes", line=number))
                continue
            minutes = int(cell["minutes"])
        lines.append(ReturnLine(number, occurrence_id, cell["chore"], due, status, minutes, cell["note"]))
    return lines, problems
