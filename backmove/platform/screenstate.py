"""Whether the user is in a fullscreen app, and whether the desktop is in do-not-disturb.

Fullscreen: X11 through EWMH (the active window's `_NET_WM_STATE` holds
`_NET_WM_STATE_FULLSCREEN`; needs a window manager that keeps them, as all common ones do) and
Windows (the foreground window covers its monitor). Wayland lets no app see other apps'
windows, so there it is unknown. Do-not-disturb: the `Inhibited` property of
org.freedesktop.Notifications where the notification daemon has it (KDE Plasma).

Answers are True, False or None (unknown). `ScreenStateWatcher` polls every few seconds and
signals changes; the app decides what a fullscreen window or do-not-disturb means for a break.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection

from backmove.platform import win32
from backmove.platform.bus import BusError, get_property
from backmove.platform.probe import Effect, ProbeStatus, first_available, session_kind
from backmove.platform.x11 import X11Unavailable, XDisplay


class FullscreenProbe(Protocol):
    name: str
    available: bool

    def fullscreen(self) -> bool | None: ...

    def describe(self) -> ProbeStatus: ...

    def close(self) -> None: ...


class DndProbe(Protocol):
    name: str
    available: bool

    def dnd(self) -> bool | None: ...

    def describe(self) -> ProbeStatus: ...

    def close(self) -> None: ...


class _Backend:
    name = "none"
    concern = ""
    found = missing = Effect.FULLSCREEN_UNKNOWN

    def __init__(self, detail: str = "") -> None:
        self.available = False
        self.detail = detail

    def describe(self) -> ProbeStatus:
        effect = self.found if self.available else self.missing
        return ProbeStatus(self.concern, self.name, self.available, effect, self.detail)

    def close(self) -> None:
        """Nothing to release unless the backend holds a connection."""


class _FullscreenBackend(_Backend):
    concern = "fullscreen"
    found, missing = Effect.FULLSCREEN_DETECTED, Effect.FULLSCREEN_UNKNOWN


class _DndBackend(_Backend):
    concern = "dnd"
    found, missing = Effect.DND_FOLLOWED, Effect.DND_UNKNOWN


class NoFullscreenProbe(_FullscreenBackend):
    def fullscreen(self) -> bool | None:
        return None


class NoDndProbe(_DndBackend):
    def dnd(self) -> bool | None:
        return None


class X11FullscreenProbe(_FullscreenBackend):
    """EWMH: is the window the window manager calls active in the fullscreen state?"""

    name = "x11"

    def __init__(self, display: str | None) -> None:
        super().__init__()
        try:
            self._display: XDisplay | None = XDisplay(display)
        except X11Unavailable as exc:
            self._display = None
            self.detail = str(exc)
            return
        self.available = True
        self.detail = f"EWMH on {display}"

    def fullscreen(self) -> bool | None:
        """None when no EWMH window manager runs (nothing says which window is active)."""
        if self._display is None:
            return None
        window = self._display.active_window()
        if window is None:
            return False if self._display.has_ewmh_wm() else None
        return self._display.is_fullscreen(window)

    def close(self) -> None:
        if self._display is not None:
            self._display.close()
            self._display = None
        self.available = False


class WindowsFullscreenProbe(_FullscreenBackend):
    """The foreground window covers its whole monitor. Not yet verified on Windows."""

    name = "windows"
    # The desktop itself covers the monitor when the user clicks on it.
    _DESKTOP_CLASSES = frozenset({"Progman", "WorkerW"})

    def __init__(self) -> None:
        super().__init__()
        try:
            win32.foreground_window()
        except OSError as exc:
            self.detail = str(exc)
            return
        self.available = True
        self.detail = "foreground window vs monitor"

    def fullscreen(self) -> bool | None:
        if not self.available:
            return None
        try:
            front = win32.foreground_window()
        except OSError:
            return None
        if front is None or front.class_name in self._DESKTOP_CLASSES:
            return False
        window, monitor = front.rect, front.monitor
        return (
            window.left <= monitor.left
            and window.top <= monitor.top
            and window.right >= monitor.right
            and window.bottom >= monitor.bottom
        )


class NotificationsDndProbe(_DndBackend):
    """org.freedesktop.Notifications `Inhibited`: true while notifications are held back."""

    name = "notifications"
    _SERVICE = "org.freedesktop.Notifications"
    _PATH = "/org/freedesktop/Notifications"

    def __init__(self, bus: QDBusConnection) -> None:
        super().__init__()
        self._bus = bus
        try:
            self._read()
        except BusError as exc:
            self.detail = f"{self._SERVICE} Inhibited: {exc}"
            return
        self.available = True
        self.detail = f"{self._SERVICE} Inhibited"

    def _read(self) -> bool:
        value = get_property(self._bus, self._SERVICE, self._PATH, self._SERVICE, "Inhibited")
        if not isinstance(value, bool):
            raise BusError(f"Inhibited is {value!r}, not a boolean")
        return value

    def dnd(self) -> bool | None:
        if not self.available:
            return None
        try:
            return self._read()
        except BusError:
            return None


class ScreenStateProbe:
    """A fullscreen probe and a do-not-disturb probe, chosen together and asked together."""

    def __init__(self, fullscreen_probe: FullscreenProbe, dnd_probe: DndProbe) -> None:
        self.fullscreen_probe = fullscreen_probe
        self.dnd_probe = dnd_probe

    def fullscreen(self) -> bool | None:
        return self.fullscreen_probe.fullscreen() if self.fullscreen_probe.available else None

    def dnd(self) -> bool | None:
        return self.dnd_probe.dnd() if self.dnd_probe.available else None

    def describe(self) -> tuple[ProbeStatus, ProbeStatus]:
        """(fullscreen, dnd), for `backmove doctor`."""
        return self.fullscreen_probe.describe(), self.dnd_probe.describe()

    def close(self) -> None:
        self.fullscreen_probe.close()
        self.dnd_probe.close()


def fullscreen_backends(env: Mapping[str, str], platform: str) -> tuple[str, ...]:
    if platform == "win32":
        return ("windows",)
    # Under Wayland (even with XWayland) only X11 clients would be seen: better unknown.
    if platform != "darwin" and session_kind(env) == "x11":
        return ("x11",)
    return ()


def dnd_backends(env: Mapping[str, str], platform: str) -> tuple[str, ...]:
    if platform in ("win32", "darwin"):
        return ()
    return ("notifications",)


def _unsupported(platform: str, env: Mapping[str, str], what: str) -> str:
    if platform in ("win32", "darwin"):
        return f"no {what} backend for {platform} yet"
    if session_kind(env) == "wayland":
        return f"Wayland does not let apps see {what}"
    return f"no graphical session seen for {what}"


def choose_screen_state_probe(
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    *,
    session_bus: QDBusConnection | None = None,
) -> ScreenStateProbe:
    """The first working fullscreen and do-not-disturb backends here (or their None probes).

    Defaults as for `choose_idle_probe`: this process's environment, sys.platform, and the
    session bus only if a D-Bus backend gets its turn.
    """
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform

    def bus() -> QDBusConnection:
        return QDBusConnection.sessionBus() if session_bus is None else session_bus

    fullscreen_builders: dict[str, Callable[[], FullscreenProbe]] = {
        "x11": lambda: X11FullscreenProbe(env.get("DISPLAY")),
        "windows": WindowsFullscreenProbe,
    }
    dnd_builders: dict[str, Callable[[], DndProbe]] = {
        "notifications": lambda: NotificationsDndProbe(bus()),
    }
    names = fullscreen_backends(env, platform)
    fullscreen, reasons = first_available((n, fullscreen_builders[n]) for n in names)
    if fullscreen is None:
        fullscreen = NoFullscreenProbe(reasons or _unsupported(platform, env, "other windows"))
    names = dnd_backends(env, platform)
    dnd, reasons = first_available((n, dnd_builders[n]) for n in names)
    if dnd is None:
        dnd = NoDndProbe(reasons or _unsupported(platform, env, "do-not-disturb"))
    return ScreenStateProbe(fullscreen, dnd)


class ScreenStateWatcher(QObject):
    """Polls a ScreenStateProbe and says when fullscreen or do-not-disturb turns on or off.

    Unknown (None) counts as off: a probe that cannot tell must never hold breaks back.
    `start()` checks at once, so a fullscreen app already open when backmove starts is seen.
    Only available probes are asked.
    """

    fullscreen_changed = Signal(bool)
    dnd_changed = Signal(bool)

    def __init__(
        self, probe: ScreenStateProbe, *, interval_s: float = 5.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._probe = probe
        self._fullscreen = False
        self._dnd = False
        self._timer = QTimer(self)
        self._timer.setInterval(round(interval_s * 1000))
        self._timer.timeout.connect(self.check)

    @property
    def fullscreen(self) -> bool:
        return self._fullscreen

    @property
    def dnd(self) -> bool:
        return self._dnd

    def start(self) -> None:
        self.check()
        if self._probe.fullscreen_probe.available or self._probe.dnd_probe.available:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def check(self) -> None:
        fullscreen = self._probe.fullscreen() is True
        if fullscreen != self._fullscreen:
            self._fullscreen = fullscreen
            self.fullscreen_changed.emit(fullscreen)
        dnd = self._probe.dnd() is True
        if dnd != self._dnd:
            self._dnd = dnd
            self.dnd_changed.emit(dnd)
