"""File names for the audit folder: `YYYYMMDD_取引先_金額.ext`, the regular naming the tax office
accepts as a search method without special software (jp-rules.md §3.1)."""

from __future__ import annotations

import unicodedata
from datetime import date

from ushiro_desk.domain.expenses.receipt_files import MAX_NAME_BYTES

# Reserved ASCII characters become their full-width twins, which every file system accepts and which
# read the same to a person.
_FULL_WIDTH = {ch: chr(ord(ch) + 0xFEE0) for ch in '<>:"/\\|?*'}


def safe_part(text: str) -> str:
    """A piece of a file name that any file system accepts (Windows is the strictest)."""
    out = []
    for ch in text.strip():
        if ch in _FULL_WIDTH:
            out.append(_FULL_WIDTH[ch])
        elif unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch in "\t\n":
            out.append(" ")
        else:
            out.append(ch)
    cleaned = " ".join("".join(out).split()).strip(". ")
    return cleaned or "取引先不明"


def receipt_file_name(day: date, payee: str, amount: int, extension: str, serial: int = 1) -> str:
    """`20221031_㈱国税商事_110000.pdf`; a second receipt of the same expense ends `_2`."""
    suffix = f"_{serial}" if serial > 1 else ""
    tail = f"_{amount}{suffix}{extension}"
    head = f"{day:%Y%m%d}_"
    name = safe_part(payee)
    while len((head + name + tail).encode("utf-8")) > MAX_NAME_BYTES:
        name = name[:-1]
    return head + name + tail
