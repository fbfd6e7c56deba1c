"""Cells that a spreadsheet will not run: the OWASP rule for CSV injection.

A text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel, Numbers
and LibreOffice as a formula (`=HYPERLINK(...)`, `@SUM(...)`, `-2+3`); prefixed with `'` it stays text.
A cell that is a plain number (amounts, which may be negative) is left as it is, so it stays numeric.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def formula_safe(cell: str) -> str:
    """The cell as text a spreadsheet shows and never evaluates."""
    if cell.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell
