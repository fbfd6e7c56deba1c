"""Which receipt files are accepted: PDFs and common images, not empty, at most 50 MB, with a name that
can be kept and written back out. The type is read from the file's first bytes, not its extension."""

from __future__ import annotations

import unicodedata

from ushiro_desk.domain.problems import Problem, error

MAX_RECEIPT_BYTES = 50 * 1024 * 1024
MAX_NAME_BYTES = 255  # the longest name most file systems allow

# media type → (extension used when written out, magic bytes test)
MEDIA_TYPES: dict[str, str] = {
    "application/pdf": ".pdf",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "image/tiff": ".tif",
}
EXTENSIONS = {".pdf", ".png", ".jpg", ".jpeg", ".jpe", ".gif", ".webp", ".tif", ".tiff"}


def sniff(head: bytes) -> str | None:
    """The media type from a file's first 16 bytes, or None when it is not a receipt type."""
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    return None


def check_name(name: str, field: str = "receipts") -> list[Problem]:
    """A file name must be text (not bytes that decode to nothing), without control characters, and not
    too long: it is kept in the database and shown; files themselves are stored under their SHA-256 and
    written out under names built by `naming` (so Windows-reserved characters are fine here)."""
    try:
        encoded = name.encode("utf-8")
    except UnicodeEncodeError:
        return [error(field, "receipt.name", name=name.encode("utf-8", "replace").decode("utf-8"))]
    bad = sorted({ch for ch in name if unicodedata.category(ch) in ("Cc", "Cs")})
    if bad or not name.strip() or len(encoded) > MAX_NAME_BYTES:
        return [error(field, "receipt.name", name=name, characters="".join(bad))]
    return []


def check_file(name: str, size: int, head: bytes, field: str = "receipts") -> tuple[str | None, list[Problem]]:
    """The media type of a candidate receipt and its problems (all of them)."""
    problems = check_name(name, field)
    shown = name.encode("utf-8", "replace").decode("utf-8")
    if size == 0:
        problems.append(error(field, "receipt.empty", name=shown))
        return None, problems
    if size > MAX_RECEIPT_BYTES:
        problems.append(error(field, "receipt.too_large", name=shown, limit=MAX_RECEIPT_BYTES, size=size))
    media_type = sniff(head)
    if media_type is None:
        problems.append(error(field, "receipt.type", name=shown))
    return media_type, problems
