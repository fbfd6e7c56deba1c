"""Faults outside the program's control, each named once so the CLI and the window can say it in one sentence.

`fault_of(exc)` maps an exception to a `Fault` (a stable kind and the file it concerns) or None when the
exception is a bug. Kinds: disk_full, read_only, permission, missing, name_too_long, damaged, locked, io.
The CLI prints `sentence(fault)` (English); `ui/` translates the same kinds.

Standard library only: every layer may use it.
"""

from __future__ import annotations

import errno
import sqlite3
from typing import NamedTuple


class Fault(NamedTuple):
    kind: str
    path: str  # the file or folder concerned ("" when unknown)
    detail: str


SENTENCES = {
    "disk_full": "The disk is full{at}; free some space and try again — nothing was changed.",
    "read_only": "{what} is on a read-only disk or folder; choose a writable place or make it writable — nothing was changed.",
    "permission": "Permission to write {what} was denied; choose a folder you may write to — nothing was changed.",
    "missing": "{what} does not exist (it may have been moved or deleted); check the name and try again.",
    "name_too_long": "The file name {what} is too long for this disk; choose a shorter name.",
    "damaged": "The database is damaged ({detail}); nothing was changed — run 'ushiro-desk check' and restore a good backup.",
    "locked": "The database is busy (another program holds it); try again in a moment — nothing was changed.",
    "io": "Reading or writing {what} failed ({detail}); check the disk and try again — nothing was changed.",
}

_ERRNO_KINDS = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EROFS: "read_only",
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.ENOENT: "missing",
    errno.ENAMETOOLONG: "name_too_long",
    errno.EIO: "io",
}


def fault_of(exc: BaseException) -> Fault | None:
    """The fault behind `exc` (following its causes), or None when it is a bug."""
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 8:
        found = _direct(current)
        if found is not None:
            return found
        current = current.__cause__ or current.__context__
        seen += 1
    return None


def _direct(exc: BaseException) -> Fault | None:
    if isinstance(exc, OSError) and exc.errno in _ERRNO_KINDS:
        path = exc.filename if isinstance(exc.filename, str) else str(exc.filename or "")
        return Fault(_ERRNO_KINDS[exc.errno], path, exc.strerror or str(exc))
    if isinstance(exc, ValueError) and "Can't close the ZIP file" in str(exc):  # zipfile / pyzipper on a full disk
        return Fault("disk_full", "", str(exc))
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        if "malformed" in text or "not a database" in text or "file is encrypted" in text or "corrupt" in text:
            return Fault("damaged", "", str(exc))
        if "locked" in text or "busy" in text:
            return Fault("locked", "", str(exc))
        if "full" in text:
            return Fault("disk_full", "", str(exc))
        if "readonly" in text or "read-only" in text:
            return Fault("read_only", "", str(exc))
        if "disk i/o" in text or "unable to open" in text:
            return Fault("io", "", str(exc))
    return None


def sentence(fault: Fault) -> str:
    what = fault.path or "a file"
    text = SENTENCES[fault.kind].format(what=what, at=f" (writing {fault.path})" if fault.path else "", detail=fault.detail)
    return text[0].upper() + text[1:]
