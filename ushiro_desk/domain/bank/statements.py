"""One entry point for every statement file: 全銀 fixed-length records or a CSV."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ushiro_desk.domain.bank import zengin
from ushiro_desk.domain.bank.csvfile import PRESETS_BY_NAME, ColumnMap, parse_csv
from ushiro_desk.domain.bank.model import MAX_FILE_BYTES, ParsedStatement
from ushiro_desk.domain.problems import error

ZENGIN_FORMATS = ("zengin", "zengin-notice")
FORMATS = (*ZENGIN_FORMATS, "csv", "mapped", *PRESETS_BY_NAME)


def read_statement(
    data: bytes, *, today: date, format: str | None = None, mapping: ColumnMap | None = None
) -> ParsedStatement:
    """Parse a downloaded statement. `format` forces a layout (a preset name, "zengin" or "csv");
    without it the bytes decide. Problems come back as values; lines only when there is none."""
    if len(data) > MAX_FILE_BYTES:
        return ParsedStatement(format or "csv", problems=(error("file", "statement.too_large", limit=MAX_FILE_BYTES),))
    if format is not None and format not in FORMATS:
        return ParsedStatement(format, problems=(error("format", "statement.unknown_format", name=format),))
    if format in ZENGIN_FORMATS or (format is None and mapping is None and zengin.looks_like_zengin(data)):
        parsed = zengin.parse_zengin(data, today)
        if parsed.ok:
            parsed = replace(parsed, lines=zengin.running_balances(parsed.lines, parsed.account.opening_balance))
        return parsed
    preset = format if format in PRESETS_BY_NAME else None
    return parse_csv(data, preset=preset, mapping=mapping if format in (None, "mapped") else None)
