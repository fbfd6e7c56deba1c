"""Writing the files a user asks for: atomic, private, and never over a file the user did not name.

Every file the app writes outside its own store goes through this module:

- `check_target` refuses a path inside the data folder (only the store writes there) and an existing
  file unless the caller says the user named it for replacement (`--force`, a confirmed save dialog).
- `atomic_file` / `atomic_folder` write to a temporary sibling named `.<name>.<TEMP_MARK>-<pid>-<random>`,
  created 0600 / 0700 whatever the umask, flushed to disk and renamed into place. A failure, a Cancel
  or a kill leaves the old file as it was and, at worst, a temporary file with the one recognisable mark.
- `sweep_leftovers` removes such temporary files whose writer is gone (its process id is not running)
  or that are older than a running writer could be (the next start and `check` call it) and says how
  much it freed.

Standard library only: storage, reports, services and the CLI all use it. It is imported on the way to
the first window (backups, the file store), so shutil is imported only where a copy or removal needs it.
"""

from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Callable, Iterator, NamedTuple

TEMP_MARK = "ushiro-partial"
FILE_MODE = 0o600
FOLDER_MODE = 0o700
# A temporary file younger than this may belong to a writer that is still running (another process).
STALE_AFTER_SECONDS = 15 * 60


class OutputRefused(Exception):
    """The target may not be written; nothing was written. `kind` is stable, the message one sentence.

    kinds: "inside_data" (the data folder is the store's), "exists" (needs --force or a confirmation),
    "is_folder", "no_folder" (the parent folder does not exist).
    """

    def __init__(self, kind: str, path: Path, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.path = path


def _resolved(path: Path) -> Path:
    return Path(os.path.realpath(path.expanduser()))


def is_inside(path: Path, folder: Path) -> bool:
    """True when `path` (after following links) is `folder` or lies below it."""
    target, root = _resolved(path), _resolved(folder)
    return target == root or root in target.parents


def check_target(target: Path, *, data_root: Path | None = None, overwrite: bool = False) -> Path:
    """The target as an absolute path, or OutputRefused with one sentence saying why not."""
    target = Path(target).expanduser()
    if data_root is not None and is_inside(target, data_root):
        raise OutputRefused(
            "inside_data", target, f"{target} is inside the data folder, which only Ushiro Desk itself writes; choose another folder."
        )
    if target.is_dir():
        raise OutputRefused("is_folder", target, f"{target} is a folder; give a file name.")
    if not target.parent.is_dir():
        raise OutputRefused("no_folder", target, f"The folder {target.parent} does not exist.")
    if (target.exists() or target.is_symlink()) and not overwrite:
        raise OutputRefused("exists", target, f"{target} already exists; choose another name or replace it on purpose (--force).")
    return target


def temp_sibling(target: Path) -> Path:
    """A fresh temporary name next to `target` carrying the one recognisable mark and the writer's pid."""
    return target.with_name(f".{target.name}.{TEMP_MARK}-{os.getpid()}-{os.urandom(4).hex()}")


def _writer_running(path: Path) -> bool:
    """Whether the process that made this temporary file may still be writing it (unknown: yes)."""
    pid_text = path.name.rpartition(f".{TEMP_MARK}-")[2].split("-", 1)[0]
    if not pid_text.isascii() or not pid_text.isdigit():
        return True
    pid = int(pid_text)
    if pid == os.getpid() or os.name != "posix":  # on Windows os.kill would end the process
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError, ValueError):
        return True
    return True


def is_temporary(path: Path) -> bool:
    return path.name.startswith(".") and f".{TEMP_MARK}-" in path.name


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_file(
    target: Path,
    *,
    data_root: Path | None = None,
    overwrite: bool = False,
    mode: int = FILE_MODE,
    before_replace: Callable[[], None] | None = None,
) -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it replaces `target`, on any exception nothing changes.

    The temporary file is created with `mode` (0600) whatever the umask. `before_replace` runs once
    the file is complete on disk, just before the rename (e.g. to record it first); if it raises,
    nothing is replaced.
    """
    target = check_target(target, data_root=data_root, overwrite=overwrite)
    sweep_siblings(target)
    temp = temp_sibling(target)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if not overwrite and (target.exists() or target.is_symlink()):  # appeared while we wrote
            raise OutputRefused("exists", target, f"{target} appeared while it was being written; nothing was replaced.")
        if before_replace is not None:
            before_replace()
        os.replace(temp, target)
        _fsync_folder(target.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_bytes(target: Path, data: bytes, *, data_root: Path | None = None, overwrite: bool = False) -> Path:
    with atomic_file(target, data_root=data_root, overwrite=overwrite) as fh:
        fh.write(data)
    return Path(target)


@contextmanager
def atomic_folder(
    target: Path,
    *,
    data_root: Path | None = None,
    overwrite: bool = False,
    before_replace: Callable[[], None] | None = None,
) -> Iterator[Path]:
    """Yield a private (0700) temporary folder; on a clean exit it becomes `target`.

    Replacing an existing folder needs `overwrite`; the old one is removed only after the new one is
    complete. `before_replace` runs as in `atomic_file`.
    """
    target = Path(target).expanduser()
    if data_root is not None and is_inside(target, data_root):
        raise OutputRefused(
            "inside_data", target, f"{target} is inside the data folder, which only Ushiro Desk itself writes; choose another folder."
        )
    if not target.parent.is_dir():
        raise OutputRefused("no_folder", target, f"The folder {target.parent} does not exist.")
    if (target.exists() or target.is_symlink()) and not overwrite:
        raise OutputRefused("exists", target, f"{target} already exists; choose another name or replace it on purpose (--force).")
    sweep_siblings(target)
    temp = temp_sibling(target)
    temp.mkdir(mode=FOLDER_MODE)
    os.chmod(temp, FOLDER_MODE)
    try:
        yield temp
        if (target.exists() or target.is_symlink()) and not overwrite:
            raise OutputRefused("exists", target, f"{target} appeared while it was being written; nothing was replaced.")
        if before_replace is not None:
            before_replace()
        if target.exists() or target.is_symlink():
            old = temp_sibling(target)
            os.replace(target, old)
            os.replace(temp, target)
            _remove(old)
        else:
            os.replace(temp, target)
        _fsync_folder(target.parent)
    except BaseException:
        _remove(temp)
        raise


def private_file(path: Path, data: bytes) -> None:
    """Write a new file inside a temporary folder the caller owns (0600 whatever the umask); never
    through a name that is already there (a planted link included)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        os.fchmod(fh.fileno(), FILE_MODE)
        fh.write(data)


def private_copy(source: Path, path: Path) -> None:
    """Copy a (possibly large) file into a temporary folder the caller owns, 0600 whatever the umask."""
    import shutil

    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as fh, open(source, "rb") as src:
        os.fchmod(fh.fileno(), FILE_MODE)
        shutil.copyfileobj(src, fh, 1 << 20)


def private_folder(path: Path) -> Path:
    """mkdir -p with 0700 for every folder created."""
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    os.chmod(path, FOLDER_MODE)
    return path


def _remove(path: Path) -> int:
    """Delete a file or folder; the number of bytes freed."""
    import shutil

    freed = 0
    try:
        if path.is_dir() and not path.is_symlink():
            for sub in path.rglob("*"):
                if sub.is_file() and not sub.is_symlink():
                    freed += sub.stat().st_size
            shutil.rmtree(path, ignore_errors=True)
        else:
            freed = path.lstat().st_size
            path.unlink(missing_ok=True)
    except OSError:
        return 0
    return freed


class Swept(NamedTuple):
    count: int
    bytes: int


def sweep_siblings(target: Path) -> Swept:
    """Remove what a killed earlier write of this same target left beside it (its writer is gone)."""
    import glob

    count = freed = 0
    try:
        found = list(target.parent.glob(f".{glob.escape(target.name)}.{TEMP_MARK}-*"))
    except OSError:
        return Swept(0, 0)
    for path in found:
        if is_temporary(path) and not _writer_running(path):
            freed += _remove(path)
            count += not (path.exists() or path.is_symlink())
    return Swept(count, freed)


def _candidates(folder: Path, recursive: bool) -> Iterator[Path]:
    """Our temporary names in `folder` (and below it, not inside a temporary folder): os.walk, which
    is several times faster than a pattern rglob over a file store of thousands of receipts."""
    marked = f".{TEMP_MARK}-"
    for top, folders, files in os.walk(folder):
        for name in folders + files:
            if name.startswith(".") and marked in name:
                yield Path(top, name)
        folders[:] = [] if not recursive else [f for f in folders if not (f.startswith(".") and marked in f)]


def sweep_leftovers(folder: Path, *, recursive: bool = True, now: float | None = None) -> Swept:
    """Remove the app's stale temporary files and folders in `folder` (and below it when recursive)."""
    if not folder.is_dir():
        return Swept(0, 0)
    now = time.time() if now is None else now
    count = freed = 0
    for path in _candidates(folder, recursive):
        if not is_temporary(path) or not (path.exists() or path.is_symlink()):
            continue
        try:
            age = now - path.lstat().st_mtime
        except OSError:
            continue
        if age < STALE_AFTER_SECONDS and _writer_running(path):
            continue
        freed += _remove(path)
        if not (path.exists() or path.is_symlink()):
            count += 1
    return Swept(count, freed)
