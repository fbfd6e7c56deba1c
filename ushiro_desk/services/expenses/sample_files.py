"""Tiny receipt files for sample data and tests: a grey PNG (a few hundred bytes) and a one-page PDF,
each made unique by its text so that no two sample receipts share a SHA-256."""

from __future__ import annotations

import random
import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def receipt_png(text: str, *, width: int = 48, height: int = 64, seed: int = 0) -> bytes:
    """A small greyscale 'receipt': white paper with a few dark lines of 'print' and `text` in a tEXt chunk."""
    rng = random.Random(seed)
    rows = []
    for y in range(height):
        printed = 6 <= y < height - 6 and y % 5 in (0, 1)
        ink = rng.randint(8, width - 8) if printed else 0
        row = bytes(40 if 4 <= x < 4 + ink else 250 for x in range(width))
        rows.append(b"\x00" + row)
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"tEXt", b"Description\x00" + text.encode("latin-1", "replace"))
        + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + _chunk(b"IEND", b"")
    )


def _pdf_text(text: str) -> str:
    return text.encode("ascii", "replace").decode("ascii").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def receipt_pdf(lines: list[str]) -> bytes:
    """A valid one-page A6 PDF (Helvetica, ASCII text) of well under 1 KB."""
    body = "BT /F1 11 Tf 24 360 Td 14 TL " + " ".join(f"({_pdf_text(line)}) '" for line in lines) + " ET"
    stream = body.encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 298 420] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
