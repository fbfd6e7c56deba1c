"""Reading a returned packet without trusting it.

A returned archive may be hostile: names with `../` or absolute paths, symlinks, a zip bomb (huge
ratio, huge total, or thousands of members), or a wrong password. Every check happens before anything
is extracted, and sizes are counted while reading (headers can lie). Nothing is written to disk here:
members are returned as bytes, within the limits.
"""

from __future__ import annotations

import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pyzipper

CHUNK = 1 << 16


@dataclass(frozen=True)
class Limits:
    max_members: int = 2_000
    max_member_bytes: int = 60 * 1024 * 1024  # a receipt is at most 50 MB
    max_total_bytes: int = 1024 * 1024 * 1024
    max_ratio: int = 200  # uncompressed / compressed, per member


class UnsafeArchive(Exception):
    """The archive was refused; `code` says why, `member` names the entry where it matters."""

    def __init__(self, code: str, member: str = "") -> None:
        super().__init__(f"{code}: {member}" if member else code)
        self.code = code
        self.member = member


def safe_name(raw: str) -> str:
    """The member's path if it stays inside the archive's root, else raise."""
    name = raw.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":") or "\x00" in name:
        raise UnsafeArchive("archive.absolute_path", raw)
    parts = PurePosixPath(name).parts
    if any(part == ".." for part in parts):
        raise UnsafeArchive("archive.path_traversal", raw)
    return "/".join(p for p in parts if p not in ("", "."))


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def read_members(path: Path, password: bytes | None, limits: Limits = Limits()) -> dict[str, bytes]:
    """Every regular file in the archive, by its safe name. Raises UnsafeArchive."""
    try:
        archive = pyzipper.AESZipFile(path)
    except (zipfile.BadZipFile, pyzipper.BadZipFile, OSError, ValueError) as exc:
        raise UnsafeArchive("archive.not_zip", str(path)) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_members:
            raise UnsafeArchive("archive.too_many_members", str(len(infos)))
        declared = 0
        for info in infos:
            safe_name(info.filename)
            if _is_symlink(info):
                raise UnsafeArchive("archive.symlink", info.filename)
            if info.file_size > limits.max_member_bytes:
                raise UnsafeArchive("archive.member_too_large", info.filename)
            if info.compress_size and info.file_size / info.compress_size > limits.max_ratio:
                raise UnsafeArchive("archive.bomb", info.filename)
            declared += info.file_size
        if declared > limits.max_total_bytes:
            raise UnsafeArchive("archive.too_large")
        if password:
            archive.setpassword(password)
        members: dict[str, bytes] = {}
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            name = safe_name(info.filename)
            if name in members:
                raise UnsafeArchive("archive.duplicate_member", info.filename)
            chunks: list[bytes] = []
            size = 0
            try:
                with archive.open(info) as fh:
                    while chunk := fh.read(CHUNK):
                        size += len(chunk)
                        total += len(chunk)
                        if size > limits.max_member_bytes:  # never trust the header alone
                            raise UnsafeArchive("archive.member_too_large", info.filename)
                        if total > limits.max_total_bytes:
                            raise UnsafeArchive("archive.too_large")
                        chunks.append(chunk)
            except RuntimeError as exc:  # pyzipper: "Bad password for file" / "... password required"
                code = "archive.bad_password" if password else "archive.password_needed"
                raise UnsafeArchive(code, info.filename) from exc
            except (zipfile.BadZipFile, pyzipper.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
                raise UnsafeArchive("archive.damaged", info.filename) from exc
            members[name] = b"".join(chunks)
        return members
