"""Helpers of the safety suite: the CLI run in-process, the database dump, a copy of the sample data,
and real faults — a tiny tmpfs for a full disk, a read-only bind mount — where this machine allows
mounting (root in a sandbox), else an injected fault of the same errno (said in each fixture)."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Iterator, NamedTuple

import pytest

from ushiro_desk.outputs import TEMP_MARK
from ushiro_desk.paths import DataPaths


class Run(NamedTuple):
    code: int
    out: str
    err: str


def run_cli(*argv: str | os.PathLike[str]) -> Run:
    """`ushiro-desk ARGS` in this process (fast); argparse's usage errors come back as exit code 2."""
    from ushiro_desk.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
    return Run(code, out.getvalue(), err.getvalue())


def one_sentence(text: str) -> str:
    """The message, asserted to be one line without a traceback."""
    lines = [line for line in text.splitlines() if line.strip()]
    assert "Traceback" not in text, text
    assert len(lines) == 1, text
    return lines[0]


def dump(database: Path) -> str:
    """`sqlite3 FILE .dump` — what the user would see of the data."""
    result = subprocess.run(["sqlite3", str(database), ".dump"], capture_output=True, text=True, timeout=60)
    return result.stdout + result.stderr


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(*folders: Path) -> list[Path]:
    """Every temporary file or folder of ours below `folders`."""
    found: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            found += [p for p in folder.rglob(f"*{TEMP_MARK}*")]
    return found


@pytest.fixture
def sample(demo_template: DataPaths, tmp_path: Path) -> DataPaths:
    """A closed copy of the session's sample data (no open store: children may take the lock)."""
    from ushiro_desk.storage.backups import copy_database

    paths = DataPaths(tmp_path / "sample")
    paths.ensure()
    copy_database(demo_template.database, paths.database)
    shutil.copytree(demo_template.files, paths.files, dirs_exist_ok=True)
    return paths


def _mount(*args: str) -> bool:
    try:
        return subprocess.run(["mount", *args], capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, timeout=20)


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on a 64 KiB tmpfs (a real ENOSPC). Where mounting is not allowed, a fake layer: fsync of
    any file below the folder fails with ENOSPC, as a full disk does at the latest there."""
    folder = tmp_path / f"small-{uuid.uuid4().hex[:6]}"
    folder.mkdir()
    if os.geteuid() == 0 and _mount("-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", str(folder)):
        try:
            yield folder
        finally:
            _umount(folder)
        return
    real_fsync = os.fsync

    def full(fd: int) -> None:
        if os.path.realpath(f"/proc/self/fd/{fd}").startswith(str(folder)):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full)
    yield folder


@contextlib.contextmanager
def read_only(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Make `folder` read-only for real (a read-only bind mount: chmod does not stop root); where
    mounting is not allowed, every open for writing below it fails with EROFS. Yields how."""
    if os.geteuid() == 0 and _mount("--bind", str(folder), str(folder)):
        if _mount("-o", "remount,bind,ro", str(folder)):
            try:
                yield "mount"
            finally:
                _umount(folder)
            return
        _umount(folder)
    real_open = os.open
    writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT

    def refuse(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if flags & writing and os.path.realpath(path).startswith(str(folder)):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(os, "open", refuse)
        yield "injected"
