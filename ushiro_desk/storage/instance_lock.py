"""One writer per data dir: an OS file lock that dies with the process that holds it."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from types import TracebackType

from ushiro_desk.storage.errors import DataInUse, ReadOnlyData

# The lock file cannot be created or opened for writing: the folder is read-only to us.
_READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False when another process holds it, ReadOnlyData when the
        folder cannot be written."""
        if self._fd is not None:
            return True
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            if exc.errno in _READ_ONLY_ERRNOS:
                raise ReadOnlyData(f"{self.path.parent} is read-only ({exc.strerror})", self.path.parent) from exc
            raise
        try:
            if os.name == "nt":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        if os.name == "nt":
            import msvcrt

            os.lseek(self._fd, 0, os.SEEK_SET)
            msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
        os.close(self._fd)  # closing releases an flock
        self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> "InstanceLock":
        if not self.acquire():
            raise DataInUse("the data dir is in use by another Ushiro Desk", self.path.parent)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()
