"""One backmove per user and data folder, and the commands a second launch hands to it.

The running app listens on a QLocalServer (a Unix socket, or a named pipe on Windows) that
only the same user can open. A second `backmove ...` connects, sends one JSON line
(`{"cmd": "show"}`, `{"cmd": "pause", "minutes": 30}`, ...) and prints the one JSON line it
gets back. Nothing listens on the network.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

Handler = Callable[[dict[str, Any]], dict[str, Any]]
_MAX_REQUEST = 64 * 1024


def ask(key: str, request: dict[str, Any], timeout_ms: int = 5000) -> dict[str, Any] | None:
    """Send `request` to the running backmove; None when none is running."""
    sock = QLocalSocket()
    sock.connectToServer(key)
    if not sock.waitForConnected(timeout_ms):
        return None
    sock.write((json.dumps(request) + "\n").encode())
    sock.waitForBytesWritten(timeout_ms)
    while not sock.canReadLine():
        if not sock.waitForReadyRead(timeout_ms):
            sock.abort()
            return {"ok": False, "error": "no_answer"}
    line = bytes(sock.readLine().data()).decode("utf-8", "replace")
    sock.disconnectFromServer()
    try:
        answer = json.loads(line)
    except json.JSONDecodeError:
        return {"ok": False, "error": "bad_answer"}
    return answer if isinstance(answer, dict) else {"ok": False, "error": "bad_answer"}


class InstanceServer(QObject):
    """Answers the commands of later launches on the Qt thread."""

    request_received = Signal(dict)

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._handlers: dict[str, Handler] = {}
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def handle(self, cmd: str, handler: Handler) -> None:
        self._handlers[cmd] = handler

    def listen(self) -> bool:
        """Start listening; False when another live instance already owns the name.

        Ask first, then listen: with UserAccessOption Qt renames its socket into place, which
        would silently take the name from a live instance. A crashed instance leaves a socket
        nobody answers on; that one is removed.
        """
        probe = QLocalSocket()
        probe.connectToServer(self._key)
        if probe.waitForConnected(500):
            probe.abort()
            return False
        QLocalServer.removeServer(self._key)
        return self._server.listen(self._key)

    def close(self) -> None:
        self._server.close()

    @property
    def server_name(self) -> str:
        return self._server.fullServerName()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: self._read(c))
            conn.disconnected.connect(conn.deleteLater)

    def _read(self, conn: QLocalSocket) -> None:
        if not conn.canReadLine():
            if conn.bytesAvailable() > _MAX_REQUEST:
                conn.abort()
            return
        raw = bytes(conn.readLine().data()).decode("utf-8", "replace")
        answer = self._dispatch(raw)
        conn.write((json.dumps(answer) + "\n").encode())
        conn.flush()
        conn.disconnectFromServer()

    def _dispatch(self, raw: str) -> dict[str, Any]:
        try:
            request = json.loads(raw)
        except json.JSONDecodeError:
            return {"ok": False, "error": "bad_request"}
        if not isinstance(request, dict) or not isinstance(request.get("cmd"), str):
            return {"ok": False, "error": "bad_request"}
        handler = self._handlers.get(request["cmd"])
        if handler is None:
            return {"ok": False, "error": "unknown_command", "cmd": request["cmd"]}
        self.request_received.emit(request)
        try:
            answer = handler(request)
        except Exception:
            log.exception("command %s failed", request["cmd"])
            return {"ok": False, "error": "failed"}
        return {"ok": True, **answer}
