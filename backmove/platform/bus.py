"""Small, blocking D-Bus calls through QtDBus, for probes that ask a desktop service.

A probe that can be told of changes listens with `BusSignal` instead of asking again.

Every call has a short timeout (a hung service must not freeze the tray) and never starts a
service by D-Bus activation: a probe asks what is running, it does not launch daemons. A failed
call raises `BusError` with a short English note for `backmove doctor`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage, QDBusVariant

TIMEOUT_MS = 500
_PROPERTIES = "org.freedesktop.DBus.Properties"
_DBUS_ERROR = "org.freedesktop.DBus.Error."
_NOT_RUNNING = {"ServiceUnknown", "NameHasNoOwner"}


class BusError(Exception):
    """Why a D-Bus call did not answer: "not on the bus", "NoReply", "UnknownMethod"..."""


def call(
    bus: QDBusConnection, service: str, path: str, interface: str, method: str, *args: Any
) -> list[Any]:
    """The reply's arguments, or BusError."""
    if not bus.isConnected():
        raise BusError("not connected to D-Bus")
    message = QDBusMessage.createMethodCall(service, path, interface, method)
    message.setAutoStartService(False)
    if args:
        message.setArguments(list(args))
    reply = bus.call(message, QDBus.CallMode.Block, TIMEOUT_MS)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        error = reply.errorName().removeprefix(_DBUS_ERROR) or "no reply"
        raise BusError("not on the bus" if error in _NOT_RUNNING else error)
    return list(reply.arguments())


def call_int(bus: QDBusConnection, service: str, path: str, interface: str, method: str) -> int:
    """A method that answers one integer (an idle time)."""
    arguments = call(bus, service, path, interface, method)
    if len(arguments) != 1 or not isinstance(arguments[0], int) or isinstance(arguments[0], bool):
        raise BusError(f"{method} answered {arguments!r}, not an integer")
    return arguments[0]


def get_property(bus: QDBusConnection, service: str, path: str, interface: str, name: str) -> Any:
    arguments = call(bus, service, path, _PROPERTIES, "Get", interface, name)
    if len(arguments) != 1:
        raise BusError(f"Get {name} answered {arguments!r}")
    value = arguments[0]
    return value.variant() if isinstance(value, QDBusVariant) else value


def is_registered(bus: QDBusConnection, service: str) -> bool:
    if not bus.isConnected():
        return False
    reply = bus.interface().isServiceRegistered(service)
    return reply.isValid() and bool(reply.value())


# PySide6's stub types QDBusConnection's slot argument as bytes, but the binding accepts only
# the str that SLOT() gives (bytes raise ValueError), so the calls that pass it are ignored.
_HEARD_SLOT = SLOT("_heard(QDBusMessage)")


class BusSignal(QObject):
    """Calls `heard(message)` whenever the service sends the D-Bus signal: how a probe learns
    of a change the moment it happens instead of asking every few seconds."""

    def __init__(
        self,
        bus: QDBusConnection,
        service: str,
        path: str,
        interface: str,
        name: str,
        heard: Callable[[QDBusMessage], None],
    ) -> None:
        super().__init__()
        self._bus = bus
        self._match = (service, path, interface, name)
        self._heard_callback = heard
        self.listening = bus.isConnected() and bool(
            bus.connect(*self._match, self, _HEARD_SLOT)  # type: ignore[call-overload]  # see _HEARD_SLOT
        )

    @Slot(QDBusMessage)
    def _heard(self, message: QDBusMessage) -> None:
        self._heard_callback(message)

    def close(self) -> None:
        if self.listening:
            self._bus.disconnect(*self._match, self, _HEARD_SLOT)  # type: ignore[call-overload]  # see _HEARD_SLOT
            self.listening = False
