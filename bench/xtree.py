"""Asking the X server, not the app, whether a tray icon is embedded: Xlib through ctypes.

The end-to-end tests ask `xwininfo -root -tree` the same question; a benchmark with a 0.25 s
budget cannot: each run forks a program that takes a few milliseconds and competes with the
starting app for the CPU. One connection and XQueryTree under trayer's panel answer in well
under a millisecond, so the stopwatch can look every 2 ms.
"""

from __future__ import annotations

import ctypes
from ctypes import POINTER, Structure, byref, c_char_p, c_int, c_long, c_uint, c_ulong, c_void_p
from functools import cache

IS_VIEWABLE = 2

_ErrorHandler = ctypes.CFUNCTYPE(c_int, c_void_p, c_void_p)


class _ClassHint(Structure):
    # Pointers, not c_char_p: Xlib allocated them and XFree needs them back as they were.
    _fields_ = (("res_name", c_void_p), ("res_class", c_void_p))


class _Attributes(Structure):
    """XWindowAttributes, whole, for its map_state."""

    _fields_ = (
        ("x", c_int), ("y", c_int), ("width", c_int), ("height", c_int),
        ("border_width", c_int), ("depth", c_int), ("visual", c_void_p), ("root", c_ulong),
        ("c_class", c_int), ("bit_gravity", c_int), ("win_gravity", c_int),
        ("backing_store", c_int), ("backing_planes", c_ulong), ("backing_pixel", c_ulong),
        ("save_under", c_int), ("colormap", c_ulong), ("map_installed", c_int),
        ("map_state", c_int), ("all_event_masks", c_long), ("your_event_mask", c_long),
        ("do_not_propagate_mask", c_long), ("override_redirect", c_int), ("screen", c_void_p),
    )  # fmt: skip


@cache
def _x11() -> ctypes.CDLL:
    lib = ctypes.CDLL("libX11.so.6")
    lib.XOpenDisplay.restype = c_void_p
    lib.XOpenDisplay.argtypes = (c_char_p,)
    lib.XCloseDisplay.argtypes = (c_void_p,)
    lib.XDefaultRootWindow.restype = c_ulong
    lib.XDefaultRootWindow.argtypes = (c_void_p,)
    lib.XQueryTree.argtypes = (
        c_void_p,
        c_ulong,
        POINTER(c_ulong),
        POINTER(c_ulong),
        POINTER(POINTER(c_ulong)),
        POINTER(c_uint),
    )
    lib.XFetchName.argtypes = (c_void_p, c_ulong, POINTER(c_void_p))
    lib.XGetClassHint.argtypes = (c_void_p, c_ulong, POINTER(_ClassHint))
    lib.XGetWindowAttributes.argtypes = (c_void_p, c_ulong, POINTER(_Attributes))
    lib.XFree.argtypes = (c_void_p,)
    lib.XSetErrorHandler.restype = c_void_p
    lib.XSetErrorHandler.argtypes = (c_void_p,)
    return lib


class XTree:
    """One connection to display `name`, for looking at its window tree."""

    def __init__(self, name: str) -> None:
        self._x = _x11()
        self._dpy = self._x.XOpenDisplay(name.encode())
        if not self._dpy:
            raise OSError(f"cannot open X display {name}")
        self.root: int = self._x.XDefaultRootWindow(self._dpy)
        # A window can vanish between two requests; Xlib's default handler would exit.
        self._handler = _ErrorHandler(lambda _d, _e: 0)
        self._x.XSetErrorHandler(ctypes.cast(self._handler, c_void_p))

    def close(self) -> None:
        if self._dpy:
            self._x.XCloseDisplay(self._dpy)
            self._dpy = None

    def children(self, window: int) -> list[int]:
        root, parent = c_ulong(), c_ulong()
        kids, count = POINTER(c_ulong)(), c_uint()
        if not self._x.XQueryTree(
            self._dpy, window, byref(root), byref(parent), byref(kids), byref(count)
        ):
            return []
        try:
            return [int(kids[i]) for i in range(count.value)]
        finally:
            if kids:
                self._x.XFree(kids)

    def descendants(self, window: int) -> list[int]:
        out, todo = [], self.children(window)
        while todo:
            w = todo.pop()
            out.append(w)
            todo += self.children(w)
        return out

    def name(self, window: int) -> str | None:
        text = c_void_p()
        if not self._x.XFetchName(self._dpy, window, byref(text)) or not text.value:
            return None
        try:
            return ctypes.string_at(text.value).decode(errors="replace")
        finally:
            self._x.XFree(text)

    def wm_class(self, window: int) -> tuple[str, str] | None:
        hint = _ClassHint()
        if not self._x.XGetClassHint(self._dpy, window, byref(hint)):
            return None
        parts = (hint.res_name, hint.res_class)
        try:
            name, cls = (ctypes.string_at(p).decode(errors="replace") if p else "" for p in parts)
            return name, cls
        finally:
            for part in parts:
                if part:
                    self._x.XFree(part)

    def viewable(self, window: int) -> bool:
        attrs = _Attributes()
        if not self._x.XGetWindowAttributes(self._dpy, window, byref(attrs)):
            return False
        return attrs.map_state == IS_VIEWABLE

    def trayer_panel(self) -> int | None:
        """trayer's panel window (named "panel", of class trayer), as tests/e2e finds it."""
        for w in self.descendants(self.root):
            hint = self.wm_class(w)
            if hint is not None and "trayer" in hint and self.name(w) == "panel":
                return w
        return None

    def embedded(self, panel: int, app_class: str) -> bool:
        """Whether a viewable window of WM_CLASS `app_class` sits inside `panel`. (Qt names
        its tray icon window in _NET_WM_NAME only, which XFetchName does not read.)"""
        return any(
            (hint := self.wm_class(w)) is not None and hint[1] == app_class and self.viewable(w)
            for w in self.descendants(panel)
        )
