"""Seconds since the user last touched the keyboard or mouse, however the desktop tells it.

Backends: X11 (XScreenSaver through libXss), GNOME (Mutter's IdleMonitor over D-Bus), KDE and
others (org.freedesktop.ScreenSaver over D-Bus), Windows (GetLastInputInfo) and macOS
(HIDIdleTime from ioreg). Without any, `NoIdleProbe` answers None and the app times breaks by
the wall clock, saying so in doctor and in the tray tooltip.

A probe answers only when asked (the app polls every few seconds); `idle_seconds()` returns
None when one reading fails, so a hiccup is not mistaken for activity.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtDBus import QDBusConnection

from backmove.platform import win32
from backmove.platform.bus import BusError, call_int
from backmove.platform.probe import (
    Effect,
    ProbeStatus,
    desktops,
    first_available,
    session_kind,
)
from backmove.platform.x11 import X11Unavailable, XDisplay


class IdleProbe(Protocol):
    name: str
    available: bool

    def idle_seconds(self) -> float | None:
        """Seconds since the last input; None if unknown (no backend, or this reading failed)."""
        ...

    def describe(self) -> ProbeStatus: ...

    def close(self) -> None: ...


class _IdleBackend:
    name = "none"

    def __init__(self) -> None:
        self.available = False
        self.detail = ""

    def describe(self) -> ProbeStatus:
        effect = Effect.IDLE_MEASURED if self.available else Effect.IDLE_WALL_CLOCK
        return ProbeStatus("idle", self.name, self.available, effect, self.detail)

    def close(self) -> None:
        """Nothing to release unless the backend holds a connection."""


class NoIdleProbe(_IdleBackend):
    """No way to see input here: the app times breaks by the wall clock."""

    def __init__(self, detail: str = "") -> None:
        super().__init__()
        self.detail = detail

    def idle_seconds(self) -> float | None:
        return None


class X11IdleProbe(_IdleBackend):
    """The X server's own count (MIT-SCREEN-SAVER), over one kept connection."""

    name = "x11"

    def __init__(self, display: str | None) -> None:
        super().__init__()
        self._display: XDisplay | None = None
        try:
            connection = XDisplay(display, screensaver=True)
        except X11Unavailable as exc:
            self.detail = str(exc)
            return
        self._display = connection
        self.available = True
        self.detail = f"XScreenSaver on {display}"

    def idle_seconds(self) -> float | None:
        if self._display is None:
            return None
        ms = self._display.idle_ms()
        return None if ms is None else ms / 1000

    def close(self) -> None:
        if self._display is not None:
            self._display.close()
            self._display = None
        self.available = False


class _BusIdleProbe(_IdleBackend):
    """A desktop service that answers the idle time in milliseconds."""

    service = path = interface = method = ""

    def __init__(self, bus: QDBusConnection) -> None:
        super().__init__()
        self._bus = bus
        try:
            self._read()
        except BusError as exc:
            self.detail = f"{self.service}: {exc}"
            return
        self.available = True
        self.detail = self.service

    def _read(self) -> float:
        return call_int(self._bus, self.service, self.path, self.interface, self.method) / 1000

    def idle_seconds(self) -> float | None:
        if not self.available:
            return None
        try:
            return self._read()
        except BusError:
            return None


class MutterIdleProbe(_BusIdleProbe):
    """GNOME (X11 or Wayland): Mutter's IdleMonitor, GetIdletime in milliseconds."""

    name = "mutter"
    service = "org.gnome.Mutter.IdleMonitor"
    path = "/org/gnome/Mutter/IdleMonitor/Core"
    interface = "org.gnome.Mutter.IdleMonitor"
    method = "GetIdletime"


class ScreenSaverIdleProbe(_BusIdleProbe):
    """KDE and others: org.freedesktop.ScreenSaver GetSessionIdleTime.

    Not in any spec; KDE, which implements it, answers in milliseconds. GNOME answers an error,
    and KWin on Wayland does not answer, so there it is simply not available.
    """

    name = "screensaver"
    service = "org.freedesktop.ScreenSaver"
    path = "/org/freedesktop/ScreenSaver"
    interface = "org.freedesktop.ScreenSaver"
    method = "GetSessionIdleTime"


class WindowsIdleProbe(_IdleBackend):
    """GetLastInputInfo against GetTickCount. Not yet verified on Windows."""

    name = "windows"

    def __init__(self) -> None:
        super().__init__()
        try:
            self._read()
        except OSError as exc:
            self.detail = str(exc)
            return
        self.available = True
        self.detail = "GetLastInputInfo"

    @staticmethod
    def _read() -> float:
        now, last_input = win32.last_input_ticks()
        # Both are 32-bit tick counts that wrap every 49.7 days.
        return ((now - last_input) & 0xFFFFFFFF) / 1000

    def idle_seconds(self) -> float | None:
        if not self.available:
            return None
        try:
            return self._read()
        except OSError:
            return None


IOREG_ARGV = ("/usr/sbin/ioreg", "-c", "IOHIDSystem", "-r", "-d", "1", "-k", "HIDIdleTime")
_HID_IDLE_TIME = re.compile(r'"HIDIdleTime"\s*=\s*(\d+)')


def read_ioreg() -> str:
    """What ioreg says about the HID system (the OS call the macOS probe makes)."""
    return subprocess.run(IOREG_ARGV, capture_output=True, text=True, timeout=2, check=True).stdout


class MacIdleProbe(_IdleBackend):
    """HIDIdleTime (nanoseconds) from ioreg, one short process per reading.

    Not yet verified on macOS.
    """

    name = "macos"

    def __init__(self) -> None:
        super().__init__()
        first = self._read()
        if first is None:
            self.detail = f"no HIDIdleTime from {IOREG_ARGV[0]}"
            return
        self.available = True
        self.detail = "ioreg HIDIdleTime"

    @staticmethod
    def _read() -> float | None:
        try:
            output = read_ioreg()
        except (OSError, subprocess.SubprocessError):
            return None
        found = _HID_IDLE_TIME.search(output)
        return None if found is None else int(found.group(1)) / 1e9

    def idle_seconds(self) -> float | None:
        return self._read() if self.available else None


def idle_backends(env: Mapping[str, str], platform: str) -> tuple[str, ...]:
    """Which backends to try, best first, for this platform and session."""
    if platform == "win32":
        return ("windows",)
    if platform == "darwin":
        return ("macos",)
    bus_order = ("mutter", "screensaver")
    if "gnome" not in desktops(env):
        bus_order = ("screensaver", "mutter")
    kind = session_kind(env)
    # Under Wayland, X11's count sees only XWayland clients, so typing elsewhere looks idle.
    if kind == "x11":
        return ("x11", *bus_order)
    return bus_order


def choose_idle_probe(
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    *,
    session_bus: QDBusConnection | None = None,
) -> IdleProbe:
    """The first idle backend that works here, else `NoIdleProbe` saying what was tried.

    `env` defaults to this process's environment and `platform` to sys.platform; the session
    bus is connected only if a D-Bus backend gets its turn (needs a QCoreApplication then).
    """
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform

    def bus() -> QDBusConnection:
        return QDBusConnection.sessionBus() if session_bus is None else session_bus

    builders: dict[str, Callable[[], IdleProbe]] = {
        "x11": lambda: X11IdleProbe(env.get("DISPLAY")),
        "mutter": lambda: MutterIdleProbe(bus()),
        "screensaver": lambda: ScreenSaverIdleProbe(bus()),
        "windows": WindowsIdleProbe,
        "macos": MacIdleProbe,
    }
    probe, reasons = first_available(
        (name, builders[name]) for name in idle_backends(env, platform)
    )
    return probe if probe is not None else NoIdleProbe(reasons)
