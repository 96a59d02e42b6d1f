"""Xlib through ctypes, for the two questions backmove asks an X server.

How long since the last input (the MIT-SCREEN-SAVER extension, libXss) and whether the active
window is fullscreen (EWMH properties a window manager keeps on the root and client windows).
ctypes keeps python-xlib out of the dependencies; the libraries are loaded only when an X11
probe is built, so importing this module costs nothing on other systems.

One `XDisplay` is one connection, opened once and kept until `close()`: a probe asks on demand
and never polls by itself. It can also be told: `follow_properties` asks the server for
PropertyNotify events of a window (the root's `_NET_ACTIVE_WINDOW`, the active window's
`_NET_WM_STATE`), which arrive on the connection's file descriptor (`fileno`) for a
QSocketNotifier to hand to `property_events`. Use it from one thread (the Qt thread).
"""

from __future__ import annotations

import ctypes
import ctypes.util
from ctypes import POINTER, byref, c_char_p, c_int, c_long, c_ulong, c_void_p
from functools import cache

_SUCCESS = 0
_XA_ATOM = 4
_XA_WINDOW = 33
_PROPERTY_NOTIFY = 28
_PROPERTY_CHANGE_MASK = 1 << 22
_NO_EVENT_MASK = 0

_ErrorHandler = ctypes.CFUNCTYPE(c_int, c_void_p, c_void_p)


class X11Unavailable(Exception):
    """Why X11 cannot be asked, as a short English note for `backmove doctor`."""


class _PropertyEvent(ctypes.Structure):
    """XPropertyEvent: a window's property was changed or deleted."""

    _fields_ = (
        ("type", c_int),
        ("serial", c_ulong),
        ("send_event", c_int),
        ("display", c_void_p),
        ("window", c_ulong),
        ("atom", c_ulong),
        ("time", c_ulong),
        ("state", c_int),
    )


class _Event(ctypes.Union):
    _fields_ = (("type", c_int), ("property", _PropertyEvent), ("pad", c_long * 24))


class _ScreenSaverInfo(ctypes.Structure):
    _fields_ = (
        ("window", c_ulong),
        ("state", c_int),
        ("kind", c_int),
        ("til_or_since", c_ulong),
        ("idle", c_ulong),
        ("event_mask", c_ulong),
    )


def _load(short: str, soname: str) -> ctypes.CDLL:
    try:
        return ctypes.CDLL(soname)
    except OSError:
        found = ctypes.util.find_library(short)
        if found is None:
            raise X11Unavailable(f"{soname} not found") from None
        try:
            return ctypes.CDLL(found)
        except OSError as exc:
            raise X11Unavailable(f"{soname} not loadable: {exc}") from None


@cache
def _libx11() -> ctypes.CDLL:
    lib = _load("X11", "libX11.so.6")
    lib.XOpenDisplay.restype = c_void_p
    lib.XOpenDisplay.argtypes = (c_char_p,)
    lib.XCloseDisplay.argtypes = (c_void_p,)
    lib.XDefaultRootWindow.restype = c_ulong
    lib.XDefaultRootWindow.argtypes = (c_void_p,)
    lib.XInternAtom.restype = c_ulong
    lib.XInternAtom.argtypes = (c_void_p, c_char_p, c_int)
    lib.XGetWindowProperty.restype = c_int
    lib.XGetWindowProperty.argtypes = (
        c_void_p, c_ulong, c_ulong, c_long, c_long, c_int, c_ulong,
        POINTER(c_ulong), POINTER(c_int), POINTER(c_ulong), POINTER(c_ulong), POINTER(c_void_p),
    )  # fmt: skip
    lib.XFree.argtypes = (c_void_p,)
    lib.XSetErrorHandler.restype = c_void_p
    lib.XSetErrorHandler.argtypes = (c_void_p,)
    lib.XConnectionNumber.restype = c_int
    lib.XConnectionNumber.argtypes = (c_void_p,)
    lib.XPending.restype = c_int
    lib.XPending.argtypes = (c_void_p,)
    lib.XNextEvent.restype = c_int
    # A pointer to any event union: xsync reads its own through the same function.
    lib.XNextEvent.argtypes = (c_void_p, c_void_p)
    lib.XFlush.restype = c_int
    lib.XFlush.argtypes = (c_void_p,)
    lib.XSync.restype = c_int
    lib.XSync.argtypes = (c_void_p, c_int)
    lib.XSelectInput.restype = c_int
    lib.XSelectInput.argtypes = (c_void_p, c_ulong, c_long)
    return lib


@cache
def _libxss() -> ctypes.CDLL:
    lib = _load("Xss", "libXss.so.1")
    lib.XScreenSaverQueryExtension.restype = c_int
    lib.XScreenSaverQueryExtension.argtypes = (c_void_p, POINTER(c_int), POINTER(c_int))
    lib.XScreenSaverQueryInfo.restype = c_int
    lib.XScreenSaverQueryInfo.argtypes = (c_void_p, c_ulong, POINTER(_ScreenSaverInfo))
    return lib


class XDisplay:
    """One connection to an X server, named explicitly (never read from this process's env)."""

    def __init__(self, name: str | None, *, screensaver: bool = False) -> None:
        """Open display `name`; with `screensaver`, also make sure idle time can be asked.

        Raises X11Unavailable with the first thing that is missing (libraries before the
        display: a library is what the user can install).
        """
        if not name:
            raise X11Unavailable("DISPLAY is not set")
        self._x = _libx11()
        self._xss: ctypes.CDLL | None = _libxss() if screensaver else None
        self._dpy: int | None = self._x.XOpenDisplay(name.encode())
        if not self._dpy:
            raise X11Unavailable(f"cannot open X display {name}")
        self.name = name
        self._root: int = self._x.XDefaultRootWindow(self._dpy)
        self._atoms: dict[str, int] = {}
        self._error = False
        # Xlib's default error handler exits the process; a window can vanish between two
        # requests, so protocol errors are caught around each request instead.
        self._handler = _ErrorHandler(self._on_error)
        if self._xss is not None:
            base, error_base = c_int(), c_int()
            if not self._xss.XScreenSaverQueryExtension(self._dpy, byref(base), byref(error_base)):
                self.close()
                raise X11Unavailable(f"X server on {name} lacks the MIT-SCREEN-SAVER extension")

    def _on_error(self, _display: int | None, _event: int | None) -> int:
        self._error = True
        return 0

    def close(self) -> None:
        if self._dpy:
            self._x.XCloseDisplay(self._dpy)
            self._dpy = None

    @property
    def is_open(self) -> bool:
        return bool(self._dpy)

    def idle_ms(self) -> int | None:
        """Milliseconds since the last keyboard or mouse input, or None if the server won't say."""
        if not self._dpy or self._xss is None:
            return None
        info = _ScreenSaverInfo()
        if not self._xss.XScreenSaverQueryInfo(self._dpy, self._root, byref(info)):
            return None
        return int(info.idle)

    def _atom(self, name: str) -> int:
        if name not in self._atoms:
            self._atoms[name] = self._x.XInternAtom(self._dpy, name.encode(), 0)
        return self._atoms[name]

    def _cardinals(self, window: int, prop: str, kind: int) -> list[int] | None:
        """A 32-bit list property, or None if the window lacks it (or has vanished)."""
        if not self._dpy:
            return None
        actual_type, actual_format = c_ulong(), c_int()
        count, remaining, data = c_ulong(), c_ulong(), c_void_p()
        self._error = False
        previous = self._x.XSetErrorHandler(ctypes.cast(self._handler, c_void_p))
        try:
            status = self._x.XGetWindowProperty(
                self._dpy, window, self._atom(prop), 0, 1024, 0, kind,
                byref(actual_type), byref(actual_format), byref(count), byref(remaining),
                byref(data),
            )  # fmt: skip
        finally:
            self._x.XSetErrorHandler(previous)
        try:
            if status != _SUCCESS or self._error or actual_type.value != kind:
                return None
            if actual_format.value != 32:
                return None
            # Format-32 data comes back as an array of C longs, whatever their width.
            items = ctypes.cast(data, POINTER(c_ulong))
            return [int(items[i]) for i in range(count.value)]
        finally:
            if data.value:
                self._x.XFree(data)

    def active_window(self) -> int | None:
        """The window the window manager calls active, or None if it names none."""
        value = self._cardinals(self._root, "_NET_ACTIVE_WINDOW", _XA_WINDOW)
        return value[0] if value and value[0] else None

    def has_ewmh_wm(self) -> bool:
        """Whether a window manager that keeps the EWMH properties runs on this display."""
        return bool(self._cardinals(self._root, "_NET_SUPPORTING_WM_CHECK", _XA_WINDOW))

    @property
    def root(self) -> int:
        return self._root

    def atom(self, name: str) -> int:
        """The server's number for `name` (asked once, then remembered)."""
        return self._atom(name)

    def fileno(self) -> int | None:
        """The connection's socket: readable when the server sent an event."""
        return self._x.XConnectionNumber(self._dpy) if self._dpy else None

    def follow_properties(self, window: int, on: bool = True) -> bool:
        """Ask for (or stop) PropertyNotify events of `window`; False if it is gone.

        The request is synced under the error handler: a window can vanish at any moment, and
        its BadWindow must not reach Xlib's default handler (which exits) later."""
        if not self._dpy:
            return False
        self._error = False
        previous = self._x.XSetErrorHandler(ctypes.cast(self._handler, c_void_p))
        try:
            mask = _PROPERTY_CHANGE_MASK if on else _NO_EVENT_MASK
            self._x.XSelectInput(self._dpy, window, mask)
            self._x.XSync(self._dpy, 0)
        finally:
            self._x.XSetErrorHandler(previous)
        return not self._error

    def pending(self) -> bool:
        """Whether events wait, read from the socket or already queued by a round trip."""
        return bool(self._dpy) and bool(self._x.XPending(self._dpy))

    def property_events(self) -> list[tuple[int, int]]:
        """Every queued PropertyNotify as (window, atom); other events are dropped."""
        found: list[tuple[int, int]] = []
        event = _Event()
        while self._dpy and self._x.XPending(self._dpy):
            self._x.XNextEvent(self._dpy, byref(event))
            if event.type == _PROPERTY_NOTIFY:
                found.append((int(event.property.window), int(event.property.atom)))
        return found

    def is_fullscreen(self, window: int) -> bool:
        states = self._cardinals(window, "_NET_WM_STATE", _XA_ATOM) or []
        return self._atom("_NET_WM_STATE_FULLSCREEN") in states
