"""GNOME's idle watches: org.gnome.Mutter.IdleMonitor's AddIdleWatch and AddUserActiveWatch.

Mutter calls back with the signal WatchFired(u id), sent to the connection that added the
watch: an idle watch fires each time the user has been idle for its interval, a user-active
watch once, at the next input (so it is added again after each idle stretch). Watches belong
to the connection that added them and go away with it.

AddIdleWatch takes its interval as a D-Bus uint64 (`t`), which QtDBus from PySide6 cannot
send: PySide6 turns a Python int into a D-Bus int32 or int64 and has no typed variant, and
Mutter rejects "(i)" for "(t)". So the watches go over a connection of their own made with
jeepney (pure Python, its messages carry explicit signatures). Its socket is watched with a
QSocketNotifier: nothing runs until Mutter says something.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QSocketNotifier

SERVICE = "org.gnome.Mutter.IdleMonitor"
PATH = "/org/gnome/Mutter/IdleMonitor/Core"
INTERFACE = "org.gnome.Mutter.IdleMonitor"
TIMEOUT_S = 0.5


class MutterUnavailable(Exception):
    """Why the watches cannot be set, as a short English note for `backmove doctor`."""


class IdleWatches:
    """Idle watches on one connection: `idled(ms)` when the user has been idle for one of the
    watched intervals, `resumed()` at the next input, `lost(why)` if the bus goes away."""

    def __init__(
        self,
        address: str | None,
        idled: Callable[[int], None],
        resumed: Callable[[], None],
        lost: Callable[[str], None],
    ) -> None:
        """`address` is the session bus's address (None: $DBUS_SESSION_BUS_ADDRESS)."""
        try:
            from jeepney import DBusAddress, MatchRule
            from jeepney.bus_messages import message_bus
            from jeepney.io.blocking import open_dbus_connection
        except ImportError as exc:
            raise MutterUnavailable(f"jeepney not importable: {exc}") from None
        self._idled, self._resumed, self._lost = idled, resumed, lost
        try:
            self._conn: Any = open_dbus_connection(address or "SESSION")
        except (OSError, KeyError, ValueError, RuntimeError) as exc:
            raise MutterUnavailable(f"cannot connect to the session bus: {exc!r}") from None
        self._address = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
        self._fired: deque[Any] = deque()
        rule = MatchRule(type="signal", interface=INTERFACE, member="WatchFired", path=PATH)
        self._filter = self._conn.filter(rule, queue=self._fired)
        self._idle_watches: dict[int, int] = {}  # watch id -> interval in ms
        self._active_watch: int | None = None
        self._socket: QSocketNotifier | None = None
        self._handling = False
        try:
            self._call(message_bus.AddMatch(rule))
        except MutterUnavailable:
            self.close()
            raise
        self._socket = QSocketNotifier(self._conn.sock.fileno(), QSocketNotifier.Type.Read)
        self._socket.activated.connect(self._read)

    def _call(self, message: Any) -> tuple[Any, ...]:
        from jeepney import MessageType

        try:
            reply = self._conn.send_and_get_reply(message, timeout=TIMEOUT_S)
        except (OSError, TimeoutError, ConnectionError) as exc:
            raise MutterUnavailable(f"{message.header.fields} got no answer: {exc!r}") from None
        finally:
            self._handle_fired()
        if reply.header.message_type == MessageType.error:
            raise MutterUnavailable(f"{SERVICE}: {reply.body[0] if reply.body else 'error'}")
        return tuple(reply.body)

    def _method(self, name: str, signature: str | None = None, *args: Any) -> tuple[Any, ...]:
        from jeepney import new_method_call

        return self._call(new_method_call(self._address, name, signature, args))

    def watch(self, intervals_ms: Iterable[int]) -> None:
        """Replace the idle watches with one per interval."""
        self._remove()
        for interval in sorted(set(intervals_ms)):
            (watch_id,) = self._method("AddIdleWatch", "t", interval)
            self._idle_watches[int(watch_id)] = interval

    def _read(self) -> None:
        try:
            while True:
                self._conn.recv_messages(timeout=0)
        except TimeoutError:
            pass
        except (OSError, ConnectionError, ValueError) as exc:
            if self._socket is not None:
                self._socket.setEnabled(False)
            self._lost(f"the session bus connection ended: {exc!r}")
            return
        self._handle_fired()

    def _handle_fired(self) -> None:
        if self._handling:  # a call made below received another signal: this loop takes it
            return
        self._handling = True
        try:
            self._handle_queue()
        finally:
            self._handling = False

    def _handle_queue(self) -> None:
        while self._fired:
            message = self._fired.popleft()
            if not message.body:
                continue
            watch_id = int(message.body[0])
            if watch_id in self._idle_watches:
                if self._active_watch is None:
                    try:
                        (active,) = self._method("AddUserActiveWatch")
                    except MutterUnavailable:
                        pass
                    else:
                        self._active_watch = int(active)
                self._idled(self._idle_watches[watch_id])
            elif watch_id == self._active_watch:
                self._active_watch = None
                self._resumed()

    def _remove(self) -> None:
        ids = [*self._idle_watches, *([self._active_watch] if self._active_watch else [])]
        self._idle_watches.clear()
        self._active_watch = None
        for watch_id in ids:
            with contextlib.suppress(MutterUnavailable):
                self._method("RemoveWatch", "u", watch_id)

    def close(self) -> None:
        if self._socket is not None:
            self._socket.setEnabled(False)
            self._socket.deleteLater()
            self._socket = None
        self._fired.clear()
        # Closing the connection removes its watches in Mutter too.
        self._conn.close()
