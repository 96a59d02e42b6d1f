"""The few Win32 calls backmove makes, through ctypes.

This is the boundary tests fake: each function here makes the OS call and returns raw values,
and the probes in idle.py and screenstate.py do the arithmetic. The module imports on every
system; off Windows each call raises OSError. Not yet verified on Windows itself.
"""

from __future__ import annotations

import ctypes
import sys
from ctypes import byref, c_long, c_uint, c_void_p, c_wchar_p
from dataclasses import dataclass
from functools import cache

_MONITOR_DEFAULTTONEAREST = 2


class _LastInputInfo(ctypes.Structure):
    _fields_ = (("cbSize", c_uint), ("dwTime", c_uint))


class _Rect(ctypes.Structure):
    _fields_ = (("left", c_long), ("top", c_long), ("right", c_long), ("bottom", c_long))


class _MonitorInfo(ctypes.Structure):
    _fields_ = (("cbSize", c_uint), ("rcMonitor", _Rect), ("rcWork", _Rect), ("dwFlags", c_uint))


@dataclass(frozen=True)
class Rect:
    left: int
    top: int
    right: int
    bottom: int

    @classmethod
    def _of(cls, rect: _Rect) -> Rect:
        return cls(rect.left, rect.top, rect.right, rect.bottom)


@dataclass(frozen=True)
class ForegroundWindow:
    """The window in front: its rectangle, its monitor's rectangle and its window class."""

    rect: Rect
    monitor: Rect
    class_name: str


@cache
def _user32() -> ctypes.CDLL:
    if sys.platform != "win32":
        raise OSError("not Windows")
    user32 = ctypes.WinDLL("user32", use_last_error=True)
    user32.GetLastInputInfo.argtypes = (ctypes.POINTER(_LastInputInfo),)
    user32.GetForegroundWindow.restype = c_void_p
    user32.GetWindowRect.argtypes = (c_void_p, ctypes.POINTER(_Rect))
    user32.MonitorFromWindow.restype = c_void_p
    user32.MonitorFromWindow.argtypes = (c_void_p, c_uint)
    user32.GetMonitorInfoW.argtypes = (c_void_p, ctypes.POINTER(_MonitorInfo))
    user32.GetClassNameW.argtypes = (c_void_p, c_wchar_p, ctypes.c_int)
    return user32


@cache
def _kernel32() -> ctypes.CDLL:
    if sys.platform != "win32":
        raise OSError("not Windows")
    kernel32 = ctypes.WinDLL("kernel32")
    kernel32.GetTickCount.restype = c_uint
    return kernel32


def last_input_ticks() -> tuple[int, int]:
    """(GetTickCount() now, the tick of the last input); both wrap at 2**32 ms."""
    info = _LastInputInfo(cbSize=ctypes.sizeof(_LastInputInfo))
    if not _user32().GetLastInputInfo(byref(info)):
        raise OSError("GetLastInputInfo failed")
    return int(_kernel32().GetTickCount()), int(info.dwTime)


def foreground_window() -> ForegroundWindow | None:
    """The foreground window, or None when nothing is in front."""
    user32 = _user32()
    hwnd = user32.GetForegroundWindow()
    if not hwnd:
        return None
    rect = _Rect()
    if not user32.GetWindowRect(hwnd, byref(rect)):
        raise OSError("GetWindowRect failed")
    info = _MonitorInfo(cbSize=ctypes.sizeof(_MonitorInfo))
    monitor = user32.MonitorFromWindow(hwnd, _MONITOR_DEFAULTTONEAREST)
    if not monitor or not user32.GetMonitorInfoW(monitor, byref(info)):
        raise OSError("GetMonitorInfoW failed")
    name = ctypes.create_unicode_buffer(256)
    user32.GetClassNameW(hwnd, name, len(name))
    return ForegroundWindow(Rect._of(rect), Rect._of(info.rcMonitor), name.value)
