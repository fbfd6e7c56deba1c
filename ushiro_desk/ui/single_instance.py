"""A second start on the same data dir brings the running window forward (QLocalServer)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir).encode()).hexdigest()[:16]
    return f"ushiro-desk-{digest}"


def ask_running_instance_to_show(data_dir: Path, timeout_ms: int = 1000, attempts: int = 4) -> bool:
    """True when a running Ushiro Desk on this data dir answered and will raise its window. A first
    instance starts listening just after its window shows, so a second start tries a few times."""
    import time

    socket = QLocalSocket()
    for attempt in range(attempts):
        socket.connectToServer(server_name(data_dir))
        if socket.waitForConnected(timeout_ms):
            break
        if attempt + 1 < attempts:
            time.sleep(0.25)
    else:
        return False
    socket.write(b"show\n")
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later starts.

    Signals:
        show_requested(): another start asked this instance to come forward.
    """

    show_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        QLocalServer.removeServer(name)  # a stale socket from a crashed run; we hold the data lock
        self._server.listen(name)
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: self._read(c))
            conn.disconnected.connect(conn.deleteLater)

    def _read(self, conn: QLocalSocket) -> None:
        if bytes(conn.readAll().data()).strip() == b"show":
            self.show_requested.emit()
