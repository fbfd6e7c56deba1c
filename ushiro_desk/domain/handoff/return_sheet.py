"""The return sheet (`return/status.csv`) a recipient fills in, read back with every problem by line.

Columns: occurrence_id, chore, due_date, status (done / skipped / question), minutes, note. The sheet is
read as Excel leaves it: UTF-8 with or without a BOM, or Shift_JIS (cp932) as Japanese Excel saves
"CSV (comma delimited)", told apart by the bytes; dates as 2026-11-26, 2026/11/26 or an Excel serial.
`occurrence_id` identifies the row; the chore title and due date are only hints for the reader.

Untrusted input: the size and the number of lines are checked before anything is decoded or parsed,
and the manifest's nesting before it is parsed as JSON.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import Any

from ushiro_desk.domain.problems import Problem, error
from ushiro_desk.domain.spreadsheet_cells import formula_safe

COLUMNS = ("occurrence_id", "chore", "due_date", "status", "minutes", "note")
MAX_MINUTES = 24 * 60
MAX_SHEET_BYTES = 4 * 1024 * 1024
MAX_ROWS = 5_000
MAX_NOTE_CHARS = 2_000
MAX_CELL_CHARS = 500  # every cell but the note (ids, titles, dates, statuses)
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_MANIFEST_DEPTH = 8
EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0 (it counts 1900-02-29, so serials start here)

_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s+0{1,2}:00(?::00)?)?")
_SERIAL = re.compile(r"(\d{5})(?:\.0+)?")
_MINUTES = re.compile(r"[0-9]{1,4}")
# Bidirectional overrides can make a note read differently from what it is.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class ReturnStatus(Enum):
    OPEN = ""  # not filled in: no change
    DONE = "done"
    SKIPPED = "skipped"
    QUESTION = "question"


@dataclass(frozen=True)
class ReturnLine:
    line: int
    occurrence_id: int
    chore: str  # as typed in the sheet: a hint only
    due_date: date | None  # as typed in the sheet: a hint only
    status: ReturnStatus
    minutes: int | None
    note: str


def decode(data: bytes, field: str = "status.csv") -> tuple[str | None, list[Problem]]:
    """UTF-8 (a BOM is fine) or Shift_JIS/cp932, told apart by the bytes: Japanese text in cp932 is
    never valid UTF-8, so a file that decodes as UTF-8 is UTF-8."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp932"), []
    except UnicodeDecodeError:
        return None, [error(field, "return.encoding")]


def blank_sheet(rows: list[tuple[int, str, date]]) -> str:
    """The sheet as it leaves in the bundle: one row per occurrence, status and minutes empty."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for occurrence_id, chore, due in rows:
        writer.writerow((occurrence_id, formula_safe(chore), due.isoformat(), "", "", ""))
    return out.getvalue()


def parse_day(text: str) -> date | None:
    """2026-11-26, 2026/11/26 (Excel's Japanese format, also without leading zeros) or a serial."""
    value = text.strip()
    match = _DATE.fullmatch(value)
    try:
        if match:
            return date(int(match[1]), int(match[2]), int(match[3]))
        if _SERIAL.fullmatch(value):
            return EXCEL_EPOCH + timedelta(days=int(value.split(".")[0]))
    except (ValueError, OverflowError):
        return None
    return None


def _control_in(text: str, allow_newlines: bool) -> bool:
    for ch in text:
        if ch in "\n" and allow_newlines:
            continue
        if ch in _BIDI or unicodedata.category(ch) == "Cc":
            return True
    return False


def check_size(data: bytes, field: str = "status.csv") -> list[Problem]:
    """Before decoding: not too many bytes, not too many lines."""
    if len(data) > MAX_SHEET_BYTES:
        return [error(field, "return.sheet_too_large", limit=MAX_SHEET_BYTES // (1024 * 1024))]
    if data.count(b"\n") > MAX_ROWS + 1:
        return [error(field, "return.too_many_rows", limit=MAX_ROWS)]
    return []


def parse(data: bytes, field: str = "status.csv") -> tuple[list[ReturnLine], list[Problem]]:
    problems = check_size(data, field)
    if problems:
        return [], problems
    text, problems = decode(data, field)
    if text is None:
        return [], problems
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        return [], [error(field, "return.empty")]
    except csv.Error:
        return [], [error(field, "return.bad_csv", line=1)]
    header = [h.strip() for h in header]
    missing = [c for c in COLUMNS if c not in header]
    extra = [h for h in header if h not in COLUMNS]
    repeated = sorted({h for h in header if header.count(h) > 1})
    if missing or extra or repeated:
        return [], [error(field, "return.columns", line=1, missing=",".join(missing), extra=",".join(extra + repeated))]
    index = {name: header.index(name) for name in COLUMNS}
    lines: list[ReturnLine] = []
    seen: dict[int, int] = {}
    number = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error:
            # e.g. a cell over the csv module's field limit (128 KiB): name the line and stop reading
            problems.append(error(field, "return.bad_csv", line=reader.line_num))
            break
        number = reader.line_num - (sum(cell.count("\n") for cell in row))
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problems.append(error(field, "return.row_length", line=number, expected=len(header), got=len(row)))
            continue
        cell = {name: row[index[name]].replace("\r\n", "\n").strip() for name in COLUMNS}
        too_long = [n for n in COLUMNS if len(cell[n]) > (MAX_NOTE_CHARS if n == "note" else MAX_CELL_CHARS)]
        if too_long:
            problems.append(error(too_long[0], "return.too_long", line=number, limit=MAX_NOTE_CHARS if too_long[0] == "note" else MAX_CELL_CHARS))
            continue
        controlled = [n for n in COLUMNS if _control_in(cell[n], allow_newlines=n == "note")]
        if controlled:
            problems.append(error(controlled[0], "return.control_character", line=number))
            continue
        if not cell["occurrence_id"].isascii() or not cell["occurrence_id"].isdigit() or len(cell["occurrence_id"]) > 18:
            problems.append(error("occurrence_id", "return.bad_id", line=number))
            continue
        occurrence_id = int(cell["occurrence_id"])
        try:
            status = ReturnStatus(cell["status"].lower())
        except ValueError:
            problems.append(error("status", "return.bad_status", line=number, value=cell["status"]))
            continue
        minutes: int | None = None
        if cell["minutes"]:
            if not _MINUTES.fullmatch(cell["minutes"]) or int(cell["minutes"]) > MAX_MINUTES:
                problems.append(error("minutes", "return.bad_minutes", line=number))
                continue
            minutes = int(cell["minutes"])
        if occurrence_id in seen:
            problems.append(error("occurrence_id", "return.duplicate_row", line=number, first=seen[occurrence_id]))
            continue
        seen[occurrence_id] = number
        lines.append(ReturnLine(number, occurrence_id, cell["chore"], parse_day(cell["due_date"]), status, minutes, cell["note"]))
    return lines, problems


def nesting_depth(text: str) -> int:
    """How deep the JSON text nests, counted without parsing it (strings skipped)."""
    brackets = re.sub(r'"(?:[^"\\]|\\.)*"|[^\[\]{}]', "", text)
    depth = deepest = 0
    for ch in brackets:
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def parse_manifest(data: bytes, field: str = "manifest.json") -> tuple[dict[str, Any] | None, list[Problem]]:
    """The returned manifest, if it is small, shallow, valid JSON with a bundle id."""
    if len(data) > MAX_MANIFEST_BYTES:
        return None, [error(field, "return.manifest_too_large")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, [error(field, "return.no_manifest")]
    if nesting_depth(text) > MAX_MANIFEST_DEPTH:
        return None, [error(field, "return.manifest_too_deep", limit=MAX_MANIFEST_DEPTH)]
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None, [error(field, "return.no_manifest")]
    if not isinstance(value, dict) or not isinstance(value.get("bundle_id"), str) or not value["bundle_id"]:
        return None, [error(field, "return.no_manifest")]
    return value, []
