"""The one way files leave the app: atomic, private, and never over what the user did not name."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from ushiro_desk.outputs import (
    STALE_AFTER_SECONDS,
    OutputRefused,
    atomic_file,
    atomic_folder,
    private_file,
    sweep_leftovers,
    temp_sibling,
    write_bytes,
)


@pytest.fixture
def loose_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_written_file_is_private_whatever_the_umask(tmp_path: Path, loose_umask: None) -> None:
    target = write_bytes(tmp_path / "out.csv", b"a,b\n")
    assert target.read_bytes() == b"a,b\n"
    assert mode_of(target) == 0o600


def test_an_existing_file_is_refused_unless_named_for_replacement(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"keep")
    with pytest.raises(OutputRefused) as refused:
        write_bytes(target, b"new")
    assert refused.value.kind == "exists"
    assert target.read_bytes() == b"keep"
    write_bytes(target, b"new", overwrite=True)
    assert target.read_bytes() == b"new"


def test_the_data_folder_is_refused_even_with_force(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = data / "ushiro.sqlite3"
    db.write_bytes(b"live")
    for target in (db, data / "files" / ".." / "ushiro.sqlite3", data / "new.csv"):
        with pytest.raises(OutputRefused) as refused:
            write_bytes(target, b"x", data_root=data, overwrite=True)
        assert refused.value.kind == "inside_data"
    assert db.read_bytes() == b"live"
    link = tmp_path / "link.sqlite3"
    link.symlink_to(db)
    with pytest.raises(OutputRefused):
        write_bytes(link, b"x", data_root=data, overwrite=True)
    assert db.read_bytes() == b"live"


def test_a_failure_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_file(target, overwrite=True) as fh:
            fh.write(b"half")
            raise RuntimeError("disk full")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


def test_a_folder_is_built_aside_and_private(tmp_path: Path, loose_umask: None) -> None:
    target = tmp_path / "packet"
    with atomic_folder(target) as work:
        private_file(work / "index.html", b"<p>")
        assert not target.exists()
    assert mode_of(target) == 0o700
    assert mode_of(target / "index.html") == 0o600


def test_stale_leftovers_are_swept_and_fresh_ones_kept(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    stale = temp_sibling(target)
    stale.write_bytes(b"x" * 100)
    old = time.time() - STALE_AFTER_SECONDS - 10
    os.utime(stale, (old, old))
    fresh = temp_sibling(target)
    fresh.write_bytes(b"y")
    mine = tmp_path / ".export.csv.partial-user"  # not ours: never touched
    mine.write_bytes(b"z")
    swept = sweep_leftovers(tmp_path)
    assert swept == (1, 100)
    assert not stale.exists() and fresh.exists() and mine.exists()
