"""The X server's IDLETIME counter with XSync alarms, through ctypes on libXext.

The way KDE's KIdleTime watches idle time on X11: the SYNC extension exposes a system counter
"IDLETIME" (milliseconds since the last input, reset by every key and pointer event). An alarm
on it with a positive comparison fires once the counter reaches a value, so the server tells
when input has stopped for that long; a second alarm with a negative comparison just below the
value reached fires on the next input. Nothing is asked every few seconds: the X connection's
file descriptor becomes readable when an alarm fires, and a QSocketNotifier hands that to the
Qt thread. The counter can also be read at once (`idle_ms`), for an exact reading whenever the
planner wakes for another reason.

One `XSyncIdle` is one connection of its own to the X server (never Qt's), so its events are
never mixed up with the toolkit's. Use it from one thread (the Qt thread).
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Iterable
from ctypes import POINTER, byref, c_char_p, c_int, c_long, c_uint, c_ulong, c_void_p
from functools import cache

from PySide6.QtCore import QSocketNotifier

from backmove.platform.x11 import X11Unavailable, _libx11, _load

_ALARM_NOTIFY = 1  # XSyncAlarmNotify, counted from the extension's event base
# XSyncTestType
_POSITIVE_COMPARISON = 2
_NEGATIVE_COMPARISON = 3
# XSyncCA* attribute mask bits
_CA_COUNTER = 1 << 0
_CA_VALUE_TYPE = 1 << 1
_CA_VALUE = 1 << 2
_CA_TEST_TYPE = 1 << 3
_CA_DELTA = 1 << 4
_CA_EVENTS = 1 << 5
_ALARM_MASK = _CA_COUNTER | _CA_VALUE_TYPE | _CA_VALUE | _CA_TEST_TYPE | _CA_DELTA | _CA_EVENTS
_ABSOLUTE = 0


class _Value(ctypes.Structure):
    """XSyncValue: a 64-bit signed number as two halves."""

    _fields_ = (("hi", c_int), ("lo", c_uint))

    @classmethod
    def of(cls, value: int) -> _Value:
        return cls(value >> 32, value & 0xFFFFFFFF)

    def __int__(self) -> int:
        return (self.hi << 32) | self.lo


class _SystemCounter(ctypes.Structure):
    _fields_ = (("name", c_char_p), ("counter", c_ulong), ("resolution", _Value))


class _Trigger(ctypes.Structure):
    _fields_ = (
        ("counter", c_ulong),
        ("value_type", c_int),
        ("wait_value", _Value),
        ("test_type", c_int),
    )


class _AlarmAttributes(ctypes.Structure):
    _fields_ = (("trigger", _Trigger), ("delta", _Value), ("events", c_int), ("state", c_int))


class _AlarmNotifyEvent(ctypes.Structure):
    _fields_ = (
        ("type", c_int),
        ("serial", c_ulong),
        ("send_event", c_int),
        ("display", c_void_p),
        ("alarm", c_ulong),
        ("counter_value", _Value),
        ("alarm_value", _Value),
        ("time", c_ulong),
        ("state", c_int),
    )


class _XEvent(ctypes.Union):
    _fields_ = (("type", c_int), ("alarm", _AlarmNotifyEvent), ("pad", c_long * 24))


@cache
def _libxext() -> ctypes.CDLL:
    lib = _load("Xext", "libXext.so.6")
    lib.XSyncQueryExtension.restype = c_int
    lib.XSyncQueryExtension.argtypes = (c_void_p, POINTER(c_int), POINTER(c_int))
    lib.XSyncInitialize.restype = c_int
    lib.XSyncInitialize.argtypes = (c_void_p, POINTER(c_int), POINTER(c_int))
    lib.XSyncListSystemCounters.restype = POINTER(_SystemCounter)
    lib.XSyncListSystemCounters.argtypes = (c_void_p, POINTER(c_int))
    lib.XSyncFreeSystemCounterList.argtypes = (POINTER(_SystemCounter),)
    lib.XSyncCreateAlarm.restype = c_ulong
    lib.XSyncCreateAlarm.argtypes = (c_void_p, c_ulong, POINTER(_AlarmAttributes))
    lib.XSyncChangeAlarm.restype = c_int
    lib.XSyncChangeAlarm.argtypes = (c_void_p, c_ulong, c_ulong, POINTER(_AlarmAttributes))
    lib.XSyncDestroyAlarm.restype = c_int
    lib.XSyncDestroyAlarm.argtypes = (c_void_p, c_ulong)
    lib.XSyncQueryCounter.restype = c_int
    lib.XSyncQueryCounter.argtypes = (c_void_p, c_ulong, POINTER(_Value))
    return lib


@cache
def _libx11_events() -> ctypes.CDLL:
    lib = _libx11()
    lib.XConnectionNumber.restype = c_int
    lib.XConnectionNumber.argtypes = (c_void_p,)
    lib.XPending.restype = c_int
    lib.XPending.argtypes = (c_void_p,)
    lib.XNextEvent.restype = c_int
    lib.XNextEvent.argtypes = (c_void_p, c_void_p)  # as in x11: one function, two event unions
    lib.XFlush.restype = c_int
    lib.XFlush.argtypes = (c_void_p,)
    return lib


class XSyncIdle:
    """Alarms on IDLETIME over one connection: `idled(ms)` when input has stopped for one of
    the watched lengths (with the counter's value then), `resumed()` on the next input."""

    def __init__(
        self,
        name: str | None,
        idled: Callable[[int], None],
        resumed: Callable[[], None],
    ) -> None:
        """Raises X11Unavailable naming what is missing: libXext, the display, the SYNC
        extension or its IDLETIME counter."""
        if not name:
            raise X11Unavailable("DISPLAY is not set")
        self._x = _libx11_events()
        self._sync = _libxext()
        self._dpy: int | None = self._x.XOpenDisplay(name.encode())
        if not self._dpy:
            raise X11Unavailable(f"cannot open X display {name}")
        self._idled, self._resumed = idled, resumed
        self._alarms: dict[int, int] = {}  # alarm -> the length it watches, in ms
        self._reset: int | None = None  # the alarm that fires on the next input
        event_base, error_base = c_int(), c_int()
        major, minor = c_int(), c_int()
        if not self._sync.XSyncQueryExtension(
            self._dpy, byref(event_base), byref(error_base)
        ) or not self._sync.XSyncInitialize(self._dpy, byref(major), byref(minor)):
            self.close()
            raise X11Unavailable(f"X server on {name} lacks the SYNC extension")
        self._alarm_event = event_base.value + _ALARM_NOTIFY
        counter = self._idle_counter()
        if counter is None:
            self.close()
            raise X11Unavailable(f"X server on {name} has no IDLETIME counter")
        self._counter = counter
        self._notifier: QSocketNotifier | None = QSocketNotifier(
            self._x.XConnectionNumber(self._dpy), QSocketNotifier.Type.Read
        )
        self._notifier.activated.connect(self._drain)

    def _idle_counter(self) -> int | None:
        count = c_int()
        counters = self._sync.XSyncListSystemCounters(self._dpy, byref(count))
        if not counters:
            return None
        try:
            for i in range(count.value):
                if counters[i].name == b"IDLETIME":
                    return int(counters[i].counter)
            return None
        finally:
            self._sync.XSyncFreeSystemCounterList(counters)

    def _attributes(self, value: int, test: int) -> _AlarmAttributes:
        trigger = _Trigger(self._counter, _ABSOLUTE, _Value.of(value), test)
        return _AlarmAttributes(trigger, _Value.of(0), 1, 0)

    def watch(self, lengths_ms: Iterable[int]) -> None:
        """Replace the alarms with one per length (each fires once per stretch of idle)."""
        self._clear()
        for length in sorted(set(lengths_ms)):
            attrs = self._attributes(length, _POSITIVE_COMPARISON)
            alarm = self._sync.XSyncCreateAlarm(self._dpy, _ALARM_MASK, byref(attrs))
            self._alarms[int(alarm)] = length
        self._flush()

    def idle_ms(self) -> int | None:
        """The counter now, or None once the connection is closed."""
        if not self._dpy:
            return None
        value = _Value()
        if not self._sync.XSyncQueryCounter(self._dpy, self._counter, byref(value)):
            return None
        self._flush()  # a round trip may have queued an alarm's event without the fd waking
        return int(value)

    def _flush(self) -> None:
        if self._dpy:
            self._x.XFlush(self._dpy)
            if self._x.XPending(self._dpy):
                self._drain()

    def _drain(self) -> None:
        event = _XEvent()
        while self._dpy and self._x.XPending(self._dpy):
            self._x.XNextEvent(self._dpy, byref(event))
            if event.type == self._alarm_event:
                self._on_alarm(event.alarm)

    def _on_alarm(self, event: _AlarmNotifyEvent) -> None:
        if not self._dpy:
            return
        alarm, idle = int(event.alarm), int(event.counter_value)
        if alarm == self._reset:
            # Input came back: every length can be reached again.
            for watched, length in self._alarms.items():
                attrs = self._attributes(length, _POSITIVE_COMPARISON)
                self._sync.XSyncChangeAlarm(self._dpy, watched, _ALARM_MASK, byref(attrs))
            self._x.XFlush(self._dpy)
            self._resumed()
            return
        if alarm not in self._alarms:
            return
        # Fire on the next input: the counter falls below the value it has reached.
        attrs = self._attributes(max(0, idle - 1), _NEGATIVE_COMPARISON)
        if self._reset is None:
            self._reset = int(self._sync.XSyncCreateAlarm(self._dpy, _ALARM_MASK, byref(attrs)))
        else:
            self._sync.XSyncChangeAlarm(self._dpy, self._reset, _ALARM_MASK, byref(attrs))
        self._x.XFlush(self._dpy)
        self._idled(idle)

    def _clear(self) -> None:
        if not self._dpy:
            return
        for alarm in (*self._alarms, *([self._reset] if self._reset is not None else [])):
            self._sync.XSyncDestroyAlarm(self._dpy, alarm)
        self._alarms.clear()
        self._reset = None

    def close(self) -> None:
        notifier = getattr(self, "_notifier", None)
        if notifier is not None:
            notifier.setEnabled(False)
            notifier.deleteLater()
            self._notifier = None
        if self._dpy:
            self._clear()
            self._x.XCloseDisplay(self._dpy)
            self._dpy = None
