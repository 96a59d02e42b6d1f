"""Quit cleanly on SIGTERM and SIGINT (logout, `kill`, Ctrl+C in a terminal).

Python runs signal handlers only when the interpreter gets control, which it does not while
Qt's event loop waits in C++. Polling with a timer would wake the CPU for nothing; instead the
signal writes a byte to a socket pair (signal.set_wakeup_fd) that a QSocketNotifier watches.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier


class TerminationWatcher(QObject):
    def __init__(self, on_terminate: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_terminate = on_terminate
        self._rx, self._tx = socket.socketpair()
        for end in (self._rx, self._tx):
            end.setblocking(False)
        signal.set_wakeup_fd(self._tx.fileno(), warn_on_full_buffer=False)
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: None)
        self._notifier = QSocketNotifier(self._rx.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        try:
            data = self._rx.recv(64)
        except BlockingIOError:
            return
        if any(b in (signal.SIGTERM, signal.SIGINT) for b in data):
            self._on_terminate()

    def close(self) -> None:
        signal.set_wakeup_fd(-1)
        self._notifier.setEnabled(False)
        self._rx.close()
        self._tx.close()
