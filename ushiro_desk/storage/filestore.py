"""Content-addressed files under `files/`: each stored once, named by its SHA-256.

Receipts, issued invoice PDFs, the logo and the seal live here. A file is written to a temporary name,
flushed to disk, then renamed, so a crash never leaves a half file under a real name.

The store is opened on the way to the first window; hashlib (which loads OpenSSL) and `outputs` are
imported when a file is first read or written, not then.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20


def sha256_of(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


class FileStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        if len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put_bytes(self, data: bytes) -> tuple[str, bool]:
        """Store `data`; return its SHA-256 and whether it was stored already."""
        import hashlib

        sha = hashlib.sha256(data).hexdigest()
        target = self.path(sha)
        if target.is_file():
            return sha, True
        self._write(target, lambda fh: fh.write(data))
        return sha, False

    def put_file(self, source: Path) -> tuple[str, bool]:
        """Copy a file in by streaming it (receipts can be large); return (sha256, already_stored)."""
        sha = sha256_of(source)
        target = self.path(sha)
        if target.is_file():
            return sha, True

        def copy(fh: BinaryIO) -> None:
            with source.open("rb") as src:
                for chunk in iter(lambda: src.read(CHUNK), b""):
                    fh.write(chunk)

        self._write(target, copy)
        if sha256_of(target) != sha:  # the source changed while we copied it
            target.unlink()
            raise OSError(f"{source} changed while it was being stored")
        return sha, False

    def read_bytes(self, sha256: str) -> bytes:
        return self.path(sha256).read_bytes()

    def verify(self, sha256: str) -> bool:
        """True when the stored file still has the content its name promises."""
        path = self.path(sha256)
        return path.is_file() and sha256_of(path) == sha256

    def _write(self, target: Path, writer) -> None:  # type: ignore[no-untyped-def]
        """Into a 0600 temporary file carrying `outputs.TEMP_MARK` (a kill leaves only that, swept at
        the next start), then read-only under its real name."""
        from ushiro_desk.outputs import FILE_MODE, private_folder, temp_sibling

        private_folder(target.parent)
        tmp = temp_sibling(target)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            with os.fdopen(fd, "wb") as fh:
                writer(fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o400)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
