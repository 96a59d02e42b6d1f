"""The commands a second `backmove` hands to the running one, over a local socket.

The running app listens on a QLocalServer (a Unix socket, or a named pipe on Windows) that
only the same user can open, in a place `socketplace` has checked. A second `backmove ...`
connects, sends one JSON line (`{"cmd": "show"}`, `{"cmd": "pause", "minutes": 30}`, ...) and
gets one JSON line back. Nothing listens on the network.

Whatever arrives is answered without harm to the app: a request is at most 64 KiB and nested at
most 8 deep (deeper JSON made the parser recurse until it failed inside a Qt slot, which opened
an error dialog per request), a connection that sends nothing is closed after 2 seconds (left
open, such connections used up the file descriptors the app needs), and at most 8 are served
at once. A request that is not a command this app knows gets `{"ok": false, "error": ...}`
in words, one line in the log, and no dialog.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from backmove.platform.datalock import DataLock, Owner
from backmove.platform.socketplace import Problem, prepare

log = logging.getLogger(__name__)

Handler = Callable[[dict[str, Any]], dict[str, Any]]
MAX_REQUEST = 64 * 1024
MAX_DEPTH = 8
READ_TIMEOUT_MS = 2000
MAX_CONNECTIONS = 8


def ask(key: str, request: dict[str, Any], timeout_ms: int = 5000) -> dict[str, Any] | None:
    """Send `request` to the running backmove; None when nothing listens at `key`.

    The caller checks the place first (`socketplace.check`): this only talks."""
    sock = QLocalSocket()
    sock.connectToServer(key)
    if not sock.waitForConnected(timeout_ms):
        return None
    sock.write((json.dumps(request) + "\n").encode())
    sock.waitForBytesWritten(timeout_ms)
    while not sock.canReadLine():
        if sock.bytesAvailable() > MAX_REQUEST or not sock.waitForReadyRead(timeout_ms):
            sock.abort()
            return {"ok": False, "error": "no_answer"}
    line = bytes(sock.readLine(MAX_REQUEST).data()).decode("utf-8", "replace")
    sock.disconnectFromServer()
    try:
        answer = json.loads(line)
    except (ValueError, RecursionError):
        return {"ok": False, "error": "bad_answer"}
    return answer if isinstance(answer, dict) else {"ok": False, "error": "bad_answer"}


class InstanceServer(QObject):
    """Answers the commands of later launches on the Qt thread."""

    request_received = Signal(object)
    """A request that was carried out (a dict as it came, sent as a Python object: a
    QVariantMap could not hold a whole number past 64 bits, and would fail after the deed)."""

    def __init__(
        self,
        key: str,
        parent: QObject | None = None,
        *,
        read_timeout_ms: int = READ_TIMEOUT_MS,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        super().__init__(parent)
        self._key = key
        self._timeout_ms = read_timeout_ms
        self._max_connections = max_connections
        self._handlers: dict[str, Handler] = {}
        self.problem: Problem | None = None
        """Why `claim` did not listen, when the socket's place is not safe to use."""
        self._open: dict[QLocalSocket, bytearray] = {}
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.setMaxPendingConnections(max_connections)
        self._server.newConnection.connect(self._accept)

    def handle(self, cmd: str, handler: Handler) -> None:
        """`handler` answers `cmd`; it validates the request's values before it acts, and
        answers a bad one with `{"ok": False, "error": words}`."""
        self._handlers[cmd] = handler

    def listen(self) -> Problem | None:
        """Start listening; what is wrong with the socket's place, if anything.

        Only the holder of the data folder's lock listens, so whatever socket is at the name
        was left by a backmove that died and is removed (`socketplace.prepare`). A failure to
        listen on a place that looked right raises OSError, as any other file error does."""
        problem = prepare(self._key)
        if problem is not None:
            return problem
        if not self._server.listen(self._key):
            raise OSError(f"{self._server.errorString()}: {self._key}")
        return None

    def claim(self, lock: DataLock) -> bool:
        """Become the one backmove of this data folder: take its lock, then listen. False when
        another process holds the lock, or the socket's place is not this user's alone (then
        `problem` says how, and the lock is let go again).

        The lock, not the socket, decides: it is held for the app's whole life, seen by every
        shell whatever its environment, and let go by the kernel when the app dies."""
        owner = lock.acquire(wait_s=0.5)  # a command's quick look at the lock may be on
        if owner is Owner.OTHER:
            return False
        if owner is Owner.UNKNOWN:
            log.warning("the data folder's lock could not be taken: %s", lock.problem)
        self.problem = self.listen()
        if self.problem is not None:
            lock.release()
            return False
        return True

    def close(self) -> None:
        for conn in list(self._open):
            conn.abort()
        self._server.close()

    @property
    def server_name(self) -> str:
        return self._server.fullServerName()

    @property
    def connections(self) -> int:
        """Connections open now (read by the tests of the limits)."""
        return len(self._open)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            if len(self._open) >= self._max_connections:
                log.warning("more than %d connections at once; one refused", len(self._open))
                self._reply(conn, self._error(self.tr("backmove is busy; try again")))
                continue
            self._open[conn] = bytearray()
            timer = QTimer(conn, singleShot=True, interval=self._timeout_ms)
            timer.timeout.connect(lambda c=conn: self._expire(c))
            timer.start()
            conn.readyRead.connect(lambda c=conn: self._read(c))
            conn.disconnected.connect(lambda c=conn: self._gone(c))
            if conn.bytesAvailable():
                self._read(conn)

    def _expire(self, conn: QLocalSocket) -> None:
        """A client that sent no whole request in time is cut off, so it holds nothing."""
        if conn in self._open:
            log.info("a connection sent no request within %d ms; closed", self._timeout_ms)
            self._gone(conn)
            conn.abort()

    def _gone(self, conn: QLocalSocket) -> None:
        if self._open.pop(conn, None) is not None:
            conn.deleteLater()

    def _read(self, conn: QLocalSocket) -> None:
        buffer = self._open.get(conn)
        if buffer is None:  # answered already, or cut off
            return
        buffer += bytes(conn.read(MAX_REQUEST + 1 - len(buffer)).data())
        end = buffer.find(b"\n")
        if end < 0 and len(buffer) <= MAX_REQUEST:
            return
        del self._open[conn]
        if end < 0:
            log.warning("a request longer than %d bytes; refused", MAX_REQUEST)
            answer = self._error(self.tr("the request is longer than 64 KiB"))
        else:
            answer = self.answer(bytes(buffer[:end]))
        self._reply(conn, answer)

    def _reply(self, conn: QLocalSocket, answer: dict[str, Any]) -> None:
        conn.disconnected.connect(conn.deleteLater)
        conn.write((json.dumps(answer) + "\n").encode())
        conn.flush()
        conn.disconnectFromServer()

    def answer(self, raw: bytes) -> dict[str, Any]:
        """The answer to one request line. Never raises: a failure is an answer too."""
        try:
            return self._dispatch(raw)
        except Exception:
            log.exception("a request could not be answered")
            return self._error(self.tr("backmove failed to do that; the details are in its log"))

    def _dispatch(self, raw: bytes) -> dict[str, Any]:
        refused = self._error(self.tr("the request is not a JSON object with a command"))
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return self._refuse(refused, "not UTF-8")
        if nesting(text) > MAX_DEPTH:
            return self._refuse(self._error(self.tr("the request is nested too deeply")), "deep")
        try:
            request = json.loads(text, parse_constant=_no_constant)
        except (ValueError, RecursionError):
            return self._refuse(refused, "not JSON")
        if not isinstance(request, dict) or not isinstance(request.get("cmd"), str):
            return self._refuse(refused, "no command")
        cmd = request["cmd"]
        handler = self._handlers.get(cmd)
        if handler is None:
            return self._refuse(self._error(self.tr("there is no such command")), "unknown")
        try:
            answer = handler(request)
        except Exception:
            log.exception("command %s failed", cmd[:40])
            return self._error(self.tr("backmove failed to do that; the details are in its log"))
        if answer.get("ok") is False:
            return self._refuse(answer, cmd)
        self.request_received.emit(request)
        return {**answer, "ok": True}

    @staticmethod
    def _error(words: str) -> dict[str, Any]:
        return {"ok": False, "error": words}

    @staticmethod
    def _refuse(answer: dict[str, Any], what: str) -> dict[str, Any]:
        log.warning("refused a request (%s): %s", what[:40], answer.get("error"))
        return answer


def nesting(text: str) -> int:
    """How deep the arrays and objects of `text` go, counted without parsing it, so that a
    request nested thousands deep is refused before the parser recurses into it."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _no_constant(name: str) -> Any:
    """NaN and Infinity are no JSON; Python's parser takes them unless told not to."""
    raise ValueError(name)
