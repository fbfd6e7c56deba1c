"""Reading a returned packet without trusting it.

A returned archive may be hostile: names with `../` or absolute paths, symlinks, a zip bomb (huge
ratio, huge total, or thousands of members), or a wrong password. Every check happens before anything
is extracted, and sizes are counted while reading (headers can lie). Nothing is written to disk here:
members are returned as bytes, within the limits.
"""

from __future__ import annotations

import stat
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Mapping

import pyzipper

CHUNK = 1 << 16


@dataclass(frozen=True)
class Limits:
    max_members: int = 2_000
    max_member_bytes: int = 60 * 1024 * 1024  # a receipt is at most 50 MB
    max_total_bytes: int = 1024 * 1024 * 1024
    max_ratio: int = 200  # uncompressed / compressed, per member
    max_archive_bytes: int = 1024 * 1024 * 1024  # the file itself, checked before it is opened
    # Tighter limits for named members (e.g. the return sheet), checked on the header and while reading.
    member_caps: Mapping[str, int] = field(default_factory=dict)


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


_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22


def declared_entries(path: Path) -> int | None:
    """The entry count the end-of-central-directory record declares, read without parsing the
    directory (a zip of a million entries is refused before Python builds a million ZipInfos).
    None when there is no such record; 0xFFFF (ZIP64) is returned as it stands."""
    with path.open("rb") as fh:
        fh.seek(0, 2)
        size = fh.tell()
        start = max(0, size - (_EOCD_SIZE + 0xFFFF))
        fh.seek(start)
        tail = fh.read()
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < _EOCD_SIZE:
        return None
    return int(struct.unpack("<H", tail[at + 10 : at + 12])[0])


def _cap(limits: Limits, name: str) -> int:
    return min(limits.member_caps.get(name, limits.max_member_bytes), limits.max_member_bytes)


def read_members(path: Path, password: bytes | None, limits: Limits = Limits()) -> dict[str, bytes]:
    """Every regular file in the archive, by its safe name. Raises UnsafeArchive."""
    try:
        if path.stat().st_size > limits.max_archive_bytes:
            raise UnsafeArchive("archive.too_large")
        entries = declared_entries(path)
    except OSError as exc:
        raise UnsafeArchive("archive.not_zip", str(path)) from exc
    if entries is not None and entries > limits.max_members:
        raise UnsafeArchive("archive.too_many_members", str(entries))
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
            if info.file_size > _cap(limits, safe_name(info.filename)):
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
            cap = _cap(limits, name)
            chunks: list[bytes] = []
            size = 0
            try:
                with archive.open(info) as fh:
                    while chunk := fh.read(CHUNK):
                        size += len(chunk)
                        total += len(chunk)
                        if size > cap:  # never trust the header alone
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
