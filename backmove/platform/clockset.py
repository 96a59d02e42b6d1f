"""Told when the wall clock is set or the machine wakes, on Linux, instead of looking every 30 s.

A timerfd on CLOCK_REALTIME armed with TFD_TIMER_CANCEL_ON_SET is cancelled by the kernel
whenever the wall clock is set (by the user, NTP stepping it, a time zone daemon) and when the
machine resumes from a suspend (the kernel counts the resume as a clock set): its descriptor
then becomes readable, and a QSocketNotifier hands that to the Qt thread. Nothing is asked in
between. The timer itself is armed a year ahead, so it never fires for its own sake; if it
does, it is simply armed again.

Elsewhere (Windows, macOS, a kernel or sandbox without timerfd) `ClockSetWatch` raises
`ClockSetUnavailable` and the power monitor keeps its periodic check.
"""

from __future__ import annotations

import ctypes
import errno
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QSocketNotifier

from backmove.core.clock import SystemClock

_WALL = SystemClock()
"""The kernel's own wall clock, which the timer is armed against (never a simulated one)."""

_CLOCK_REALTIME = 0
_TFD_NONBLOCK = os.O_NONBLOCK
_TFD_CLOEXEC = os.O_CLOEXEC
_TFD_TIMER_ABSTIME = 1
_TFD_TIMER_CANCEL_ON_SET = 2
_AHEAD_S = 365 * 24 * 3600


class ClockSetUnavailable(Exception):
    """Why the kernel cannot tell of clock sets here, as a short note for `backmove doctor`."""


class _Timespec(ctypes.Structure):
    _fields_ = (("tv_sec", ctypes.c_long), ("tv_nsec", ctypes.c_long))


class _Itimerspec(ctypes.Structure):
    _fields_ = (("it_interval", _Timespec), ("it_value", _Timespec))


class ClockSetWatch:
    """Calls `changed()` after every wall-clock set and every resume, until `close()`."""

    def __init__(self, changed: Callable[[], None]) -> None:
        if not sys.platform.startswith("linux"):
            raise ClockSetUnavailable(f"no timerfd on {sys.platform}")
        try:
            self._libc = ctypes.CDLL(None, use_errno=True)
            create = self._libc.timerfd_create
            self._settime = self._libc.timerfd_settime
        except (OSError, AttributeError) as exc:
            raise ClockSetUnavailable(f"timerfd not in the C library: {exc}") from None
        create.restype = ctypes.c_int
        create.argtypes = (ctypes.c_int, ctypes.c_int)
        self._settime.restype = ctypes.c_int
        self._settime.argtypes = (
            ctypes.c_int, ctypes.c_int, ctypes.POINTER(_Itimerspec), ctypes.c_void_p,
        )  # fmt: skip
        self._changed = changed
        fd = create(_CLOCK_REALTIME, _TFD_NONBLOCK | _TFD_CLOEXEC)
        if fd < 0:
            raise ClockSetUnavailable(f"timerfd_create: {os.strerror(ctypes.get_errno())}")
        self._fd: int | None = fd
        try:
            self._arm()
        except ClockSetUnavailable:
            self.close()
            raise
        self._notifier: QSocketNotifier | None = QSocketNotifier(fd, QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._heard)

    def _arm(self) -> None:
        if self._fd is None:
            return
        # The kernel's own wall clock, whatever clock the app plans with (a simulated one in
        # tests): a time already past would fire at once, and again after every re-arm.
        at = _Itimerspec(_Timespec(0, 0), _Timespec(int(_WALL.wall()) + _AHEAD_S, 0))
        flags = _TFD_TIMER_ABSTIME | _TFD_TIMER_CANCEL_ON_SET
        if self._settime(self._fd, flags, ctypes.byref(at), None) != 0:
            raise ClockSetUnavailable(f"timerfd_settime: {os.strerror(ctypes.get_errno())}")

    def _heard(self) -> None:
        if self._fd is None:
            return
        try:
            os.read(self._fd, 8)  # a year went by: the timer fired for its own sake
        except BlockingIOError:
            return
        except OSError as exc:
            if exc.errno != errno.ECANCELED:
                raise
        try:
            self._arm()  # a cancelled timer stays readable until it is armed again
        except ClockSetUnavailable:
            self.close()
        self._changed()

    def close(self) -> None:
        if getattr(self, "_notifier", None) is not None:
            assert self._notifier is not None
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
