"""A client of the command socket that sends exactly the bytes it is given, in the test's own
process: it never blocks, so the server beside it keeps answering (qtbot.waitUntil runs Qt's
events while it waits)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtNetwork import QLocalSocket

CONNECTED = QLocalSocket.LocalSocketState.ConnectedState
UNCONNECTED = QLocalSocket.LocalSocketState.UnconnectedState


def connect(qtbot: Any, key: str) -> QLocalSocket:
    sock = QLocalSocket()
    sock.connectToServer(key)
    qtbot.waitUntil(lambda: sock.state() == CONNECTED, timeout=5000)
    return sock


def exchange(qtbot: Any, key: str, payload: bytes) -> bytes:
    """Send `payload` and return all the server sent back before it closed the connection."""
    sock = connect(qtbot, key)
    sock.write(payload)
    sock.flush()
    qtbot.waitUntil(lambda: sock.state() == UNCONNECTED, timeout=10000)
    data = bytes(sock.readAll().data())
    sock.deleteLater()
    return data


def request(qtbot: Any, key: str, obj: Any) -> dict[str, Any]:
    """One JSON request (`obj` already bytes: sent as it is) and its one-line JSON answer."""
    payload = obj if isinstance(obj, bytes) else json.dumps(obj).encode()
    answer = json.loads(exchange(qtbot, key, payload + b"\n"))
    assert isinstance(answer, dict)
    return answer
