"""The command line's side of the instance socket, without Qt.

`backmove status`, `pause` and the rest only send one JSON line and read one back. Importing
QtNetwork for that took most of the command's time, so on Unix the socket is spoken with the
standard library; the running app still listens with Qt (`platform.instance`). On Windows the
socket is a named pipe that only Qt's QLocalSocket speaks, so there the Qt client is used.
"""

from __future__ import annotations

import json
import socket
import sys
from typing import Any

MAX_ANSWER = 64 * 1024
"""As much as the app's answer may be, like a request (platform.instance.MAX_REQUEST)."""


def ask(key: str, request: dict[str, Any], timeout_ms: int = 5000) -> dict[str, Any] | None:
    """Send `request` to the running backmove; None when nothing listens at `key`.

    The caller checks the place first (`socketplace.check`): this only talks."""
    if sys.platform == "win32":
        from backmove.platform.instance import ask as qt_ask

        return qt_ask(key, request, timeout_ms)
    timeout = timeout_ms / 1000
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(key)
        except OSError:
            return None
        try:
            sock.sendall((json.dumps(request) + "\n").encode())
            line = _read_line(sock)
        except OSError:
            return {"ok": False, "error": "no_answer"}
    if line is None:
        return {"ok": False, "error": "no_answer"}
    try:
        answer = json.loads(line.decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        return {"ok": False, "error": "bad_answer"}
    return answer if isinstance(answer, dict) else {"ok": False, "error": "bad_answer"}


def _read_line(sock: socket.socket) -> bytes | None:
    """One line, each read waiting at most the socket's timeout (as Qt's client waited for
    each batch of bytes), and at most `MAX_ANSWER`; None when it does not come."""
    got = bytearray()
    while b"\n" not in got:
        if len(got) > MAX_ANSWER:
            return None
        chunk = sock.recv(4096)
        if not chunk:
            return None
        got += chunk
    return bytes(got[: got.index(b"\n")])
