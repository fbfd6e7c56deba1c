"""Hostile returned packets are refused before anything is used."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest
import pyzipper

from ushiro_desk.reports.handoff.safe_zip import Limits, UnsafeArchive, read_members, safe_name


def _zip(path: Path, members: dict[str, bytes], password: bytes | None = None) -> Path:
    with pyzipper.AESZipFile(path, "w", compression=zipfile.ZIP_DEFLATED,
                             encryption=pyzipper.WZ_AES if password else None) as zf:
        if password:
            zf.setpassword(password)
        for name, data in members.items():
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("../evil.txt", "archive.path_traversal"),
        ("return/../../evil.txt", "archive.path_traversal"),
        ("..\\evil.txt", "archive.path_traversal"),
        ("/etc/passwd", "archive.absolute_path"),
        ("C:/Windows/evil.txt", "archive.absolute_path"),
    ],
)
def test_escaping_names_are_refused(tmp_path: Path, name: str, code: str) -> None:
    path = _zip(tmp_path / "p.zip", {"manifest.json": b"{}", name: b"x"})
    with pytest.raises(UnsafeArchive) as exc:
        read_members(path, None)
    assert exc.value.code == code


def test_a_symlink_member_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "link.zip"
    with zipfile.ZipFile(path, "w") as zf:
        info = zipfile.ZipInfo("return/receipt.pdf")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    with pytest.raises(UnsafeArchive) as exc:
        read_members(path, None)
    assert exc.value.code == "archive.symlink"


def test_a_zip_bomb_is_refused_by_its_ratio(tmp_path: Path) -> None:
    path = _zip(tmp_path / "bomb.zip", {"return/status.csv": b"\0" * (20 * 1024 * 1024)})
    with pytest.raises(UnsafeArchive) as exc:
        read_members(path, None)
    assert exc.value.code == "archive.bomb"


def test_too_many_members_are_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "many.zip", {f"return/{i}.txt": b"x" for i in range(30)})
    with pytest.raises(UnsafeArchive) as exc:
        read_members(path, None, Limits(max_members=20))
    assert exc.value.code == "archive.too_many_members"


def test_wrong_and_missing_passwords_are_told_apart(tmp_path: Path) -> None:
    path = _zip(tmp_path / "enc.zip", {"manifest.json": b"{}"}, password=b"correct horse")
    assert read_members(path, b"correct horse") == {"manifest.json": b"{}"}
    with pytest.raises(UnsafeArchive) as wrong:
        read_members(path, b"wrong")
    with pytest.raises(UnsafeArchive) as missing:
        read_members(path, None)
    assert (wrong.value.code, missing.value.code) == ("archive.bad_password", "archive.password_needed")


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "x.zip"
    path.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(UnsafeArchive) as exc:
        read_members(path, None)
    assert exc.value.code == "archive.not_zip"


def test_safe_names_are_normalised() -> None:
    assert safe_name("return/./status.csv") == "return/status.csv"
    assert safe_name("return\\receipts\\a.pdf") == "return/receipts/a.pdf"
